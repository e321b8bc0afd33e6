"""/api/v1/articles, /questions and /entities."""

from __future__ import annotations

import pytest

from yizhi.knowledge.models import Entity

pytestmark = pytest.mark.django_db


def test_article_list_leaves_out_rejected_articles(client, rows) -> None:
    body = client.get("/api/v1/articles").json()
    assert [item["id"] for item in body["items"]] == [rows.article.pk]
    assert body["items"][0]["status_label"] == "已导入，待审核"
    assert client.get(f"/api/v1/articles/{rows.rejected.pk}").status_code == 404


def test_article_withholds_a_drug_the_audit_found_unfit(client, rows) -> None:
    body = client.get(f"/api/v1/articles/{rows.article.pk}").json()
    assert body["causes"][0]["entity"]["name"] == "面肌痉挛"
    assert [d["name"] for d in body["causes"][0]["drugs"]] == ["巴氯芬片"]
    assert body["drugs"] == []
    assert body["withheld_drugs"] == 1


@pytest.mark.parametrize(
    ("query", "count"),
    [("subject=面肌痉挛", 1), ("subject=焦虑症", 0), ("department=内科", 1)],
)
def test_article_filters(client, rows, query: str, count: int) -> None:
    assert client.get(f"/api/v1/articles?{query}").json()["total"] == count


def test_question_shows_answers_with_their_doctor(client, rows) -> None:
    listed = client.get("/api/v1/questions?department=神经内科").json()
    assert listed["items"][0]["answer_count"] == 1
    body = client.get(f"/api/v1/questions/{rows.question.pk}").json()
    assert body["answers"][0]["doctor_id"] == rows.chief.pk
    assert body["answers"][0]["doctor_is_demo"] is False


def test_question_carries_the_emergency_notice_its_text_calls_for(
    client, rows, chest_pain_rule
) -> None:
    calm = client.get(f"/api/v1/questions/{rows.question.pk}").json()
    assert calm["red_flags"] == []
    rows.question.body = "示例：昨晚胸口疼，还一直出冷汗。"
    rows.question.save()
    urgent = client.get(f"/api/v1/questions/{rows.question.pk}").json()
    assert [flag["name"] for flag in urgent["red_flags"]] == [chest_pain_rule.name]


def test_entity_carries_the_red_flags_its_page_warns_about(
    client, db, chest_pain_rule
) -> None:
    """A symptom that is a term of a rule warns, as its page does."""
    sweat = Entity.objects.create(kind="symptom", name="出冷汗")
    body = client.get(f"/api/v1/entities/{sweat.pk}").json()
    assert [flag["name"] for flag in body["red_flags"]] == [chest_pain_rule.name]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/entities/disease/面肌痉挛",
        "/api/v1/entities/disease/偏侧面肌痉挛",  # an alias gives the same profile
    ],
)
def test_entity_by_name_carries_facts_with_their_source(client, db, path) -> None:
    body = client.get(path).json()
    assert body["name"] == "面肌痉挛"
    assert body["department"] == "神经内科"
    department_facts = body["facts"]["department"]
    assert all(fact["source"] and fact["record"] for fact in department_facts)
    assert body["provenance"]


def test_entity_by_id_matches_entity_by_name(client, rows) -> None:
    by_id = client.get(f"/api/v1/entities/{rows.disease.pk}").json()
    assert by_id == client.get("/api/v1/entities/disease/面肌痉挛").json()


def test_entity_names_may_hold_a_slash(client, db) -> None:
    from yizhi.knowledge.models import Entity

    Entity.objects.create(kind="drug", name="示例甲/乙复方片")
    body = client.get("/api/v1/entities/drug/示例甲/乙复方片").json()
    assert body["name"] == "示例甲/乙复方片"
