"""/entities: an entity's whole profile, with the source of every fact."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Router, Schema

from yizhi.api.envelope import Disclaimed
from yizhi.api.errors import ERROR_RESPONSES
from yizhi.api.links import page_url
from yizhi.api.refs import RedFlagOut, red_flag_outs
from yizhi.knowledge.choices import EntityKind
from yizhi.knowledge.models import Entity
from yizhi.knowledge.profile import load_profile
from yizhi.knowledge.redflags import all_rules, flags_for_profile

router = Router(tags=["知识库"])


class AliasOut(Schema):
    name: str
    kind: str
    source: str


class ProvenanceOut(Schema):
    source: str
    records: list[str]


class EntityOut(Disclaimed):
    id: int
    kind: str
    kind_label: str
    name: str
    url: str
    aliases: list[AliasOut]
    department: str | None
    department_path: list[str]
    facts: dict[str, list[dict[str, Any]]] = Field(
        description="按关系分组的事实，每条带 source（来源）与 record（来源记录）"
    )
    red_flags: list[RedFlagOut]
    provenance: list[ProvenanceOut]


def _profile(entity: Entity) -> dict[str, Any]:
    """The profile, with the red flags its page warns about: the entity's own
    and those its symptoms make up."""
    profile = load_profile(entity)
    flags = flags_for_profile(profile, all_rules())
    return {
        "id": entity.pk,
        "url": page_url(entity),
        **profile.as_dict(),
        "red_flags": red_flag_outs(flags),
    }


@router.get(
    "/{entity_id}",
    response={200: EntityOut, **ERROR_RESPONSES},
    summary="按编号查实体",
)
def entity_by_id(request: HttpRequest, entity_id: int) -> dict[str, Any]:
    found = Entity.objects.filter(pk=entity_id).first()
    if found is None:
        raise Http404(f"没有编号为 {entity_id} 的实体")
    return _profile(found)


@router.get(
    "/{kind}/{path:name}",
    response={200: EntityOut, **ERROR_RESPONSES},
    summary="按类型和名称查实体",
    description="名称可以是正式名称或别名（如「偏侧面肌痉挛」），返回正式名称的档案。",
)
def entity_by_name(request: HttpRequest, kind: EntityKind, name: str) -> dict[str, Any]:
    found = Entity.objects.filter(kind=kind, name=name).first()
    if found is None:
        found = Entity.objects.named(name).filter(kind=kind).first()
    if found is None:
        raise Http404(f"没有找到{kind.label}「{name}」")
    return _profile(found)
