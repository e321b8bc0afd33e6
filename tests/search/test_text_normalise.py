"""Query normalisation: tables for each step, invariants with hypothesis."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yizhi.search.text.normalise import (
    fold_width,
    normalise_aligned,
    normalise_punctuation,
    normalise_query,
    strip_control,
    strip_spaces,
    to_simplified,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("頭痛怎麼辦", "头痛怎么办"),  # traditional to simplified
        ("ＣＴ检查多少钱", "CT检查多少钱"),  # full-width letters
        ("　腿抽筋 ", "腿抽筋"),  # ideographic and ASCII spaces
        ("眼皮一直跳？？？", "眼皮一直跳?"),  # repeated full-width question marks
        ("腿抽筋，吃什么", "腿抽筋,吃什么"),  # Chinese comma
        ("「甲钴胺」是什么药", '"甲钴胺"是什么药'),  # corner brackets
        ("头 痛", "头痛"),  # a space between CJK characters means nothing
        ("vitamin  c 片", "vitamin c片"),  # Latin words keep one space
        ("胃\u200b痛", "胃痛"),  # zero-width space pasted from chat
        ("发烧\x00了", "发烧了"),  # control character
        ("感冒了……", "感冒了..."),  # ellipsis
        ("", ""),
    ],
)
def test_normalise_query(raw: str, expected: str) -> None:
    assert normalise_query(raw) == expected


@pytest.mark.parametrize(
    ("step", "raw", "expected"),
    [
        (fold_width, "ＡＢＣ１２３", "ABC123"),
        (fold_width, "头痛", "头痛"),
        (to_simplified, "面肌痙攣", "面肌痉挛"),
        (to_simplified, "CT", "CT"),
        (strip_control, "a\tb", "a b"),
        (strip_control, "a\u202eb", "ab"),  # right-to-left override
        (strip_spaces, " 眼皮 跳 ", "眼皮跳"),
        (normalise_punctuation, "【头痛】！！", "(头痛)!"),
    ],
)
def test_normalise_steps(step, raw: str, expected: str) -> None:
    assert step(raw) == expected


@pytest.mark.parametrize(
    "raw", ["頭痛怎麼辦，ＣＴ檢查", "腿抽筋　吃什麼", "ＭＲＩ和肌電圖"]
)
def test_normalise_aligned_keeps_every_offset(raw: str) -> None:
    assert len(normalise_aligned(raw)) == len(raw)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalising_twice_equals_once(text: str) -> None:
    once = normalise_query(text)
    assert normalise_query(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_aligned_normalisation_never_changes_length(text: str) -> None:
    assert len(normalise_aligned(text)) == len(text)


@pytest.mark.parametrize(
    "raw",
    [
        "😀😀头痛🤒",
        "\x00\x01\x1f\x7f",
        "头" * 10_000,
        "'; DROP TABLE disease; --",
        "<script>alert(1)</script>",
        "\ud800",  # lone surrogate
    ],
)
def test_normalise_query_accepts_hostile_input(raw: str) -> None:
    assert isinstance(normalise_query(raw), str)
