"""/search?q=: the first version resolves a name, alias or lay term.

An exact hit goes straight to the entity's page; anything else lists close
spellings and the names that contain the query. Understanding whole questions
arrives with the search app.
"""

from __future__ import annotations

from django.db.models import Q
from django.db.models.functions import Length
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from yizhi.knowledge.lookup import resolve
from yizhi.knowledge.models import Entity
from yizhi.search.text.normalise import normalise_query
from yizhi.web.breadcrumbs import Crumb, trail

# Longer than any name in the knowledge base (the longest CMeKG names run to
# about 60 characters); the rest of a pasted paragraph cannot help a name lookup.
MAX_QUERY_LENGTH = 100
RESULT_LIMIT = 30


def clean_query(raw: str) -> str:
    """Return the query as typed, cut to a sane length, control characters gone."""
    text = "".join(ch for ch in raw[: MAX_QUERY_LENGTH * 2] if ch.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def containing(query: str) -> list[Entity]:
    """Entities whose name contains the query, as typed or normalised."""
    spellings = {query, normalise_query(query)} - {""}
    condition = Q()
    for spelling in spellings:
        condition |= Q(name__contains=spelling)
    return list(
        Entity.objects.filter(condition).order_by(Length("name"), "name")[:RESULT_LIMIT]
    )


def search(request: HttpRequest) -> HttpResponse:
    query = clean_query(request.GET.get("q", ""))
    context = {"query": query, "crumbs": trail(Crumb("搜索"))}
    if query:
        resolution = resolve(query)
        if resolution.entity is not None:
            return redirect(resolution.entity)
        context |= {"close": resolution.close, "results": containing(query)}
    return render(request, "web/search.html", context)
