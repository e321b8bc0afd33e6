"""Tell when an imported page is one already stored under another source.

Portals copy each other's articles: the same text under two addresses is one
article (refused, and reported), the same causes under a retitled question is
a near-duplicate (stored, with a `duplicate` finding naming the other).
"""

from __future__ import annotations

import hashlib
import json

from yizhi.content.models import Article
from yizhi.content.parsing import ParsedPage
from yizhi.content.parsing.dedupe import bigrams, is_near_duplicate, jaccard

# Titles of one article retitled (面肌痉挛是怎么引起的 / 引起面肌痉挛的原因)
# share about 0.4 of their bigrams; unrelated titles about one subject with
# the same cause list are rare, so the cause list carries the decision.
SIMILAR_TITLE = 0.4


def content_hash(page: ParsedPage) -> str:
    """Return a fingerprint of what the page says, not where it came from."""
    found = page.to_json()
    found.pop("provenance", None)
    text = json.dumps(found, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def same_content(fingerprint: str, *, source_key: str) -> Article | None:
    """Return another article with exactly this content, if one is stored."""
    others = Article.objects.filter(content_hash=fingerprint)
    return others.exclude(source_key=source_key).order_by("pk").first()


def near_duplicate(page: ParsedPage, *, source_key: str) -> Article | None:
    """Return a stored article with a similar title and the same causes.

    Pages without causes are near-duplicates only when their titles are.
    """
    names = {cause.name for cause in page.causes}
    others = Article.objects.exclude(source_key=source_key)
    if names:
        first = page.causes[0].name
        others = others.filter(causes__name=first).prefetch_related("causes")
    else:
        others = others.filter(causes__isnull=True)
    grams = bigrams(page.title)
    for other in others.distinct().order_by("pk")[:200]:
        if names:
            if {c.name for c in other.causes.all()} != names:
                continue
            if jaccard(grams, bigrams(other.title)) >= SIMILAR_TITLE:
                return other
        elif is_near_duplicate(page.title, other.title):
            return other
    return None
