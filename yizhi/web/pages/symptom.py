"""The symptom page: what can cause it, and which diseases list it."""

from __future__ import annotations

from dataclasses import dataclass

from yizhi.knowledge.choices import Predicate, Urgency
from yizhi.knowledge.models import Entity, Fact
from yizhi.knowledge.profile import EntityProfile
from yizhi.web.departments import DepartmentIndex, group_by_department
from yizhi.web.pages.base import EntityPage, Group, Line, Section, fact_section
from yizhi.web.related import SideBlocks, condition_blocks

# A common symptom (头痛) is listed by hundreds of CMeKG diseases; past this many
# a list stops helping a reader, and the page must stay fast.
LISTING_LIMIT = 200


@dataclass(frozen=True, slots=True)
class CauseLine:
    """A possible cause with how to tell it apart and when to see a doctor."""

    line: Line
    how_to_tell: str
    see_doctor: str
    urgency: str
    urgency_label: str

    @classmethod
    def of(cls, fact: Fact) -> CauseLine:
        detail = fact.detail or {}
        urgency = detail.get("urgency") or ""
        label = Urgency(urgency).label if urgency in Urgency.values else ""
        return cls(
            line=Line.of(fact),
            how_to_tell=detail.get("how_to_tell") or "",
            see_doctor=detail.get("see_doctor") or "",
            urgency=urgency,
            urgency_label=label,
        )


def causes_section(profile: EntityProfile) -> Section:
    causes = tuple(CauseLine.of(f) for f in profile.values(Predicate.POSSIBLE_CAUSE))
    return Section(
        key="causes",
        title="可能原因",
        groups=(Group("", causes),),
        template="web/sections/causes.html",
    )


def grouped_section(
    key: str, title: str, entities: list[Entity], index: DepartmentIndex
) -> Section:
    """Entities as links grouped by their primary department."""
    shown = entities[:LISTING_LIMIT]
    groups = tuple(
        Group(
            " › ".join(node.name for node in group.path) or "其他",
            tuple(Line(e.name, e.get_absolute_url()) for e in group.entities),
            url=group.department.get_absolute_url() if group.department else "",
        )
        for group in group_by_department(shown, index)
    )
    note = f"仅列出前 {LISTING_LIMIT} 种。" if len(entities) > LISTING_LIMIT else ""
    return Section(key=key, title=title, groups=groups, note=note)


def listing(queryset) -> list[Entity]:
    """Return at most one more than the limit, so the page can say it cut."""
    return list(queryset[: LISTING_LIMIT + 1])


class SymptomPage(EntityPage):
    heading = "症状"

    def side_blocks(self, profile: EntityProfile, index: DepartmentIndex) -> SideBlocks:
        return condition_blocks(profile, index, with_drugs=False)

    def sections(self, profile: EntityProfile, index: DepartmentIndex) -> list[Section]:
        diseases = listing(Entity.objects.listing_symptom(profile.entity))
        return [
            causes_section(profile),
            fact_section(profile, Predicate.DEPARTMENT),
            fact_section(profile, Predicate.BODY_PART),
            grouped_section("diseases", "哪些疾病会出现这一症状", diseases, index),
        ]
