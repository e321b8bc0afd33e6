"""Template helpers for the page head: JSON-LD and the canonical address."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.template import Context
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# Inside <script>, "</script>" or "<!--" in a value would end or break the
# block; escaping these characters keeps the JSON the same to a parser.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict[str, Any] | None) -> SafeString:
    """Write `data` as a JSON-LD script block, safe to place in HTML."""
    if not data:
        return mark_safe("")
    text = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(
        _SCRIPT_ESCAPES
    )
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


@register.simple_tag(takes_context=True)
def canonical_url(context: Context) -> str:
    """Return the page's one address: its path, and the page number past page 1.

    Filters and tracking parameters are left out, so every variant of a list
    points search engines at the same page.
    """
    request = context.get("request")
    if request is None:
        return ""
    url = request.build_absolute_uri(request.path)
    page = request.GET.get("page", "")
    if page.isdigit() and int(page) > 1:
        url += f"?page={int(page)}"
    return url
