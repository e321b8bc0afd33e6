"""Store one source's drafts: replace its facts, link names to entities.

Each run replaces everything the source said before (its facts, aliases and
red flags) inside the caller's transaction, while entities are upserted by
natural key and never deleted: pages and articles keep pointing at them, and a
second run of the same source gives identical counts.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.db import connection
from django.db.models import Model
from django.dispatch import Signal
from tqdm import tqdm

from yizhi.knowledge.choices import EntityKind
from yizhi.knowledge.importers.drafts import EntityDraft, RedFlagDraft
from yizhi.knowledge.models import (
    Alias,
    Department,
    DepartmentAlias,
    Entity,
    Fact,
    RedFlag,
    Source,
)

logger = logging.getLogger(__name__)

# Which existing entity a name links to when several kinds bear it: a symptom
# list naming 焦虑症 means the disease, a cause naming 疲劳 means the factor.
LINK_PREFERENCE: dict[str, tuple[str, ...]] = {
    EntityKind.SYMPTOM: (EntityKind.SYMPTOM, EntityKind.DISEASE, EntityKind.FACTOR),
    EntityKind.DISEASE: (EntityKind.DISEASE, EntityKind.SYMPTOM),
    EntityKind.FACTOR: (EntityKind.FACTOR, EntityKind.DISEASE, EntityKind.SYMPTOM),
    EntityKind.DRUG: (EntityKind.DRUG,),
    EntityKind.HERB: (EntityKind.HERB, EntityKind.DRUG),
    EntityKind.EXAM: (EntityKind.EXAM,),
    EntityKind.BODY_PART: (EntityKind.BODY_PART,),
}


class EntityIndex:
    """Entity ids by name and by alias, for linking the names a source writes."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], int] = {}
        self.by_name: dict[str, dict[str, int]] = defaultdict(dict)
        self.by_alias: dict[str, dict[str, int]] = defaultdict(dict)
        for pk, kind, name in Entity.objects.values_list("pk", "kind", "name"):
            self._add(pk, kind, name)
        for name, pk, kind in Alias.objects.values_list(
            "name", "entity_id", "entity__kind"
        ):
            self.by_alias[name].setdefault(kind, pk)

    def _add(self, pk: int, kind: str, name: str) -> None:
        self.by_key[(kind, name)] = pk
        self.by_name[name][kind] = pk

    def find(self, name: str, kind: str) -> int | None:
        """Return the entity `name` most likely means when a source hints `kind`."""
        preference = LINK_PREFERENCE.get(kind, (kind,))
        for table in (self.by_name, self.by_alias):
            kinds = table.get(name)
            if kinds:
                for candidate in preference:
                    if candidate in kinds:
                        return kinds[candidate]
        return None

    def find_any(self, name: str, kind: str) -> int | None:
        """Like `find`, but settle for an entity of any kind bearing `name`."""
        found = self.find(name, kind)
        if found is not None:
            return found
        for table in (self.by_name, self.by_alias):
            if table.get(name):
                return next(iter(table[name].values()))
        return None

    def create(self, keys: Iterable[tuple[str, str]]) -> int:
        """Create the entities in `keys` that do not exist yet; return how many."""
        missing = sorted({key for key in keys if key not in self.by_key})
        created = Entity.objects.bulk_create(
            [Entity(kind=kind, name=name) for kind, name in missing], batch_size=2000
        )
        for entity in created:
            self._add(entity.pk, entity.kind, entity.name)
        return len(created)

    def add_alias(self, name: str, pk: int, kind: str) -> None:
        self.by_alias[name].setdefault(kind, pk)


FACT_COLUMNS = (
    "subject_id",
    "predicate",
    "text",
    "target_id",
    "department_id",
    "detail",
    "source_id",
    "record",
    "reference",
    "position",
)


# Sent with sender=model after `insert_rows` wrote rows of it: such rows send
# no post_save, and the page cache must still learn that they changed.
rows_inserted = Signal()


def insert_rows(model: type[Model], columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert plain tuples with one prepared statement.

    A full CMeKG build writes ~800k facts; building a model instance for each
    costs more than the rest of the build together. Values are bound
    parameters, never formatted into the SQL.
    """
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    marks = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 10_000):
            cursor.executemany(sql, rows[start : start + 10_000])
    rows_inserted.send(sender=model)


def department_ids() -> dict[str, int]:
    """Department ids by canonical name and by alias."""
    ids = dict(Department.objects.values_list("name", "pk"))
    ids.update(DepartmentAlias.objects.values_list("name", "department_id"))
    return ids


class KnowledgeWriter:
    """Write one source's drafts into the knowledge base."""

    def __init__(self, source: Source, *, progress: bool = False) -> None:
        self.source = source
        self.progress = progress
        self.entities_created = 0

    def replace(
        self, drafts: Sequence[EntityDraft], red_flags: Sequence[RedFlagDraft] = ()
    ) -> tuple[int, int, int]:
        """Replace the source's facts, aliases and red flags; return their counts."""
        Fact.objects.filter(source=self.source).delete()
        Alias.objects.filter(source=self.source).delete()
        RedFlag.objects.filter(source=self.source).delete()
        index = EntityIndex()
        owners = self._resolve_owners(drafts, index)
        aliases = self._write_aliases(drafts, owners, index)
        facts = self._write_facts(drafts, owners, index)
        flags = self._write_red_flags(red_flags, index)
        return facts, aliases, flags

    def _resolve_owners(
        self, drafts: Sequence[EntityDraft], index: EntityIndex
    ) -> list[int]:
        """Return the entity id of every draft, creating entities as needed."""
        owners = [self._existing_owner(draft, index) for draft in drafts]
        self.entities_created += index.create(
            (draft.kind, draft.name)
            for draft, pk in zip(drafts, owners, strict=True)
            if pk is None
        )
        return [
            pk if pk is not None else index.by_key[(draft.kind, draft.name)]
            for draft, pk in zip(drafts, owners, strict=True)
        ]

    @staticmethod
    def _existing_owner(draft: EntityDraft, index: EntityIndex) -> int | None:
        if not draft.declared:
            return index.find_any(draft.name, draft.kind)
        found = index.by_key.get((draft.kind, draft.name))
        if found is None:
            # A record filed under another spelling of a known entity (CMeKG's
            # 半侧颜面痉挛, the overlay's alias of 面肌痉挛) describes that entity.
            found = index.by_alias.get(draft.name, {}).get(draft.kind)
        return found

    def _write_aliases(
        self, drafts: Sequence[EntityDraft], owners: list[int], index: EntityIndex
    ) -> int:
        rows: dict[tuple[int, str], Alias] = {}
        for draft, pk in zip(drafts, owners, strict=True):
            for name, kind in draft.aliases:
                if name == draft.name or (pk, name) in rows:
                    continue
                rows[(pk, name)] = Alias(
                    entity_id=pk, name=name, kind=kind, source=self.source
                )
                index.add_alias(name, pk, draft.kind)
        Alias.objects.bulk_create(rows.values(), batch_size=2000)
        return len(rows)

    def _write_facts(
        self, drafts: Sequence[EntityDraft], owners: list[int], index: EntityIndex
    ) -> int:
        to_create = {
            (fact.target_kind, fact.text)
            for draft in drafts
            for fact in draft.facts
            if fact.create_target
            and fact.target_kind
            and index.find(fact.text, fact.target_kind) is None
        }
        self.entities_created += index.create(to_create)
        departments = department_ids()
        rows: list[tuple] = []
        pairs = zip(drafts, owners, strict=True)
        if self.progress:
            pairs = tqdm(pairs, total=len(drafts), desc="写入事实", unit="条")
        for draft, pk in pairs:
            seen: set[tuple[str, str]] = set()
            for position, fact in enumerate(draft.facts):
                if (fact.predicate, fact.text) in seen:
                    continue
                seen.add((fact.predicate, fact.text))
                target = (
                    index.find(fact.text, fact.target_kind)
                    if fact.target_kind
                    else None
                )
                detail = json.dumps(dict(fact.detail), ensure_ascii=False)
                for department in fact.departments or ("",):
                    rows.append(
                        (
                            pk,
                            fact.predicate,
                            fact.text,
                            target,
                            departments.get(department),
                            detail,
                            self.source.pk,
                            draft.record,
                            fact.reference,
                            position,
                        )
                    )
        insert_rows(Fact, FACT_COLUMNS, rows)
        return len(rows)

    def _write_red_flags(
        self, drafts: Sequence[RedFlagDraft], index: EntityIndex
    ) -> int:
        for draft in drafts:
            flag = RedFlag.objects.create(
                name=draft.name,
                patterns=[list(pattern) for pattern in draft.patterns],
                reason=draft.reason,
                action=draft.action,
                source=self.source,
                record=draft.record,
                reference=draft.reference,
            )
            ids = [
                index.find_any(name, EntityKind.DISEASE) for name in draft.conditions
            ]
            flag.conditions.set([pk for pk in ids if pk is not None])
        return len(drafts)
