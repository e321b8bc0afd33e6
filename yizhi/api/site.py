"""The API object: routers mounted, error handlers replaced.

yizhi/urls.py mounts `api.urls` at /api/v1/ and `docs` at /api/docs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial, wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import URLPattern, re_path
from ninja import NinjaAPI
from ninja.openapi.views import openapi_view

from yizhi.api import errors
from yizhi.api.routes import articles, doctors, entities, hospitals, questions
from yizhi.api.routes import search as search_routes

api = NinjaAPI(
    title="医知 API",
    version="1",
    description=(
        "医知知识库、科普文章、问答与医生医院目录的只读接口。"
        "每个响应都带 disclaimer（免责声明）；出错时返回 "
        '{"error": {"code": ..., "message": ...}}。'
        "示例医生、医院带 is_demo=true。"
    ),
    urls_namespace="api",
)
errors.install(api)
api.add_router("", search_routes.router)
api.add_router("/entities", entities.router)
api.add_router("/articles", articles.router)
api.add_router("/doctors", doctors.router)
api.add_router("/hospitals", hospitals.router)
api.add_router("/questions", questions.router)


docs = partial(openapi_view, api=api)


def _json_not_allowed(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Give ninja's plain-text 405 the API's error body; ninja has no hook for it."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if not isinstance(response, HttpResponseNotAllowed):
            return response
        allowed = response["Allow"]
        body = errors.error_body(405, f"此接口只接受 {allowed} 请求")
        replaced = api.create_response(request, body, status=405)
        replaced["Allow"] = allowed
        return replaced

    return wrapped


def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Answer a path no operation matches with the API's error body, not the
    portal's HTML 404 page."""
    body = errors.error_body(404, f"没有这个接口：{request.path}")
    return api.create_response(request, body, status=404)


def _urls() -> tuple[list[URLPattern], str, str]:
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        if pattern.name == "api-root":  # ninja's root view answers with HTML
            pattern.callback = not_found
        pattern.callback = _json_not_allowed(pattern.callback)
    # Last, and matching newlines too: Django's converters stop at one, and a
    # client can still send it percent-encoded.
    fallback = re_path(r"^(?P<rest>[\s\S]*)$", not_found)
    return [*patterns, fallback], app_name, namespace


# What yizhi/urls.py mounts at /api/v1/.
urls = _urls()
