"""The article page: /article/<pk>/."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from yizhi.web.pages.article import (
    article_context,
    condition_drugs,
    load_article,
)
from yizhi.web.related import fitting_drugs


def article(request: HttpRequest, pk: int) -> HttpResponse:
    found = load_article(pk)
    if found is None:
        raise Http404("没有找到这篇文章")
    fitting = fitting_drugs(found.subject, condition_drugs(found.subject))
    url = request.build_absolute_uri(request.path)
    return render(request, "web/article.html", article_context(found, url, fitting))
