"""/sitemap.xml: every page worth finding from a search engine, by section.

Entity kinds get a section each so none passes the 50 000 addresses a sitemap
may hold (CMeKG has about 22 000 symptoms). Demo doctors and hospitals are left
out: their names are generated and must not be offered as real.
"""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse

from yizhi.content.models import Article, Question
from yizhi.directory.models import Doctor, Hospital
from yizhi.knowledge.choices import EntityKind
from yizhi.knowledge.models import Department, Entity

PAGES = (
    "web:home",
    "web:about",
    "web:departments",
    "web:doctors",
    "web:hospitals",
    "web:questions",
)


class PageSitemap(Sitemap):
    priority = 0.8

    def items(self) -> tuple[str, ...]:
        return PAGES

    def location(self, item: str) -> str:
        return reverse(item)


class DepartmentSitemap(Sitemap):
    def items(self) -> QuerySet[Department]:
        return Department.objects.order_by("path")


class EntitySitemap(Sitemap):
    """One kind of entity; `location` builds the path without reversing each."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def items(self) -> QuerySet[Entity]:
        return Entity.objects.filter(kind=self.kind).order_by("pk").only("kind", "name")

    def location(self, item: Entity) -> str:
        return item.get_absolute_url()


class ArticleSitemap(Sitemap):
    def items(self) -> QuerySet[Article]:
        return Article.objects.order_by("pk").only("pk", "updated")

    def lastmod(self, item: Article):
        return item.updated


class RealRowsSitemap(Sitemap):
    """Rows of a directory model that are not demo data."""

    def __init__(self, model: type[Doctor] | type[Hospital]) -> None:
        self.model = model

    def items(self) -> QuerySet:
        return self.model.objects.filter(is_demo=False).order_by("pk").only("pk")


class QuestionSitemap(Sitemap):
    def items(self) -> QuerySet[Question]:
        return Question.objects.order_by("pk").only("pk")


def sitemaps() -> dict[str, Sitemap]:
    return {
        "pages": PageSitemap(),
        "departments": DepartmentSitemap(),
        **{kind: EntitySitemap(kind) for kind in EntityKind.values},
        "articles": ArticleSitemap(),
        "questions": QuestionSitemap(),
        "doctors": RealRowsSitemap(Doctor),
        "hospitals": RealRowsSitemap(Hospital),
    }
