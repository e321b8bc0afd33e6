"""The page of herbs, factors and body parts: their facts, and what names them."""

from __future__ import annotations

from collections import defaultdict

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.models import Fact
from yizhi.knowledge.profile import EntityProfile
from yizhi.web.departments import DepartmentIndex
from yizhi.web.pages.base import EntityPage, Group, Line, Section, fact_section

# What a fact pointing at this entity says about it, read backwards. Drug links
# (常用药物, 适应症) are left out on purpose: suggesting drugs goes through the
# indication check of the answers app, never through a raw reverse lookup.
MENTIONED_AS = {
    Predicate.POSSIBLE_CAUSE: "可能由此引起的症状",
    Predicate.BODY_PART: "发生在这一部位的疾病",
    Predicate.SYMPTOM: "出现这一表现的疾病",
    Predicate.EXAM: "用到这项检查的疾病",
    Predicate.COMPLICATION: "以它为并发症的疾病",
    Predicate.RELATED: "相关疾病",
}
MENTION_LIMIT = 200


def own_sections(profile: EntityProfile) -> list[Section]:
    """Every predicate the entity has, summary aside, in the vocabulary's order."""
    return [
        fact_section(profile, predicate)
        for predicate in Predicate.values
        if predicate != Predicate.SUMMARY and profile.values(predicate)
    ]


def mentions_section(profile: EntityProfile) -> Section:
    """Entities whose facts point at this one, grouped by what they say."""
    facts = (
        Fact.objects.filter(target=profile.entity, predicate__in=list(MENTIONED_AS))
        .select_related("subject")
        .order_by("predicate", "subject__name")[:MENTION_LIMIT]
    )
    grouped: dict[str, dict[int, Line]] = defaultdict(dict)
    for fact in facts:
        subject = fact.subject
        grouped[fact.predicate].setdefault(
            subject.pk, Line(subject.name, subject.get_absolute_url())
        )
    return Section(
        key="mentions",
        title="相关条目",
        groups=tuple(
            Group(MENTIONED_AS[predicate], tuple(grouped[predicate].values()))
            for predicate in MENTIONED_AS
            if predicate in grouped
        ),
    )


class GenericPage(EntityPage):
    def sections(self, profile: EntityProfile, index: DepartmentIndex) -> list[Section]:
        return [*own_sections(profile), mentions_section(profile)]
