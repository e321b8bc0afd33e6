"""List and detail endpoints run a fixed number of queries, whatever the page size."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/api/v1/doctors", 2),  # count, page
        ("/api/v1/doctors?department=内科&city=北京", 3),  # + the department
        ("/api/v1/hospitals", 3),  # count, page, departments
        ("/api/v1/articles", 2),
        ("/api/v1/questions", 2),
        ("/api/v1/entities/disease/面肌痉挛", 6),  # + all red-flag rules
    ],
)
def test_query_count(client, rows, django_assert_num_queries, path, queries) -> None:
    with django_assert_num_queries(queries):
        assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    ("resource", "queries"),
    # a question: the question with its answers (2), the red-flag rules (1)
    [("doctors", 3), ("hospitals", 2), ("articles", 7), ("questions", 3)],
)
def test_detail_query_count(
    client, rows, django_assert_num_queries, resource, queries
) -> None:
    ids = {
        "doctors": rows.chief.pk,
        "hospitals": rows.capital.pk,
        "articles": rows.article.pk,
        "questions": rows.question.pk,
    }
    with django_assert_num_queries(queries):
        assert client.get(f"/api/v1/{resource}/{ids[resource]}").status_code == 200
