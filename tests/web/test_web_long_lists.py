"""A section lists at most LINE_LIMIT lines and counts the rest."""

from __future__ import annotations

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Entity, Fact
from yizhi.web.pages.base import LINE_LIMIT


def test_a_long_drug_list_is_cut_and_the_rest_counted(client, web_kb) -> None:
    disease = Entity.objects.create(kind=EntityKind.DISEASE, name="示例多药病")
    extra = 7
    for number in range(LINE_LIMIT + extra):
        drug = Entity.objects.create(kind=EntityKind.DRUG, name=f"示例药{number:03d}片")
        Fact.objects.create(
            subject=disease,
            predicate=Predicate.DRUG,
            text=drug.name,
            target=drug,
            source=web_kb.source,
            record=f"test#{number}",
            position=number,
        )

    body = client.get(disease.get_absolute_url()).content.decode()

    assert f"示例药{LINE_LIMIT - 1:03d}片" in body
    assert f"示例药{LINE_LIMIT:03d}片" not in body
    assert f"另有 {extra} 项未列出" in body
