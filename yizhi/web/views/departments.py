"""The department tree and one department's page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Department, Entity
from yizhi.web.breadcrumbs import Crumb, trail
from yizhi.web.departments import DepartmentIndex, disease_counts
from yizhi.web.related import (
    SideBlocks,
    department_questions,
    doctors_for,
    doctors_list_url,
)

DISEASES_PER_PAGE = 60


def tree(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "web/department_tree.html",
        {
            "tree": DepartmentIndex.load().tree(disease_counts()),
            "crumbs": trail(Crumb("科室导航")),
        },
    )


def department(request: HttpRequest, name: str) -> HttpResponse:
    """A department, its children and the diseases under it, paginated.

    An alias (心内科) redirects to the canonical name, so each department has
    one address.
    """
    node = Department.objects.named(name)
    if node is None:
        raise Http404(f"没有找到科室「{name}」")
    if node.name != name:
        return redirect(node, permanent=True)
    index = DepartmentIndex.load()
    diseases = (
        Entity.objects.filter(
            kind=EntityKind.DISEASE,
            facts__predicate=Predicate.DEPARTMENT,
            facts__department__in=index.subtree_ids(node),
        )
        .distinct()
        .order_by("name")
    )
    path = index.path(node)
    return render(
        request,
        "web/department.html",
        {
            "department": node,
            "children": index.children(node),
            "page": Paginator(diseases, DISEASES_PER_PAGE).get_page(
                request.GET.get("page")
            ),
            "crumbs": (*trail(departments=path[:-1]), Crumb(node.name)),
            "side": SideBlocks(
                doctors=doctors_for(None, [node]),
                questions=department_questions(index.subtree_ids(node)),
                doctors_url=doctors_list_url([node]),
            ),
        },
    )
