"""/api/v1/search and /suggest pass parameters through and return the results."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_search_passes_filters_and_paging_to_the_service(client, fake_search) -> None:
    response = client.get(
        "/api/v1/search?q=眼皮跳&type=disease&type=doctor&department=神经内科"
        "&limit=5&offset=10"
    )
    assert response.status_code == 200, response.content
    assert fake_search.calls == [
        (
            "眼皮跳",
            {
                "kinds": ("disease", "doctor"),
                "department": "神经内科",
                "limit": 5,
                "offset": 10,
            },
        )
    ]
    body = response.json()
    assert body["understanding"]["intent"] == "就医建议"
    assert body["hits"][0]["reasons"] == ["名称完全匹配"]
    assert (body["total"], body["limit"], body["offset"]) == (1, 5, 10)


def test_suggest_returns_suggestions(client, fake_search) -> None:
    body = client.get("/api/v1/suggest?q=mjj&limit=3").json()
    assert body["suggestions"][0]["matched_by"] == "initials"
    assert fake_search.calls == [("mjj", {"limit": 3})]


def test_search_without_a_service_says_so(client, monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "yizhi.search.service", None)
    response = client.get("/api/v1/search?q=头痛")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "unavailable"


def test_search_carries_the_emergency_notice_of_its_query(
    client, fake_search, chest_pain_rule
) -> None:
    urgent = client.get("/api/v1/search?q=胸口疼出冷汗").json()
    assert [flag["name"] for flag in urgent["red_flags"]] == [chest_pain_rule.name]
    assert urgent["red_flags"][0]["action"] == chest_pain_rule.action
    assert client.get("/api/v1/search?q=胸口疼").json()["red_flags"] == []
