"""/search?q=: the answer card, then results by type with kind and department filters.

A name, alias or lay term typed exactly (面肌痉挛, 肉跳) goes straight to its
page: the reader asked for that page, and it holds more than any card. The
找医生 and 找医院 tabs of the search box send the query to those lists.
"""

from __future__ import annotations

from collections import defaultdict

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from yizhi.knowledge.choices import EntityKind
from yizhi.knowledge.lookup import resolve
from yizhi.search.results import SearchHit
from yizhi.search.understanding.redflags import flags_for_query
from yizhi.web.answer_card import answer_card
from yizhi.web.breadcrumbs import Crumb, trail
from yizhi.web.departments import DepartmentIndex
from yizhi.web.searching import close_spellings, run_search

# Longer than any name in the knowledge base (the longest CMeKG names run to
# about 60 characters) and than most typed questions.
MAX_QUERY_LENGTH = 100
PER_PAGE = 20
# Past this many pages a reader refines the query instead.
MAX_PAGE = 50
KIND_LABELS = {
    **dict(EntityKind.choices),
    "department": "科室",
    "article": "科普文章",
    "question": "问答",
    "doctor": "医生",
    "hospital": "医院",
}
TAB_TARGETS = {"doctor": "web:doctors", "hospital": "web:hospitals"}


def clean_query(raw: str) -> str:
    """Return the query as typed, cut to a sane length, control characters gone."""
    text = "".join(ch for ch in raw[: MAX_QUERY_LENGTH * 2] if ch.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def page_number(raw: str | None) -> int:
    return min(int(raw), MAX_PAGE) if raw and raw.isdigit() and int(raw) > 0 else 1


def grouped(hits: tuple[SearchHit, ...]) -> list[tuple[str, str, list[SearchHit]]]:
    """Hits by kind, kinds in the order of their best hit."""
    groups: dict[str, list[SearchHit]] = defaultdict(list)
    for hit in hits:
        groups[hit.kind].append(hit)
    return [
        (kind, KIND_LABELS.get(kind, kind), found) for kind, found in groups.items()
    ]


def search(request: HttpRequest) -> HttpResponse:
    query = clean_query(request.GET.get("q", ""))
    tab = request.GET.get("tab", "")
    if tab in TAB_TARGETS:
        target = reverse(TAB_TARGETS[tab])
        return redirect(f"{target}?{urlencode({'q': query})}" if query else target)
    kind = request.GET.get("kind", "")
    kind = kind if kind in KIND_LABELS else ""
    index = DepartmentIndex.load()
    department = request.GET.get("department", "")
    department = department if any(n.name == department for n in index.nodes) else ""
    context = {
        "query": query,
        "kind": kind,
        "department": department,
        "kinds": KIND_LABELS,
        "departments": index.nodes,
        "crumbs": trail(Crumb("搜索")),
        "noindex": True,
    }
    if not query:
        return render(request, "web/search.html", context)
    if not kind and not department:
        resolution = resolve(query, with_close=False)
        if resolution.entity is not None:
            return redirect(resolution.entity)
    page = page_number(request.GET.get("page"))
    response = run_search(
        query,
        kinds=(kind,) if kind else (),
        department=department or None,
        limit=PER_PAGE,
        offset=(page - 1) * PER_PAGE,
    )
    filters = urlencode(
        {k: v for k, v in (("kind", kind), ("department", department)) if v}
    )
    context |= {
        "response": response,
        "card": answer_card(response.understanding) if page == 1 else None,
        "groups": grouped(response.hits),
        "facets": [(k, KIND_LABELS.get(k, k), n) for k, n in response.facets.items()],
        "close": () if response.hits else close_spellings(query),
        "red_flags": flags_for_query(query),
        "page": page,
        "has_next": response.total > page * PER_PAGE and page < MAX_PAGE,
        "base_query": urlencode({"q": query}) + (f"&{filters}" if filters else ""),
    }
    return render(request, "web/search.html", context)
