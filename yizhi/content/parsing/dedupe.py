"""Drop exact and near-duplicate items: the same question listed twice.

Two texts are duplicates when they are equal once punctuation, spaces and
width are normalised, or when their character bigrams overlap so much
(Jaccard at or above the threshold) that only a particle or a typo differs.
Bigrams suit Chinese: no segmentation, and one changed character costs at
most two of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# Related-question titles that differ in one trailing particle (…是癌症 /
# …是癌症吗) score 0.89 and are different questions on the portals; equal
# titles score 1.0. 0.9 keeps the first apart and still merges a title
# repeated with a stray character in a long text.
NEAR_DUPLICATE = 0.9
_NOISE = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Return `text` folded for comparison: NFKC, lower case, no punctuation."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).lower())


def bigrams(text: str) -> frozenset[str]:
    """Return the set of character bigrams of normalised `text`."""
    text = normalise(text)
    if len(text) < 2:
        return frozenset({text}) if text else frozenset()
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Return |a ∩ b| / |a ∪ b|, 1.0 for two empty sets."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def is_near_duplicate(a: str, b: str, *, threshold: float = NEAR_DUPLICATE) -> bool:
    """Say whether two texts are the same item, exactly or nearly."""
    return normalise(a) == normalise(b) or jaccard(bigrams(a), bigrams(b)) >= threshold


def _could_reach(a: frozenset[str], b: frozenset[str], threshold: float) -> bool:
    """Say whether sets this different in size can reach the threshold at all.

    Jaccard is at most min/max of the sizes; checking that first keeps
    de-duplicating long Q&A answers from costing a set intersection per pair.
    """
    small, large = sorted((len(a), len(b)))
    return large == 0 or small >= threshold * large


def dedupe(
    items: Iterable[T],
    *,
    key: Callable[[T], str],
    threshold: float = NEAR_DUPLICATE,
) -> list[T]:
    """Return `items` without later duplicates of earlier ones, order kept."""
    return split_duplicates(items, key=key, threshold=threshold)[0]


def split_duplicates(
    items: Iterable[T],
    *,
    key: Callable[[T], str],
    threshold: float = NEAR_DUPLICATE,
) -> tuple[list[T], list[T]]:
    """Return (kept, dropped): the audit reports what de-duplication removed."""
    kept: list[T] = []
    dropped: list[T] = []
    seen_exact: set[str] = set()
    seen_grams: list[frozenset[str]] = []
    for item in items:
        text = key(item)
        exact = normalise(text)
        grams = bigrams(text)
        if exact in seen_exact or any(
            _could_reach(grams, g, threshold) and jaccard(grams, g) >= threshold
            for g in seen_grams
        ):
            dropped.append(item)
            continue
        kept.append(item)
        seen_exact.add(exact)
        seen_grams.append(grams)
    return kept, dropped
