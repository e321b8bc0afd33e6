"""/api/v1/doctors and /api/v1/hospitals: filters, paging, demo marks."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return sorted(item["name"] for item in response.json()["items"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["示例丙", "示例乙", "示例甲"]),
        ("department=神经内科", ["示例甲"]),
        ("department=内科", ["示例丙", "示例乙", "示例甲"]),  # the subtree
        ("department=没有的科", []),
        ("title=主治医师", ["示例乙"]),
        ("city=上海", ["示例丙"]),
        ("specialty=面肌痉挛", ["示例甲"]),
        ("specialty=头痛", ["示例甲"]),  # 擅长 text without a KB link
        ("city=北京&department=内分泌科", ["示例乙"]),
    ],
)
def test_doctor_filters(client, rows, query: str, expected: list[str]) -> None:
    assert names(client.get(f"/api/v1/doctors?{query}")) == expected


def test_doctor_filter_by_hospital_id(client, rows) -> None:
    response = client.get(f"/api/v1/doctors?hospital={rows.coast.pk}")
    assert names(response) == ["示例丙"]


def test_doctor_list_pages_with_total(client, rows) -> None:
    body = client.get("/api/v1/doctors?limit=2&offset=2").json()
    assert (body["total"], body["limit"], body["offset"]) == (3, 2, 2)
    assert len(body["items"]) == 1


def test_doctor_profile_lists_specialties_answers_and_demo_mark(client, rows) -> None:
    body = client.get(f"/api/v1/doctors/{rows.chief.pk}").json()
    assert body["title"] == "主任医师"
    assert body["hospital"]["name"] == "示例北城医院"
    assert [e["name"] for e in body["specialties"]] == ["面肌痉挛"]
    assert body["answer_count"] == 1
    assert body["answers"][0]["question_id"] == rows.question.pk
    assert body["is_demo"] is False
    demo = client.get(f"/api/v1/doctors/{rows.demo.pk}").json()
    assert demo["is_demo"] is True
    assert demo["hospital"]["is_demo"] is True


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["示例东岸医院", "示例北城医院"]),
        ("city=北京", ["示例北城医院"]),
        ("grade=三甲", ["示例北城医院"]),
        ("department=内分泌科", ["示例东岸医院", "示例北城医院"]),
        ("department=神经内科", ["示例北城医院"]),
    ],
)
def test_hospital_filters(client, rows, query: str, expected: list[str]) -> None:
    assert names(client.get(f"/api/v1/hospitals?{query}")) == expected


def test_hospital_profile_counts_doctors(client, rows) -> None:
    body = client.get(f"/api/v1/hospitals/{rows.capital.pk}").json()
    assert body["doctor_count"] == 2
    assert body["departments"] == ["神经内科", "内分泌科"]
    assert body["source"]["key"] == "api-test"


def test_missing_doctor_is_a_404_with_message(client, db) -> None:
    response = client.get("/api/v1/doctors/999999")
    assert response.status_code == 404
    assert response.json()["error"] == {
        "code": "not_found",
        "message": "没有编号为 999999 的医生",
    }
