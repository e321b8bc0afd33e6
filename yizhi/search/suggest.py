"""Complete what the reader is typing: names, pinyin, initials and lay terms.

Suggestions come straight from the index's term dictionaries (whole names and
aliases, full pinyin, initials), so there is nothing to build or keep in
memory and they follow every reindex. A keystroke costs a prefix walk over one
dictionary and one term lookup.
"""

from __future__ import annotations

import logging
import re

import tantivy

from yizhi.search.index.analysis import exact_form
from yizhi.search.index.schema import from_stored
from yizhi.search.index.store import IndexMissing, live_index
from yizhi.search.results import Suggestion

logger = logging.getLogger(__name__)

MAX_PREFIX_CHARS = 40
MAX_LIMIT = 50
# Terms taken from a dictionary before ranking: a one-letter pinyin prefix
# matches thousands; the most common among them are enough to rank.
TERMS_PER_FIELD = 200
SUGGESTED_KINDS = ("disease", "symptom", "drug", "exam", "herb", "department")
_PINYIN_PREFIX = re.compile(r"^[a-z]+$")
# Fields looked up for pinyin input, in order of preference.
_PINYIN_FIELDS = (("pinyin", "pinyin"), ("initials", "initials"))


def suggest(prefix: str, *, limit: int = 10) -> list[Suggestion]:
    """Return up to `limit` suggestions for a typed prefix, best first."""
    text = exact_form(prefix if isinstance(prefix, str) else "")
    limit = max(0, min(int(limit), MAX_LIMIT))
    if not text or len(text) > MAX_PREFIX_CHARS or not limit:
        return []
    try:
        index = live_index()
        searcher = index.searcher()
        schema = index.index().schema
    except IndexMissing:
        logger.warning("suggestions asked for before the index was built")
        return []
    if _PINYIN_PREFIX.match(text):
        fields = _PINYIN_FIELDS
    else:
        fields = (("name_exact", "prefix"),)
    found: dict[str, tuple[tuple, Suggestion]] = {}
    for rank, (field, matched_by) in enumerate(fields):
        terms = [
            t
            for t, _n in searcher.terms_with_prefix(field, text, limit=TERMS_PER_FIELD)
        ]
        for stored in _documents(searcher, schema, field, terms):
            if stored["kind"] not in SUGGESTED_KINDS or stored["key"] in found:
                continue
            found[stored["key"]] = _ranked(stored, text, rank, matched_by)
    ranked = sorted(found.values(), key=lambda pair: pair[0])
    return [suggestion for _key, suggestion in ranked[:limit]]


def _documents(searcher, schema, field: str, terms: list[str]) -> list[dict]:
    if not terms:
        return []
    query = tantivy.Query.term_set_query(schema, field, terms)
    result = searcher.search(query, TERMS_PER_FIELD, count=False)
    return [from_stored(searcher.doc(address).to_dict()) for _s, address in result.hits]


def _ranked(stored: dict, text: str, rank: int, matched_by: str):
    title = stored["title"]
    if matched_by == "prefix" and not exact_form(title).startswith(text):
        matched_by = "lay_term"  # found through an alias or lay term
    suggestion = Suggestion(
        text=title, kind=stored["kind"], url=stored["url"], matched_by=matched_by
    )
    key = (
        rank,
        matched_by == "lay_term",
        -min(stored.get("prior", 0.0), 30.0) // 5,  # curated and well-known first
        len(title),
        SUGGESTED_KINDS.index(stored["kind"]),
        title,
    )
    return key, suggestion
