"""Small references to other items, shared by the resource schemas."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet
from ninja import Schema

from yizhi.api.links import page_url
from yizhi.knowledge.models import Department, Entity, RedFlag, Source
from yizhi.search.understanding.redflags import flags_for_query


class EntityRef(Schema):
    id: int
    kind: str
    name: str
    url: str


class RedFlagOut(Schema):
    """An emergency notice: the rule, why it is urgent, and what to do now."""

    name: str
    reason: str
    action: str


class SourceRef(Schema):
    key: str
    title: str
    url: str = ""


def entity_ref(entity: Entity | None) -> EntityRef | None:
    if entity is None:
        return None
    return EntityRef(
        id=entity.pk, kind=entity.kind, name=entity.name, url=page_url(entity)
    )


def red_flag_outs(flags: Iterable[RedFlag]) -> list[RedFlagOut]:
    """The emergency notices of these rules, as the API gives them."""
    return [
        RedFlagOut(name=flag.name, reason=flag.reason, action=flag.action)
        for flag in flags
    ]


def red_flag_refs(text: str) -> list[RedFlagOut]:
    """The emergency notices a text someone wrote calls for (a query, a question)."""
    return red_flag_outs(flags_for_query(text))


def source_ref(source: Source) -> SourceRef:
    return SourceRef(key=source.key, title=source.title, url=source.url)


def department_name(department: Department | None) -> str | None:
    return department.name if department is not None else None


def subtree(name: str) -> QuerySet[Department]:
    """Return the department called `name` (or an alias) with its descendants.

    A filter on 内科 should find doctors of 神经内科 too; an unknown name finds
    nothing rather than failing, as a filter on a list should.
    """
    found = Department.objects.named(name.strip())
    if found is None:
        return Department.objects.none()
    # treebeard's materialised path: descendants' paths start with the node's.
    return Department.objects.filter(path__startswith=found.path)
