"""Imaging agents and vaccines are told from the drugs that treat."""

from __future__ import annotations

import pytest

from yizhi.knowledge.agents import DIAGNOSTIC, VACCINE, non_treatments
from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.indications import drug_fits
from yizhi.knowledge.models import Entity, Fact, Source

pytestmark = pytest.mark.django_db


def _drug(name: str, category: str = "") -> Entity:
    drug = Entity.objects.create(kind=EntityKind.DRUG, name=name)
    if category:
        source, _ = Source.objects.get_or_create(key="agents-test", title="示例")
        Fact.objects.create(
            subject=drug,
            predicate=Predicate.CATEGORY,
            text=category,
            source=source,
            record=f"test:{name}",
        )
    return drug


def test_imaging_agents_and_vaccines_are_named_as_such() -> None:
    drugs = {
        "锝[99mTc]示例注射液": "",
        "示例造影注射液": "磁共振成像造影剂",
        "示例减毒活疫苗": "",
        "示例多糖注射液": "炭疽疫苗",
        "氯化锶[89Sr]示例注射液": "抗肿瘤药",  # treats bone pain
        "牛痘疫苗接种家兔炎症皮肤提取物示例片": "其它镇痛解热药",  # an analgesic
    }
    found = non_treatments([_drug(name, category) for name, category in drugs.items()])
    named = {Entity.objects.get(pk=pk).name: kind for pk, kind in found.items()}
    assert named == {
        "锝[99mTc]示例注射液": DIAGNOSTIC,
        "示例造影注射液": DIAGNOSTIC,
        "示例减毒活疫苗": VACCINE,
        "示例多糖注射液": VACCINE,
    }


def test_a_vaccine_fits_no_condition_its_indications_name() -> None:
    vaccine = _drug("示例水痘减毒活疫苗")
    fit = drug_fits(vaccine, ["带状疱疹"], stated_indication="带状疱疹")
    assert fit.fits is False
    assert "疫苗" in fit.reason
