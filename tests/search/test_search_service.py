"""What `search()` returns for lay, traditional, pinyin and mistyped queries."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from yizhi.knowledge.choices import AliasKind
from yizhi.knowledge.models import Alias, Entity, Source
from yizhi.search.index.build import reindex
from yizhi.search.results import SearchResponse
from yizhi.search.service import search


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory, django_db_setup, django_db_blocker):
    path = tmp_path_factory.mktemp("search") / "index"
    with django_db_blocker.unblock():
        reindex(path=path)
    return path


@pytest.fixture(autouse=True)
def _point_at_fixture_index(settings, fixture_index):
    settings.SEARCH_INDEX_DIR = fixture_index


@pytest.mark.parametrize(
    "query",
    [
        "面肌痉挛",  # the name
        "面肌痙攣",  # traditional characters
        "mianjijingluan",  # pinyin
        "mjjl",  # pinyin initials
        "面肌痉孪",  # one wrong character
        "半面痉挛",  # an alias
    ],
)
def test_every_form_of_a_disease_name_finds_it_first(query: str) -> None:
    hit = search(query).hits[0]
    assert (hit.kind, hit.title) == ("disease", "面肌痉挛")
    assert hit.reasons


def test_lay_term_finds_the_symptom_it_means() -> None:
    response = search("肉跳")
    assert response.hits[0].title == "肌束颤动"
    assert "肉跳" in response.hits[0].reasons[0]


def test_cause_question_about_a_lay_symptom_puts_its_causes_first() -> None:
    response = search("肉跳是什么原因")
    assert response.hits[0].title == "肌束颤动"
    linked = {entity.name for entity in response.understanding.entities}
    assert {"焦虑症", "低钙血症", "疲劳", "咖啡因"} <= linked
    cause_hits = [hit.title for hit in response.hits[1:6]]
    assert "焦虑症" in cause_hits and "低钙血症" in cause_hits


@pytest.mark.django_db
def test_whole_body_twitching_question_links_its_causes(tmp_path, settings) -> None:
    symptom = Entity.objects.get(kind="symptom", name="肌束颤动")
    Alias.objects.create(
        entity=symptom,
        name="全身神经跳动",
        kind=AliasKind.LAY,
        source=Source.objects.first(),
    )
    settings.SEARCH_INDEX_DIR = tmp_path / "index"
    reindex()
    response = search("全身神经跳动什么原因")
    assert response.hits[0].title == "肌束颤动"
    assert response.understanding.intent in {"病因分析", "病情诊断"}
    causes = {e.name for e in response.understanding.entities if e.relation}
    assert {"焦虑症", "低钙血症", "疲劳", "咖啡因"} <= causes


def test_kind_filter_keeps_only_that_kind() -> None:
    hits = search("痉挛", kinds=["symptom"]).hits
    assert hits and {hit.kind for hit in hits} == {"symptom"}


def test_department_filter_keeps_only_that_department() -> None:
    hits = search("痉挛", department="神经内科").hits
    assert hits and {hit.department for hit in hits} == {"神经内科"}


def test_unknown_kind_is_named_in_the_error() -> None:
    assert "foo" in search("头痛", kinds=["foo"]).error


def test_understanding_names_intent_and_linked_entity_with_url() -> None:
    understanding = search("面肌痉挛怎么治疗").understanding
    assert understanding.intent == "治疗方案"
    entity = understanding.entities[0]
    assert (entity.name, entity.kind) == ("面肌痉挛", "disease")
    assert entity.url.startswith("/disease/")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "痉" * 10_000,
        "😀🤒💊",
        "\x00\x07\x1b[31m",
        "'; DROP TABLE knowledge_entity; --",
        "<script>alert('x')</script>",
        'title:"面肌" AND kind:*',
    ],
)
def test_bad_input_gives_a_clean_answer(query: str) -> None:
    response = search(query)
    assert isinstance(response, SearchResponse)
    assert response.error or isinstance(response.hits, tuple)


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.text(max_size=300))
def test_any_text_gives_a_response_never_an_exception(query: str) -> None:
    response = search(query)
    assert isinstance(response, SearchResponse)
    assert len(response.hits) <= 20
