"""Template filters that say where a line came from."""

from __future__ import annotations

from django import template

from yizhi.knowledge.models import Fact

register = template.Library()

# A tag beside every line must be short; the full title is in the 来源 section.
SHORT_NAMES = {"cmekg": "CMeKG", "overlay": "医知整理"}
TAG_LENGTH = 10


@register.filter
def source_tag(fact: Fact) -> str:
    """Return the short name of a fact's source (CMeKG, 医知整理)."""
    title = fact.source.title
    short = title if len(title) <= TAG_LENGTH else title[: TAG_LENGTH - 1] + "…"
    return SHORT_NAMES.get(fact.source.key, short)


@register.filter
def source_detail(fact: Fact) -> str:
    """Return the source, record and reference of a fact, for a tooltip."""
    parts = [fact.source.title, fact.record, fact.reference]
    return "；".join(part for part in parts if part)
