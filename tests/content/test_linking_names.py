"""Name variants, title subjects, factors and drug stems, by table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yizhi.content.linking.names import (
    drug_stem,
    is_factor,
    is_product_of,
    name_variants,
    subject_candidates,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("生理性因素", True),
        ("遗传因素", True),
        ("心理因素和精神压力", True),  # every joined part is a factor
        ("肌肉疲劳与血液循环", True),
        ("药物副作用", True),
        ("外伤", True),
        ("环境温度因素", True),  # any …因素
        ("焦虑症", False),
        ("疲劳和低钙血症", False),  # one part is a disease
        ("神经压迫", False),
        ("", False),
    ],
)
def test_is_factor(name: str, expected: bool) -> None:
    assert is_factor(name) is expected


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("引起面部肌肉痉挛的原因", "面部肌肉痉挛"),
        ("全身神经跳动什么原因", "全身神经跳动"),
        ("面肌痉挛是怎样引起的", "面肌痉挛"),
        ("为什么会失眠", "失眠"),
        ("眼皮一直跳是怎么回事？", "眼皮一直跳"),
        ("总是口干的原因有哪些", "口干"),
        ("腿抽筋", "腿抽筋"),  # no pattern: the title itself
    ],
)
def test_subject_candidates_put_the_complaint_first(title: str, first: str) -> None:
    assert subject_candidates(title)[0] == first


@pytest.mark.parametrize(
    ("name", "variant"),
    [
        ("面部肌肉痉挛", "面肌痉挛"),
        ("肌电图检查", "肌电图"),
        ("颈椎病等", "颈椎病"),
        ("焦虑症", "焦虑症"),
    ],
)
def test_name_variants_include_the_knowledge_base_spelling(
    name: str, variant: str
) -> None:
    assert variant in name_variants(name)


@given(st.text(min_size=2, max_size=12))
def test_name_variants_never_repeat_a_spelling(
    name: str,
) -> None:
    variants = name_variants(name)
    assert len(variants) == len(set(variants))


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("头孢克肟分散片", "头孢克肟"),
        ("布洛芬缓释胶囊", "布洛芬"),
        ("注射用亚胺培南西司他丁钠", "亚胺培南西司他丁钠"),
        ("甲钴胺", "甲钴胺"),
        ("维生素B1", "维生素B1"),
    ],
)
def test_drug_stem(name: str, stem: str) -> None:
    assert drug_stem(name) == stem


@pytest.mark.parametrize(
    ("product", "stem", "expected"),
    [
        ("布洛芬片", "布洛芬", True),
        ("布洛芬缓释胶囊", "布洛芬", True),
        ("注射用头孢曲松钠", "头孢曲松钠", False),  # no dosage form after the stem
        ("维生素B12片", "维生素B1", False),  # another vitamin, not a form of B1
        ("复方布洛芬片", "布洛芬", False),
    ],
)
def test_is_product_of(product: str, stem: str, expected: bool) -> None:
    assert is_product_of(product, stem) is expected
