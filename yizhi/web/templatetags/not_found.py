"""What a 404 page can suggest: names close to the one in the missing address.

Django's 404 handler passes its template no data of ours, so the template asks
for the missing name and its close matches itself, from the request path.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django import template
from django.db import DatabaseError
from django.template import Context
from django.urls import reverse
from django.utils.http import urlencode
from rapidfuzz import fuzz, process

from yizhi.knowledge.lookup import close_matches
from yizhi.knowledge.models import Department, DepartmentAlias
from yizhi.web.converters import NameConverter

logger = logging.getLogger(__name__)
register = template.Library()

# Names are short; a long last segment is not a name worth matching.
MAX_NAME_LENGTH = 50
DEPARTMENT_PREFIX = "/department/"


@dataclass(frozen=True, slots=True)
class Missing:
    """The name a missing address asked for, and links to names like it."""

    name: str = ""
    links: tuple[tuple[str, str], ...] = ()


def close_departments(name: str, *, limit: int = 5) -> tuple[str, ...]:
    """Return department names and aliases that look like `name` (≤ 200 choices)."""
    choices = [*Department.objects.values_list("name", flat=True)]
    choices += DepartmentAlias.objects.values_list("name", flat=True)
    found = process.extract(
        name, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=60
    )
    return tuple(match for match, _score, _index in found)


def _links(name: str, path: str) -> tuple[tuple[str, str], ...]:
    if path.startswith(DEPARTMENT_PREFIX):
        return tuple(
            (match, reverse("web:department", args=[match]))
            for match in close_departments(name)
        )
    search = reverse("web:search")
    return tuple(
        (match, f"{search}?{urlencode({'q': match})}") for match in close_matches(name)
    )


@register.simple_tag(takes_context=True)
def missing(context: Context) -> Missing:
    """Return the last segment of the requested path and names close to it."""
    request = context.get("request")
    segments = [part for part in request.path.split("/") if part] if request else []
    if not segments:
        return Missing()
    name = NameConverter().to_python(segments[-1])[:MAX_NAME_LENGTH]
    try:
        return Missing(name=name, links=_links(name, request.path))
    except DatabaseError:
        # A 404 page must render even when the database is what failed.
        logger.exception("close matches for a 404 page failed")
        return Missing(name=name)
