"""The exam page: what it is, and which diseases use it."""

from __future__ import annotations

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Entity
from yizhi.knowledge.profile import EntityProfile
from yizhi.web.departments import DepartmentIndex
from yizhi.web.pages.base import EntityPage, Section
from yizhi.web.pages.generic import own_sections
from yizhi.web.pages.symptom import grouped_section, listing


class ExamPage(EntityPage):
    heading = "检查"

    def sections(self, profile: EntityProfile, index: DepartmentIndex) -> list[Section]:
        diseases = listing(
            Entity.objects.filter(
                kind=EntityKind.DISEASE,
                facts__predicate=Predicate.EXAM,
                facts__target=profile.entity,
            ).distinct()
        )
        return [
            *own_sections(profile),
            grouped_section("diseases", "哪些疾病会用到这项检查", diseases, index),
        ]
