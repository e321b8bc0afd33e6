"""Link the names a free text mentions: 擅长 面肌痉挛、三叉神经痛 → two links.

A doctor's 擅长 is written as a sentence; the directory links the diseases in
it that the knowledge base knows. Showing the sentence with those names as
links keeps the doctor's wording and still leads to each disease page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from yizhi.knowledge.models import Entity


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text, linked when `url` is set."""

    text: str
    url: str = ""


def link_names(text: str, entities: Iterable[Entity]) -> tuple[Segment, ...]:
    """Split `text` into segments, each first mention of an entity linked.

    Longer names win where names overlap (面肌痉挛 over 痉挛).
    """
    names = sorted({e.name: e for e in entities}.items(), key=lambda i: -len(i[0]))
    spans: list[tuple[int, int, str]] = []
    for name, entity in names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, entity.get_absolute_url()))
                break
            start = text.find(name, start + 1)
    segments: list[Segment] = []
    position = 0
    for start, end, url in sorted(spans):
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], url))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return tuple(segments)
