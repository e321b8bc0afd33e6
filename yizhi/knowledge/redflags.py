"""Which red-flag rules an entity's page must warn about.

A rule lists patterns; each pattern is a set of symptom terms that together
need emergency care. Pages warn generously, because a missed emergency costs
far more than an extra notice:

- a disease warns when the rule names it as a condition, or when one pattern
  is wholly among the symptoms it shows;
- a symptom warns when its name or an alias is a term of any pattern, so a
  reader of 抽搐 learns that 抽搐 with 意识丧失 is an emergency.

Texts people type are matched in search.understanding.redflags. The
knowledge base holds a few dozen rules, so a caller loads them all in one
query and matching is done in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import RedFlag
from yizhi.knowledge.profile import EntityProfile


def all_rules() -> list[RedFlag]:
    """Every red-flag rule, by name: a few dozen, loaded in one query."""
    return list(RedFlag.objects.order_by("name"))


def patterns_of(flag: RedFlag) -> tuple[frozenset[str], ...]:
    """Return a rule's patterns as sets of terms, empty patterns dropped."""
    found = []
    for pattern in flag.patterns or ():
        terms = [pattern] if isinstance(pattern, str) else pattern
        cleaned = frozenset(str(term).strip() for term in terms if str(term).strip())
        if cleaned:
            found.append(cleaned)
    return tuple(found)


def unique_flags(flags: Iterable[RedFlag]) -> tuple[RedFlag, ...]:
    """Drop repeats of a rule, keeping each where it first came."""
    seen: dict[int, RedFlag] = {}
    for flag in flags:
        seen.setdefault(flag.pk, flag)
    return tuple(seen.values())


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
    return unique_flags([*profile.red_flags, *matched])
