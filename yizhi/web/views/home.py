"""The home page and the about page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from yizhi.web.breadcrumbs import Crumb, trail
from yizhi.web.departments import DepartmentIndex

# Questions people type, each with the name the first version of search resolves.
# Search does not yet understand whole questions (that is the search app's job),
# so each link carries the name the question is about.
EXAMPLE_QUESTIONS = (
    ("面部肌肉一直抽动是怎么回事？", "面肌痉挛"),
    ("身上肉跳是什么原因？", "肉跳"),
    ("半夜腿抽筋怎么办？", "抽筋"),
    ("贝尔面瘫要看哪个科？", "贝尔面瘫"),
    ("低钙血症有哪些表现？", "低钙血症"),
)


def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "web/home.html",
        {
            "tree": DepartmentIndex.load().tree(),
            "questions": EXAMPLE_QUESTIONS,
        },
    )


def about(request: HttpRequest) -> HttpResponse:
    return render(request, "web/about.html", {"crumbs": trail(Crumb("关于医知"))})
