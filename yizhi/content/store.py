"""Write one linked, audited page as an Article with its parts.

The caller holds the transaction: a page is stored whole or not at all.
Re-storing a source_key replaces the article's parts and findings, so a
re-import after a parser or knowledge-base fix leaves no stale rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.text import slugify

from yizhi.content.audit import Finding
from yizhi.content.linking import LinkedDoctor, LinkedPage, Linker
from yizhi.content.models import (
    Answer,
    Article,
    ArticleCause,
    ArticleDoctor,
    ArticleDrug,
    ArticleExam,
    ArticleRelated,
    AuditFinding,
    Question,
    ReviewStatus,
)
from yizhi.content.parsing import QAItem
from yizhi.knowledge.models import Department, Entity, Source

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


@dataclass(frozen=True, slots=True)
class Stored:
    article: Article
    outcome: str


def page_source(label: str) -> Source:
    """Return the Source row for an editor's source or a site, creating it once."""
    slug = slugify(label, allow_unicode=True)[:30] or "pages"
    digest = hashlib.sha1(label.encode("utf-8")).hexdigest()[:8]  # noqa: S324
    source, _ = Source.objects.get_or_create(
        key=f"pages-{slug}-{digest}", defaults={"title": label, "priority": 1}
    )
    return source


def store_page(
    linked: LinkedPage,
    *,
    source_key: str,
    source: Source,
    fingerprint: str,
    findings: Sequence[Finding],
    is_demo: bool = False,
    linker: Linker | None = None,
) -> Stored:
    """Create or update the article for `source_key`; say which happened."""
    article = Article.objects.filter(source_key=source_key).first()
    if (
        article is not None
        and article.content_hash == fingerprint
        and stored_links(article) == page_links(linked)
    ):
        _replace_findings(article, findings)
        return Stored(article, UNCHANGED)
    outcome = UPDATED if article is not None else CREATED
    article = article or Article(source_key=source_key)
    _fill(article, linked, source=source, fingerprint=fingerprint, is_demo=is_demo)
    article.status = ReviewStatus.NEEDS_REVIEW
    article.reviewed = None
    article.save()
    _replace_parts(article, linked, linker or Linker())
    _replace_findings(article, findings)
    return Stored(article, outcome)


def page_links(linked: LinkedPage) -> tuple:
    """The entities a linked page points at: its subject, causes, drugs, exams.

    The same text can link differently once the knowledge base or the linker
    changes; such a page is stored again (and goes back to review).
    """
    return (
        _pk(linked.subject.entity),
        tuple(_pk(item.link.entity) for item in linked.causes),
        tuple(_pk(drug.link.entity) for item in linked.causes for drug in item.drugs),
        tuple(_pk(drug.link.entity) for drug in linked.drugs),
        tuple(_pk(link.entity) for link in linked.exams),
    )


def stored_links(article: Article) -> tuple:
    """`page_links` of what is stored for `article`, in the same order."""
    drugs = article.drugs.order_by("cause__position", "position")
    return (
        article.subject_id,
        tuple(article.causes.order_by("position").values_list("entity_id", flat=True)),
        tuple(drugs.filter(cause__isnull=False).values_list("entity_id", flat=True)),
        tuple(drugs.filter(cause__isnull=True).values_list("entity_id", flat=True)),
        tuple(article.exams.order_by("position").values_list("entity_id", flat=True)),
    )


def _pk(entity: Entity | None) -> int | None:
    return entity.pk if entity is not None else None


def _fill(
    article: Article,
    linked: LinkedPage,
    *,
    source: Source,
    fingerprint: str,
    is_demo: bool,
) -> None:
    page, meta = linked.page, linked.page.metadata
    author = linked.author
    article.source = source
    article.title = page.title[:300]
    article.summary = page.summary
    article.advice = list(page.advice)
    article.disclaimer = page.disclaimer
    article.site = meta.site[:100]
    article.views = meta.views
    article.published = meta.published
    article.author_name = author.doctor.name[:50] if author else ""
    article.author_title = author.doctor.title[:50] if author else ""
    article.author_hospital = author.doctor.hospital[:100] if author else ""
    article.author = author.directory if author else None
    article.department = (
        Department.objects.named(meta.department) if meta.department else None
    )
    article.subject = linked.subject.entity
    article.content_hash = fingerprint
    article.parsed = page.to_json()
    article.is_demo = is_demo


def _replace_parts(article: Article, linked: LinkedPage, linker: Linker) -> None:
    for manager in (article.causes, article.drugs, article.exams, article.doctors):
        manager.all().delete()
    article.related.all().delete()
    article.questions.all().delete()
    for position, item in enumerate(linked.causes):
        cause = ArticleCause.objects.create(
            article=article,
            position=position,
            name=item.cause.name[:200],
            explanation=item.cause.explanation,
            symptoms=list(item.cause.symptoms),
            treatment=item.cause.treatment,
            link=item.link.status,
            entity=item.link.entity,
        )
        ArticleDrug.objects.bulk_create(
            ArticleDrug(
                article=article,
                cause=cause,
                position=index,
                name=drug.name[:200],
                entity=drug.link.entity,
            )
            for index, drug in enumerate(item.drugs)
        )
    ArticleDrug.objects.bulk_create(
        ArticleDrug(
            article=article,
            position=index,
            name=drug.name[:200],
            manufacturer=drug.manufacturer[:200],
            stated_indication=drug.stated_indication,
            entity=drug.link.entity,
        )
        for index, drug in enumerate(linked.drugs)
    )
    _store_blocks(article, linked)
    for position, item in enumerate(linked.page.qa):
        _store_question(article, position, item, linker)


def _store_blocks(article: Article, linked: LinkedPage) -> None:
    page = linked.page
    ArticleExam.objects.bulk_create(
        ArticleExam(
            article=article,
            position=index,
            name=exam.name[:200],
            description=exam.description,
            entity=link.entity,
        )
        for index, (exam, link) in enumerate(zip(page.exams, linked.exams, strict=True))
    )
    ArticleDoctor.objects.bulk_create(
        _doctor_row(article, index, doctor)
        for index, doctor in enumerate(linked.doctors)
    )
    ArticleRelated.objects.bulk_create(
        ArticleRelated(
            article=article,
            position=index,
            title=item.title[:300],
            summary=item.summary,
        )
        for index, item in enumerate(page.related)
    )


def _doctor_row(article: Article, position: int, linked: LinkedDoctor) -> ArticleDoctor:
    doctor = linked.doctor
    return ArticleDoctor(
        article=article,
        position=position,
        name=doctor.name[:50],
        title=doctor.title[:50],
        academic_title=doctor.academic_title[:50],
        hospital_name=doctor.hospital[:100],
        department_name=doctor.department[:50],
        specialty=doctor.specialty,
        doctor=linked.directory,
        hospital=linked.hospital,
    )


def question_hash(item: QAItem) -> str:
    """Fingerprint a Q&A item by its text, so one question is stored once."""
    text = f"{item.question}\n{item.answer}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _store_question(
    article: Article, position: int, item: QAItem, linker: Linker
) -> None:
    fingerprint = question_hash(item)
    if Question.objects.filter(content_hash=fingerprint).exists():
        return  # another article already brought this question in
    question = Question.objects.create(
        title=item.question[:300],
        body=item.question if len(item.question) > 300 else "",
        department=article.department,
        department_name=article.department.name if article.department else "",
        article=article,
        source=article.source,
        record=f"{article.source_key}#问答{position + 1}"[:300],
        content_hash=fingerprint,
    )
    if not item.answer:
        return
    doctor = linker.doctor(item.doctor) if item.doctor else None
    Answer.objects.create(
        question=question,
        text=item.answer,
        doctor_name=item.doctor.name[:50] if item.doctor else "",
        hospital_name=item.doctor.hospital[:100] if item.doctor else "",
        doctor=doctor.directory if doctor else None,
    )


def _replace_findings(article: Article, findings: Sequence[Finding]) -> None:
    article.findings.all().delete()
    AuditFinding.objects.bulk_create(
        AuditFinding(
            article=article,
            kind=finding.kind,
            subject=finding.subject[:300],
            drug=finding.drug[:200],
            reason=finding.reason,
            detail={"evidence": finding.evidence} if finding.evidence else {},
        )
        for finding in findings
    )
