"""Unmarked paragraphs that open with a name, and short lines that only name,
form a list after an announcement."""

from __future__ import annotations

from functools import cache

import pytest
from testsupport import FIXTURES

from yizhi.content.parsing import ParsedPage, parse_page
from yizhi.content.parsing.blocks import Block, promote_short_headings
from yizhi.content.parsing.causes import find_causes
from yizhi.content.parsing.leads import lead_items, lead_name, name_line_items
from yizhi.content.parsing.markers import match_marker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("慢性胃炎，胃黏膜长期处于炎症状态，可伴有上腹隐痛。", "慢性胃炎"),
        ("饮食不规律。经常不吃早餐，胃肠节律被打乱。", "饮食不规律"),
        ("如果症状持续，应及时就医，必要时做胃镜。", None),  # a condition
        ("这种情况很常见，一般休息后好转。", None),  # a pronoun
        ("肝炎。乏力。", None),  # too little text to explain anything
        ("长期熬夜会让人食欲变差，白天也没有精神。", None),  # no clause break
    ],
)
def test_lead_name(text: str, name: str | None) -> None:
    assert lead_name(text) == name


def _items(texts: list[str], intro: str = "") -> list[list[int]]:
    blocks = [Block(text) for text in texts]
    return lead_items(blocks, [match_marker(b) for b in blocks], intro=intro)


def test_announced_paragraphs_form_one_list() -> None:
    texts = [
        "食欲不振常见原因有以下几种：",
        "饮食不规律。经常不吃早餐，胃肠节律被打乱。",
        "慢性胃炎，胃黏膜长期处于炎症状态，可伴有上腹隐痛。",
        "如果食欲不振持续超过两周，应及时就医。",
    ]
    assert _items(texts) == [[1, 2]]
    assert _items(texts[1:], intro=texts[0]) == [[0, 1]]  # announced by the summary


def test_paragraphs_without_an_announcement_are_not_a_list() -> None:
    texts = [
        "胃胀是常见的不适。",
        "饮食不规律。经常不吃早餐，胃肠节律被打乱。",
        "慢性胃炎，胃黏膜长期处于炎症状态，可伴有上腹隐痛。",
    ]
    assert _items(texts) == []


def _name_lines(texts: list[str], intro: str = "") -> list[list[int]]:
    blocks = promote_short_headings([Block(text) for text in texts])
    return name_line_items(blocks, [match_marker(b) for b in blocks], intro=intro)


@pytest.mark.parametrize(
    "announcement",
    [
        "常见的原因有下面几种：",
        "引起的原因主要有：",
        "可能是以下几种情况引起的：",
        "可能与下面这些因素有关：",
        "常见诱因有：",
    ],
)
def test_announced_short_lines_form_one_list(announcement: str) -> None:
    texts = [announcement, "缺钙", "受凉", "运动过度", "平时睡前可以用温水泡脚。"]
    assert _name_lines(texts) == [[1, 2, 3]]
    assert _name_lines(texts[1:], intro=announcement) == [[0, 1, 2]]


@pytest.mark.parametrize(
    "announcement",
    [
        "护理的方法有以下几种：",  # not causes
        "导致抽筋的原因有很多，建议：",  # the colon announces advice
        "小腿抽筋多在夜里发作。",  # no announcement at all
    ],
)
def test_short_lines_without_an_announcement_of_causes_are_no_list(
    announcement: str,
) -> None:
    assert _name_lines([announcement, "缺钙", "受凉", "运动过度"]) == []


@pytest.mark.parametrize(
    "line",
    [
        "示例医生",  # a signature
        "示例市第二医院",  # a place
        "示例丁 主治医师",  # a byline
        "2025-03-02",  # a date
        "受凉后容易抽筋。",  # a sentence
        "如果经常抽筋",  # a condition
    ],
)
def test_a_line_that_is_no_name_ends_the_list(line: str) -> None:
    assert _name_lines(["原因有以下几种：", "缺钙", "受凉", line]) == [[1, 2]]


def test_a_paragraph_ends_a_list_of_bare_names() -> None:
    texts = ["原因有：", "缺钙", "受凉", "睡前泡脚有助于放松肌肉。", "相关文章"]
    assert _name_lines(texts) == [[1, 2]]


def test_names_followed_by_paragraphs_may_lack_one() -> None:
    texts = [
        "引起的原因主要有：",
        "受凉",
        "夜里蹬被子，小腿肌肉受冷后容易收缩。",
        "缺钙",
        "运动过度",
        "白天跑步爬山太多，肌肉疲劳后夜里容易抽筋。",
    ]
    assert _name_lines(texts) == [[1, 3, 4]]


def test_a_section_heading_after_bare_names_is_no_cause() -> None:
    texts = [
        "可能是以下几种情况：",
        "缺钙",
        "受凉",
        "疲劳",
        "症状",
        "抽筋时小腿肌肉突然变硬，疼得不能动，几分钟后才慢慢放松。",
    ]
    blocks = promote_short_headings([Block(text) for text in texts])
    found = find_causes(blocks, title="小腿经常抽筋怎么回事", summary="")
    assert [cause.name for cause in found.causes] == ["缺钙", "受凉", "疲劳"]


@cache
def _page(name: str) -> ParsedPage:
    path = FIXTURES / "pages" / name
    return parse_page(path.read_bytes(), source=name)


def _causes(name: str) -> list[tuple[str, str]]:
    return [(cause.name, cause.explanation) for cause in _page(name).causes]


def test_bare_name_lines_are_the_causes_and_the_paragraph_after_is_advice() -> None:
    page = _page("calfcramp_bare_lines.txt")
    assert _causes("calfcramp_bare_lines.txt") == [
        ("缺钙", ""),
        ("腿部受凉", ""),
        ("白天运动过度", ""),
        ("下肢静脉曲张", ""),
    ]
    assert len(page.advice) == 1 and page.advice[0].startswith("平时睡前")


def test_name_lines_announced_by_the_summary_keep_their_paragraphs() -> None:
    page = _page("scalpitch_mixed_lines.txt")
    assert page.summary.endswith("头皮痒的原因主要有：")
    assert _causes("scalpitch_mixed_lines.txt") == [
        ("头皮屑过多", "洗头间隔太久，头皮屑和油脂堆在一起，刺激头皮。"),
        ("洗发水不合适", ""),  # a bare name among explained ones
        ("脂溢性皮炎", "头皮发红、油腻，上面有黄色油性鳞屑，容易反复。"),
        ("头癣", ""),
    ]
    assert len(page.advice) == 1 and page.advice[0].startswith("平时洗头")


def test_name_lines_in_a_doctors_answer() -> None:
    page = _page("stuffynose_answer_lines.html")
    assert _causes("stuffynose_answer_lines.html") == [
        ("鼻中隔偏曲", ""),
        ("慢性鼻窦炎", ""),
        ("鼻息肉", ""),
    ]
    assert page.advice[0].startswith("建议到耳鼻喉科")
    related = [item.title for item in page.related]
    assert related == ["鼻塞睡不着怎么办", "鼻窦炎会头疼吗"]


def test_section_headings_byline_and_related_titles_are_no_causes() -> None:
    """The page announces 病因、症状和治疗 and heads each part with a short line;
    its causes are the ones the 病因 paragraph lists."""
    assert [name for name, _ in _causes("kneeclick_heading_lines.md")] == [
        "关节腔里的气体被挤出",
        "肌腱从骨头表面滑过",
        "半月板损伤",
        "髌骨软化",
    ]


def test_short_lines_announced_as_care_are_no_causes() -> None:
    page = _page("dryskin_care_lines.txt")
    assert page.causes == ()
    assert page.advice[0].startswith("如果皮肤干裂")
