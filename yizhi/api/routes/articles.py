"""/articles: imported 科普文章 with their parsed causes, drugs and exams.

A drug the content audit found not to fit the article's condition (the seed
page listing an antiviral for facial spasm) is left out here, as on the page:
the API must not hand out a drug suggestion the pages would withhold.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from yizhi.api.envelope import Disclaimed, PageOut, Paging, paginate
from yizhi.api.errors import ERROR_RESPONSES
from yizhi.api.links import page_url
from yizhi.api.refs import (
    EntityRef,
    SourceRef,
    department_name,
    entity_ref,
    source_ref,
    subtree,
)
from yizhi.content.models import (
    Article,
    ArticleCause,
    ArticleDrug,
    ReviewStatus,
)

router = Router(tags=["科普文章"])


class ArticleFilters(Schema):
    department: str | None = Field(None, max_length=50, description="科室，含下级")
    subject: str | None = Field(None, max_length=200, description="主题疾病或症状")
    status: ReviewStatus | None = Field(None, description="审核状态")


class ArticleOut(Schema):
    id: int
    title: str
    summary: str
    site: str
    published: datetime.date | None
    views: int | None
    status: str
    status_label: str
    department: str | None
    subject: EntityRef | None
    is_demo: bool = Field(description="示例数据：团队编写的示例文章")
    url: str


class DrugOut(Schema):
    name: str
    manufacturer: str
    entity: EntityRef | None


class CauseOut(Schema):
    name: str
    explanation: str
    symptoms: list[str]
    treatment: str
    entity: EntityRef | None
    drugs: list[DrugOut]


class ExamOut(Schema):
    name: str
    description: str
    entity: EntityRef | None


class MentionedDoctorOut(Schema):
    name: str
    title: str
    hospital: str
    department: str
    doctor_id: int | None
    url: str


class RelatedOut(Schema):
    title: str
    summary: str


class ArticleDetailOut(ArticleOut, Disclaimed):
    advice: list[Any]
    causes: list[CauseOut]
    drugs: list[DrugOut] = Field(description="文中药品块列出的药品（已除去审核不符的）")
    exams: list[ExamOut]
    doctors: list[MentionedDoctorOut]
    related: list[RelatedOut]
    author: str
    source: SourceRef
    withheld_drugs: int = Field(description="因与病情不符而未列出的药品数")


class ArticlePageOut(PageOut):
    items: list[ArticleOut]


def filter_articles(filters: ArticleFilters) -> QuerySet[Article]:
    # Rejected articles are kept for the editors only.
    articles = Article.objects.exclude(status=ReviewStatus.REJECTED)
    if filters.status:
        articles = articles.filter(status=filters.status)
    if filters.department is not None:
        articles = articles.filter(department__in=subtree(filters.department))
    if filters.subject:
        articles = articles.filter(subject__name=filters.subject.strip())
    return articles.select_related("department", "subject", "source").order_by(
        "-published", "-pk"
    )


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.pk,
        "title": article.title,
        "summary": article.summary,
        "site": article.site,
        "published": article.published,
        "views": article.views,
        "status": article.status,
        "status_label": article.get_status_display(),
        "department": department_name(article.department),
        "subject": entity_ref(article.subject),
        "is_demo": article.is_demo,
        "url": page_url(article),
    }


def _drug(drug: ArticleDrug) -> dict[str, Any]:
    return {
        "name": drug.name,
        "manufacturer": drug.manufacturer,
        "entity": entity_ref(drug.entity),
    }


def _parts(article: Article) -> dict[str, Any]:
    withheld = article.findings.unfit_drug_names()
    drugs = [d for d in article.drugs.all() if d.name not in withheld]
    causes = [
        {
            "name": cause.name,
            "explanation": cause.explanation,
            "symptoms": [str(s) for s in cause.symptoms or ()],
            "treatment": cause.treatment,
            "entity": entity_ref(cause.entity),
            "drugs": [_drug(d) for d in drugs if d.cause_id == cause.pk],
        }
        for cause in article.causes.all()
    ]
    return {
        "causes": causes,
        "drugs": [_drug(d) for d in drugs if d.cause_id is None],
        "withheld_drugs": len(article.drugs.all()) - len(drugs),
        "exams": [
            {
                "name": e.name,
                "description": e.description,
                "entity": entity_ref(e.entity),
            }
            for e in article.exams.all()
        ],
        "doctors": [
            {
                "name": d.name,
                "title": d.title,
                "hospital": d.hospital_name,
                "department": d.department_name,
                "doctor_id": d.doctor_id,
                "url": page_url(d.doctor),
            }
            for d in article.doctors.all()
        ],
        "related": [
            {"title": r.title, "summary": r.summary} for r in article.related.all()
        ],
    }


@router.get(
    "", response={200: ArticlePageOut, **ERROR_RESPONSES}, summary="科普文章列表"
)
def articles(
    request: HttpRequest,
    filters: Query[ArticleFilters],
    paging: Query[Paging],
) -> dict[str, Any]:
    page = paginate(filter_articles(filters), paging)
    page["items"] = [article_dict(a) for a in page["items"]]
    return page


@router.get(
    "/{article_id}",
    response={200: ArticleDetailOut, **ERROR_RESPONSES},
    summary="科普文章详情",
)
def article(request: HttpRequest, article_id: int) -> dict[str, Any]:
    found = (
        Article.objects.exclude(status=ReviewStatus.REJECTED)
        .select_related("department", "subject", "source")
        .prefetch_related(
            Prefetch("causes", queryset=ArticleCause.objects.select_related("entity")),
            Prefetch("drugs", queryset=ArticleDrug.objects.select_related("entity")),
            "exams__entity",
            "doctors__doctor",
            "related",
        )
        .filter(pk=article_id)
        .first()
    )
    if found is None:
        raise Http404(f"没有编号为 {article_id} 的文章")
    author = " ".join(
        part
        for part in (found.author_name, found.author_title, found.author_hospital)
        if part
    )
    return (
        article_dict(found)
        | _parts(found)
        | {
            "advice": found.advice or [],
            "author": author,
            "source": source_ref(found.source),
        }
    )
