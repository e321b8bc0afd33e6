"""Unmarked paragraphs that open with a name form a list after an announcement."""

from __future__ import annotations

import pytest

from yizhi.content.parsing.blocks import Block
from yizhi.content.parsing.leads import lead_items, lead_name
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
