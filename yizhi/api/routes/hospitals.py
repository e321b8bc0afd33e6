"""/hospitals: 找医院 — filter by city, grade and department."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from yizhi.api.envelope import Disclaimed, PageOut, Paging, paginate
from yizhi.api.errors import ERROR_RESPONSES
from yizhi.api.links import page_url
from yizhi.api.refs import SourceRef, source_ref
from yizhi.directory import queries
from yizhi.directory.models import Hospital, HospitalGrade

router = Router(tags=["找医院"])


class HospitalFilters(Schema):
    city: str | None = Field(None, max_length=30, description="城市，如 北京")
    grade: HospitalGrade | None = Field(None, description="医院等级，如 三甲")
    department: str | None = Field(
        None, max_length=50, description="科室名称或别名，含下级科室"
    )


class HospitalOut(Schema):
    id: int
    name: str
    province: str
    city: str
    grade: str
    kind: str
    departments: list[str]
    doctor_count: int
    is_demo: bool = Field(description="示例数据：生成的医院，并非真实机构")
    url: str


class HospitalDetailOut(HospitalOut, Disclaimed):
    address: str
    phone: str
    introduction: str
    source: SourceRef


class HospitalPageOut(PageOut):
    items: list[HospitalOut]


def filter_hospitals(filters: HospitalFilters) -> QuerySet[Hospital]:
    """Apply the directory's own filters, the ones the 找医院 page uses."""
    return (
        queries.filter_hospitals(
            city=(filters.city or "").strip() or None,
            grade=filters.grade,
            department=filters.department,
        )
        .select_related("source")
        .prefetch_related("departments")
    )


def hospital_dict(hospital: Hospital) -> dict[str, Any]:
    return {
        "id": hospital.pk,
        "name": hospital.name,
        "province": hospital.province,
        "city": hospital.city,
        "grade": hospital.grade,
        "kind": hospital.kind,
        "departments": [d.name for d in hospital.departments.all()],
        "doctor_count": hospital.doctor_count,
        "is_demo": hospital.is_demo,
        "url": page_url(hospital),
    }


@router.get("", response={200: HospitalPageOut, **ERROR_RESPONSES}, summary="医院列表")
def hospitals(
    request: HttpRequest,
    filters: Query[HospitalFilters],
    paging: Query[Paging],
) -> dict[str, Any]:
    page = paginate(filter_hospitals(filters), paging)
    page["items"] = [hospital_dict(h) for h in page["items"]]
    return page


@router.get(
    "/{hospital_id}",
    response={200: HospitalDetailOut, **ERROR_RESPONSES},
    summary="医院详情",
)
def hospital(request: HttpRequest, hospital_id: int) -> dict[str, Any]:
    found = filter_hospitals(HospitalFilters()).filter(pk=hospital_id).first()
    if found is None:
        raise Http404(f"没有编号为 {hospital_id} 的医院")
    return hospital_dict(found) | {
        "address": found.address,
        "phone": found.phone,
        "introduction": found.introduction,
        "source": source_ref(found.source),
    }
