"""Hold what the curated overlay says, as frozen values the importer builds on.

One dataclass per kind of record, the `Overlay` that gathers them, the choices
a few fields are limited to, and `OverlayError`, which lists every problem a
load found. Nothing here reads a file.
"""

from __future__ import annotations

from dataclasses import dataclass

CONDITION_KINDS = ("disease", "symptom")
CAUSE_KINDS = ("factor", "disease", "symptom")
LAY_TERM_KINDS = ("disease", "symptom", "drug", "exam")
URGENCIES = ("self_care", "soon", "urgent", "emergency")
# The two OTC classes CMeKG uses, plus prescription-only.
OTC_CLASSES = ("Rx", "甲类OTC", "乙类OTC")


@dataclass(frozen=True, slots=True)
class ConditionEntry:
    """A disease (or a symptom described like one) from `conditions/*.yaml`."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    english: tuple[str, ...]
    icd10: tuple[str, ...]
    summary: str
    department: str  # a node name of the department tree, "" for symptoms
    also_departments: tuple[str, ...]
    body_parts: tuple[str, ...]
    symptoms: tuple[str, ...]
    causes: tuple[str, ...]
    exams: tuple[str, ...]
    treatments: tuple[str, ...]
    drugs: tuple[str, ...]
    complications: tuple[str, ...]
    related: tuple[str, ...]
    differential: tuple[str, ...]
    populations: tuple[str, ...]
    contagious: str
    red_flags: tuple[str, ...]
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class CauseEntry:
    """One possible cause of a symptom, with how to tell it and when to see a doctor."""

    name: str
    kind: str
    how_to_tell: str
    see_doctor: str
    urgency: str
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class SymptomEntry:
    """A symptom people ask about, with its possible causes, most common first."""

    name: str
    aliases: tuple[str, ...]
    summary: str
    department: str
    body_parts: tuple[str, ...]
    causes: tuple[CauseEntry, ...]
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class LayTerm:
    """A word the public types (抽筋) and the one entity it means (肌肉痉挛)."""

    term: str
    entity: str
    kind: str
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class RedFlagEntry:
    """Symptoms that together need emergency care: all terms of any one pattern."""

    name: str
    patterns: tuple[tuple[str, ...], ...]
    reason: str
    action: str
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class DrugEntry:
    """A drug CMeKG lacks or gets wrong; every fact as its label states it."""

    name: str
    generic_name: str
    aliases: tuple[str, ...]
    english: tuple[str, ...]
    otc: str
    category: str
    indications: tuple[str, ...]
    contraindications: tuple[str, ...]
    adverse_reactions: tuple[str, ...]
    precautions: tuple[str, ...]
    dosage: str
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class Overlay:
    """Everything the overlay says, in file order (files sorted by path)."""

    conditions: tuple[ConditionEntry, ...]
    symptoms: tuple[SymptomEntry, ...]
    lay_terms: tuple[LayTerm, ...]
    red_flags: tuple[RedFlagEntry, ...]
    drugs: tuple[DrugEntry, ...]

    def counts(self) -> dict[str, int]:
        """Return how many records of each kind the overlay holds."""
        return {
            "conditions": len(self.conditions),
            "symptoms": len(self.symptoms),
            "causes": sum(len(symptom.causes) for symptom in self.symptoms),
            "lay_terms": len(self.lay_terms),
            "red_flags": len(self.red_flags),
            "drugs": len(self.drugs),
        }


class OverlayError(ValueError):
    """The overlay has problems; `problems` lists each as `file: entry: problem`."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"叠加知识库有 {len(problems)} 处问题，请逐条修改：\n{lines}")
