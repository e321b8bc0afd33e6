"""One error body for every 4xx: {"error": {"code": ..., "message": ...}}.

django-ninja answers validation errors with {"detail": [...]} and 404s with
{"detail": "Not Found"}; clients would have to handle two shapes and read
English. These handlers replace ninja's so every failure reads the same way
and says in Chinese what to change.
"""

from __future__ import annotations

import logging
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError, ValidationError

from yizhi.api.envelope import DISCLAIMER

logger = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    422: "invalid_parameter",
    503: "unavailable",
}

# Pydantic error types, in the words a reader of the message needs.
_REASONS = {
    "missing": "缺少此参数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "greater_than_equal": "应不小于 {ge}",
    "less_than_equal": "应不大于 {le}",
    "greater_than": "应大于 {gt}",
    "less_than": "应小于 {lt}",
    "string_too_short": "至少 {min_length} 个字符",
    "string_too_long": "最多 {max_length} 个字符",
    "enum": "应为以下之一：{expected}",
    "literal_error": "应为以下之一：{expected}",
    "string_type": "应为文本",
    "bool_parsing": "应为 true 或 false",
}


# ninja prefixes each location with where the value came from and, for a
# Query[Schema] argument, the argument's name; the reader only knows the key.
_WRAPPERS = {"query", "path", "body", "filters", "paging", "params"}


class ErrorDetail(Schema):
    code: str
    message: str
    fields: list[dict[str, str]] = []


class ErrorOut(Schema):
    error: ErrorDetail
    disclaimer: str = DISCLAIMER


# Declared on every operation so the OpenAPI schema documents the error shape.
ERROR_RESPONSES = {404: ErrorOut, 422: ErrorOut}


def error_body(status: int, message: str, **extra: Any) -> dict[str, Any]:
    error = {"code": CODES.get(status, "error"), "message": message, **extra}
    return {"error": error, "disclaimer": DISCLAIMER}


def describe(error: dict[str, Any]) -> dict[str, str]:
    """Name the parameter of one validation error and say what is wrong with it."""
    location = [
        str(part)
        for part in error.get("loc", ())
        if part not in _WRAPPERS and not isinstance(part, int)  # list positions
    ]
    reason = _REASONS.get(error.get("type", ""))
    context = error.get("ctx") or {}
    try:
        text = reason.format(**context) if reason else error.get("msg", "无效")
    except (KeyError, IndexError):
        text = error.get("msg", "无效")
    return {"parameter": ".".join(location) or "请求", "reason": text}


def install(api: NinjaAPI) -> None:
    """Replace ninja's default error handlers with ones giving ErrorOut bodies."""

    def validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        fields = [describe(error) for error in exc.errors]
        message = "；".join(f"参数 {f['parameter']}：{f['reason']}" for f in fields)
        body = error_body(422, message or "参数无效", fields=fields)
        return api.create_response(request, body, status=422)

    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        message = str(exc) or "没有找到"
        return api.create_response(request, error_body(404, message), status=404)

    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        body = error_body(exc.status_code, str(exc))
        return api.create_response(request, body, status=exc.status_code)

    api.add_exception_handler(ValidationError, validation)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(HttpError, http_error)
