"""How each kind of entity is shown: one page class per kind, in a fixed table.

A page is a list of sections built from the entity's profile. Later blocks
(相关医生, 相关文章 …) are more sections, so adding one touches one page class.
"""

from __future__ import annotations

from yizhi.knowledge.choices import EntityKind
from yizhi.web.pages.base import EntityPage, Group, Line, Section
from yizhi.web.pages.disease import DiseasePage
from yizhi.web.pages.drug import DrugPage
from yizhi.web.pages.exam import ExamPage
from yizhi.web.pages.generic import GenericPage
from yizhi.web.pages.symptom import SymptomPage

PAGES: dict[str, EntityPage] = {
    EntityKind.DISEASE: DiseasePage(),
    EntityKind.SYMPTOM: SymptomPage(),
    EntityKind.DRUG: DrugPage(),
    EntityKind.EXAM: ExamPage(),
}


def page_for(kind: str) -> EntityPage:
    """Return the page class of `kind`; herbs, factors and body parts share one."""
    return PAGES.get(kind) or GenericPage()


__all__ = ["PAGES", "EntityPage", "Group", "Line", "Section", "page_for"]
