"""Pinyin spellings used by suggestions."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yizhi.search.text.pinyin import full_pinyin, pinyin_initials, pinyin_syllables


@pytest.mark.parametrize(
    ("name", "pinyin", "initials"),
    [
        ("面肌痉挛", "mianjijingluan", "mjjl"),
        ("眼皮跳", "yanpitiao", "ypt"),
        ("CT检查", "ctjiancha", "cjc"),
        ("维生素B12", "weishengsub12", "wssb"),
        ("", "", ""),
        ("？！", "", ""),
    ],
)
def test_pinyin_forms(name: str, pinyin: str, initials: str) -> None:
    assert full_pinyin(name) == pinyin
    assert pinyin_initials(name) == initials


def test_pinyin_syllables_keep_latin_runs_whole() -> None:
    assert pinyin_syllables("CT检查") == ["ct", "jian", "cha"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_pinyin_is_lower_case_ascii(text: str) -> None:
    spelled = full_pinyin(text)
    assert spelled == spelled.lower()
    assert spelled.isascii()
