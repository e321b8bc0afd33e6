"""Counts that say whether the knowledge base is complete and clean."""

from __future__ import annotations

from typing import Any

from django.db.models import Count

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.models import Alias, BuildRun, Department, Entity, Fact, RedFlag


def _counted(queryset, field: str) -> dict[str, int]:
    rows = queryset.values(field).annotate(n=Count("pk")).order_by(field)
    return {row[field]: row["n"] for row in rows}


def unmapped_departments() -> list[str]:
    """Department strings some source wrote that no canonical department took."""
    return sorted(
        Fact.objects.filter(predicate=Predicate.DEPARTMENT, department__isnull=True)
        .values_list("text", flat=True)
        .distinct()
    )


def knowledge_stats() -> dict[str, Any]:
    """Return entity, relation, alias and department counts of the knowledge base."""
    department_strings = (
        Fact.objects.filter(predicate=Predicate.DEPARTMENT)
        .values_list("text", flat=True)
        .distinct()
        .count()
    )
    return {
        "entities": _counted(Entity.objects, "kind"),
        "relations": _counted(Fact.objects, "predicate"),
        "relations_by_source": _counted(Fact.objects, "source__key"),
        "aliases": _counted(Alias.objects, "kind"),
        "departments": {
            "canonical": Department.objects.count(),
            "top_level": Department.objects.get_root_nodes().count(),
            "source_spellings": department_strings,
            "unmapped": unmapped_departments(),
        },
        "red_flags": RedFlag.objects.count(),
    }


def last_build() -> dict[str, Any] | None:
    run = BuildRun.objects.order_by("-started").first()
    if run is None:
        return None
    return {"started": run.started.isoformat(), "seconds": round(run.seconds, 1)}
