"""The structure a parsed health page comes out as.

Frozen dataclasses, because linking, import and audit read these values on top
of the parser and must never be able to change what the page said.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Cause:
    """One cause of the complaint, as the page explains it."""

    name: str
    explanation: str = ""
    symptoms: tuple[str, ...] = ()
    treatment: str = ""
    drugs: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "explanation": self.explanation,
            "symptoms": list(self.symptoms),
            "treatment": self.treatment,
            "drugs": list(self.drugs),
        }


@dataclass(frozen=True, slots=True)
class Doctor:
    """A doctor as a page names one: in a side block, as author or as answerer."""

    name: str
    title: str = ""
    academic_title: str = ""
    hospital: str = ""
    department: str = ""
    grade: str = ""
    specialty: str = ""

    @property
    def titles(self) -> tuple[str, ...]:
        return tuple(t for t in (self.title, self.academic_title) if t)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "academic_title": self.academic_title,
            "titles": list(self.titles),
            "hospital": self.hospital,
            "department": self.department,
            "grade": self.grade,
            "specialty": self.specialty,
        }


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """A related question or article: its title and the summary shown under it."""

    title: str
    summary: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "summary": self.summary}


@dataclass(frozen=True, slots=True)
class DrugItem:
    """A drug from a side block, with the indication exactly as the page states it."""

    name: str
    manufacturer: str = ""
    indication: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "manufacturer": self.manufacturer,
            "indication": self.indication,
        }


@dataclass(frozen=True, slots=True)
class ExamItem:
    """An examination from a side block."""

    name: str
    description: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description}


@dataclass(frozen=True, slots=True)
class QAItem:
    """A question from the public with the answer shown for it."""

    question: str
    answer: str = ""
    doctor: Doctor | None = None

    def to_json(self) -> dict[str, Any]:
        doctor = self.doctor
        return {
            "question": self.question,
            "answer": self.answer,
            "doctor": doctor.name if doctor else None,
            "title": doctor.title if doctor else "",
            "hospital": doctor.hospital if doctor else "",
            "grade": doctor.grade if doctor else "",
        }


@dataclass(frozen=True, slots=True)
class DiseaseCard:
    """The encyclopedia card some pages put beside the article (疾病百科)."""

    name: str
    description: str = ""
    fields: tuple[tuple[str, str], ...] = ()
    possible_diseases: tuple[str, ...] = ()
    exams: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "fields": dict(self.fields),
            "possible_diseases": list(self.possible_diseases),
            "exams": list(self.exams),
            "departments": list(self.departments),
        }


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about itself: where it is from, when, by whom."""

    source: str = ""
    site: str = ""
    views: int | None = None
    published: date | None = None
    published_time: str = ""
    author: Doctor | None = None
    breadcrumb: tuple[str, ...] = ()

    @property
    def department(self) -> str:
        """Return the deepest breadcrumb that names a department (ends in 科)."""
        for crumb in reversed(self.breadcrumb):
            if crumb.endswith("科"):
                return crumb
        return ""

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "site": self.site,
            "views": self.views,
            "published": self.published.isoformat() if self.published else None,
            "published_time": self.published_time,
            "author": self.author.to_json() if self.author else None,
            "breadcrumb": list(self.breadcrumb),
            "department": self.department,
        }


@dataclass(frozen=True, slots=True)
class ParsedPage:
    """A raw health page turned into an article and its side blocks.

    `provenance` is what the caller passed as `source` (a path, a URL); the
    page's own statement of origin (来源) lives in `metadata.source`.
    `duplicates` names the side-block items dropped as repeats, for the audit.
    """

    title: str
    summary: str = ""
    causes: tuple[Cause, ...] = ()
    advice: tuple[str, ...] = ()
    disclaimer: str = ""
    metadata: Metadata = field(default_factory=Metadata)
    related: tuple[RelatedItem, ...] = ()
    doctors: tuple[Doctor, ...] = ()
    drugs: tuple[DrugItem, ...] = ()
    exams: tuple[ExamItem, ...] = ()
    qa: tuple[QAItem, ...] = ()
    card: DiseaseCard | None = None
    provenance: str | None = None
    duplicates: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-ready dict; `yizhi parse --json` prints exactly this."""
        return {
            "title": self.title,
            "summary": self.summary,
            "causes": [cause.to_json() for cause in self.causes],
            "advice": list(self.advice),
            "disclaimer": self.disclaimer,
            "metadata": self.metadata.to_json(),
            "related": [item.to_json() for item in self.related],
            "doctors": [doctor.to_json() for doctor in self.doctors],
            "drugs": [drug.to_json() for drug in self.drugs],
            "exams": [exam.to_json() for exam in self.exams],
            "qa": [item.to_json() for item in self.qa],
            "card": self.card.to_json() if self.card else None,
            "provenance": self.provenance,
            "duplicates": list(self.duplicates),
        }
