"""Importing doctor–patient Q&A from CSV (the medical dialogue dataset's shape)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from testsupport import FIXTURES

from yizhi.content.datasets.qa_csv import QACsvImporter
from yizhi.content.datasets.qa_rows import content_hash, normalise_for_hash, qa_row
from yizhi.content.models import Question
from yizhi.directory.importers.csvfile import CsvRow

DATASETS = FIXTURES / "datasets"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("眼皮跳", "跳了一周"), ("眼皮跳。", "跳了 一周")),  # trailing mark, space
        (("ＣＴ结果", "看不懂"), ("CT结果", "看不懂")),  # full-width letters
    ],
)
def test_copies_of_one_question_share_a_fingerprint(one, other) -> None:
    assert content_hash(*one) == content_hash(*other)


def test_title_and_description_are_kept_apart_in_the_fingerprint() -> None:
    assert content_hash("眼皮跳", "一周") != content_hash("眼皮跳一周", "")


@given(st.text())
def test_normalise_for_hash_is_idempotent(text: str) -> None:
    assert normalise_for_hash(normalise_for_hash(text)) == normalise_for_hash(text)


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"department": "神经科", "title": "", "ask": "", "answer": "答"}, "都为空"),
        (
            {"department": "神经科", "title": "问", "ask": "述", "answer": ""},
            "回答为空",
        ),
        (
            {"department": "神经科", "title": "问" * 301, "ask": "", "answer": "答"},
            "300",
        ),
    ],
)
def test_bad_rows_say_why(values: dict, reason: str) -> None:
    refused = qa_row(CsvRow(line=3, values=values))
    assert isinstance(refused, str)
    assert reason in refused


def test_a_row_without_title_takes_the_start_of_its_description() -> None:
    row = qa_row(CsvRow(line=2, values={"title": "", "ask": "述" * 60, "answer": "答"}))
    assert row.title == "述" * 40


@pytest.mark.django_db
def test_import_dedupes_merges_answers_and_maps_departments() -> None:
    report = QACsvImporter(paths=[DATASETS / "qa_utf8.csv"]).run()
    # Rows 5 and 6 repeat row 2's question: 5 adds an answer, 6 repeats one.
    assert (report.created, report.updated, report.unchanged) == (4, 1, 1)
    question = Question.objects.get(title="眼皮一直跳怎么办")
    assert question.answers.count() == 2
    assert (question.department.name, question.department_name) == (
        "神经内科",
        "神经科",
    )
    unknown = Question.objects.get(title="手心出汗多")
    assert unknown.department is None and unknown.department_name == "某某科"
    assert question.record.endswith("qa_utf8.csv#2")
    assert question.created.year >= 2024  # raw inserts still store a usable time


@pytest.mark.django_db
def test_reimport_reports_everything_unchanged() -> None:
    QACsvImporter(paths=[DATASETS / "qa_utf8.csv"]).run()
    again = QACsvImporter(paths=[DATASETS / "qa_utf8.csv"]).run()
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)


@pytest.mark.django_db
def test_gb18030_and_bom_files_import_like_utf8() -> None:
    report = QACsvImporter(
        paths=[DATASETS / "qa_gb18030.csv", DATASETS / "qa_bom.csv"], source="示例集"
    ).run()
    assert (report.created, len(report.failures)) == (4, 0)
    question = Question.objects.get(title="月经推迟十天")
    assert question.department.name == "妇科"
    assert question.record == "示例集#3"


@pytest.mark.django_db
def test_bad_rows_and_files_are_reported_and_the_batch_goes_on() -> None:
    report = QACsvImporter(
        paths=[DATASETS / "qa_wrong_header.csv", DATASETS / "qa_bad.csv"]
    ).run()
    assert report.created == 1  # the 皮肤科 row
    reasons = {f.record.rsplit("/", 1)[-1]: f.reason for f in report.failures}
    assert "缺少列" in reasons["qa_wrong_header.csv"]
    assert "都为空" in reasons["qa_bad.csv:2"]
    assert "回答为空" in reasons["qa_bad.csv:3"]
    assert "列数多于表头" in reasons["qa_bad.csv:4"]


@pytest.mark.django_db
def test_dry_run_stores_nothing() -> None:
    report = QACsvImporter(paths=[DATASETS / "qa_utf8.csv"]).run(dry_run=True)
    assert report.created == 4
    assert not Question.objects.exists()
