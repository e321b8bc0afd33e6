"""The home page and the about page."""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from yizhi.content.models import Article, Question
from yizhi.directory.models import Doctor, Hospital
from yizhi.knowledge.models import Alias, Fact, Source
from yizhi.web.breadcrumbs import Crumb, trail
from yizhi.web.departments import DepartmentIndex

# Questions people type, each with the words search is given, shown until the
# knowledge base holds questions of its own.
EXAMPLE_QUESTIONS = (
    ("面部肌肉一直抽动是怎么回事？", "面肌痉挛"),
    ("身上肉跳是什么原因？", "肉跳"),
    ("半夜腿抽筋怎么办？", "抽筋"),
    ("贝尔面瘫要看哪个科？", "贝尔面瘫"),
    ("低钙血症有哪些表现？", "低钙血症"),
)
HOME_QUESTIONS = 8
# Counting 800 000 facts takes a noticeable moment on SQLite; the counts only
# change when the knowledge base is rebuilt or content imported.
SOURCE_COUNTS_SECONDS = 600

SEARCH_TABS = (
    ("disease", "查疾病", "疾病、症状、药品、检查，例如：肉跳"),
    ("doctor", "找医生", "医生姓名、擅长的疾病或医院"),
    ("hospital", "找医院", "医院名称或城市"),
)


def common_questions() -> list[tuple[str, str]]:
    """The newest questions the site holds, or example queries when it holds none."""
    rows = Question.objects.order_by("-created", "-pk").values_list("pk", "title")[
        :HOME_QUESTIONS
    ]
    found = [(title, reverse("web:question", args=[pk])) for pk, title in rows]
    if found:
        return found
    search = reverse("web:search")
    return [
        (question, f"{search}?{urlencode({'q': name})}")
        for question, name in EXAMPLE_QUESTIONS
    ]


def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "web/home.html",
        {
            "tree": DepartmentIndex.load().tree(),
            "questions": common_questions(),
            "tabs": SEARCH_TABS,
            "is_home": True,
        },
    )


def _counts(model, field: str = "source") -> dict[int, int]:
    rows = model.objects.values(field).annotate(n=Count("pk")).values_list(field, "n")
    return dict(rows)


def source_rows() -> list[dict]:
    """Each source with how many facts, names and records it gave."""
    counted = {
        "facts": _counts(Fact),
        "aliases": _counts(Alias),
        "articles": _counts(Article),
        "questions": _counts(Question),
        "doctors": _counts(Doctor),
        "hospitals": _counts(Hospital),
    }
    return [
        {
            "title": source.title,
            "url": source.url,
            "licence": source.licence,
            **{label: counts.get(source.pk, 0) for label, counts in counted.items()},
        }
        for source in Source.objects.order_by("-priority", "title")
    ]


def about(request: HttpRequest) -> HttpResponse:
    sources = cache.get_or_set("web:about:sources", source_rows, SOURCE_COUNTS_SECONDS)
    return render(
        request,
        "web/about.html",
        {"crumbs": trail(Crumb("关于医知")), "sources": sources},
    )
