"""Find the department row a raw name means, for rows imported from files.

Directory CSVs and Q&A datasets write departments the way hospitals do (心内科,
神经科, 小儿内科); doctors, hospitals and questions must point at one node of the
canonical tree. The spelling rules live in `yizhi.knowledge.departments`; this
class only adds the lookup of the resulting node in the database, cached
because a dataset repeats a handful of names hundreds of thousands of times.
"""

from __future__ import annotations

from yizhi.knowledge.departments import DepartmentTree
from yizhi.knowledge.importers.writer import department_ids
from yizhi.knowledge.models import Department


class DepartmentResolver:
    """Map raw department names to `Department` primary keys (or None)."""

    def __init__(self, tree: DepartmentTree | None = None) -> None:
        self.tree = tree or DepartmentTree.load()
        self.ids = department_ids()
        self._cache: dict[str, int | None] = {}

    def resolve(self, raw: str) -> int | None:
        """Return the pk of the most specific department `raw` names, or None."""
        raw = raw.strip()
        if raw not in self._cache:
            self._cache[raw] = self._lookup(raw)
        return self._cache[raw]

    def resolve_all(self, raws: list[str]) -> tuple[list[int], list[str]]:
        """Resolve several names; return the pks found and the names that failed."""
        found: list[int] = []
        failed: list[str] = []
        for raw in raws:
            pk = self.resolve(raw)
            if pk is None:
                failed.append(raw)
            elif pk not in found:
                found.append(pk)
        return found, failed

    def department(self, raw: str) -> Department | None:
        pk = self.resolve(raw)
        return None if pk is None else Department.objects.get(pk=pk)

    def _lookup(self, raw: str) -> int | None:
        if not raw:
            return None
        if raw in self.ids:  # a node added in the database but not in the YAML
            return self.ids[raw]
        for name in self.tree.resolve(raw):
            if name in self.ids:
                return self.ids[name]
        return None
