"""Title relevance and the surface checks behind it, on pairs written here."""

import pytest

from yizhi.search.understanding.intent import question_frames
from yizhi.search.understanding.overlap import (
    edit_similarity,
    numbers,
    numbers_conflict,
    plain_title,
)
from yizhi.search.understanding.relevance import score_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发烧3天了", {"3"}),
        ("两个月宝宝", {"2"}),  # Chinese numeral
        ("三十八度五", {"38", "5"}),
        ("十二岁的孩子", {"12"}),
        ("头痛怎么办", set()),
    ],
)
def test_numbers_reads_digits_and_chinese_numerals(text: str, expected: set) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("query", "title", "conflict"),
    [
        ("两个月宝宝拉肚子", "六个月宝宝拉肚子怎么办", True),
        ("两个月宝宝拉肚子", "2个月的宝宝拉肚子", False),  # same number, other script
        ("宝宝拉肚子", "六个月宝宝拉肚子", False),  # the query asks no number
        ("两个月宝宝拉肚子", "宝宝拉肚子怎么办", False),  # the title gives none
    ],
)
def test_numbers_conflict(query: str, title: str, conflict: bool) -> None:
    assert numbers_conflict(query, title) is conflict


def test_plain_title_drops_courtesy_and_repeats() -> None:
    title = "医生你好，膝盖疼怎么办？膝盖疼怎么办。谢谢"
    assert plain_title(title) == "膝盖疼怎么办"


def test_edit_similarity_prefers_a_title_of_the_query_own_length() -> None:
    short = edit_similarity("膝盖疼怎么办", "膝盖疼痛怎么办")
    long = edit_similarity("膝盖疼怎么办", "膝盖疼怎么办，爬楼梯时更疼，已经两个星期了")
    assert short > long


def test_question_frames_name_what_a_text_asks() -> None:
    assert "治疗方案" in question_frames("膝盖疼怎么办")
    assert "医疗费用" in question_frames("膝关节置换多少钱")
    assert not question_frames("膝盖疼")


@pytest.mark.parametrize(
    ("query", "better", "worse"),
    [
        ("两个月宝宝拉肚子怎么办", "两个月宝宝拉肚子怎么办", "六个月宝宝拉肚子怎么办"),
        ("膝盖积液怎么办", "膝盖积液怎么处理才好", "膝盖积液是什么"),
    ],
)
def test_a_title_asking_the_same_question_outranks_a_neighbour(
    query: str, better: str, worse: str
) -> None:
    good, bad = score_pairs([(query, better), (query, worse)])
    assert good > bad


def test_empty_texts_are_not_alike() -> None:
    assert edit_similarity("", "") == 0.0
    assert edit_similarity("头痛", "") == 0.0
