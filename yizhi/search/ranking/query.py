"""Read a typed query into the parts ranking uses.

Bad input never raises: an empty or over-long query comes back with an error
message for the reader, anything else (emoji, SQL, HTML) is plain text whose
words are looked up as terms, never parsed as a query language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yizhi.search.index.analysis import exact_form, query_terms
from yizhi.search.text.normalise import normalise_query
from yizhi.search.understanding.department import suggest_department
from yizhi.search.understanding.entities import EntityMention, find_entities
from yizhi.search.understanding.intent import classify_intent

# Longer than any health question people type; the rest would only slow the
# segmenter and the entity matcher down.
MAX_QUERY_CHARS = 200
MAX_TERMS = 16
# Pinyin typed without tones or spaces: "mianjijingluan", "mjjl".
_PINYIN = re.compile(r"^[a-z]{2,40}$")
# A typed query is raw input; cut it before normalising so a 10,000-character
# paste costs no more than a long question.
_RAW_LIMIT = MAX_QUERY_CHARS * 4


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query as ranking sees it."""

    raw: str
    text: str  # normalised
    exact: str  # the whole query in the form names are stored in
    terms: tuple[str, ...] = ()
    pinyin: str = ""  # the query itself when it looks like pinyin
    intent: str = "其他"
    mentions: tuple[EntityMention, ...] = ()
    departments: tuple[str, ...] = ()
    error: str = ""


def parse_query(raw: str) -> ParsedQuery:
    """Return the parsed query, or one whose `error` says why it cannot be searched."""
    raw = raw if isinstance(raw, str) else ""
    too_long = len(raw) > _RAW_LIMIT
    text = normalise_query(raw[:_RAW_LIMIT])
    if not text:
        return ParsedQuery(raw, "", "", error="请输入要搜索的内容。")
    if too_long or len(text) > MAX_QUERY_CHARS:
        return ParsedQuery(
            raw, "", "", error=f"搜索内容太长了，请控制在{MAX_QUERY_CHARS}个字以内。"
        )
    exact = exact_form(text)
    pinyin = exact if _PINYIN.match(exact) else ""
    terms = tuple(dict.fromkeys(query_terms(text)))[:MAX_TERMS]
    if pinyin:
        return ParsedQuery(raw, text, exact, terms, pinyin)
    department = suggest_department(text)
    return ParsedQuery(
        raw,
        text,
        exact,
        terms,
        intent=classify_intent(text).intent,
        mentions=tuple(find_entities(text)),
        departments=tuple(list(department.scores)[:3]),
    )
