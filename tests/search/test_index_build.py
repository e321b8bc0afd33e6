"""Building the index from the fixture knowledge base, and keeping it current."""

from __future__ import annotations

import pytest

from yizhi.knowledge.models import Source
from yizhi.search.index.build import reindex
from yizhi.search.index.store import live_index
from yizhi.search.service import search


@pytest.fixture
def index_path(tmp_path, settings):
    settings.SEARCH_INDEX_DIR = tmp_path / "index"
    return settings.SEARCH_INDEX_DIR


@pytest.mark.django_db
def test_reindex_writes_every_fixture_entity_kind(index_path) -> None:
    report = reindex()
    assert {"disease", "symptom", "drug", "department"} <= set(report.counts)
    assert report.total == live_index().searcher().num_docs


@pytest.mark.django_db
def test_reindex_twice_swaps_in_the_new_index(index_path) -> None:
    first = reindex()
    second = reindex()
    assert first.total == second.total
    assert not index_path.with_name("index.building").exists()
    assert not index_path.with_name("index.old").exists()


def test_search_before_reindex_says_how_to_build(index_path) -> None:
    response = search("面肌痉挛")
    assert response.hits == ()
    assert "yizhi search reindex" in response.error


@pytest.mark.django_db
def test_saved_question_is_searchable_and_deleted_one_is_gone(
    index_path, django_capture_on_commit_callbacks
) -> None:
    from yizhi.content.models import Question

    reindex()
    with django_capture_on_commit_callbacks(execute=True):
        question = Question.objects.create(
            title="夜里小腿抽筋怎么缓解",
            body="最近每晚都抽筋",
            source=Source.objects.first(),
            record="test",
            content_hash="test-question-1",
        )
    hits = search("小腿抽筋怎么缓解", kinds=["question"]).hits
    assert [hit.key for hit in hits] == [str(question.pk)]
    with django_capture_on_commit_callbacks(execute=True):
        question.delete()
    assert search("小腿抽筋怎么缓解", kinds=["question"]).hits == ()


@pytest.mark.django_db
def test_paused_updates_leave_the_index_alone(
    index_path, django_capture_on_commit_callbacks
) -> None:
    from yizhi.content.models import Question
    from yizhi.search.index.updates import updates_paused

    reindex()
    with django_capture_on_commit_callbacks(execute=True), updates_paused():
        Question.objects.create(
            title="眼皮跳了三天",
            source=Source.objects.first(),
            record="test",
            content_hash="test-question-2",
        )
    assert search("眼皮跳了三天", kinds=["question"]).hits == ()
