"""/questions: patients' questions and the answers they received."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from yizhi.api.envelope import Disclaimed, PageOut, Paging, paginate
from yizhi.api.errors import ERROR_RESPONSES
from yizhi.api.links import page_url
from yizhi.api.refs import (
    RedFlagOut,
    SourceRef,
    department_name,
    red_flag_refs,
    source_ref,
    subtree,
)
from yizhi.content.models import Question

router = Router(tags=["问答"])


class QuestionFilters(Schema):
    department: str | None = Field(None, max_length=50, description="科室，含下级")


class QuestionOut(Schema):
    id: int
    title: str
    department: str | None
    answer_count: int
    url: str


class AnswerOut(Schema):
    text: str
    doctor_name: str
    hospital_name: str
    doctor_id: int | None
    doctor_is_demo: bool | None
    doctor_url: str


class QuestionDetailOut(QuestionOut, Disclaimed):
    body: str
    article_id: int | None
    answers: list[AnswerOut]
    red_flags: list[RedFlagOut] = Field(
        description="紧急提示：问题描述的症状需要立即就医时列出"
    )
    source: SourceRef
    record: str


class QuestionPageOut(PageOut):
    items: list[QuestionOut]


def filter_questions(filters: QuestionFilters) -> QuerySet[Question]:
    questions = Question.objects.all()
    if filters.department is not None:
        questions = questions.filter(department__in=subtree(filters.department))
    return (
        questions.select_related("department", "source")
        .annotate(answer_count=Count("answers"))
        .order_by("-pk")
    )


def question_dict(question: Question) -> dict[str, Any]:
    return {
        "id": question.pk,
        "title": question.title,
        "department": department_name(question.department),
        "answer_count": question.answer_count,
        "url": page_url(question),
    }


@router.get("", response={200: QuestionPageOut, **ERROR_RESPONSES}, summary="问答列表")
def questions(
    request: HttpRequest,
    filters: Query[QuestionFilters],
    paging: Query[Paging],
) -> dict[str, Any]:
    page = paginate(filter_questions(filters), paging)
    page["items"] = [question_dict(q) for q in page["items"]]
    return page


@router.get(
    "/{question_id}",
    response={200: QuestionDetailOut, **ERROR_RESPONSES},
    summary="问答详情",
)
def question(request: HttpRequest, question_id: int) -> dict[str, Any]:
    found = filter_questions(QuestionFilters()).filter(pk=question_id).first()
    if found is None:
        raise Http404(f"没有编号为 {question_id} 的问题")
    answers = found.answers.select_related("doctor").order_by("position", "pk")
    return question_dict(found) | {
        "body": found.body,
        "article_id": found.article_id,
        "answers": [
            {
                "text": answer.text,
                "doctor_name": answer.doctor_name,
                "hospital_name": answer.hospital_name,
                "doctor_id": answer.doctor_id,
                "doctor_is_demo": answer.doctor.is_demo if answer.doctor else None,
                "doctor_url": page_url(answer.doctor),
            }
            for answer in answers
        ],
        "red_flags": red_flag_refs(f"{found.title} {found.body}"),
        "source": source_ref(found.source),
        "record": found.record,
    }
