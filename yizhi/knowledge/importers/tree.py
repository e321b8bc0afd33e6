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
    tree_nodes = Department.objects
    for node in tree.nodes:
        department = existing.get(node.name)
        parent = existing[node.parent] if node.parent else None
        if department is None:
            fields = {"name": node.name}
            department = (
                tree_nodes.add_child(parent, create_kwargs=fields)
                if parent
                else tree_nodes.add_root(create_kwargs=fields)
            )
        elif tree_nodes.get_parent(department) != parent:
            if parent:
                tree_nodes.move(department, parent, "last-child")
            else:
                root = tree_nodes.get_root_nodes().first()
                tree_nodes.move(department, root, "last-sibling")
            department.refresh_from_db()
        existing[node.name] = department
    DepartmentAlias.objects.all().delete()
    DepartmentAlias.objects.bulk_create(
        DepartmentAlias(department=existing[node.name], name=alias)
        for node in tree.nodes
        for alias in node.aliases
    )
    return len(tree.nodes)
