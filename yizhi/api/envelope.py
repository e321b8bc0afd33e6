"""What every API response carries besides its data: the disclaimer and paging.

The pages print their disclaimer from the base template; JSON has no template,
so each response body repeats it in a `disclaimer` field instead.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from ninja import Field, Schema

# The same words as the page footer in web/base.html.
DISCLAIMER = "本站内容仅供参考，不能替代医生诊断；如有不适请及时就医。"

# A page of a list holds at most this many items: enough for a results screen,
# small enough that one request never walks a whole table.
MAX_LIMIT = 100
DEFAULT_LIMIT = 20
# Deep offsets only come from scripts walking a list; past this they should
# filter instead. It also keeps OFFSET small for SQLite.
MAX_OFFSET = 100_000


class Disclaimed(Schema):
    disclaimer: str = Field(DISCLAIMER, description="免责声明，每个响应都带")


class Paging(Schema):
    """The limit/offset query parameters every list endpoint accepts."""

    limit: int = Field(
        DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="每页条数（1–100）"
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="跳过的条数")


class PageOut(Disclaimed):
    total: int = Field(description="符合条件的总条数")
    limit: int
    offset: int


def paginate(queryset: QuerySet, paging: Paging) -> dict[str, Any]:
    """Return one page of `queryset` with the total, ready for a PageOut schema."""
    return {
        "total": queryset.count(),
        "limit": paging.limit,
        "offset": paging.offset,
        "items": list(queryset[paging.offset : paging.offset + paging.limit]),
        "disclaimer": DISCLAIMER,
    }
