"""Everything the knowledge base says about one entity, ready for a page or JSON."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.models import Alias, Department, Entity, Fact, RedFlag


@dataclass(frozen=True, slots=True)
class EntityProfile:
    """An entity with its aliases, facts by predicate and red flags.

    Facts of each predicate come preferred source first; a value stated by
    several sources appears once, with the first (preferred) source's record.
    """

    entity: Entity
    aliases: tuple[Alias, ...]
    facts: dict[str, tuple[Fact, ...]]
    red_flags: tuple[RedFlag, ...]

    def values(self, predicate: str) -> tuple[Fact, ...]:
        return self.facts.get(predicate, ())

    def first(self, predicate: str) -> Fact | None:
        """The preferred source's value of a single-valued predicate."""
        values = self.values(predicate)
        return values[0] if values else None

    @property
    def summary(self) -> str:
        fact = self.first(Predicate.SUMMARY)
        return fact.text if fact else ""

    @property
    def departments(self) -> tuple[Department, ...]:
        seen: dict[int, Department] = {}
        for fact in self.values(Predicate.DEPARTMENT):
            if fact.department is not None:
                seen.setdefault(fact.department.pk, fact.department)
        return tuple(seen.values())

    @property
    def primary_department(self) -> Department | None:
        departments = self.departments
        return departments[0] if departments else None

    @property
    def sources(self) -> list[tuple[str, list[str]]]:
        """Each source that says something here, with its records."""
        records: dict[str, set[str]] = defaultdict(set)
        for facts in self.facts.values():
            for fact in facts:
                records[fact.source.title].add(fact.record)
        return [(title, sorted(found)) for title, found in records.items()]

    def as_dict(self) -> dict[str, Any]:
        department = self.primary_department
        return {
            "kind": self.entity.kind,
            "kind_label": self.entity.get_kind_display(),
            "name": self.entity.name,
            "aliases": [
                {"name": a.name, "kind": a.get_kind_display(), "source": a.source.key}
                for a in self.aliases
            ],
            "department": department.name if department else None,
            "department_path": _path(department),
            "facts": {
                predicate: [_fact_dict(fact) for fact in facts]
                for predicate, facts in self.facts.items()
            },
            "red_flags": [
                {"name": flag.name, "reason": flag.reason, "action": flag.action}
                for flag in self.red_flags
            ],
            "provenance": [
                {"source": title, "records": records} for title, records in self.sources
            ],
        }


def _path(department: Department | None) -> list[str]:
    if department is None:
        return []
    return [node.name for node in Department.objects.get_ancestors(department)] + [
        department.name
    ]


def _fact_dict(fact: Fact) -> dict[str, Any]:
    found = {
        "label": fact.get_predicate_display(),
        "text": fact.text,
        "source": fact.source.key,
        "record": fact.record,
        "reference": fact.reference,
    }
    if fact.target_id:
        found["target"] = {"kind": fact.target.kind, "name": fact.target.name}
    if fact.department_id:
        found["department"] = fact.department.name
    if fact.detail:
        found["detail"] = fact.detail
    return found


def load_profile(entity: Entity) -> EntityProfile:
    """Load an entity's profile in a fixed, small number of queries."""
    grouped: dict[str, list[Fact]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    facts = (
        Fact.objects.filter(subject=entity)
        .select_related("source", "target", "department")
        .order_by("-source__priority", "position", "pk")
    )
    for fact in facts:
        if (
            fact.predicate,
            fact.text,
        ) in seen and fact.predicate != Predicate.DEPARTMENT:
            continue
        seen.add((fact.predicate, fact.text))
        grouped[fact.predicate].append(fact)
    return EntityProfile(
        entity=entity,
        aliases=tuple(entity.aliases.select_related("source").order_by("kind", "name")),
        facts={predicate: tuple(values) for predicate, values in grouped.items()},
        red_flags=tuple(entity.red_flags.all()),
    )
