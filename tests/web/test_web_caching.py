"""Read-only pages come from the page cache until something they show changes."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.utils import timezone

from yizhi.content.datasets.qa_csv import qa_source
from yizhi.content.datasets.qa_rows import qa_row
from yizhi.content.datasets.qa_store import QAWriter
from yizhi.directory.departments import DepartmentResolver
from yizhi.directory.importers.csvfile import CsvRow
from yizhi.knowledge.models import BuildRun, Entity, Fact
from yizhi.web.caching import page_revision


@pytest.fixture
def committed(db) -> None:
    """Run what the data fixtures' writes left for their commit, as it would.

    A test runs in one transaction that never commits, and the revision moves
    once per transaction: without this, the fixtures' pending bump would stand
    for every write the test makes. List it after the data fixtures.
    """
    connection = transaction.get_connection()
    pending, connection.run_on_commit = connection.run_on_commit, []
    for _savepoints, callback, _robust in pending:
        callback()


def test_a_second_visit_costs_one_query(
    client, web_kb, django_assert_num_queries
) -> None:
    url = web_kb.disease.get_absolute_url()
    first = client.get(url)
    with django_assert_num_queries(1):  # the page revision
        second = client.get(url)
    assert second.content == first.content


def test_a_knowledge_rebuild_shows_at_once(
    client, web_kb, committed, django_capture_on_commit_callbacks
) -> None:
    url = web_kb.disease.get_absolute_url()
    client.get(url)
    # The build rewrites facts in bulk, which sends no signal; its run row does.
    Fact.objects.filter(subject=web_kb.disease, predicate="summary").update(
        text="重建后的简介"
    )
    with django_capture_on_commit_callbacks(execute=True):
        BuildRun.objects.create(started=timezone.now(), seconds=1.0)
    assert "重建后的简介" in client.get(url).content.decode()


@pytest.fixture
def qa_writer(db) -> QAWriter:
    return QAWriter(qa_source(), DepartmentResolver())


def test_imported_questions_show_at_once(
    client, qa_writer, committed, django_capture_on_commit_callbacks
) -> None:
    """The Q&A importer inserts plain tuples, which send no post_save."""
    client.get("/questions/")
    values = {
        "department": "",
        "title": "示例：导入后的问题",
        "ask": "问",
        "answer": "答",
    }
    row = qa_row(CsvRow(line=2, values=values))
    with django_capture_on_commit_callbacks(execute=True):
        qa_writer.write([(row, "test.csv#2")])
    assert "示例：导入后的问题" in client.get("/questions/").content.decode()


def test_an_editors_change_shows_at_once(
    client, portal, committed, django_capture_on_commit_callbacks
) -> None:
    url = portal.article.get_absolute_url()
    client.get(url)
    portal.article.title = "示例：改过的标题"
    with django_capture_on_commit_callbacks(execute=True):
        portal.article.save()
    assert "示例：改过的标题" in client.get(url).content.decode()


def test_a_deleted_doctor_is_gone_at_once(
    client, portal, committed, django_capture_on_commit_callbacks
) -> None:
    url = portal.resident.get_absolute_url()
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        portal.resident.delete()
    assert client.get(url).status_code == 404


def test_a_rolled_back_write_keeps_the_revision(
    web_kb, committed, django_capture_on_commit_callbacks
) -> None:
    before = page_revision()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            Entity.objects.create(kind="disease", name="示例回滚病")
            raise RuntimeError
    assert not callbacks
    assert page_revision() == before


def test_one_transaction_moves_the_revision_once(
    web_kb, committed, django_capture_on_commit_callbacks
) -> None:
    before = page_revision()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        for n in range(5):
            Entity.objects.create(kind="disease", name=f"示例批量病{n}")
    assert page_revision() == before + 1


def test_zero_seconds_turns_the_cache_off(client, web_kb, settings) -> None:
    settings.PAGE_CACHE_SECONDS = 0
    url = web_kb.disease.get_absolute_url()
    client.get(url)
    Fact.objects.filter(subject=web_kb.disease, predicate="summary").update(
        text="改过的简介"
    )
    assert "改过的简介" in client.get(url).content.decode()


def test_not_found_pages_are_not_kept(client, web_kb) -> None:
    url = "/disease/尚未收录的病/"
    assert client.get(url).status_code == 404
    Entity.objects.create(kind="disease", name="尚未收录的病")
    assert client.get(url).status_code == 200
