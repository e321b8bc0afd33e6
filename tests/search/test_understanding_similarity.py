"""Query similarity and title relevance, on pairs written for these tests."""

from yizhi.search.understanding.overlap import clauses, overlap
from yizhi.search.understanding.relevance import score_pairs
from yizhi.search.understanding.similarity import (
    DIFFERENT,
    SAME,
    judge,
    judge_pairs,
)


def test_identical_queries_are_the_same_question() -> None:
    assert judge_pairs([("腿抽筋怎么办", "腿抽筋怎么办？")])[0].label == SAME


def test_unrelated_queries_are_different() -> None:
    assert judge_pairs([("腿抽筋怎么办", "乙肝疫苗多少钱")])[0].label == DIFFERENT


def test_different_numbers_make_different_questions() -> None:
    assert judge("发烧3天了怎么办", "发烧3天了怎么办?", 0.99).label == SAME
    assert judge("月经推迟10天", "月经推迟15天", 0.99).label == DIFFERENT


def test_overlap_counts_distinct_characters() -> None:
    shared = overlap("头痛", "头痛怎么办")
    assert shared.left_covered == 1.0
    assert shared.right_covered == 0.4


def test_clauses_split_a_title() -> None:
    assert clauses("腿抽筋怎么办？腿抽筋的原因") == ["腿抽筋怎么办", "腿抽筋的原因"]


def test_a_matching_title_outscores_an_unrelated_one() -> None:
    good, bad = score_pairs(
        [("腿抽筋怎么办", "腿抽筋了怎么办才好"), ("腿抽筋怎么办", "乙肝疫苗接种时间表")]
    )
    assert good > bad
