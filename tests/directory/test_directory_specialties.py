"""Finding disease names in a doctor's 擅长 text."""

from __future__ import annotations

import pytest

from yizhi.directory.specialties import matcher_for

NAMES = [("头痛", 1), ("偏头痛", 2), ("面肌痉挛", 3), ("偏侧面肌痉挛", 3), ("疣", 4)]


@pytest.mark.parametrize(
    ("text", "names", "ids"),
    [
        ("擅长偏头痛的诊治", ["偏头痛"], [2]),  # the longest name, not 头痛 in it
        ("擅长面肌痉挛、头痛", ["面肌痉挛", "头痛"], [3, 1]),
        ("偏侧面肌痉挛和面肌痉挛", ["偏侧面肌痉挛", "面肌痉挛"], [3]),  # two spellings
        ("擅长寻常疣", [], []),  # one-character names never match
        ("", [], []),
    ],
)
def test_find(text: str, names: list[str], ids: list[int]) -> None:
    matcher = matcher_for(NAMES)
    assert matcher.find_names(text) == names
    assert matcher.find(text) == ids


def test_find_returns_each_disease_once_in_order() -> None:
    assert matcher_for(NAMES).find("头痛、面肌痉挛、偏侧面肌痉挛、头痛") == [1, 3]
