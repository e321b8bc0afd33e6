"""Importing QASystemOnMedicalKG disease records as a knowledge source."""

from __future__ import annotations

import pytest
from testsupport import FIXTURES

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.importers.base import ImportFailed
from yizhi.knowledge.importers.drafts import EntityDraft, Rejection
from yizhi.knowledge.importers.qasystem import QASystemImporter, products_by_drug
from yizhi.knowledge.models import Entity, Fact, Source

RECORDS = FIXTURES / "datasets" / "qasystem.jsonl"


@pytest.fixture(scope="module")
def importer() -> QASystemImporter:
    return QASystemImporter(path=RECORDS)


@pytest.fixture(scope="module")
def outcomes(importer) -> list[EntityDraft | Rejection]:
    return [importer.normalise(record) for record in importer.read()]


def facts(draft: EntityDraft, predicate: str) -> list[str]:
    return [fact.text for fact in draft.facts if fact.predicate == predicate]


@pytest.mark.parametrize(
    ("details", "expected"),
    [
        (["示例药业巴氯芬片(巴氯芬片)"], {"巴氯芬片": ["示例药业巴氯芬片"]}),
        (["甲厂X片（X片）", "乙厂X片(X片)"], {"X片": ["甲厂X片", "乙厂X片"]}),
        (["没有括号的条目"], {}),
    ],
)
def test_products_by_drug(details: list[str], expected: dict) -> None:
    assert products_by_drug(details) == expected


def test_read_skips_blank_lines_and_numbers_the_rest(importer) -> None:
    assert [number for number, _ in importer.read()] == [1, 2, 3, 4, 5]


def test_bad_lines_are_rejected_with_line_and_reason(outcomes) -> None:
    rejections = [o for o in outcomes if isinstance(o, Rejection)]
    assert [(r.record, r.reason.split("（")[0]) for r in rejections] == [
        ("qasystem.jsonl:4", "不是有效的 JSON"),
        ("qasystem.jsonl:5", "缺少疾病名称"),
    ]


def test_record_maps_lists_onto_predicates(outcomes) -> None:
    spasm = outcomes[0]
    assert spasm.name == "面肌痉挛" and spasm.record == "QASystemOnMedicalKG:面肌痉挛"
    assert facts(spasm, Predicate.SYMPTOM) == ["面部肌肉抽动", "眼睑跳动"]
    assert facts(spasm, Predicate.EXAM) == ["肌电图", "头颅磁共振"]
    assert facts(spasm, Predicate.COMPLICATION) == ["面神经炎"]
    assert facts(spasm, Predicate.DRUG) == ["卡马西平片", "巴氯芬片", "巴氯芬片"]
    assert facts(spasm, Predicate.CAUSE) == [
        "示例病因：面神经在脑干出口处受到血管压迫"  # trimmed of its final 。
    ]


def test_departments_keep_the_most_specific_node(outcomes) -> None:
    spasm, migraine, eczema = outcomes[:3]
    (department,) = [f for f in spasm.facts if f.predicate == Predicate.DEPARTMENT]
    assert department.departments == ("神经内科",)
    # No cure_department: the category breadcrumb stands in.
    (fallback,) = [f for f in migraine.facts if f.predicate == Predicate.DEPARTMENT]
    assert (fallback.departments, fallback.reference) == (("神经内科",), "category")
    (two,) = [f for f in eczema.facts if f.predicate == Predicate.DEPARTMENT]
    assert two.departments == ("儿科", "皮肤科")


def test_single_values_ride_on_the_summary(outcomes) -> None:
    (summary,) = [f for f in outcomes[0].facts if f.predicate == Predicate.SUMMARY]
    assert summary.detail["预防"] == "示例预防：规律作息，减少精神紧张"
    assert summary.detail["医保疾病"] == "是"
    assert summary.detail["饮食"] == {"宜吃": ["鸡蛋"], "忌吃": ["浓茶"]}


def test_drug_facts_carry_their_products(outcomes) -> None:
    drugs = [f for f in outcomes[0].facts if f.predicate == Predicate.DRUG]
    assert drugs[1].detail == {"list": "常用药品", "products": ["示例制药巴氯芬片"]}
    assert drugs[2].detail["list"] == "推荐药品"


def test_a_path_is_required() -> None:
    with pytest.raises(ImportFailed, match="需要数据文件路径"):
        QASystemImporter()


@pytest.mark.django_db
def test_run_stores_its_own_source_and_links_to_known_entities() -> None:
    report = QASystemImporter(path=RECORDS).run()
    assert (report.records, len(report.rejections)) == (5, 2)
    source = Source.objects.get(key="qasystem")
    overlay, cmekg_priority = Source.objects.get(key="overlay").priority, 10
    assert cmekg_priority < source.priority < overlay
    assert source.licence == "MIT"
    spasm = Entity.objects.get(kind="disease", name="面肌痉挛")  # the overlay's entity
    assert Fact.objects.filter(subject=spasm, source=source).exists()
    exam = Fact.objects.get(subject=spasm, source=source, text="肌电图")
    assert exam.target.kind == "exam"
    assert Entity.objects.filter(kind="disease", name="示例偏头痛").exists()


@pytest.mark.django_db
def test_running_twice_gives_identical_counts() -> None:
    first = QASystemImporter(path=RECORDS).run()
    second = QASystemImporter(path=RECORDS).run()
    assert (second.facts, second.entities_created) == (first.facts, 0)
