"""Read every side block of a page into de-duplicated records.

Side blocks come in any order and are often repeated (a question listed
twice, one doctor under two headers). Records are read section by section
with the readers in records.py, then de-duplicated per kind: related items
and Q&A by near-duplicate text, doctors, drugs and exams by exact identity
(two makers of one drug are two products).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .card import read_card
from .dedupe import dedupe
from .model import DiseaseCard, Doctor, DrugItem, ExamItem, QAItem, RelatedItem
from .records import STRONG_READERS, Reader, Record, read_related
from .sections import CARD, DOCTORS, DRUGS, EXAMS, Section

EXACT = 1.01  # a Jaccard threshold no pair reaches: only equal keys are duplicates


@dataclass(frozen=True, slots=True)
class SideBlocks:
    """All side-block records of one page."""

    related: tuple[RelatedItem, ...] = ()
    doctors: tuple[Doctor, ...] = ()
    drugs: tuple[DrugItem, ...] = ()
    exams: tuple[ExamItem, ...] = ()
    qa: tuple[QAItem, ...] = ()
    card: DiseaseCard | None = None


def read_side_blocks(sections: Iterable[Section]) -> SideBlocks:
    """Read the records of every section and drop duplicates."""
    records: list[Record] = []
    card = None
    for section in sections:
        if section.kind == CARD:
            card = card or read_card(section.blocks)
        else:
            records += read_section(section)

    def of(kind: type) -> list:
        return [record for record in records if isinstance(record, kind)]

    return SideBlocks(
        related=tuple(dedupe(of(RelatedItem), key=lambda r: r.title)),
        doctors=tuple(dedupe(of(Doctor), key=_doctor_key, threshold=EXACT)),
        drugs=tuple(dedupe(of(DrugItem), key=_drug_key, threshold=EXACT)),
        exams=tuple(dedupe(of(ExamItem), key=lambda e: e.name, threshold=EXACT)),
        qa=tuple(dedupe(of(QAItem), key=lambda q: q.question + q.answer)),
        card=card,
    )


def _doctor_key(doctor: Doctor) -> str:
    return f"{doctor.name}|{doctor.hospital}"


def _drug_key(drug: DrugItem) -> str:
    return f"{drug.name}|{drug.manufacturer}"


def read_section(section: Section) -> list[Record]:
    """Read one section's blocks into records, skipping what no reader takes."""
    readers: tuple[Reader, ...] = STRONG_READERS
    if section.kind not in {DOCTORS, DRUGS, EXAMS}:
        readers = (*STRONG_READERS, read_related)
    blocks = list(section.blocks)
    found: list[Record] = []
    index = 0
    while index < len(blocks):
        for reader in readers:
            if result := reader(blocks, index, section.kind):
                record, used = result
                found.append(record)
                index += used
                break
        else:
            index += 1
    return found
