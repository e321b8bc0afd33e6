"""Page chrome is recognised and dropped; breadcrumbs and brand lines are read."""

from __future__ import annotations

import pytest

from yizhi.content.parsing.blocks import Block
from yizhi.content.parsing.chrome import (
    breadcrumb,
    clean_blocks,
    is_chrome,
    site_from_title,
    site_name,
    strip_links,
)


@pytest.mark.parametrize(
    "text",
    [
        "举报",
        "免费咨询",
        "向医生提问",
        "查疾病 找医生 找医院",
        "首页 | 疾病 | 症状 | 医生",
        "医生回答(1)",
        "某某媒体特约专家 在线咨询",
        "Copyright © 2025 示例健康网 版权所有",
        "京ICP备00000000号",
        "扫码下载APP，随时问医生",
        "相关阅读：心跳快是怎么回事 早搏严重吗",  # a link line inside the article
        "延伸阅读：冬天怕冷吃什么好？",
        "（责任编辑：示例编辑）",
        "02",  # a decorated ordinal alone on its line
        "NO.3",
    ],
)
def test_chrome_lines(text: str) -> None:
    assert is_chrome(Block(text))


@pytest.mark.parametrize(
    "text",
    [
        "头痛是什么原因",
        "相关推荐",
        "一、睡眠不足",
        "推荐医生",
        "疾病百科",
        "症状",
        "相关文章：",  # a header, with nothing after its colon
    ],
)
def test_content_lines_are_not_chrome(text: str) -> None:
    assert not is_chrome(Block(text))


def test_chrome_containers_from_html_hints() -> None:
    assert is_chrome(Block("任意文字", hints=frozenset({"footer"})))
    assert not is_chrome(Block("任意文字", hints=frozenset({"sidebar"})))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("相关医生 更多»", "相关医生"),
        ("推荐医生更多", "推荐医生"),
        ("面肌痉挛……常见于女性。 详细»", "面肌痉挛……常见于女性。"),
        ("更多精彩内容请见下文", "更多精彩内容请见下文"),
    ],
)
def test_strip_links(raw: str, expected: str) -> None:
    assert strip_links(raw) == expected


@pytest.mark.parametrize(
    ("text", "crumbs"),
    [
        ("您的位置:首页 > 内科 > 神经内科", ("内科", "神经内科")),
        (
            "首页> 内科> 神经内科> 面瘫> 面瘫> 面瘫的原因",
            ("内科", "神经内科", "面瘫", "面瘫的原因"),
        ),
        ("首页 › 消化内科 › 胃炎", ("消化内科", "胃炎")),
        ("头痛 > 偏头痛", ()),  # not a trail without 首页 or a label
        ("您的位置：首页 > 心血管内科 > 正文", ("心血管内科",)),  # 正文 names no place
    ],
)
def test_breadcrumb(text: str, crumbs: tuple[str, ...]) -> None:
    assert breadcrumb(Block(text)) == crumbs


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("示例医生官网", "示例医生"),
        ("示例康 | 为用户打造的实用健康平台", "示例康"),
        ("头痛 | 原因与治疗", ""),
    ],
)
def test_site_name(text: str, site: str) -> None:
    assert site_name(text) == site


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("手抖是什么原因引起的_手抖_示例健康网", "示例健康网"),
        ("心跳慢是什么原因 心动过缓的5个原因-示例家庭医生在线", "示例家庭医生在线"),
        ("打呼噜是什么原因 -- 示例健康频道", "示例健康频道"),
        ("口臭成因｜7大常见口臭原因 | 示例01健康", "示例01健康"),
        ("头痛怎么办 | 头痛的原因", ""),  # the tail is a topic, not a site
        ("注射用β-干扰素", ""),
        ("头痛是什么原因", ""),
    ],
)
def test_site_from_title(title: str, site: str) -> None:
    assert site_from_title(title) == site


def test_clean_blocks_keeps_content_in_order() -> None:
    blocks = [
        Block("首页"),
        Block("头痛的原因"),
        Block("举报"),
        Block("相关推荐 更多»"),
    ]
    assert [b.text for b in clean_blocks(blocks)] == ["头痛的原因", "相关推荐"]
