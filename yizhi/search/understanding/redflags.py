"""Which red-flag rules a text someone typed must warn about.

A rule lists patterns; each pattern is a set of symptom terms that together
need emergency care. A text warns when every term of one pattern appears in
it, either as written or as the standard name of a lay word it uses (胸口疼
counts as 胸痛): a missed emergency costs far more than an extra notice. The
search page and the search API ask about queries, question and article pages
about their text; entity pages decide from the knowledge base instead
(knowledge.redflags).

The knowledge base holds a few dozen rules, so a caller loads them all in one
query and matching is done in Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from yizhi.knowledge.models import RedFlag
from yizhi.knowledge.redflags import all_rules, patterns_of, unique_flags
from yizhi.search.text.normalise import normalise_query
from yizhi.search.understanding.entities import find_entities


def flags_in_text(text: str, flags: Sequence[RedFlag]) -> tuple[RedFlag, ...]:
    """Return the rules one of whose patterns is wholly present in `text`."""
    folded = normalise_query(text)
    if not folded:
        return ()
    named = {mention.name for mention in find_entities(folded)}
    return unique_flags(
        flag
        for flag in flags
        if any(
            all(term in folded or term in named for term in pattern)
            for pattern in patterns_of(flag)
        )
    )


def flags_for_query(text: str) -> tuple[RedFlag, ...]:
    """Return the rules a typed query triggers (one query for all rules)."""
    return flags_in_text(text, all_rules())
