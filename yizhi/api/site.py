"""The API object: routers mounted, error handlers replaced.

yizhi/urls.py mounts `api.urls` at /api/v1/ and `docs` at /api/docs.
"""

from __future__ import annotations

from functools import partial

from django.http import Http404, HttpRequest
from ninja import NinjaAPI, Router
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

# Mounted last: Django tries the routers' URLs in order, so this only catches
# what no resource matched.
fallback = Router()


@fallback.api_operation(
    ["GET", "POST", "PUT", "PATCH", "DELETE"],
    "/{path:rest}",
    include_in_schema=False,
)
def unknown(request: HttpRequest, rest: str) -> None:
    """Answer a path no route matches with the API's error body, not an HTML 404."""
    raise Http404(f"没有这个接口：/api/v1/{rest}")


api.add_router("", fallback)


docs = partial(openapi_view, api=api)
