"""问答: the question list by department, and one question with its answers.

Read-only for now: asking and answering arrive with accounts.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from yizhi.content.models import Answer, Question
from yizhi.search.understanding.redflags import flags_for_query
from yizhi.web.breadcrumbs import Crumb, trail
from yizhi.web.departments import DepartmentIndex
from yizhi.web.filters import QuestionFilter
from yizhi.web.related import SideBlocks, department_questions, question_links

PER_PAGE = 20


def questions(request: HttpRequest) -> HttpResponse:
    index = DepartmentIndex.load()
    chosen = QuestionFilter.from_query(request.GET)
    found = chosen.apply(
        Question.objects.select_related("department").order_by("-created", "-pk"),
        index,
    )
    used = set(
        Question.objects.exclude(department=None)
        .values_list("department_id", flat=True)
        .distinct()
    )
    return render(
        request,
        "web/questions.html",
        {
            "page": Paginator(found, PER_PAGE).get_page(request.GET.get("page")),
            "filter": chosen,
            "querystring": chosen.querystring(),
            "departments": [node for node in index.nodes if node.pk in used],
            "crumbs": trail(Crumb("问答")),
        },
    )


def similar_questions(found: Question, subject) -> tuple:
    """Questions naming the same subject, else the newest of its department."""
    links = question_links(subject.name, exclude=found.pk) if subject else ()
    if not links and found.department_id:
        links = department_questions([found.department_id], exclude=found.pk)
    return links


def question(request: HttpRequest, pk: int) -> HttpResponse:
    found = (
        Question.objects.select_related("department", "source", "article")
        .filter(pk=pk)
        .first()
    )
    if found is None:
        raise Http404("没有找到这个问题")
    answers = Answer.objects.filter(question=found).select_related(
        "doctor__hospital", "doctor__department"
    )
    index = DepartmentIndex.load()
    steps = [Crumb("问答", reverse("web:questions"))]
    if found.department_id:
        query = urlencode({"department": found.department.name})
        steps.append(
            Crumb(found.department.name, f"{reverse('web:questions')}?{query}")
        )
    subject = found.article.subject if found.article_id else None
    return render(
        request,
        "web/question.html",
        {
            "question": found,
            "answers": answers,
            "crumbs": trail(*steps, Crumb(found.title)),
            "department_path": index.path(index.get(found.department_id)),
            "red_flags": flags_for_query(f"{found.title} {found.body}"),
            "side": SideBlocks(questions=similar_questions(found, subject)),
        },
    )
