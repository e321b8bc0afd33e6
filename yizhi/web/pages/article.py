"""The article page (科普文章): an imported page's structure, checked and linked.

The article keeps what its page said (causes, their explanation and
treatment, the drugs each names), but this page decides what to show beside
it from the knowledge base. A drug the content audit found unfit for the
condition is left out of every drug list, only counted, so a reader never
sees an influenza antiviral offered for facial spasm; where a cause's own text
names such a drug, a warning stands beside the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch

from yizhi.content.models import (
    Article,
    ArticleCause,
    ArticleDrug,
    ReviewStatus,
)
from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.dispensing import Dispensing, dispensing_classes
from yizhi.knowledge.models import Entity, Fact
from yizhi.knowledge.redflags import all_rules
from yizhi.search.understanding.redflags import flags_in_text
from yizhi.web.breadcrumbs import Crumb, trail
from yizhi.web.departments import DepartmentIndex
from yizhi.web.related import (
    RelatedLink,
    SideBlocks,
    article_links,
    dedupe,
    doctors_for,
    doctors_list_url,
    entity_summary,
    exam_links,
    question_links,
    search_url,
    snippet,
)
from yizhi.web.seo import article_ld


@dataclass(frozen=True, slots=True)
class DrugMention:
    """A drug an article names, with its mark when the knowledge base knows it."""

    name: str
    url: str = ""
    dispensing: Dispensing | None = None
    manufacturer: str = ""  # as the page gave it


@dataclass(frozen=True, slots=True)
class CauseView:
    """One numbered cause as the page shows it."""

    cause: ArticleCause
    url: str
    drugs: tuple[DrugMention, ...]
    # Unfit drugs the cause's own text names: the text stays as the page
    # wrote it, so the page says beside it that these do not fit.
    unfit_named: tuple[str, ...] = ()


def load_article(pk: int) -> Article | None:
    """Load an article with every block it shows, in a fixed number of queries."""
    drugs = ArticleDrug.objects.select_related("entity")
    causes = ArticleCause.objects.select_related("entity").prefetch_related(
        Prefetch("drugs", queryset=drugs)
    )
    return (
        Article.objects.select_related("source", "subject", "department")
        .prefetch_related(
            Prefetch("causes", queryset=causes),
            Prefetch("drugs", queryset=drugs.filter(cause__isnull=True)),
            Prefetch("exams__entity"),
            "related",
            "questions",
            Prefetch("doctors__doctor__hospital"),
            Prefetch("doctors__doctor__department"),
        )
        .filter(pk=pk)
        .first()
    )


def mentions(
    drugs: list[ArticleDrug], marks: dict[int, Dispensing], unfit: frozenset[str]
) -> tuple[DrugMention, ...]:
    return tuple(
        DrugMention(
            drug.name,
            drug.entity.get_absolute_url() if drug.entity_id else "",
            marks.get(drug.entity_id) if drug.entity_id else None,
            drug.manufacturer,
        )
        for drug in drugs
        if drug.name not in unfit
    )


def condition_drugs(subject: Entity | None) -> list[Fact]:
    """The drugs the knowledge base links to the article's subject."""
    if subject is None:
        return []
    return list(
        Fact.objects.filter(
            subject=subject, predicate=Predicate.DRUG, target__isnull=False
        )
        .select_related("target")
        .order_by("-source__priority", "position")
    )


def side_blocks(
    article: Article, index: DepartmentIndex, fitting: tuple[RelatedLink, ...]
) -> SideBlocks:
    """相关推荐 / 相关医生 / 相关药品 / 相关检查 / 相关问答 of one article."""
    subject = article.subject
    departments = [article.department] if article.department_id else []
    listed = [
        RelatedLink(row.title, search_url(row.title), snippet(row.summary))
        for row in article.related.all()
    ]
    found = article_links(subject, exclude=article.pk, seen=[article.title])
    named = [row.doctor for row in article.doctors.all() if row.doctor_id]
    doctors = named + [
        doctor
        for doctor in doctors_for(subject, departments)
        if doctor.pk not in {d.pk for d in named}
    ]
    exams = [row.entity for row in article.exams.all() if row.entity_id]
    own_questions = [
        RelatedLink(q.title, q.get_absolute_url(), snippet(q.body))
        for q in article.questions.all()
    ]
    more_questions = question_links(subject.name) if subject else ()
    return SideBlocks(
        doctors=tuple(doctors[:6]),
        drugs=fitting,
        exams=exam_links(exams),
        questions=tuple(dedupe([*own_questions, *more_questions])[:8]),
        articles=tuple(dedupe([*found, *listed], seen=[article.title])[:8]),
        doctors_url=doctors_list_url(departments),
    )


def article_context(
    article: Article, url: str, fitting: tuple[RelatedLink, ...]
) -> dict[str, Any]:
    """Everything the article template shows."""
    index = DepartmentIndex.load()
    unfit = article.findings.unfit_drug_names()
    causes = list(article.causes.all())
    all_drugs = [*article.drugs.all(), *(d for c in causes for d in c.drugs.all())]
    marks = dispensing_classes(d.entity for d in all_drugs if d.entity_id)
    department = index.get(article.department_id)
    flags = all_rules()
    subject_flags = list(article.subject.red_flags.all()) if article.subject else []
    found_flags = flags_in_text(f"{article.title} {article.summary}", flags)
    return {
        "article": article,
        "review_label": ReviewStatus(article.status).label,
        "is_reviewed": article.status == ReviewStatus.REVIEWED,
        "causes": [
            CauseView(
                cause,
                cause.entity.get_absolute_url() if cause.entity_id else "",
                mentions(list(cause.drugs.all()), marks, unfit),
                named_in(f"{cause.explanation}\n{cause.treatment}", unfit),
            )
            for cause in causes
        ],
        "drugs": mentions(list(article.drugs.all()), marks, unfit),
        "hidden_drugs": len({d.name for d in all_drugs} & unfit),
        "advice": [_advice_text(item) for item in article.advice or ()],
        "subject_summary": entity_summary(article.subject),
        "crumbs": trail(Crumb(article.title), departments=index.path(department)),
        "red_flags": tuple({f.pk: f for f in [*subject_flags, *found_flags]}.values()),
        "side": side_blocks(article, index, fitting),
        "json_ld": article_ld(article, url),
        "noindex": getattr(article, "is_demo", False),
    }


def named_in(text: str, drugs: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(drug for drug in drugs if drug and drug in text))


def _advice_text(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("text", ""))
    return str(item)
