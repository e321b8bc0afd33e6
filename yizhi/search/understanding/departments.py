"""Department names for query understanding, from the knowledge app's tree.

One tree and one resolver serve the whole project
(`yizhi.knowledge.departments`); this module only caches them for the
line-by-line `yizhi nlp` tasks.
"""

from functools import lru_cache

from yizhi.knowledge.departments import DepartmentTree


@lru_cache(maxsize=1)
def department_tree() -> DepartmentTree:
    return DepartmentTree.load()


@lru_cache(maxsize=4096)
def resolve_department(raw: str) -> tuple[str, ...]:
    """Map one raw department string (maybe several, split by ；) to tree nodes."""
    return tuple(department_tree().resolve(raw))


def canonical_departments() -> frozenset[str]:
    """Return every canonical node name of the tree."""
    return frozenset(node.name for node in department_tree().nodes)
