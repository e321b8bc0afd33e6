"""Import the team's curated overlay (YAML under knowledge/overlay/).

The overlay fills CMeKG's gaps and corrects its errors. Its source has the
highest priority, so where both state a single-valued fact (a primary
department, an OTC class) pages show the overlay's, and keep both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from yizhi.knowledge.choices import AliasKind, EntityKind, Predicate
from yizhi.knowledge.curated.entries import (
    ConditionEntry,
    DrugEntry,
    LayTerm,
    Overlay,
    OverlayError,
    SymptomEntry,
)
from yizhi.knowledge.curated.loading import load_overlay
from yizhi.knowledge.departments import DepartmentTree
from yizhi.knowledge.importers.base import Importer, ImportFailed, register_importer
from yizhi.knowledge.importers.drafts import EntityDraft, FactDraft, RedFlagDraft

SHIPPED_OVERLAY = Path(__file__).resolve().parent.parent / "overlay"

Entry = ConditionEntry | SymptomEntry | LayTerm | DrugEntry

# Condition list fields -> (predicate, kind of entity named, create it?)
CONDITION_FIELDS: dict[str, tuple[str, str | None, bool]] = {
    "symptoms": (Predicate.SYMPTOM, EntityKind.SYMPTOM, True),
    "causes": (Predicate.CAUSE, None, False),
    "exams": (Predicate.EXAM, EntityKind.EXAM, True),
    "treatments": (Predicate.TREATMENT, None, False),
    "drugs": (Predicate.DRUG, EntityKind.DRUG, False),
    "complications": (Predicate.COMPLICATION, EntityKind.DISEASE, False),
    "related": (Predicate.RELATED, EntityKind.DISEASE, False),
    "differential": (Predicate.DIFFERENTIAL, EntityKind.DISEASE, False),
    "body_parts": (Predicate.BODY_PART, EntityKind.BODY_PART, True),
    "populations": (Predicate.POPULATION, None, False),
}

DRUG_FIELDS: dict[str, str] = {
    "indications": Predicate.INDICATION,
    "contraindications": Predicate.CONTRAINDICATION,
    "adverse_reactions": Predicate.ADVERSE_REACTION,
    "precautions": Predicate.PRECAUTION,
}


@register_importer
class OverlayImporter(Importer):
    name = "overlay"
    source = "overlay"
    source_title = "医知编辑团队整理的知识补充（每条注明参考文献）"
    priority = 100

    def __init__(self, *, path: Path | None = None, progress: bool = False) -> None:
        super().__init__(progress=progress)
        self.path = Path(path) if path else SHIPPED_OVERLAY
        self.tree = DepartmentTree.load()
        self._overlay: Overlay | None = None

    @property
    def overlay(self) -> Overlay:
        if self._overlay is None:
            if not self.path.is_dir():
                raise ImportFailed(f"补充知识目录不存在：{self.path}")
            try:
                self._overlay = load_overlay(self.path)
            except OverlayError as error:
                raise ImportFailed(str(error)) from error
        return self._overlay

    def read(self) -> Iterator[Entry]:
        yield from self.overlay.conditions
        yield from self.overlay.symptoms
        yield from self.overlay.drugs
        yield from self.overlay.lay_terms

    def normalise(self, entry: Entry) -> EntityDraft:
        if isinstance(entry, ConditionEntry):
            return self._condition(entry)
        if isinstance(entry, SymptomEntry):
            return self._symptom(entry)
        if isinstance(entry, DrugEntry):
            return self._drug(entry)
        return EntityDraft(
            kind=entry.kind,
            name=entry.entity,
            record=entry.origin,
            aliases=((entry.term, AliasKind.LAY),),
            declared=False,
        )

    def red_flags(self) -> list[RedFlagDraft]:
        conditions = defaultdict(list)
        for condition in self.overlay.conditions:
            for flag in condition.red_flags:
                conditions[flag].append(condition.name)
        return [
            RedFlagDraft(
                name=rule.name,
                patterns=rule.patterns,
                reason=rule.reason,
                action=rule.action,
                record=rule.origin,
                reference=rule.source,
                conditions=tuple(conditions[rule.name]),
            )
            for rule in self.overlay.red_flags
        ]

    def _departments(self, names: tuple[str, ...]) -> Iterator[FactDraft]:
        for name in names:
            yield FactDraft(
                predicate=Predicate.DEPARTMENT,
                text=name,
                departments=tuple(self.tree.resolve(name)),
            )

    def _summary(self, summary: str) -> tuple[FactDraft, ...]:
        return (FactDraft(Predicate.SUMMARY, summary),) if summary else ()

    def _condition(self, entry: ConditionEntry) -> EntityDraft:
        facts = [*self._summary(entry.summary)]
        facts += self._departments((entry.department, *entry.also_departments))
        for field, (predicate, kind, create) in CONDITION_FIELDS.items():
            facts += [
                FactDraft(predicate, text, kind, create)
                for text in getattr(entry, field)
            ]
        if entry.contagious:
            facts.append(FactDraft(Predicate.CONTAGIOUS, entry.contagious))
        return self._draft(
            entry,
            entry.kind,
            facts,
            aliases=(
                *((alias, AliasKind.ALIAS) for alias in entry.aliases),
                *((alias, AliasKind.ENGLISH) for alias in entry.english),
                *((code, AliasKind.ICD10) for code in entry.icd10),
            ),
        )

    def _symptom(self, entry: SymptomEntry) -> EntityDraft:
        facts = [*self._summary(entry.summary)]
        facts += self._departments((entry.department,) if entry.department else ())
        facts += [
            FactDraft(Predicate.BODY_PART, part, EntityKind.BODY_PART, True)
            for part in entry.body_parts
        ]
        facts += [
            FactDraft(
                Predicate.POSSIBLE_CAUSE,
                cause.name,
                target_kind=cause.kind,
                create_target=True,
                detail={
                    "how_to_tell": cause.how_to_tell,
                    "see_doctor": cause.see_doctor,
                    "urgency": cause.urgency,
                },
                reference=cause.source,
            )
            for cause in entry.causes
        ]
        return self._draft(
            entry,
            EntityKind.SYMPTOM,
            facts,
            aliases=tuple((alias, AliasKind.ALIAS) for alias in entry.aliases),
        )

    def _drug(self, entry: DrugEntry) -> EntityDraft:
        facts = [FactDraft(Predicate.OTC, entry.otc)]
        if entry.generic_name:
            facts.append(FactDraft(Predicate.GENERIC_NAME, entry.generic_name))
        if entry.category:
            facts.append(FactDraft(Predicate.CATEGORY, entry.category))
        if entry.dosage:
            facts.append(FactDraft(Predicate.DOSAGE, entry.dosage))
        for field, predicate in DRUG_FIELDS.items():
            kind = EntityKind.DISEASE if predicate == Predicate.INDICATION else None
            facts += [
                FactDraft(predicate, text, kind) for text in getattr(entry, field)
            ]
        return self._draft(
            entry,
            EntityKind.DRUG,
            facts,
            aliases=(
                *((alias, AliasKind.ALIAS) for alias in entry.aliases),
                *((alias, AliasKind.ENGLISH) for alias in entry.english),
            ),
        )

    @staticmethod
    def _draft(
        entry: ConditionEntry | SymptomEntry | DrugEntry,
        kind: str,
        facts: list[FactDraft],
        aliases: tuple[tuple[str, str], ...],
    ) -> EntityDraft:
        """Stamp every fact with the entry's reference and build the draft."""
        stamped = tuple(
            replace(fact, reference=fact.reference or entry.source) for fact in facts
        )
        return EntityDraft(
            kind=kind,
            name=entry.name,
            record=entry.origin,
            aliases=aliases,
            facts=stamped,
        )
