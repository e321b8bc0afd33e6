"""Which red-flag rules an entity page must warn about.

Pages warn generously, because a missed emergency costs far more than an
extra notice (texts people typed are matched in search.understanding.redflags):

- a disease page warns when the rule names the disease as a condition, or when
  one pattern is wholly among the symptoms the disease shows;
- a symptom page warns when its name or an alias is a term of any pattern, so
  a reader of 抽搐 learns that 抽搐 with 意识丧失 is an emergency.

The knowledge base holds a few dozen rules, so each page loads them all in one
query and matches in Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import RedFlag
from yizhi.knowledge.profile import EntityProfile
from yizhi.search.understanding.redflags import patterns_of, unique_flags


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
