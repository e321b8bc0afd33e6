"""Run a search for the results page, whichever search the install has.

The search service (index, ranking, query understanding) answers when it is
there and its index is built. Otherwise the page still works from the
knowledge base alone: names that contain the query, and close spellings, with
a note that full search is not ready.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from django.db.models import Q
from django.db.models.functions import Length

from yizhi.knowledge.lookup import close_matches
from yizhi.knowledge.models import Entity
from yizhi.search.results import SearchHit, SearchResponse
from yizhi.search.text.normalise import normalise_query

logger = logging.getLogger(__name__)

FALLBACK_LIMIT = 30
NAMES_ONLY = "下面只列出名称中含有这些字的条目。"
NOT_READY = f"全文搜索还没有准备好，{NAMES_ONLY}"


def containing(query: str, *, kinds: Sequence[str] = ()) -> list[Entity]:
    """Entities whose name contains the query, as typed or normalised."""
    spellings = {query, normalise_query(query)} - {""}
    condition = Q()
    for spelling in spellings:
        condition |= Q(name__contains=spelling)
    found = Entity.objects.filter(condition)
    if kinds:
        found = found.filter(kind__in=kinds)
    return list(found.order_by(Length("name"), "name")[:FALLBACK_LIMIT])


def fallback_search(
    query: str, *, kinds: Sequence[str] = (), error: str = NOT_READY
) -> SearchResponse:
    """Answer from entity names only, saying why full search is not used."""
    hits = tuple(
        SearchHit(
            kind=entity.kind,
            key=entity.name,
            title=entity.name,
            url=entity.get_absolute_url(),
            snippet="",
            score=0.0,
            reasons=("名称含有查询词",),
        )
        for entity in containing(query, kinds=kinds)
    )
    facets: dict[str, int] = {}
    for hit in hits:
        facets[hit.kind] = facets.get(hit.kind, 0) + 1
    return SearchResponse(
        query=query,
        understanding=None,
        hits=hits,
        total=len(hits),
        facets=facets,
        error=error,
    )


def close_spellings(query: str) -> tuple[str, ...]:
    return close_matches(normalise_query(query))


def run_search(
    query: str,
    *,
    kinds: Sequence[str] = (),
    department: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchResponse:
    """Search with the search service, or from names alone without it.

    The service answers every query with a response; one with an error and no
    hits (no index yet, a damaged index) still gets the names that contain
    the query, under the service's message.
    """
    try:
        from yizhi.search.service import search
    except ImportError:
        return fallback_search(query, kinds=kinds)
    response = search(
        query, kinds=tuple(kinds), department=department, limit=limit, offset=offset
    )
    if response.error and not response.hits:
        return fallback_search(
            query, kinds=kinds, error=f"{response.error} {NAMES_ONLY}"
        )
    return response
