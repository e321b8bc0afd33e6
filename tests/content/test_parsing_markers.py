"""List markers are recognised in every common shape, and item names read from them."""

from __future__ import annotations

import pytest

from yizhi.content.parsing.blocks import HEADING, ITEM, Block
from yizhi.content.parsing.details import split_item
from yizhi.content.parsing.markers import cn_number, match_marker


@pytest.mark.parametrize(
    ("text", "family", "number"),
    [
        ("一、生理性因素", "cn", 1),
        ("十二、其他", "cn", 12),
        ("（三）外伤", "cn()", 3),
        ("1.遗传因素:有研究表明", "num", 1),
        ("2、睡眠不足", "num", 2),
        ("3）受凉", "num", 3),
        ("(4) 感染", "(num)", 4),
        ("⑵ 感染", "(num)", 2),
        ("②药物过敏", "circled", 2),
        ("❸ 情绪", "circled", 3),
        ("原因一：喝水不足", "label", 1),
        ("头痛原因2：压力大", "label", 2),
        ("第三，肥胖。", "ordinal", 3),
        ("其二，受凉", "ordinal", 2),
        ("第一种：受凉引起的腿抽筋", "ordinal", 1),
        ("第二大原因：熬夜", "ordinal", 2),
        ("一是颈椎病", "cn-is", 1),
        ("**1. 睡眠不足**", "num", 1),
        ("**睡眠不足**：熬夜", "bold", None),
        ("【遗传因素】有家族倾向", "bracket", None),
        ("情绪紧张：受到惊吓时", "colon", None),
        ("「龋齿：牙齿被腐蚀」", "corner", None),
    ],
)
def test_match_marker(text: str, family: str, number: int | None) -> None:
    marker = match_marker(Block(text))
    assert marker is not None
    assert (marker.family, marker.number) == (family, number)


@pytest.mark.parametrize(
    "text",
    [
        "头痛可能与睡眠不足有关，也可能由偏头痛引起。",
        "2024-02-24 20:54",
        "3.5%的人有这种情况",
        "一些人会出现头痛",
        "1",
    ],
)
def test_running_text_has_no_marker(text: str) -> None:
    assert match_marker(Block(text)) is None


def test_headings_and_items_carry_their_own_families() -> None:
    heading = match_marker(Block("1. 鼻腔干燥", HEADING, level=3))
    item = match_marker(Block("熬夜与压力：免疫力下降", ITEM, group=7))
    assert heading is not None and (heading.family, heading.number) == ("h3", 1)
    assert item is not None and item.family == "item7"


@pytest.mark.parametrize(
    ("token", "value"),
    [("一", 1), ("十", 10), ("十二", 12), ("二十三", 23), ("甲", None)],
)
def test_cn_number(token: str, value: int | None) -> None:
    assert cn_number(token) == value


@pytest.mark.parametrize(
    ("rest", "name", "explanation"),
    [
        ("遗传因素:有研究表明", "遗传因素", "有研究表明"),
        ("**焦虑**：常伴心慌", "焦虑", "常伴心慌"),
        ("【遗传因素】有家族倾向", "遗传因素", "有家族倾向"),
        ("心理因素和精神压力", "心理因素和精神压力", ""),
        ("感冒后咳嗽。感冒好了以后", "感冒后咳嗽", "感冒好了以后"),
        ("食物过敏，如海鲜；", "食物过敏", "如海鲜；"),
        ("接触花粉、尘螨等；", "接触花粉、尘螨", ""),
        ("由于睡眠不足引起的", "睡眠不足", ""),
        ("原因一：喝水不足", "喝水不足", ""),
        ("1. 睡眠不足**", "睡眠不足", ""),
        ("受凉引起的腿抽筋", "受凉", ""),  # the page's complaint after 引起的
        ("**网球肘**医学上叫肱骨外上髁炎", "网球肘", "医学上叫肱骨外上髁炎"),
    ],
)
def test_split_item(rest: str, name: str, explanation: str) -> None:
    assert split_item(rest) == (name, explanation)
