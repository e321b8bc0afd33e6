"""/search and /suggest: the search box as JSON.

The search service owns ranking and query understanding; this module only
checks parameters and turns its frozen result types into JSON.
"""

from __future__ import annotations

import importlib
from dataclasses import asdict
from enum import StrEnum
from types import ModuleType
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from yizhi.api.envelope import DISCLAIMER, MAX_LIMIT, Disclaimed, Paging
from yizhi.api.errors import ERROR_RESPONSES, ErrorOut
from yizhi.api.refs import RedFlagOut, red_flag_refs

router = Router(tags=["搜索"])

# The search page cuts queries at the same length (web/views/search.py).
MAX_QUERY_LENGTH = 100


class SearchKind(StrEnum):
    """The kinds the search index holds (yizhi.search.index.registry)."""

    DISEASE = "disease"
    SYMPTOM = "symptom"
    DRUG = "drug"
    HERB = "herb"
    EXAM = "exam"
    DEPARTMENT = "department"
    ARTICLE = "article"
    QUESTION = "question"
    DOCTOR = "doctor"
    HOSPITAL = "hospital"


class SearchParams(Schema):
    q: str = Field(
        min_length=1, max_length=MAX_QUERY_LENGTH, description="搜索词，如 眼皮跳"
    )
    type: list[SearchKind] = Field([], description="只看这些类型，可重复")
    department: str | None = Field(None, max_length=50, description="只看此科室")


class LinkedEntityOut(Schema):
    text: str
    name: str
    kind: str
    url: str
    start: int
    end: int


class UnderstandingOut(Schema):
    normalised: str
    intent: str
    entities: list[LinkedEntityOut]
    departments: list[str]


class HitOut(Schema):
    kind: str
    key: str
    title: str
    url: str
    snippet: str
    score: float
    reasons: list[str]
    department: str
    is_demo: bool


class SearchOut(Disclaimed):
    query: str
    understanding: UnderstandingOut | None
    hits: list[HitOut]
    total: int
    limit: int
    offset: int
    facets: dict[str, int]
    red_flags: list[RedFlagOut] = Field(
        description="紧急提示：查询说到需要立即就医的症状组合时列出，应显示在结果之前"
    )
    error: str = Field(description="无法搜索时给读者的说明，否则为空")
    took_ms: float


class SuggestionOut(Schema):
    text: str
    kind: str
    url: str
    matched_by: str


class SuggestOut(Disclaimed):
    query: str
    suggestions: list[SuggestionOut]


def _service() -> ModuleType:
    """Import the search service when first asked, so the rest of the API
    answers even on an install whose search app is not set up."""
    try:
        return importlib.import_module("yizhi.search.service")
    except ImportError as error:
        raise HttpError(503, "搜索服务尚未就绪，请稍后再试") from error


SEARCH_RESPONSES = {**ERROR_RESPONSES, 503: ErrorOut}


@router.get(
    "/search",
    response={200: SearchOut, **SEARCH_RESPONSES},
    summary="搜索",
    description="按疾病、症状、药品、检查、科室、文章、问答、医生、医院搜索。",
)
def search(
    request: HttpRequest, params: Query[SearchParams], paging: Query[Paging]
) -> dict[str, Any]:
    response = _service().search(
        params.q,
        kinds=tuple(str(kind) for kind in params.type),
        department=params.department or None,
        limit=paging.limit,
        offset=paging.offset,
    )
    return asdict(response) | {
        "limit": paging.limit,
        "offset": paging.offset,
        "red_flags": red_flag_refs(params.q),
        "disclaimer": DISCLAIMER,
    }


class SuggestParams(Schema):
    q: str = Field(min_length=1, max_length=50, description="已输入的开头，如 mjj")
    limit: int = Field(10, ge=1, le=MAX_LIMIT // 5, description="条数（1–20）")


@router.get(
    "/suggest",
    response={200: SuggestOut, **SEARCH_RESPONSES},
    summary="输入提示",
    description="按名称、拼音、首字母和俗称补全。",
)
def suggest(request: HttpRequest, params: Query[SuggestParams]) -> dict[str, Any]:
    found = _service().suggest(params.q, limit=params.limit)
    return {
        "query": params.q,
        "suggestions": [asdict(s) for s in found],
        "disclaimer": DISCLAIMER,
    }
