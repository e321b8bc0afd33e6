"""Exact and near-duplicate items are dropped, first occurrence kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yizhi.content.parsing.dedupe import (
    NEAR_DUPLICATE,
    bigrams,
    dedupe,
    is_near_duplicate,
    jaccard,
    normalise,
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("头痛是什么原因", "头痛是什么原因", True),
        ("头痛是什么原因？", "头痛 是什么原因", True),  # punctuation and space
        ("ＣＴ检查怎么做", "CT检查怎么做", True),  # width
        (
            "长期熬夜导致的头痛应该怎么缓解比较好",
            "长期熬夜导致的头痛应该怎样缓解比较好",
            False,
        ),
        (
            "长期熬夜导致的偏头痛到底应该怎么做才能有效缓解呢医生",
            "长期熬夜导致的偏头痛到底应该怎么做才能有效缓解呢医生啊",
            True,
        ),
        ("神经跳动是癌症", "神经跳动是癌症吗", False),  # a different question
        ("神经跳动什么原因", "神经跳动是什么原因", False),
    ],
)
def test_is_near_duplicate(a: str, b: str, same: bool) -> None:
    assert is_near_duplicate(a, b) is same


def test_dedupe_keeps_first_occurrence_and_order() -> None:
    items = ["头痛怎么办", "失眠怎么办", "头痛怎么办？", "腹泻怎么办"]
    assert dedupe(items, key=str) == ["头痛怎么办", "失眠怎么办", "腹泻怎么办"]


def test_threshold_above_one_keeps_everything_but_exact_copies() -> None:
    items = ["盐酸舍曲林片|甲厂", "盐酸舍曲林片|乙厂", "盐酸舍曲林片|甲厂"]
    assert dedupe(items, key=str, threshold=1.01) == items[:2]


@given(st.lists(st.text(max_size=12), max_size=12))
def test_dedupe_is_idempotent(items: list[str]) -> None:
    once = dedupe(items, key=str)
    assert dedupe(once, key=str) == once


@given(st.text(), st.text())
def test_jaccard_is_symmetric_and_bounded(a: str, b: str) -> None:
    score = jaccard(bigrams(a), bigrams(b))
    assert score == jaccard(bigrams(b), bigrams(a))
    assert 0.0 <= score <= 1.0


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


def test_threshold_is_a_fraction() -> None:
    assert 0.5 < NEAR_DUPLICATE < 1.0
