"""Surface overlap between two short texts, for similarity and relevance.

Both tasks compare a query with another query or a title. The sentence encoder
sees meaning but misses that "月经来了十几天" and "月经来了十天" ask about different
durations; character overlap sees wording but not paraphrase. These helpers give
the wording side, on normalised text.
"""

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

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


def edit_similarity(left: str, right: str) -> float:
    """Return how alike two texts are in order and length, 0..1.

    The normalised insertion-and-deletion distance over letters, digits and
    CJK characters: a title that says the query's words in the query's order
    and little else scores high, one that buries them in a paragraph low.
    """
    left, right = _content(left), _content(right)
    if not left or not right:
        return 0.0  # nothing to compare is no likeness
    return Indel.normalized_similarity(left, right)


def _content(text: str) -> str:
    return "".join(char for char in normalise_query(text) if char.isalnum())


# Courtesy and filler that question titles carry and queries never do.
_COURTESY = re.compile(
    r"请问|医生你好|医生您好|你好|您好|谢谢|医生|大夫|急急急|在线等|求解答|求助"
)


def plain_title(text: str) -> str:
    """Return a title without courtesy words and with each clause said once.

    Question titles often greet the doctor or repeat the question
    (女人怀孕有什么反应？女人怀孕有什么反应。); both dilute a sentence encoding.
    """
    parts: list[str] = []
    for part in clauses(_COURTESY.sub("", normalise_query(text))):
        if part not in parts:
            parts.append(part)
    return ",".join(parts) or normalise_query(text)


_CHINESE_DIGITS = {
    "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_ANY_NUMBER = re.compile(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十]+")


def numbers(text: str) -> set[str]:
    """Return the numbers a text names, Chinese numerals written as digits."""
    return {_as_digits(match) for match in _ANY_NUMBER.findall(normalise_query(text))}


def _as_digits(number: str) -> str:
    if number[0].isdigit():
        return number
    tens, ten, units = number.partition("十")
    if not ten or len(tens) > 1 or len(units) > 1 or "十" in units:
        # Digit by digit (一二〇 style, or a run of numerals we do not parse).
        return "".join(str(_CHINESE_DIGITS.get(char, 10)) for char in number)
    value = (_CHINESE_DIGITS[tens] if tens else 1) * 10
    return str(value + (_CHINESE_DIGITS[units] if units else 0))


def numbers_conflict(query: str, title: str) -> bool:
    """Tell whether a title gives numbers and not the ones the query asks about.

    "两个月宝宝" and "六个月宝宝" ask about different children; a title with no
    number at all may still answer.
    """
    asked, given = numbers(query), numbers(title)
    return bool(asked and given and not asked <= given)
