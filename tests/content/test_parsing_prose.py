"""Causes written as one sentence are split into names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yizhi.content.parsing.prose import enumerate_causes, split_list


@pytest.mark.parametrize(
    ("sentence", "causes"),
    [
        (
            "头晕可能与睡眠不足、低血糖有关，也可能是由贫血、颈椎病等疾病引起。",
            ["睡眠不足", "低血糖", "贫血", "颈椎病"],
        ),
        (
            "眼皮跳可能是由于疲劳、用眼过度或干眼症等原因导致的。",
            ["疲劳", "用眼过度", "干眼症"],
        ),
        ("腿抽筋主要由缺钙(如孕期)、受凉或疲劳引发。", ["缺钙", "受凉", "疲劳"]),
        (
            "腹泻的常见原因有饮食不洁、受凉和乳糖不耐受。",
            ["饮食不洁", "受凉", "乳糖不耐受"],
        ),
        ("口腔溃疡与熬夜等因素有关。", ["熬夜"]),
        ("头痛可能与生理性因素有关。", ["生理性因素"]),
        ("今天天气很好。", []),
        (
            "恶心可由饮食不当、晕车等生理因素导致，也常见于胃炎、偏头痛等疾病。",
            ["饮食不当", "晕车", "胃炎", "偏头痛"],
        ),
        ("考虑是慢性鼻炎引起的，也不排除鼻息肉。", ["慢性鼻炎", "鼻息肉"]),
        ("常见于中老年人。", []),  # who is affected, not a cause
        ("食欲不振常见原因有以下几种：", []),  # announces a list, names none
    ],
)
def test_enumerate_causes(sentence: str, causes: list[str]) -> None:
    assert enumerate_causes(sentence) == causes


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        ("焦虑症、低钙血症、多发性硬化", ["焦虑症", "低钙血症", "多发性硬化"]),
        ("感染或代谢紊乱", ["感染", "代谢紊乱"]),
        ("一些其他原因", []),
    ],
)
def test_split_list(listed: str, names: list[str]) -> None:
    assert split_list(listed) == names


@given(st.text(max_size=80))
def test_enumerated_names_are_short_and_unique(text: str) -> None:
    names = enumerate_causes(text)
    assert len(names) == len(set(names))
    assert all(2 <= len(name) <= 15 for name in names)
