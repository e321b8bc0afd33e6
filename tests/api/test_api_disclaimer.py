"""Every endpoint's success body carries the disclaimer: a meta-test over the schema."""

from __future__ import annotations

import pytest

from yizhi.api.envelope import DISCLAIMER
from yizhi.api.site import api

pytestmark = pytest.mark.django_db


def operations() -> list[str]:
    schema = api.get_openapi_schema(path_params={})
    return sorted(schema["paths"])


def concrete(path: str, rows) -> str:
    """Fill a schema path's parameters with rows that exist."""
    ids = {
        "doctors": rows.chief.pk,
        "hospitals": rows.capital.pk,
        "articles": rows.article.pk,
        "questions": rows.question.pk,
        "entities": rows.disease.pk,
    }
    resource = path.split("/")[3]
    return (
        path.replace("{kind}", "disease")
        .replace("{name}", "面肌痉挛")
        .replace(f"{{{resource[:-1]}_id}}", str(ids.get(resource, 0)))
        .replace("{entity_id}", str(rows.disease.pk))
    )


def test_every_endpoint_is_listed() -> None:
    assert len(operations()) == 12


@pytest.mark.parametrize("path", operations())
def test_every_endpoint_carries_the_disclaimer(client, rows, fake_search, path) -> None:
    response = client.get(concrete(path, rows) + "?q=头痛")
    assert response.status_code == 200, (path, response.content)
    assert response.json()["disclaimer"] == DISCLAIMER
