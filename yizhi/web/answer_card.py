"""The answer card above search results: what the query asks, answered briefly.

Search says what the query is about (its linked entities, intent and the
departments it points to); the card answers from the knowledge base: the
possible causes of a symptom, what a disease is and where to be seen. The card
never answers beyond that: it links to the pages that hold the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Department, Entity, Fact
from yizhi.search.results import QueryUnderstanding
from yizhi.web.related import RelatedLink, entity_summary

CARD_LIMIT = 8
SUMMARY_LENGTH = 120
# Intents whose card leads with departments rather than causes.
DEPARTMENT_INTENTS = frozenset({"就医建议"})


@dataclass(frozen=True, slots=True)
class AnswerCard:
    """A short answer: the entity, its summary, causes and departments."""

    title: str
    intent: str
    entity: Entity | None
    summary: str
    causes: tuple[RelatedLink, ...]
    causes_title: str
    departments: tuple[RelatedLink, ...]


def _entity(understanding: QueryUnderstanding) -> Entity | None:
    """The first disease or symptom the query names, as a model."""
    for linked in understanding.entities:
        if linked.kind in (EntityKind.SYMPTOM, EntityKind.DISEASE):
            found = Entity.objects.filter(kind=linked.kind, name=linked.name).first()
            if found is not None:
                return found
    return None


def _causes(entity: Entity) -> tuple[str, tuple[RelatedLink, ...]]:
    """A symptom's possible causes (or diseases showing it); a disease's causes."""
    if entity.kind == EntityKind.SYMPTOM:
        facts = Fact.objects.about(entity, Predicate.POSSIBLE_CAUSE)[:CARD_LIMIT]
        links = tuple(_link(fact) for fact in facts)
        if links:
            return "可能的原因", links
        diseases = Entity.objects.listing_symptom(entity)[:CARD_LIMIT]
        return "可能出现这一症状的疾病", tuple(
            RelatedLink(d.name, d.get_absolute_url()) for d in diseases
        )
    facts = Fact.objects.about(entity, Predicate.CAUSE)[:CARD_LIMIT]
    return "病因", tuple(_link(fact) for fact in facts)


def _link(fact: Fact) -> RelatedLink:
    url = fact.target.get_absolute_url() if fact.target_id else ""
    return RelatedLink(fact.text, url)


def _departments(
    understanding: QueryUnderstanding, entity: Entity | None
) -> tuple[RelatedLink, ...]:
    names = list(understanding.departments)
    if not names and entity is not None:
        names = [
            fact.department.name
            for fact in Fact.objects.about(entity, Predicate.DEPARTMENT)
            if fact.department_id
        ]
    found = {node.name: node for node in Department.objects.filter(name__in=names)}
    ordered = dict.fromkeys(name for name in names if name in found)
    return tuple(
        RelatedLink(name, found[name].get_absolute_url()) for name in list(ordered)[:3]
    )


def answer_card(understanding: QueryUnderstanding | None) -> AnswerCard | None:
    """Build the card, or None when search did not understand the query."""
    if understanding is None:
        return None
    entity = _entity(understanding)
    departments = _departments(understanding, entity)
    if entity is None and not departments:
        return None
    causes_title, causes = _causes(entity) if entity else ("", ())
    if understanding.intent in DEPARTMENT_INTENTS or entity is None:
        title = "建议就诊科室"
    elif entity.kind == EntityKind.SYMPTOM:
        title = f"{entity.name}可能是什么原因"
    else:
        title = entity.name
    return AnswerCard(
        title=title,
        intent=understanding.intent,
        entity=entity,
        summary=entity_summary(entity, SUMMARY_LENGTH),
        causes=causes,
        causes_title=causes_title,
        departments=departments,
    )
