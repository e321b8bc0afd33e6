"""Read every side block of a page into de-duplicated records.

Side blocks come in any order and are often repeated (a question listed
twice, one doctor under two headers). Records are read section by section
with the readers in records.py, then de-duplicated per kind: related items
and Q&A by near-duplicate text, doctors, drugs and exams by exact identity
(two makers of one drug are two products).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .answers import read_answer
from .card import read_card
from .dedupe import split_duplicates
from .model import DiseaseCard, Doctor, DrugItem, ExamItem, QAItem, RelatedItem
from .records import STRONG_READERS, Reader, Record, read_related
from .sections import ANSWERS, CARD, DOCTORS, DRUGS, EXAMS, Section

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
    duplicates: tuple[str, ...] = ()


def read_side_blocks(sections: Iterable[Section], *, question: str = "") -> SideBlocks:
    """Read the records of every section and drop duplicates.

    `question` is the page's own question, which the answers under
    「其他医生回答」 answer.
    """
    records: list[Record] = []
    card = None
    for section in sections:
        if section.kind == CARD:
            card = card or read_card(section.blocks)
        elif section.kind == ANSWERS:
            records += [
                replace(answer, question=question)
                for answer in read_section(section)
                if isinstance(answer, QAItem)
            ]
        else:
            records += read_section(section)

    def of(kind: type) -> list:
        return [record for record in records if isinstance(record, kind)]

    duplicates: list[str] = []

    def unique(kind: type, label: str, key, threshold: float | None = None) -> tuple:
        options = {} if threshold is None else {"threshold": threshold}
        kept, dropped = split_duplicates(of(kind), key=key, **options)
        duplicates.extend(f"{label}：{key(item).split('|')[0]}" for item in dropped)
        return tuple(kept)

    return SideBlocks(
        related=unique(RelatedItem, "相关推荐", lambda r: r.title),
        doctors=unique(Doctor, "医生", _doctor_key, EXACT),
        drugs=unique(DrugItem, "药品", _drug_key, EXACT),
        exams=unique(ExamItem, "检查", lambda e: e.name, EXACT),
        qa=unique(QAItem, "问答", lambda q: q.question + "|" + q.answer),
        card=card,
        duplicates=tuple(duplicates),
    )


def _doctor_key(doctor: Doctor) -> str:
    return f"{doctor.name}|{doctor.hospital}"


def _drug_key(drug: DrugItem) -> str:
    return f"{drug.name}|{drug.manufacturer}"


def read_section(section: Section) -> list[Record]:
    """Read one section's blocks into records, skipping what no reader takes."""
    readers: tuple[Reader, ...] = STRONG_READERS
    if section.kind == ANSWERS:
        readers = (read_answer,)
    elif section.kind not in {DOCTORS, DRUGS, EXAMS}:
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
