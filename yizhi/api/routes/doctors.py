"""/doctors: 找医生 — filter by department, title, hospital, city, specialty."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from yizhi.api.envelope import Disclaimed, PageOut, Paging, paginate
from yizhi.api.errors import ERROR_RESPONSES
from yizhi.api.links import page_url
from yizhi.api.refs import EntityRef, SourceRef, entity_ref, source_ref
from yizhi.directory import queries
from yizhi.directory.models import Doctor, DoctorTitle

router = Router(tags=["找医生"])

# The largest id a row can have (a 64-bit key); SQLite cannot even compare a
# larger number, so the filter refuses it instead of failing the query.
MAX_ROW_ID = 2**63 - 1


class DoctorFilters(Schema):
    department: str | None = Field(
        None, max_length=50, description="科室名称或别名，含下级科室"
    )
    title: DoctorTitle | None = Field(None, description="职称")
    hospital: int | None = Field(None, ge=1, le=MAX_ROW_ID, description="医院编号")
    city: str | None = Field(None, max_length=30, description="医院所在城市")
    specialty: str | None = Field(
        None, max_length=50, description="擅长：疾病名称，或擅长介绍里的词"
    )


class HospitalRef(Schema):
    id: int
    name: str
    city: str
    grade: str
    is_demo: bool
    url: str


class DoctorOut(Schema):
    id: int
    name: str
    title: str
    academic_title: str
    hospital: HospitalRef
    department: str
    specialty: str
    is_demo: bool = Field(description="示例数据：生成的医生，并非真实人员")
    url: str


class AnswerRef(Schema):
    question_id: int
    question: str
    url: str


class DoctorDetailOut(DoctorOut, Disclaimed):
    introduction: str
    specialties: list[EntityRef]
    answer_count: int
    answers: list[AnswerRef] = Field(description="最近的回答（最多 20 条）")
    source: SourceRef


class DoctorPageOut(PageOut):
    items: list[DoctorOut]


# A profile lists this many answers; the question pages hold the rest.
PROFILE_ANSWERS = 20


def filter_doctors(filters: DoctorFilters) -> QuerySet[Doctor]:
    """Apply the directory's own filters, the ones the 找医生 page uses."""
    return queries.filter_doctors(
        department=filters.department,
        title=filters.title,
        hospital=filters.hospital,
        city=(filters.city or "").strip() or None,
        specialty=(filters.specialty or "").strip() or None,
    ).select_related("hospital", "department", "source")


def doctor_dict(doctor: Doctor) -> dict[str, Any]:
    hospital = doctor.hospital
    return {
        "id": doctor.pk,
        "name": doctor.name,
        "title": doctor.title,
        "academic_title": doctor.academic_title,
        "hospital": {
            "id": hospital.pk,
            "name": hospital.name,
            "city": hospital.city,
            "grade": hospital.grade,
            "is_demo": hospital.is_demo,
            "url": page_url(hospital),
        },
        "department": doctor.department.name,
        "specialty": doctor.specialty,
        "is_demo": doctor.is_demo,
        "url": page_url(doctor),
    }


@router.get("", response={200: DoctorPageOut, **ERROR_RESPONSES}, summary="医生列表")
def doctors(
    request: HttpRequest,
    filters: Query[DoctorFilters],
    paging: Query[Paging],
) -> dict[str, Any]:
    page = paginate(filter_doctors(filters), paging)
    page["items"] = [doctor_dict(d) for d in page["items"]]
    return page


@router.get(
    "/{doctor_id}",
    response={200: DoctorDetailOut, **ERROR_RESPONSES},
    summary="医生详情",
)
def doctor(request: HttpRequest, doctor_id: int) -> dict[str, Any]:
    found = (
        filter_doctors(DoctorFilters())
        .annotate(answer_count=Count("answers"))
        .filter(pk=doctor_id)
        .first()
    )
    if found is None:
        raise Http404(f"没有编号为 {doctor_id} 的医生")
    answers = found.answers.select_related("question").order_by("-pk")
    return doctor_dict(found) | {
        "introduction": found.introduction,
        "specialties": [entity_ref(e) for e in found.specialties.order_by("name")],
        "answer_count": found.answer_count,
        "answers": [
            {
                "question_id": answer.question_id,
                "question": answer.question.title,
                "url": page_url(answer.question),
            }
            for answer in answers[:PROFILE_ANSWERS]
        ],
        "source": source_ref(found.source),
    }
