"""Every 4xx has the body {"error": {"code", "message"}} and says what to fix."""

from __future__ import annotations

import pytest

from yizhi.api.errors import describe

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/api/v1/doctors?limit=0", 422, "参数 limit：应不小于 1"),
        ("/api/v1/doctors?limit=101", 422, "参数 limit：应不大于 100"),
        ("/api/v1/doctors?offset=-1", 422, "参数 offset：应不小于 0"),
        ("/api/v1/doctors?limit=abc", 422, "参数 limit：应为整数"),
        ("/api/v1/doctors?hospital=" + "9" * 22, 422, "参数 hospital：应不大于"),
        ("/api/v1/doctors?title=院长", 422, "参数 title：应为以下之一"),
        ("/api/v1/hospitals?grade=五星", 422, "参数 grade：应为以下之一"),
        ("/api/v1/search", 422, "参数 q：缺少此参数"),
        ("/api/v1/search?q=", 422, "参数 q：至少 1 个字符"),
        ("/api/v1/search?q=" + "头" * 101, 422, "参数 q：最多 100 个字符"),
        ("/api/v1/search?q=头痛&type=planet", 422, "参数 type：应为以下之一"),
        ("/api/v1/entities/planet/面肌痉挛", 422, "参数 kind：应为以下之一"),
        ("/api/v1/entities/disease/没有这种病", 404, "没有找到疾病「没有这种病」"),
        ("/api/v1/entities/999999", 404, "没有编号为 999999 的实体"),
        ("/api/v1/no-such-thing", 404, "没有这个接口：/api/v1/no-such-thing"),
    ],
)
def test_bad_request_gets_error_body(client, path: str, status: int, message: str):
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert body["error"]["message"].startswith(message)
    assert body["error"]["code"] in {"invalid_parameter", "not_found"}
    assert body["disclaimer"]


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            {
                "loc": ("query", "paging", "limit"),
                "type": "less_than_equal",
                "ctx": {"le": 100},
            },
            {"parameter": "limit", "reason": "应不大于 100"},
        ),
        (
            {"loc": ("query", "q"), "type": "missing", "msg": "Field required"},
            {"parameter": "q", "reason": "缺少此参数"},
        ),
        (  # an unknown type keeps pydantic's own words
            {"loc": ("query", "x"), "type": "weird", "msg": "odd value"},
            {"parameter": "x", "reason": "odd value"},
        ),
        (  # a template whose context is missing falls back too
            {"loc": (), "type": "less_than", "msg": "too big"},
            {"parameter": "请求", "reason": "too big"},
        ),
    ],
)
def test_describe_names_parameter_and_reason(error, expected) -> None:
    assert describe(error) == expected


def test_docs_and_schema_are_served(client) -> None:
    assert client.get("/api/docs").status_code == 200
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/doctors" in schema["paths"]
    assert "/api/v1/entities/{kind}/{name}" in schema["paths"]
