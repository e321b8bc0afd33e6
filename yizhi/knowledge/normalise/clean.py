"""Clean the values of one CMeKG predicate, and one subject's name.

The entry points importers call: `clean_values` rewrites and splits a value
under its predicate's profile until nothing changes, then drops fragments and
duplicates; `clean_statement` and `clean_name` only trim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from functools import lru_cache

from yizhi.knowledge.normalise.fragments import LETTER, fragment_reason
from yizhi.knowledge.normalise.profiles import PROFILES, PROPER_SHAPE, Profile
from yizhi.knowledge.normalise.splitting import (
    split_enumeration,
    split_unmatched_brackets,
)
from yizhi.knowledge.normalise.steps import fold_width, squash_spaces, strip_edges

_STATEMENT_EDGES = " \t\r\n、﹑，,；;：:。"
_SENTENCE_STOP = re.compile(r"[。！？!?]")


def _split(text: str, profile: Profile) -> list[str]:
    pieces = [text]
    for splitter in (
        profile.split.split,
        split_enumeration if profile.enumerations else None,
        split_unmatched_brackets if profile.brackets else None,
    ):
        if splitter is not None:
            pieces = [part for piece in pieces for part in splitter(piece)]
    return [piece for piece in pieces if piece]


def _clean_one(text: str, profile: Profile) -> tuple[list[str], Counter[str]]:
    """Rewrite and split one raw value until every piece stays as it is.

    Each rewrite only removes or folds characters and each split only cuts
    (a shared head makes a piece shorter than the list it came from), so this
    ends; a piece that survives is unchanged by another round, which is what
    makes cleaning idempotent.
    """
    done: list[str] = []
    drops: Counter[str] = Counter()
    pending = [text]
    while pending:
        item = pending.pop()
        rewritten = item
        for rewrite in profile.rewrites:
            rewritten = rewrite(rewritten)
        pieces = _split(rewritten, profile)
        if pieces == [item]:
            reason = fragment_reason(item, shape=profile.shape, rules=profile.rules)
            if reason is None:
                done.append(item)
            else:
                drops[reason] += 1
        elif not pieces:
            drops["empty"] += 1
        else:
            pending.extend(reversed(pieces))
    return done, drops


def clean_statement(text: str) -> str:
    """Trim a free-text value: fold width, squash spaces, strip marks at the ends."""
    return squash_spaces(fold_width(text)).strip(_STATEMENT_EDGES)


def clean_values(
    predicate: str, values: Iterable[str], *, drops: Counter[str] | None = None
) -> list[str]:
    """Return the clean, de-duplicated values of one CMeKG predicate, in order.

    Name-list predicates give names (split, stripped, fragments dropped);
    every other predicate gives trimmed statements. `drops`, when given,
    counts why values or pieces were dropped: a fragment rule code, or
    "duplicate", or "contained_char" (氧 beside 氢氧化钠 in one list).
    """
    drops = Counter() if drops is None else drops
    profile = PROFILES.get(predicate)
    cleaned: list[str] = []
    for value in values:
        if profile is None:
            text = clean_statement(value)
            if LETTER.search(text) or any(char.isdigit() for char in text):
                cleaned.append(text)
            else:
                drops["empty"] += 1
            continue
        kept, dropped = _clean_cached(value, predicate)
        cleaned.extend(kept)
        drops.update(dropped)
    unique = list(dict.fromkeys(cleaned))
    drops["duplicate"] += len(cleaned) - len(unique)
    if profile is None:
        return unique
    kept = [value for value in unique if len(value) > 1 or not _inside(value, unique)]
    drops["contained_char"] += len(unique) - len(kept)
    return kept


def _inside(char: str, values: Collection[str]) -> bool:
    return any(char in other for other in values if other != char)


@lru_cache(maxsize=1 << 16)
def _clean_cached(value: str, predicate: str) -> tuple[tuple[str, ...], Counter[str]]:
    """Clean one raw value; CMeKG repeats values a lot (恶心、呕吐 on ~1,000 drugs)."""
    kept, drops = _clean_one(value, PROFILES[predicate])
    return tuple(kept), drops


def clean_name(value: str) -> str | None:
    """Return the clean form of one entity name (a CMeKG subject), or None.

    A name is not split and keeps its numbers (安平10%, 999, 654—2); one
    character is enough (疣, 锡). Only an empty value or a sentence (吠础…对本品
    有休克既往史者。) is refused.
    """
    name = strip_edges(squash_spaces(fold_width(value)))
    if not name or _SENTENCE_STOP.search(name) or len(name) > PROPER_SHAPE.max_length:
        return None
    return name
