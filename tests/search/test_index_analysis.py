"""The terms a typed query looks up, cut the way the index cuts text."""

import pytest

from yizhi.search.index.analysis import analyse, query_terms


def test_an_everyday_negated_phrase_stays_whole() -> None:
    """「停不下来」's piece 不下 would match 乳汁不下 and the herbs for it."""
    assert "不下" in analyse("打嗝停不下来")
    terms = query_terms("打嗝停不下来")
    assert "不下" not in terms
    assert {"打嗝", "停不下来"} <= set(terms)


@pytest.mark.parametrize(
    ("query", "piece"),
    [
        ("全身神经跳动", "神经"),  # no negation: pieces stay
        ("晚上睡不着", "不着"),  # a lay term the lexicon knows keeps its pieces
    ],
)
def test_other_words_keep_their_pieces(query: str, piece: str) -> None:
    assert query_terms(query) == analyse(query)
    assert piece in query_terms(query)


def test_question_words_are_not_looked_up() -> None:
    """治 and 什么 would match 治咳片 and every title that asks anything."""
    assert query_terms("甲钴胺是治什么的") == ["甲钴胺"]
    assert query_terms("腿抽筋吃什么") == ["抽筋", "腿抽筋"]


def test_bare_numbers_and_their_units_are_not_looked_up() -> None:
    """The 度 of 38度 matched every 烧伤 page (I度, II度)."""
    assert query_terms("宝宝发烧38度怎么办") == ["宝宝", "发烧"]


@pytest.mark.parametrize("query", ["为什么", "120"])
def test_a_query_of_nothing_else_keeps_its_terms(query: str) -> None:
    assert query_terms(query) == analyse(query)
