"""Decide how a drug is dispensed (处方药, 甲类OTC, 乙类OTC) from what sources state.

CMeKG states the class in two fields (OTC类型 and 药品类型) and often
contradicts itself: one drug can carry 甲类OTC and 乙类OTC, or an OTC class and
处方药 together. Pages need one mark per drug, so this module picks the safer
one and says that the sources disagree, keeping what each source wrote.

CMeKG's OTC类型 field cannot make a drug OTC on its own: it gives 甲类OTC or
乙类OTC to 12,942 of the 15,565 drugs that have either field, among them
3,497 of the 5,033 its own 药品类型 calls 处方药, heparin injections and ACE
inhibitors. Its values are kept and shown as set aside; only its Rx
counts. An OTC mark needs 药品类型 or the team's overlay.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.models import Entity, Fact
from yizhi.knowledge.profile import EntityProfile

PREDICATES = (Predicate.OTC, Predicate.DRUG_TYPE)


class DispensingLabel(StrEnum):
    PRESCRIPTION = "处方药"
    OTC_A = "甲类OTC"
    OTC_B = "乙类OTC"
    UNKNOWN = "未标明"


# Safest first. A wrong OTC mark can lead someone to take a drug without a
# doctor; a wrong 处方药 mark only sends them to one. 甲类OTC is sold only where a
# pharmacist is present, 乙类OTC also in supermarkets, so 甲类 is the safer one.
SAFETY_ORDER = (
    DispensingLabel.PRESCRIPTION,
    DispensingLabel.OTC_A,
    DispensingLabel.OTC_B,
)


@dataclass(frozen=True, slots=True)
class Statement:
    """One value a source gave for the dispensing class, and what it means.

    `set_aside` holds the labels of a field that cannot vouch for them (see
    the module docstring); `labels` holds the ones the decision uses.
    """

    source: str
    text: str
    labels: tuple[DispensingLabel, ...]
    set_aside: tuple[DispensingLabel, ...] = ()


@dataclass(frozen=True, slots=True)
class Dispensing:
    """The dispensing mark a page shows for one drug.

    `sources` keeps every statement, preferred source first, so a page can show
    what each source wrote when `conflicting` is true.
    """

    label: DispensingLabel
    conflicting: bool
    sources: tuple[Statement, ...] = ()

    @property
    def is_prescription(self) -> bool:
        return self.label is DispensingLabel.PRESCRIPTION

    @property
    def is_otc(self) -> bool:
        return self.label in (DispensingLabel.OTC_A, DispensingLabel.OTC_B)

    @property
    def has_set_aside(self) -> bool:
        """Whether a source gave a class this mark does not use."""
        return any(statement.set_aside for statement in self.sources)


UNKNOWN = Dispensing(label=DispensingLabel.UNKNOWN, conflicting=False)


def labels_in(text: str) -> tuple[DispensingLabel, ...]:
    """Return the dispensing labels one stated value names, safest first.

    Values seen in CMeKG: 甲类OTC, OTC甲类, OTC乙类；基本药物, 处方药, 非处方药,
    OTC甲类双跨. 双跨 means the drug is OTC in some forms and prescription-only in
    others, so it names both. An OTC value without its class counts as 甲类, the
    stricter class. Insurance classes (工伤医保乙类) and the like name nothing:
    their 甲/乙 is a reimbursement list, not a dispensing class.
    """
    value = text.upper().replace(" ", "")
    found: set[DispensingLabel] = set()
    if value == "RX" or ("处方药" in value and "非处方药" not in value):
        found.add(DispensingLabel.PRESCRIPTION)
    if "OTC" in value or "非处方药" in value:
        found.add(DispensingLabel.OTC_B if "乙" in value else DispensingLabel.OTC_A)
        if "双跨" in value:
            found.add(DispensingLabel.PRESCRIPTION)
    return tuple(label for label in SAFETY_ORDER if label in found)


def decide(statements: Sequence[Statement]) -> Dispensing:
    """Return the safest label any statement names, and whether they disagree.

    Statements come preferred source first. The preferred source's value is
    the one shown when all agree; when any source names a safer label, that
    label wins even over the preferred source, because the harm of a wrong mark
    runs one way only (see SAFETY_ORDER).
    """
    named = {label for statement in statements for label in statement.labels}
    if not named:
        return Dispensing(
            label=DispensingLabel.UNKNOWN, conflicting=False, sources=tuple(statements)
        )
    label = next(label for label in SAFETY_ORDER if label in named)
    return Dispensing(
        label=label, conflicting=len(named) > 1, sources=tuple(statements)
    )


# (source key, predicate) of the fields whose OTC labels do not count.
UNVOUCHED_OTC_FIELDS = frozenset({("cmekg", Predicate.OTC)})


def statement_of(fact: Fact) -> Statement:
    """Read one fact; an unvouched field keeps only its 处方药."""
    labels = labels_in(fact.text)
    if (fact.source.key, fact.predicate) not in UNVOUCHED_OTC_FIELDS:
        return Statement(fact.source.title, fact.text, labels)
    kept = tuple(label for label in labels if label is DispensingLabel.PRESCRIPTION)
    aside = tuple(label for label in labels if label not in kept)
    return Statement(fact.source.title, fact.text, kept, aside)


def _statements(facts: Iterable[Fact]) -> list[Statement]:
    return [statement_of(fact) for fact in facts]


def dispensing_class(profile: EntityProfile) -> Dispensing:
    """Return the dispensing mark of the drug whose profile is loaded."""
    facts = [fact for predicate in PREDICATES for fact in profile.values(predicate)]
    facts.sort(key=lambda fact: -fact.source.priority)
    return decide(_statements(facts))


def dispensing_classes(drugs: Iterable[Entity]) -> dict[int, Dispensing]:
    """Return the dispensing mark of each drug by pk, in one query.

    A disease page marks every drug it links; loading a profile per drug would
    cost a query per line.
    """
    ids = {drug.pk for drug in drugs}
    if not ids:
        return {}
    facts = (
        Fact.objects.filter(subject_id__in=ids, predicate__in=PREDICATES)
        .select_related("source")
        .order_by("-source__priority", "position", "pk")
    )
    grouped: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[fact.subject_id].append(fact)
    return {pk: decide(_statements(grouped.get(pk, ()))) for pk in ids}
