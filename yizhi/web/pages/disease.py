"""The disease page (疾病百科)."""

from __future__ import annotations

from yizhi.knowledge.agents import non_treatments
from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.dispensing import dispensing_classes
from yizhi.knowledge.profile import EntityProfile
from yizhi.web.departments import DepartmentIndex
from yizhi.web.pages.base import (
    EntityPage,
    Group,
    Line,
    Section,
    capped,
    fact_section,
)
from yizhi.web.related import SideBlocks, condition_blocks

# Sections in the order a reader looks for them on the seed portals' cards.
BEFORE_TREATMENT = (
    Predicate.SYMPTOM,
    Predicate.CAUSE,
    Predicate.EXAM,
    Predicate.DEPARTMENT,
    Predicate.COMPLICATION,
)
AFTER_TREATMENT = (
    Predicate.RELATED,
    Predicate.DIFFERENTIAL,
    Predicate.BODY_PART,
    Predicate.POPULATION,
    Predicate.CONTAGIOUS,
)


def treatment_section(profile: EntityProfile) -> Section:
    """Treatments, then drugs each with its 处方药/OTC mark (one query for all)
    and, for an imaging agent or a vaccine the source lists, what it is (one
    more)."""
    drugs, hidden = capped(profile.values(Predicate.DRUG))
    targets = [fact.target for fact in drugs if fact.target_id]
    marks = dispensing_classes(targets)
    agents = non_treatments(targets)
    return Section(
        key="treatment",
        title="治疗与常用药物",
        groups=(
            Group(
                "治疗方法",
                tuple(Line.of(fact) for fact in profile.values(Predicate.TREATMENT)),
            ),
            Group(
                "常用药物",
                tuple(
                    Line.of(
                        fact, marks.get(fact.target_id), agents.get(fact.target_id, "")
                    )
                    for fact in drugs
                ),
                hidden=hidden,
            ),
        ),
        note="用药请遵医嘱；药物名单按来源列出，不构成用药建议。",
    )


class DiseasePage(EntityPage):
    heading = "疾病百科"

    def side_blocks(self, profile: EntityProfile, index: DepartmentIndex) -> SideBlocks:
        return condition_blocks(profile, index, with_drugs=True)

    def sections(self, profile: EntityProfile, index: DepartmentIndex) -> list[Section]:
        return [
            *(fact_section(profile, predicate) for predicate in BEFORE_TREATMENT),
            treatment_section(profile),
            *(fact_section(profile, predicate) for predicate in AFTER_TREATMENT),
        ]
