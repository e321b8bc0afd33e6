"""The one door to search: `search()` for results, `suggest()` for the search box.

Pages, the API and the command line call these two functions and render the
frozen values they return. A query never raises: bad input gives an empty
response with `error` set, and a missing index gives an error saying how to
build it.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Collection

from django.conf import settings

from yizhi.search.index.registry import kind_labels
from yizhi.search.index.store import IndexMissing, live_index
from yizhi.search.ranking.linking import link_entities
from yizhi.search.ranking.query import ParsedQuery, parse_query
from yizhi.search.ranking.retrieve import build_query, fetch
from yizhi.search.ranking.scoring import Scored, apply_semantic, score_candidates
from yizhi.search.results import (
    QueryUnderstanding,
    SearchHit,
    SearchResponse,
    Suggestion,
)

logger = logging.getLogger(__name__)

# Candidates fetched from the index and re-scored; results past this depth
# are rare on a health portal and keep their index order.
CANDIDATES = 50
# Candidates compared with the query by the sentence encoder.
SEMANTIC_TOP = 8
MAX_LIMIT = 100


def search(
    query: str,
    *,
    kinds: Collection[str] = (),
    department: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchResponse:
    """Search every indexed item; return hits best first, each with its reasons."""
    started = time.perf_counter()
    unknown = sorted(set(kinds) - set(kind_labels()))
    if unknown:
        known = "、".join(kind_labels())
        message = f"不支持的类型：{'、'.join(unknown)}。可选：{known}"
        return SearchResponse(query=str(query), understanding=None, error=message)
    limit = max(0, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    parsed = parse_query(query)
    if parsed.error:
        return SearchResponse(query=str(query), understanding=None, error=parsed.error)
    try:
        response = _search(parsed, kinds, department, limit, offset)
    except IndexMissing as missing:
        return SearchResponse(query=query, understanding=None, error=str(missing))
    except (ValueError, OSError):
        # tantivy reports a damaged or locked index as ValueError/OSError; the
        # reader gets a message, the log gets the details.
        logger.exception("search failed for %r", query)
        return SearchResponse(
            query=query, understanding=None, error="搜索暂时不可用，请稍后再试。"
        )
    took = (time.perf_counter() - started) * 1000
    return _with_time(response, took)


def _search(
    parsed: ParsedQuery,
    kinds: Collection[str],
    department: str | None,
    limit: int,
    offset: int,
) -> SearchResponse:
    index = live_index()
    searcher = index.searcher()
    schema = index.index().schema
    if parsed.pinyin:
        parsed = _resolve_pinyin(parsed, searcher, schema)
    linking = link_entities(searcher, schema, parsed)
    linked = linking.entities
    names = [name for e in linked if not e.relation for name in (e.name, e.text)]
    departments = tuple(dict.fromkeys((*linking.departments, *parsed.departments)))
    query = build_query(
        schema,
        parsed,
        mention_names=names,
        related_names=[e.name for e in linked if e.relation],
        suggested_departments=departments[:2] if parsed.intent == "就医建议" else (),
        kinds=kinds,
        department=department,
    )
    candidates, total = fetch(searcher, query, max(CANDIDATES, offset + limit))
    scored = score_candidates(
        parsed, [(c.score, c.fields) for c in candidates], linked, departments
    )
    _semantic_rerank(parsed, scored)
    hits = tuple(_hit(item) for item in scored[offset : offset + limit])
    understanding = QueryUnderstanding(
        normalised=parsed.text,
        intent=parsed.intent,
        entities=linked,
        departments=departments[:3],
    )
    facets = dict(Counter(item.fields["kind"] for item in scored))
    return SearchResponse(
        query=parsed.raw,
        understanding=understanding,
        hits=hits,
        total=total,
        facets=facets,
    )


def _resolve_pinyin(parsed: ParsedQuery, searcher, schema) -> ParsedQuery:
    """Read a pinyin query as the name it spells, when the index knows one."""
    import tantivy

    from yizhi.search.index.schema import from_stored
    from yizhi.search.ranking.retrieve import PINYIN_BOOST

    query = tantivy.Query.boolean_query(
        [
            (
                tantivy.Occur.Should,
                tantivy.Query.boost_query(
                    tantivy.Query.term_query(schema, field, parsed.pinyin), boost
                ),
            )
            for field, boost in (("pinyin", PINYIN_BOOST), ("initials", 1.0))
        ]
    )
    result = searcher.search(query, 5, count=False)
    for _score, address in result.hits:
        fields = from_stored(searcher.doc(address).to_dict())
        spelled = parse_query(fields["title"])
        if not spelled.error:
            return ParsedQuery(
                raw=parsed.raw,
                text=parsed.text,
                exact=parsed.exact,
                terms=parsed.terms,
                pinyin=parsed.pinyin,
                intent=spelled.intent,
                mentions=spelled.mentions,
                departments=spelled.departments,
            )
    return parsed


def _semantic_rerank(parsed: ParsedQuery, scored: list[Scored]) -> None:
    """Let the sentence encoder reorder the top candidates of a free-text query.

    Skipped when a candidate already matches by name (the reader typed a
    name, and the encoder cannot do better), and when turned off in settings.
    """
    if not settings.SEARCH_SEMANTIC_RERANK:
        return
    if not scored or parsed.pinyin or any(item.name_match for item in scored[:3]):
        return
    from yizhi.search.ranking.semantic import similarities

    top = scored[:SEMANTIC_TOP]
    values = similarities(parsed.text, [item.fields["title"] for item in top])
    apply_semantic(scored, values)


def _hit(item: Scored) -> SearchHit:
    fields = item.fields
    return SearchHit(
        kind=fields["kind"],
        key=fields["key"].split(":", 1)[1],
        title=fields["title"],
        url=fields["url"],
        snippet=fields["snippet"],
        score=round(item.score, 4),
        reasons=tuple(item.reasons),
        department=(fields["departments"] or [""])[0],
        is_demo=bool(fields.get("is_demo")),
    )


def _with_time(response: SearchResponse, took: float) -> SearchResponse:
    from dataclasses import replace

    return replace(response, took_ms=round(took, 2))


def suggest(prefix: str, *, limit: int = 10) -> list[Suggestion]:
    """Return completions for what the reader has typed so far."""
    from yizhi.search.suggest import suggest as _suggest

    return _suggest(prefix, limit=limit)
