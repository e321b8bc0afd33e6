"""Which red-flag rules a page or a query must warn about.

A rule lists patterns; each pattern is a set of symptom terms that together need
emergency care. Pages warn generously, because a missed emergency costs far
more than an extra notice:

- a query warns when every term of one pattern appears in it, either as
  written or as the standard name of a lay word it uses (胸口疼 counts as 胸痛);
- a disease page warns when the rule names the disease as a condition, or when
  one pattern is wholly among the symptoms the disease shows;
- a symptom page warns when its name or an alias is a term of any pattern, so
  a reader of 抽搐 learns that 抽搐 with 意识丧失 is an emergency.

The knowledge base holds a few dozen rules, so each page loads them all in one
query and matches in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import RedFlag
from yizhi.knowledge.profile import EntityProfile
from yizhi.search.text.normalise import normalise_query
from yizhi.search.understanding.entities import find_entities


def patterns_of(flag: RedFlag) -> tuple[frozenset[str], ...]:
    """Return a rule's patterns as sets of terms, empty patterns dropped."""
    found = []
    for pattern in flag.patterns or ():
        terms = [pattern] if isinstance(pattern, str) else pattern
        cleaned = frozenset(str(term).strip() for term in terms if str(term).strip())
        if cleaned:
            found.append(cleaned)
    return tuple(found)


def _unique(flags: Iterable[RedFlag]) -> tuple[RedFlag, ...]:
    seen: dict[int, RedFlag] = {}
    for flag in flags:
        seen.setdefault(flag.pk, flag)
    return tuple(seen.values())


def flags_in_text(text: str, flags: Sequence[RedFlag]) -> tuple[RedFlag, ...]:
    """Return the rules one of whose patterns is wholly present in `text`."""
    folded = normalise_query(text)
    if not folded:
        return ()
    named = {mention.name for mention in find_entities(folded)}
    return _unique(
        flag
        for flag in flags
        if any(
            all(term in folded or term in named for term in pattern)
            for pattern in patterns_of(flag)
        )
    )


def flags_for_query(text: str) -> tuple[RedFlag, ...]:
    """Return the rules a typed query triggers (one query for all rules)."""
    return flags_in_text(text, list(RedFlag.objects.order_by("name")))


def flags_for_profile(
    profile: EntityProfile, flags: Sequence[RedFlag]
) -> tuple[RedFlag, ...]:
    """Return the rules that apply to an entity page, its own conditions first."""
    entity = profile.entity
    if entity.kind == EntityKind.SYMPTOM:
        names = {entity.name, *(alias.name for alias in profile.aliases)}
        matched = [
            flag
            for flag in flags
            if any(names & pattern for pattern in patterns_of(flag))
        ]
    elif entity.kind == EntityKind.DISEASE:
        shown = {fact.text for fact in profile.values(Predicate.SYMPTOM)}
        shown |= {
            fact.target.name
            for fact in profile.values(Predicate.SYMPTOM)
            if fact.target_id
        }
        matched = [
            flag
            for flag in flags
            if any(pattern <= shown for pattern in patterns_of(flag))
        ]
    else:
        matched = []
    return _unique([*profile.red_flags, *matched])
