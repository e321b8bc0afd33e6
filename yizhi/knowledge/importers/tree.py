"""Put the canonical department tree (data/departments.yaml) into the database."""

from __future__ import annotations

from django.db import transaction
from yizhi.knowledge.departments import DepartmentTree

from yizhi.knowledge.models import Department, DepartmentAlias


@transaction.atomic
def sync_departments(tree: DepartmentTree | None = None) -> int:
    """Create or move every node of the tree and reset its aliases; return the count.

    Nodes are matched by name, so doctors and facts that point at a department
    keep pointing at it when the YAML is edited.
    """
    tree = tree or DepartmentTree.load()
    existing = {department.name: department for department in Department.objects.all()}
    for node in tree.nodes:
        department = existing.get(node.name)
        if node.parent is None:
            if department is None:
                department = Department.add_root(name=node.name)
            elif not department.is_root():
                department.move(Department.get_first_root_node(), "sorted-sibling")
        else:
            parent = Department.objects.get(pk=existing[node.parent].pk)
            if department is None:
                department = parent.add_child(name=node.name)
            elif department.get_parent() != parent:
                department.move(parent, "sorted-child")
        existing[node.name] = department
    DepartmentAlias.objects.all().delete()
    DepartmentAlias.objects.bulk_create(
        DepartmentAlias(department=existing[node.name], name=alias)
        for node in tree.nodes
        for alias in node.aliases
    )
    return len(tree.nodes)
