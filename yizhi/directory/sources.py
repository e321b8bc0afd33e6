"""The sources directory rows are stored under, so every row keeps its provenance."""

from __future__ import annotations

from yizhi.knowledge.models import Source

CSV_SOURCE = "directory"
DEMO_SOURCE = "demo"


def csv_source() -> Source:
    """Return the source of hospitals and doctors that editors import from CSV."""
    source, _ = Source.objects.update_or_create(
        key=CSV_SOURCE,
        defaults={"title": "医生与医院名录（编辑导入）", "priority": 10},
    )
    return source


def demo_source() -> Source:
    """Return the source of the generated demo directory; pages mark it 示例数据."""
    source, _ = Source.objects.update_or_create(
        key=DEMO_SOURCE,
        # The lowest priority: generated rows never outrank a real source.
        defaults={"title": "示例数据", "priority": 0},
    )
    return source
