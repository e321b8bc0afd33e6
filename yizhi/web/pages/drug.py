"""The drug page: label facts as the source states them, and the dispensing mark."""

from __future__ import annotations

from typing import Any

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.dispensing import dispensing_class
from yizhi.knowledge.profile import EntityProfile
from yizhi.web.departments import DepartmentIndex
from yizhi.web.pages.base import EntityPage, Group, Line, Section, fact_section
from yizhi.web.seo import drug_ld

LABEL_FACTS = (
    Predicate.INGREDIENT,
    Predicate.INDICATION,
    Predicate.ADVERSE_REACTION,
    Predicate.CONTRAINDICATION,
    Predicate.PRECAUTION,
)
AFTER_DOSAGE = (
    Predicate.INTERACTION,
    Predicate.SPECIFICATION,
    Predicate.CATEGORY,
)


def dispensing_section(profile: EntityProfile) -> Section:
    return Section(
        key="dispensing",
        title="处方药/非处方药",
        groups=(Group("", (dispensing_class(profile),)),),
        template="web/sections/dispensing.html",
    )


def dosage_section(profile: EntityProfile) -> Section:
    """用法用量, quoted as the source states it; the template adds 请遵医嘱."""
    lines = tuple(Line.of(fact) for fact in profile.values(Predicate.DOSAGE))
    return Section(
        key=Predicate.DOSAGE,
        title=Predicate.DOSAGE.label,
        groups=(Group("", lines),),
        template="web/sections/dosage.html",
    )


class DrugPage(EntityPage):
    heading = "药品"

    def structured_data(self, profile: EntityProfile, url: str) -> dict[str, Any]:
        return drug_ld(profile, url, dispensing_class(profile))

    def header_fields(self, profile: EntityProfile) -> tuple[tuple[str, str], ...]:
        generic = profile.first(Predicate.GENERIC_NAME)
        return (("通用名", generic.text if generic else profile.entity.name),)

    def sections(self, profile: EntityProfile, index: DepartmentIndex) -> list[Section]:
        return [
            dispensing_section(profile),
            *(fact_section(profile, predicate) for predicate in LABEL_FACTS),
            dosage_section(profile),
            *(fact_section(profile, predicate) for predicate in AFTER_DOSAGE),
        ]
