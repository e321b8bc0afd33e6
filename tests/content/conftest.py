"""Fixtures for the ingestion tests: extra drugs the audit checks against."""

from __future__ import annotations

import pytest
import yaml
from testsupport import FIXTURES

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Entity, Fact, Source

AUDIT_DRUGS = FIXTURES / "content" / "drugs.yaml"


@pytest.fixture
def audit_drugs(db) -> list[Entity]:
    """Add the drugs of tests/fixtures/content/drugs.yaml with their indications.

    Kept out of the shared test knowledge base, whose counts other tests pin.
    """
    data = yaml.safe_load(AUDIT_DRUGS.read_text(encoding="utf-8"))
    source, _ = Source.objects.get_or_create(
        key="content-tests", defaults={"title": data["source"]}
    )
    drugs = []
    for entry in data["drugs"]:
        drug, _ = Entity.objects.get_or_create(kind=EntityKind.DRUG, name=entry["name"])
        for position, text in enumerate(entry["indications"]):
            Fact.objects.create(
                subject=drug,
                predicate=Predicate.INDICATION,
                text=text,
                source=source,
                record=f"drugs.yaml:{entry['name']}",
                position=position,
            )
        drugs.append(drug)
    return drugs
