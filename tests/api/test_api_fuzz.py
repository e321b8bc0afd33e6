"""Fuzz every endpoint from its OpenAPI schema: no 5xx, bad input gets a 4xx body.

schemathesis calls the WSGI application in-process, in the test's thread, so
the requests see the rows the `rows` fixture writes inside the test transaction.
Positive cases check the responses against the documented schemas; negative
cases (wrong types, out-of-range numbers, unknown enum values) must be refused
with a 4xx that carries the API's error body.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from yizhi.wsgi import application

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)

# 12 operations x 30 examples keeps the run near 20 s on this machine.
EXAMPLES = 30


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Stop the WSGI handler closing the database connection after each request.

    Closing it would end the test's transaction (PostgreSQL then refuses the
    next query); Django's own test client disconnects the handler the same way.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_answers_every_generated_request(case, rows, fake_search) -> None:
    response = case.call_and_validate()
    if 400 <= response.status_code < 500:
        error = response.json()["error"]
        assert error["code"] and error["message"]


@pytest.fixture(scope="module")
def search_index(tmp_path_factory, django_db_setup, django_db_blocker):
    """Index the fixture knowledge base once for the real-service fuzz run."""
    from yizhi.search.index.build import reindex

    path = tmp_path_factory.mktemp("api-search") / "index"
    with django_db_blocker.unblock():
        reindex(path=path)
    return path


@schema.include(path_regex="/(search|suggest)$").parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_search_endpoints_survive_any_query_with_the_real_index(
    case, settings, search_index
) -> None:
    settings.SEARCH_INDEX_DIR = search_index
    case.call_and_validate()
