"""Documents for imported articles and for questions with their answers."""

from __future__ import annotations

from collections.abc import Iterator

from yizhi.content.models import Article, Question, ReviewStatus
from yizhi.search.index.documents import IndexDocument, document_key, join_sentences
from yizhi.search.index.registry import Provider, register_provider, url_or

SNIPPET_CHARS = 90
ANSWERS_INDEXED = 2


@register_provider
class ArticleProvider(Provider):
    """Articles, their causes and drugs; rejected articles are not searchable."""

    kind = "article"
    label = "文章"
    model = Article

    def documents(self) -> Iterator[IndexDocument]:
        articles = (
            Article.objects.exclude(status=ReviewStatus.REJECTED)
            .select_related("department", "subject")
            .prefetch_related("causes__entity", "drugs")
        )
        for article in articles.iterator(chunk_size=500):
            yield article_document(article)

    def document_for(self, instance: Article) -> IndexDocument | None:
        if instance.status == ReviewStatus.REJECTED:
            return None
        return article_document(instance)


def article_document(article: Article) -> IndexDocument:
    """Return the document of one article."""
    causes = list(article.causes.all())
    drugs = [drug.name for drug in article.drugs.all()]
    parts = [article.summary]
    if causes:
        parts.append("原因：" + "、".join(cause.name for cause in causes))
    if drugs:
        parts.append("药品：" + "、".join(drugs))
    links = [
        document_key(cause.entity.kind, cause.entity.name)
        for cause in causes
        if cause.entity is not None
    ]
    if article.subject is not None:
        links.insert(0, document_key(article.subject.kind, article.subject.name))
    tags = ["causes"] if causes else []
    if drugs:
        tags.append("treatment")
    department = article.department.name if article.department else ""
    return IndexDocument(
        key=document_key("article", article.pk),
        kind="article",
        title=article.title,
        url=url_or("web:article", [article.pk], f"/article/{article.pk}/"),
        body=join_sentences(parts),
        snippet=(article.summary or "、".join(c.name for c in causes))[:SNIPPET_CHARS],
        departments=(department,) if department else (),
        tags=tuple(tags),
        links=tuple(dict.fromkeys(links)),
        prior=float(len(causes)),
    )


@register_provider
class QuestionProvider(Provider):
    """A patient's question with the first answers, searchable by both."""

    kind = "question"
    label = "问答"
    model = Question

    def documents(self) -> Iterator[IndexDocument]:
        questions = Question.objects.select_related("department").prefetch_related(
            "answers"
        )
        for question in questions.iterator(chunk_size=1000):
            yield question_document(question)

    def document_for(self, instance: Question) -> IndexDocument | None:
        return question_document(instance)


def question_document(question: Question) -> IndexDocument:
    """Return the document of one question."""
    answers = [answer.text for answer in question.answers.all()[:ANSWERS_INDEXED]]
    department = question.department.name if question.department else ""
    return IndexDocument(
        key=document_key("question", question.pk),
        kind="question",
        title=question.title,
        url=url_or("web:question", [question.pk], f"/question/{question.pk}/"),
        body=join_sentences([question.body, *answers]),
        snippet=(answers[0] if answers else question.body)[:SNIPPET_CHARS],
        departments=(department,) if department else (),
        tags=("answered",) if answers else (),
        prior=float(len(answers)),
    )
