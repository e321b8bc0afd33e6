"""The entity queries pages build their lists from."""

from __future__ import annotations

import pytest

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Entity, Fact, Source

pytestmark = pytest.mark.django_db


def test_diseases_listing_a_symptom_come_best_described_first() -> None:
    source = Source.objects.create(key="query-test", title="示例：查询测试")
    hiccup = Entity.objects.create(kind=EntityKind.SYMPTOM, name="示例呃逆")

    def disease(name: str, other_facts: int) -> Entity:
        found = Entity.objects.create(kind=EntityKind.DISEASE, name=name)
        facts = [(Predicate.SYMPTOM, "示例呃逆", hiccup)]
        facts += [(Predicate.CAUSE, f"示例病因{n}", None) for n in range(other_facts)]
        for predicate, text, target in facts:
            Fact.objects.create(
                subject=found,
                predicate=predicate,
                text=text,
                target=target,
                source=source,
                record=f"test:{name}",
            )
        return found

    disease("甲示例少见病", 0)
    disease("乙示例常见病", 5)
    disease("示例呃逆", 9)  # the symptom's own disease entry
    listed = Entity.objects.listing_symptom(hiccup)
    assert [e.name for e in listed] == ["乙示例常见病", "甲示例少见病"]
