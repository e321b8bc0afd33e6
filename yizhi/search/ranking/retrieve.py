"""Turn a parsed query into one tantivy query and fetch the candidates.

Every clause is a term query on pre-analysed text (never the query parser), so
nothing a person types can be read as query syntax. Boosts below are where the
relative weights of the signals live; `scoring` adds what the index cannot
know (intent fit, semantic similarity).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

import tantivy

from yizhi.search.index.analysis import exact_form
from yizhi.search.index.schema import from_stored
from yizhi.search.ranking.query import ParsedQuery

# Field weights for words of the query.
NAME_WORD_BOOST = 4.0
TITLE_WORD_BOOST = 2.0
BODY_WORD_BOOST = 1.0
# Whole-name lookups: the query itself, a word of it, an entity it names.
EXACT_QUERY_BOOST = 30.0
EXACT_MENTION_BOOST = 20.0
EXACT_TERM_BOOST = 6.0
# Entities related to a named one (the causes a symptom lists).
EXACT_RELATED_BOOST = 8.0
PINYIN_BOOST = 25.0
INITIALS_BOOST = 15.0
# One edit away from a whole name (面肌痉孪 for 面肌痉挛).
FUZZY_BOOST = 12.0
FUZZY_MIN_CHARS = 3
FUZZY_MAX_CHARS = 10
# Items that point at an entity the query names (articles about it).
LINK_BOOST = 3.0
# Items filed under the department a 就医建议 query should go to.
DEPARTMENT_BOOST = 4.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """One document the index returned, with its index score."""

    score: float
    fields: dict


def build_query(
    schema: tantivy.Schema,
    parsed: ParsedQuery,
    *,
    mention_names: Iterable[str] = (),
    related_names: Iterable[str] = (),
    suggested_departments: Iterable[str] = (),
    kinds: Collection[str] = (),
    department: str | None = None,
) -> tantivy.Query:
    """Return the query: should-clauses for every signal, must-clauses for filters."""
    should = list(_text_clauses(schema, parsed))
    should += _name_clauses(schema, parsed, mention_names)
    for name in dict.fromkeys(related_names):
        should.append(_boosted(schema, "name_exact", name, EXACT_RELATED_BOOST))
    for name in suggested_departments:
        should.append(_boosted(schema, "department", name, DEPARTMENT_BOOST))
        should.append(_boosted(schema, "name_exact", name, EXACT_MENTION_BOOST))
    if parsed.pinyin:
        should.append(_boosted(schema, "pinyin", parsed.pinyin, PINYIN_BOOST))
        should.append(_boosted(schema, "initials", parsed.pinyin, INITIALS_BOOST))
    if not should:
        return tantivy.Query.empty_query()
    clauses = [(tantivy.Occur.Should, clause) for clause in should]
    query = tantivy.Query.boolean_query(clauses)
    filters = []
    if kinds:
        filters.append(tantivy.Query.term_set_query(schema, "kind", list(kinds)))
    if department:
        filters.append(tantivy.Query.term_query(schema, "department", department))
    if not filters:
        return query
    return tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, query), *((tantivy.Occur.Must, f) for f in filters)]
    )


def _boosted(schema, field: str, value: str, boost: float) -> tantivy.Query:
    return tantivy.Query.boost_query(
        tantivy.Query.term_query(schema, field, value), boost
    )


def _text_clauses(schema, parsed: ParsedQuery) -> Iterable[tantivy.Query]:
    for term in parsed.terms:
        yield _boosted(schema, "names", term, NAME_WORD_BOOST)
        yield _boosted(schema, "title_words", term, TITLE_WORD_BOOST)
        yield _boosted(schema, "body", term, BODY_WORD_BOOST)
        if len(term) >= 2:
            yield _boosted(schema, "name_exact", term, EXACT_TERM_BOOST)


def _name_clauses(schema, parsed: ParsedQuery, mention_names) -> list[tantivy.Query]:
    clauses = [_boosted(schema, "name_exact", parsed.exact, EXACT_QUERY_BOOST)]
    for name in dict.fromkeys(mention_names):
        clauses.append(_boosted(schema, "name_exact", name, EXACT_MENTION_BOOST))
    # A fuzzy lookup walks the name dictionary: only when nothing in the
    # query was recognised as a name, which is when a typo is likely.
    fuzzy_wanted = not parsed.pinyin and not mention_names
    if fuzzy_wanted and FUZZY_MIN_CHARS <= len(parsed.exact) <= FUZZY_MAX_CHARS:
        fuzzy = tantivy.Query.fuzzy_term_query(schema, "name_exact", parsed.exact, 1)
        clauses.append(tantivy.Query.boost_query(fuzzy, FUZZY_BOOST))
    return clauses


def link_clause(schema, keys: Iterable[str]) -> tantivy.Query:
    """Return a query for items that link to any of `keys`."""
    return tantivy.Query.boost_query(
        tantivy.Query.term_set_query(schema, "link", list(keys)), LINK_BOOST
    )


def fetch(
    searcher: tantivy.Searcher, query: tantivy.Query, limit: int
) -> tuple[list[Candidate], int]:
    """Return the top `limit` candidates and how many documents matched."""
    # Counting every match would defeat tantivy's top-k pruning (it costs
    # more than the search on common words); the total reported is the number
    # of candidates, a lower bound.
    result = searcher.search(query, limit, count=False)
    candidates = [
        Candidate(score, from_stored(searcher.doc(address).to_dict()))
        for score, address in result.hits
    ]
    return candidates, len(candidates)


def fetch_keys(
    searcher: tantivy.Searcher, schema: tantivy.Schema, keys: list[str]
) -> dict[str, dict]:
    """Return the stored fields of the documents with these keys."""
    if not keys:
        return {}
    query = tantivy.Query.term_set_query(schema, "key", keys)
    result = searcher.search(query, len(keys), count=False)
    found = (
        from_stored(searcher.doc(address).to_dict()) for _s, address in result.hits
    )
    return {fields["key"]: fields for fields in found}


def lookup_names(
    searcher: tantivy.Searcher, schema: tantivy.Schema, names: Iterable[str]
) -> list[dict]:
    """Return the documents whose whole name or alias is one of `names`."""
    forms = list(dict.fromkeys(filter(None, map(exact_form, names))))
    if not forms:
        return []
    query = tantivy.Query.term_set_query(schema, "name_exact", forms)
    result = searcher.search(query, 50, count=False)
    return [from_stored(searcher.doc(address).to_dict()) for _s, address in result.hits]
