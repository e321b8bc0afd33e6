"""The shipped red-flag rules catch emergencies in the words people type.

Each line is a lay description of an emergency, written for this test; the
rules must bring up a notice for every one, and for none of the everyday
complaints below them.
"""

from __future__ import annotations

import pytest

from yizhi.knowledge.curated.loading import OVERLAY_ROOT, load_overlay
from yizhi.knowledge.models import RedFlag
from yizhi.search.understanding.redflags import flags_in_text

EMERGENCIES = {
    "胸口疼出冷汗": "疑似急性冠脉综合征",
    "胸口闷疼一直冒冷汗": "疑似急性冠脉综合征",
    "突然嘴歪了口水往外流": "疑似脑卒中",
    "说话突然含糊不清": "疑似脑卒中",
    "突然看东西重影走路不稳": "疑似脑卒中",
    "吐了好多血": "消化道出血",
    "拉黑色的大便头晕": "消化道出血",
    "孩子吃了药瓶里的药": "中毒或误服",
    "误喝了农药": "中毒或误服",
    "被蛇咬了": "动物咬伤或蜇伤",
    "头突然炸裂一样疼": "突发剧烈头痛",
    "肚子疼得打滚": "急腹症",
    "右下腹疼发烧": "急腹症",
    "怀孕流血了": "孕期出血或腹痛",
    "眼睛突然很疼看灯有彩虹圈": "突发视力丧失或急性眼痛",
    "被开水烫伤一大片": "严重外伤",
    "一直抽搐停不下来": "癫痫持续发作",
    "孩子高烧抽搐": "发热伴抽搐",
    "蛋蛋突然剧痛": "疑似睾丸扭转",
    "中暑了神志不清": "疑似热射病",
    "宝宝拉肚子没有尿": "严重脱水",
}
EVERYDAY = [
    "腿抽筋怎么办",
    "眼皮一直跳",
    "头疼",
    "感冒发烧吃什么药",
    "宝宝吐奶",
    "大便干",
]


@pytest.fixture(scope="module")
def rules() -> list[RedFlag]:
    entries = load_overlay(OVERLAY_ROOT).red_flags
    return [
        RedFlag(pk=number, name=entry.name, patterns=[list(p) for p in entry.patterns])
        for number, entry in enumerate(entries, start=1)
    ]


@pytest.mark.parametrize(("text", "rule"), EMERGENCIES.items())
def test_an_emergency_in_lay_words_brings_up_its_notice(text, rule, rules) -> None:
    assert rule in [flag.name for flag in flags_in_text(text, rules)]


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_complaint_brings_up_none(text, rules) -> None:
    assert flags_in_text(text, rules) == ()
