"""What importers produce: drafts of entities and their facts, free of the database.

An importer's `normalise` turns one source record into an `EntityDraft`; the
writer (`importers/writer.py`) links names to entities and stores everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class FactDraft:
    """One statement of a record: a predicate and the value as the source states it.

    `target_kind` says what kind of entity the value names, if any; the writer
    links it to that entity and, when `create_target` is set and none exists,
    creates it (symptoms and exams are named only inside other records).
    """

    predicate: str
    text: str
    target_kind: str | None = None
    create_target: bool = False
    departments: tuple[str, ...] = ()
    detail: Mapping[str, Any] = field(default_factory=dict)
    reference: str = ""


@dataclass(frozen=True, slots=True)
class EntityDraft:
    """One record of a source: an entity, its aliases and facts.

    A `declared` draft defines the entity with exactly this kind; an undeclared
    one (a lay term's target) attaches to whatever entity already bears the name.
    """

    kind: str
    name: str
    record: str
    aliases: tuple[tuple[str, str], ...] = ()
    facts: tuple[FactDraft, ...] = ()
    declared: bool = True


@dataclass(frozen=True, slots=True)
class RedFlagDraft:
    name: str
    patterns: tuple[tuple[str, ...], ...]
    reason: str
    action: str
    record: str
    reference: str
    conditions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejection:
    """A record the importer would not take, and why."""

    record: str
    reason: str


@dataclass(slots=True)
class ImportReport:
    """What one import run read, wrote and refused."""

    source: str
    records: int = 0
    entities_created: int = 0
    facts: int = 0
    aliases: int = 0
    red_flags: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "records": self.records,
            "entities_created": self.entities_created,
            "facts": self.facts,
            "aliases": self.aliases,
            "red_flags": self.red_flags,
            "rejected": len(self.rejections),
            "rejections": [
                {"record": r.record, "reason": r.reason} for r in self.rejections[:50]
            ],
            "seconds": round(self.seconds, 2),
            "dry_run": self.dry_run,
        }
