"""Find the one entity a typed name means, or the names close to it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from yizhi.knowledge.choices import EntityKind
from yizhi.knowledge.models import Alias, BuildRun, Entity
from yizhi.search.text.normalise import normalise_query

# When one name is borne by several kinds (焦虑症 the disease and a symptom
# string of the same spelling), people mean the disease first.
KIND_ORDER = (
    EntityKind.DISEASE,
    EntityKind.SYMPTOM,
    EntityKind.DRUG,
    EntityKind.EXAM,
    EntityKind.FACTOR,
    EntityKind.HERB,
    EntityKind.BODY_PART,
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a name resolved to: the entity, how it matched, and the alternatives."""

    query: str
    entity: Entity | None
    matched_by: str = ""
    others: tuple[Entity, ...] = ()
    close: tuple[str, ...] = ()


def _rank(entity: Entity) -> int:
    return (
        KIND_ORDER.index(entity.kind) if entity.kind in KIND_ORDER else len(KIND_ORDER)
    )


def resolve(
    query: str, *, kind: str | None = None, with_close: bool = True
) -> Resolution:
    """Resolve a name, alias or lay term (简体 or 繁体) to one entity.

    When nothing bears the name, `close` lists similar names, unless the caller
    has no use for them (`with_close=False` saves a fuzzy pass over every name).
    """
    name = normalise_query(query)
    if not name:
        return Resolution(query=query, entity=None)
    candidates = Entity.objects.named(name)
    if kind:
        candidates = candidates.filter(kind=kind)
    found = sorted(candidates, key=lambda entity: (entity.name != name, _rank(entity)))
    if not found:
        close = close_matches(name, kind=kind) if with_close else ()
        return Resolution(query=query, entity=None, close=close)
    entity = found[0]
    return Resolution(
        query=query,
        entity=entity,
        matched_by="名称" if entity.name == name else _alias_label(entity, name),
        others=tuple(found[1:]),
    )


def _alias_label(entity: Entity, name: str) -> str:
    alias = entity.aliases.filter(name=name).first()
    return alias.get_kind_display() if alias else "别名"


def close_matches(
    name: str, *, kind: str | None = None, limit: int = 5
) -> tuple[str, ...]:
    """Return up to `limit` known names that look like `name` (typos, partial names)."""
    choices = _known_names(_build_marker(), kind)
    matches = process.extract(
        name, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=70
    )
    return tuple(match for match, _score, _index in matches)


def _build_marker() -> int:
    """Change whenever the knowledge base is rebuilt, so cached names refresh."""
    return BuildRun.objects.count() + Entity.objects.count()


@lru_cache(maxsize=4)
def _known_names(marker: int, kind: str | None) -> list[str]:
    entities = Entity.objects.all()
    aliases = Alias.objects.all()
    if kind:
        entities = entities.filter(kind=kind)
        aliases = aliases.filter(entity__kind=kind)
    names = set(entities.values_list("name", flat=True))
    names.update(aliases.values_list("name", flat=True))
    # One-character names (面, 眼) match a fragment of almost anything.
    return sorted(name for name in names if len(name) > 1)
