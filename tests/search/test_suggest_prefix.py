"""Search-box suggestions by name prefix, pinyin, initials and lay terms."""

from __future__ import annotations

import pytest

from yizhi.search.index.build import reindex
from yizhi.search.suggest import suggest


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory, django_db_setup, django_db_blocker):
    path = tmp_path_factory.mktemp("suggest") / "index"
    with django_db_blocker.unblock():
        reindex(path=path)
    return path


@pytest.fixture(autouse=True)
def _point_at_fixture_index(settings, fixture_index):
    settings.SEARCH_INDEX_DIR = fixture_index


@pytest.mark.parametrize(
    ("prefix", "expected", "matched_by"),
    [
        ("面肌", "面肌痉挛", "prefix"),
        ("mianji", "面肌痉挛", "pinyin"),
        ("mjjl", "面肌痉挛", "initials"),
        ("抽筋", "肌肉痉挛", "lay_term"),
        ("肉跳", "肌束颤动", "lay_term"),
    ],
)
def test_suggest_finds_the_name(prefix: str, expected: str, matched_by: str) -> None:
    first = suggest(prefix)[0]
    assert (first.text, first.matched_by) == (expected, matched_by)


@pytest.mark.parametrize("prefix", ["", " ", "😀", "x" * 1000, "\x00"])
def test_suggest_on_bad_input_is_empty(prefix: str) -> None:
    assert suggest(prefix) == []


def test_suggest_respects_the_limit() -> None:
    assert len(suggest("m", limit=2)) <= 2


def test_suggest_without_index_is_empty(tmp_path, settings) -> None:
    settings.SEARCH_INDEX_DIR = tmp_path / "missing"
    assert suggest("面肌") == []
