"""Find disease, symptom, drug and examination mentions in queries and text.

Spans are character offsets into the text as given (end exclusive), so callers can
highlight them; matching itself runs on a width- and script-folded copy of the
same length.
"""

from dataclasses import dataclass
from functools import lru_cache

from yizhi.search.text.normalise import normalise_aligned
from yizhi.search.understanding.entity_rules import apply_rules
from yizhi.search.understanding.entity_spans import STOP_CHARS, Span
from yizhi.search.understanding.lexicon import (
    REPORTED_TYPES,
    Lexicon,
    default_lexicon,
)


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One entity mention: where it is, its type, and the knowledge-base name."""

    start: int
    end: int
    type: str
    text: str
    name: str


class EntityRecognizer:
    """Longest-match lexicon lookup."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._types = lexicon.types
        self._longest = max((len(name) for name in self._types), default=0)
        self._qualifiers = disease_qualifiers(lexicon)

    def find(self, text: str) -> list[EntityMention]:
        """Return the mentions in `text`, left to right.

        Outer mentions never overlap; a nested one (血糖 inside 血糖增高)
        follows the mention holding it.
        """
        folded = normalise_aligned(text)
        spans = apply_rules(
            folded, self._lexicon_spans(folded), qualifiers=self._qualifiers
        )
        mentions = []
        for span in spans:
            if span.type not in REPORTED_TYPES:
                continue
            surface = folded[span.start : span.end]
            mentions.append(
                EntityMention(
                    start=span.start,
                    end=span.end,
                    type=span.type,
                    text=text[span.start : span.end],
                    name=self.lexicon.lay_terms.get(surface, surface),
                )
            )
        return mentions

    def _lexicon_spans(self, folded: str) -> list[Span]:
        """Return greedy longest matches of every lexicon type, reported or not."""
        spans: list[Span] = []
        position = 0
        while position < len(folded):
            match = self._longest_at(folded, position)
            if match is None:
                position += 1
                continue
            end, kind = match
            spans.append(Span(position, end, kind))
            position = end
        return spans

    def _longest_at(self, text: str, start: int) -> tuple[int, str] | None:
        if start and _glued(text[start - 1], text[start]):
            return None
        for end in range(min(len(text), start + self._longest), start + 1, -1):
            kind = self._types.get(text[start:end])
            if kind is not None and not (
                end < len(text) and _glued(text[end - 1], text[end])
            ):
                return end, kind
        return None


# A longer run before 性 is a phrase, not a qualifier.
_MAX_QUALIFIER = 6
_QUALIFIER_END = "性"
# The sexes end in 性 too, but 女性性早熟 is 性早熟 in a girl.
_NOT_QUALIFIERS = frozenset({"男性", "女性"})


def disease_qualifiers(lexicon: Lexicon) -> frozenset[str]:
    """Return the "…性" words that open known disease names (先天性, 化学性).

    Taken from the names themselves, so the list grows with the knowledge
    base; qualifiers of a qualifier (急性化脓性) are found by chaining.
    """
    found = set()
    for name, kind in lexicon.types.items():
        if kind != "dis":
            continue
        for end in range(2, min(_MAX_QUALIFIER, len(name) - 1) + 1):
            if name[end - 1] == _QUALIFIER_END:
                found.add(name[:end])
    return frozenset(
        word
        for word in found - _NOT_QUALIFIERS
        if lexicon.types.get(word) != "pop" and not STOP_CHARS.intersection(word)
    )


def _glued(left: str, right: str) -> bool:
    """Tell whether two characters belong to one Latin word or number.

    An abbreviation must not match inside a longer one (IE inside IgE, MR inside
    MRA), nor a number inside a longer number.
    """
    return left.isascii() and right.isascii() and left.isalnum() and right.isalnum()


@lru_cache(maxsize=1)
def default_recognizer() -> EntityRecognizer:
    """Return the recognizer over the default lexicon, built once."""
    return EntityRecognizer(default_lexicon())


def find_entities(text: str) -> list[EntityMention]:
    """Return the entity mentions of `text` found with the default lexicon."""
    return default_recognizer().find(text)
