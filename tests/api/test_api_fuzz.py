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
from hypothesis import HealthCheck, settings

from yizhi.wsgi import application

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)

# 12 operations x 30 examples keeps the run near 20 s on this machine.
EXAMPLES = 30


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
