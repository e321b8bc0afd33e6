"""The value every provider yields and the store indexes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IndexDocument:
    """One searchable item, as plain text; the store segments it.

    `key` is kind plus the item's id within its kind ("disease:面肌痉挛",
    "article:12"), so one term deletes or replaces it. `tags` say what the item
    can answer ("causes", "treatment", "indication"…): ranking matches them
    against the query's intent. `links` are keys of entities the item talks
    about (the causes a symptom lists, the subject of an article).
    """

    key: str
    kind: str
    title: str
    url: str
    names: tuple[str, ...] = ()
    body: str = ""
    snippet: str = ""
    departments: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    prior: float = 0.0  # how much there is to read about the item
    is_demo: bool = False


def document_key(kind: str, ident: object) -> str:
    """Return the index key of an item: its kind and its id within the kind."""
    return f"{kind}:{ident}"


_SENTENCE_ENDS = "。；;！!？?，,、 \n"


def join_sentences(parts: Iterable[str]) -> str:
    """Join the non-empty parts of a body into sentences ending in 。.

    Parts come from source text that may already end its sentence (or trail a
    comma); joining them blindly gave 「…。。」 in result snippets.
    """
    sentences = (part.strip().rstrip(_SENTENCE_ENDS) for part in parts if part)
    return "。".join(sentence for sentence in sentences if sentence)
