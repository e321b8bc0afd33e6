"""The department tree held in memory for one request, and entities grouped by it.

The tree has at most 60 nodes, so a page loads it whole in one query and walks
it in Python: breadcrumbs, grids and groupings then cost no further queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Count

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Department, Entity, Fact


@dataclass(frozen=True, slots=True)
class TreeNode:
    """A department with its children and, on listing pages, its disease count."""

    department: Department
    children: tuple[TreeNode, ...] = ()
    count: int | None = None


@dataclass(frozen=True, slots=True)
class DepartmentGroup:
    """Entities whose primary department is `department` (None: not stated)."""

    department: Department | None
    path: tuple[Department, ...]
    entities: tuple[Entity, ...]


class DepartmentIndex:
    """The whole department tree, loaded in one query."""

    def __init__(self, nodes: Sequence[Department]) -> None:
        self.nodes = tuple(nodes)
        self._by_path = {node.path: node for node in self.nodes}
        self._by_pk = {node.pk: node for node in self.nodes}
        self._children: dict[str, list[Department]] = defaultdict(list)
        for node in self.nodes:
            if node.depth > 1:
                self._children[self._parent_path(node)].append(node)

    @classmethod
    def load(cls) -> DepartmentIndex:
        return cls(Department.objects.get_tree())

    @staticmethod
    def _parent_path(node: Department) -> str:
        return node.path[: -Department.steplen]

    def get(self, pk: int | None) -> Department | None:
        return self._by_pk.get(pk) if pk is not None else None

    def roots(self) -> tuple[Department, ...]:
        return tuple(node for node in self.nodes if node.depth == 1)

    def children(self, department: Department) -> tuple[Department, ...]:
        return tuple(self._children.get(department.path, ()))

    def path(self, department: Department | None) -> tuple[Department, ...]:
        """Return the nodes from the root down to `department`, itself included."""
        if department is None:
            return ()
        found = []
        node: Department | None = self._by_path.get(department.path, department)
        while node is not None:
            found.append(node)
            node = (
                self._by_path.get(self._parent_path(node)) if node.depth > 1 else None
            )
        return tuple(reversed(found))

    def subtree_ids(self, department: Department) -> list[int]:
        return [node.pk for node in self.nodes if node.path.startswith(department.path)]

    def tree(self, counts: dict[int, int] | None = None) -> tuple[TreeNode, ...]:
        def build(node: Department) -> TreeNode:
            return TreeNode(
                department=node,
                children=tuple(build(child) for child in self.children(node)),
                count=None if counts is None else counts.get(node.pk, 0),
            )

        return tuple(build(root) for root in self.roots())


def disease_counts() -> dict[int, int]:
    """Return how many diseases name each department, in one aggregate query."""
    rows = (
        Fact.objects.filter(
            predicate=Predicate.DEPARTMENT,
            department__isnull=False,
            subject__kind=EntityKind.DISEASE,
        )
        .values("department")
        .annotate(n=Count("subject", distinct=True))
    )
    return {row["department"]: row["n"] for row in rows}


def primary_departments(entities: Iterable[Entity]) -> dict[int, int]:
    """Return each entity's preferred department pk, in one query."""
    ids = [entity.pk for entity in entities]
    found: dict[int, int] = {}
    rows = (
        Fact.objects.filter(
            subject_id__in=ids,
            predicate=Predicate.DEPARTMENT,
            department__isnull=False,
        )
        .order_by("-source__priority", "position", "pk")
        .values_list("subject_id", "department_id")
    )
    for subject, department in rows:
        found.setdefault(subject, department)
    return found


def group_by_department(
    entities: Sequence[Entity], index: DepartmentIndex
) -> tuple[DepartmentGroup, ...]:
    """Group entities by their primary department, in tree order, unstated last."""
    primary = primary_departments(entities)
    grouped: dict[int | None, list[Entity]] = defaultdict(list)
    for entity in entities:
        grouped[primary.get(entity.pk)].append(entity)
    order = {node.pk: position for position, node in enumerate(index.nodes)}
    keys = sorted(grouped, key=lambda pk: order.get(pk, len(order)))
    return tuple(
        DepartmentGroup(
            department=index.get(pk),
            path=index.path(index.get(pk)),
            entities=tuple(sorted(grouped[pk], key=lambda entity: entity.name)),
        )
        for pk in keys
    )
