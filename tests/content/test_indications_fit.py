"""Whether a drug's indications fit a condition: matching by table, then on the KB."""

from __future__ import annotations

import pytest

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.indications import (
    ConditionTerms,
    condition_terms,
    drug_fits,
    find_match,
    split_stated,
)
from yizhi.knowledge.models import Entity, Fact, Source


@pytest.mark.parametrize(
    ("indications", "names", "expected"),
    [
        (["骨骼肌痉挛"], {"痉挛"}, ("骨骼肌痉挛", "痉挛")),  # name inside indication
        (["肌痉挛"], {"面肌痉挛"}, ("肌痉挛", "面肌痉挛")),  # short fact inside name
        (["上呼吸道感染", "流感"], {"面肌痉挛", "眼睑跳动"}, None),
        (["本品不适用于脑膜炎的治疗"], {"脑膜炎"}, None),  # ruled-out use
        (["感染"], {"疱疹病毒感染"}, None),  # broad fact never matches backwards
    ],
)
def test_find_match_on_names(indications, names, expected) -> None:
    assert find_match(indications, ConditionTerms(frozenset(names))) == expected


@pytest.mark.parametrize(
    ("indication", "symptom", "fits"),
    [
        ("呕吐", "呕吐", True),
        ("用于缓解咳嗽、咳痰", "咳嗽", True),
        ("伴有头痛的患者", "头痛", True),
        ("囊性纤维化", "纤维化", False),  # a piece of another disease's name
        ("II型糖尿病", "糖尿病", False),
        ("地方性斑疹伤寒", "斑疹", False),
        ("上腹痛", "腹痛", False),
    ],
)
def test_a_symptom_counts_only_as_a_word_of_its_own(
    indication: str, symptom: str, fits: bool
) -> None:
    terms = ConditionTerms(frozenset({"示例病"}), frozenset({symptom}))
    assert (find_match([indication], terms) is not None) is fits


def test_split_stated_drops_ruled_out_uses() -> None:
    clauses = split_stated("用于腹腔感染；下呼吸道感染。本品不适用于脑膜炎的治疗")
    assert clauses[:2] == ["用于腹腔感染", "下呼吸道感染"]
    assert not any("脑膜炎" in clause for clause in clauses)


@pytest.mark.parametrize(
    ("drug", "fits"),
    [
        ("巴氯芬片", True),  # 面肌痉挛 lists 巴氯芬 among its drugs
        ("阿比多尔片", False),  # influenza antiviral
        ("复方片仔癀软膏", False),  # herpes ointment
    ],
)
def test_drug_fits_facial_spasm(audit_drugs, drug: str, fits: bool) -> None:
    fit = drug_fits(drug, ["面肌痉挛", "面神经炎"])
    assert fit.fits is fits
    assert fit.reason


def test_broad_cause_words_do_not_make_an_antiviral_fit(audit_drugs) -> None:
    """A broad word is evidence only when the caller names it as the condition."""
    assert drug_fits("阿比多尔片", ["面肌痉挛"]).fits is False
    assert drug_fits("阿比多尔片", ["面肌痉挛", "上呼吸道感染"]).fits is True


def test_a_spasm_symptom_does_not_make_an_antispasmodic_fit_hiccups(
    audit_drugs,
) -> None:
    """呃逆 lists 痉挛 among its symptoms; 胃肠痉挛 is another muscle's."""
    hiccups = Entity.objects.create(kind=EntityKind.DISEASE, name="呃逆")
    Fact.objects.create(
        subject=hiccups,
        predicate=Predicate.SYMPTOM,
        text="痉挛",
        source=Source.objects.get(key="content-tests"),
        record="test:呃逆",
    )
    assert "痉挛" not in condition_terms(hiccups)
    assert drug_fits("颠茄片", [hiccups]).fits is False
    assert drug_fits("颠茄片", ["胃肠痉挛"]).fits is True


def test_a_drug_not_in_the_knowledge_base_is_judged_by_the_stated_indication(
    db,
) -> None:
    stated = "广谱抗生素，用于敏感细菌引起的腹腔感染。本品不适用于脑膜炎"
    assert drug_fits("某某注射液", ["面肌痉挛"], stated).fits is False
    assert drug_fits("某某注射液", ["脑膜炎"], stated).fits is False
    assert drug_fits("某某注射液", ["腹腔感染"], stated).fits is True


def test_nothing_to_check_against_gives_no_verdict(db) -> None:
    fit = drug_fits("某某注射液", ["面肌痉挛"])
    assert fit.fits is None
    assert "无法核对" in fit.reason
