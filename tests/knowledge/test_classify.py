"""Classifying CMeKG subjects as disease, drug, herb or other by their predicates."""

from __future__ import annotations

import importlib.util
import pickle
from collections import Counter
from pathlib import Path

import pytest

from yizhi.knowledge.classify import SubjectKind, classify_subject

DISEASE = SubjectKind.DISEASE
DRUG = SubjectKind.DRUG
HERB = SubjectKind.HERB
OTHER = SubjectKind.OTHER

# Records in CMeKG's shapes, written for these tests (values are placeholders:
# only which predicates are present matters).
V = ["x"]


@pytest.mark.parametrize(
    ("name", "record", "expected"),
    [
        # diseases
        ("偏头痛", {"就诊科室": V, "常见症状": V, "常见病因": V}, DISEASE),
        ("某综合征", {"ICD10": V, "上位关系": V, "英文名称": V}, DISEASE),
        ("某病", {"并发症": V}, DISEASE),
        ("某路径病", {"诊断依据_症状": V, "出院标准": V}, DISEASE),  # pathway
        ("光照治疗病", {"就诊科室": V, "常见病因": V, "不良反应": V}, DISEASE),
        ("慢脾风", {"出处": V, "别称": V, "常见症状": V}, DISEASE),  # TCM disease
        # drugs, western and 中成药
        ("布洛芬片", {"成份": V, "适应症": V, "OTC类型": V}, DRUG),
        ("某胶囊", {"功能主治": V, "用法用量": V, "规格": V}, DRUG),
        ("某注射液", {"不良反应": V, "药品类型": V}, DRUG),
        ("某品牌", {"成份": V, "适应症": V, "通用名": V}, DRUG),
        ("人工牛黄", {"OTC类型": V, "性味": V, "成份": V}, DRUG),  # product wins
        ("某散剂", {"OTC类型": V, "就诊科室": V, "常见症状": V, "成份": V}, DRUG),
        ("某缓释片", {"不良反应": V, "性状": V, "贮藏": V}, DRUG),
        # herbs and other medicinal materials
        ("老鹳草", {"界": V, "门": V, "主治": V, "用法用量": V}, HERB),
        ("羊血", {"入药部位": V, "主治": V, "功效": V}, HERB),
        ("朱砂", {"晶系": V, "条痕": V, "性味": V}, HERB),  # a mineral
        ("某草", {"性味": V, "分布区域": V, "主治": V}, HERB),
        ("某中药", {"界": V, "成份": V, "适应症": V}, HERB),  # not a drug
        # other: exams, formulae, procedures, empty records
        ("血常规", {"所属分类": V, "相关疾病": V, "相关症状": V}, OTHER),
        ("脑电图检查", {"所属分类": V, "就诊科室": V, "相关疾病": V}, OTHER),
        ("滑液检查", {"相关疾病": V, "相关症状": V}, OTHER),
        ("某试验", {"相关疾病": V}, OTHER),
        ("小柴胡汤", {"主治": V, "出处": V, "分类": V, "功用": V}, OTHER),
        ("某饮", {"主治": V, "组成": V}, OTHER),
        ("气管内插管术", {"就诊科室": V, "并发症": V}, OTHER),
        ("某记录", {"服药方法": V}, OTHER),
        ("空记录", {}, OTHER),
        ("空值", {"就诊科室": [], "成份": []}, OTHER),  # empty lists are absent
    ],
)
def test_classify_subject(name: str, record: dict, expected: SubjectKind) -> None:
    assert classify_subject(name, record) == expected


def test_subject_kind_is_a_string() -> None:
    assert SubjectKind.DRUG == "drug"
    assert {SubjectKind.HERB: 1}["herb"] == 1


@pytest.fixture(scope="module")
def cmekg_counts() -> Counter[SubjectKind]:
    spec = importlib.util.find_spec("pyCMeKG")
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "model" / "cmekg.pkl"
    with path.open("rb") as handle:
        graph = pickle.load(handle)  # noqa: S301 - data file of a pinned package
    return Counter(classify_subject(name, record) for name, record in graph.items())


def test_real_graph_counts(cmekg_counts: Counter[SubjectKind]) -> None:
    """The installed CMeKG gives ≥6,000 diseases and ≥15,000 drugs (中成药 included)."""
    assert cmekg_counts[DISEASE] >= 6_000
    assert cmekg_counts[DRUG] >= 15_000
    assert 2_200 <= cmekg_counts[HERB] <= 2_600
    assert cmekg_counts[OTHER] <= 2_000
