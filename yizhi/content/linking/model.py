"""What linking adds to a parsed page: the entity or directory row each name means.

Frozen, like the parsed page under it: the importer stores these and the
audit reads them, and neither may change what linking decided.
"""

from __future__ import annotations

from dataclasses import dataclass

from yizhi.content.models import LinkStatus
from yizhi.content.parsing import Cause, Doctor, ParsedPage
from yizhi.directory.models import Doctor as DirectoryDoctor
from yizhi.directory.models import Hospital
from yizhi.knowledge.models import Entity


@dataclass(frozen=True, slots=True)
class Link:
    """One name and what it was linked to; `matched_by` says how (for editors)."""

    name: str
    status: str = LinkStatus.UNLINKED
    entity: Entity | None = None
    matched_by: str = ""

    @property
    def linked(self) -> bool:
        return self.status != LinkStatus.UNLINKED


@dataclass(frozen=True, slots=True)
class LinkedDrug:
    """A drug the page names, under a cause (`cause` is its index) or in a block."""

    link: Link
    cause: int | None = None
    manufacturer: str = ""
    stated_indication: str = ""

    @property
    def name(self) -> str:
        return self.link.name


@dataclass(frozen=True, slots=True)
class LinkedCause:
    cause: Cause
    link: Link
    drugs: tuple[LinkedDrug, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkedDoctor:
    """A doctor the page names, with the directory rows found for it."""

    doctor: Doctor
    directory: DirectoryDoctor | None = None
    hospital: Hospital | None = None


@dataclass(frozen=True, slots=True)
class LinkedPage:
    """A parsed page with every cause, drug, exam and doctor linked.

    `subject` is the entity the title asks about (面肌痉挛 for
    「引起面部肌肉痉挛的原因」), None when the knowledge base has no such entry.
    """

    page: ParsedPage
    subject: Link
    causes: tuple[LinkedCause, ...] = ()
    drugs: tuple[LinkedDrug, ...] = ()
    exams: tuple[Link, ...] = ()
    doctors: tuple[LinkedDoctor, ...] = ()
    author: LinkedDoctor | None = None

    @property
    def all_drugs(self) -> tuple[LinkedDrug, ...]:
        """Drugs in cause texts first, then the page's drug block."""
        return (*(d for c in self.causes for d in c.drugs), *self.drugs)
