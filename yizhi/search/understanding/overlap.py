"""Surface overlap between two short texts, for similarity and relevance.

Both tasks compare a query with another query or a title. The sentence encoder
sees meaning but misses that "月经来了十几天" and "月经来了十天" ask about different
durations; character overlap sees wording but not paraphrase. These helpers give
the wording side, on normalised text.
"""

import re
from dataclasses import dataclass

from yizhi.search.text.normalise import normalise_query

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CLAUSE_BREAK = re.compile(r"[,.;:!?_\-\s()\"']+")
_MIN_CLAUSE_LENGTH = 2


@dataclass(frozen=True, slots=True)
class Overlap:
    """How much of each text the other one repeats, by distinct characters."""

    left_covered: float
    right_covered: float
    same_numbers: bool


def content_chars(text: str) -> set[str]:
    """Return the distinct letters, digits and CJK characters of `text`."""
    return {char for char in normalise_query(text) if char.isalnum()}


def overlap(left: str, right: str) -> Overlap:
    """Measure the character overlap of two texts in both directions."""
    left_chars, right_chars = content_chars(left), content_chars(right)
    shared = len(left_chars & right_chars)
    return Overlap(
        left_covered=shared / len(left_chars) if left_chars else 0.0,
        right_covered=shared / len(right_chars) if right_chars else 0.0,
        same_numbers=_NUMBER.findall(normalise_query(left))
        == _NUMBER.findall(normalise_query(right)),
    )


def clauses(text: str) -> list[str]:
    """Split a title into clauses; the whole text if it has none worth keeping."""
    normalised = normalise_query(text)
    parts = [
        part
        for part in _CLAUSE_BREAK.split(normalised)
        if len(part) >= _MIN_CLAUSE_LENGTH
    ]
    return parts or [normalised]
