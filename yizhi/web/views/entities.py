"""Entity pages: /<kind>/<name>/ for diseases, symptoms, drugs, exams and the rest."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from yizhi.knowledge.models import Entity
from yizhi.knowledge.profile import load_profile
from yizhi.web.pages import page_for


def entity(request: HttpRequest, kind: str, name: str) -> HttpResponse:
    """Render one entity; an alias of it (偏侧面肌痉挛) redirects to its page."""
    found = Entity.objects.filter(kind=kind, name=name).first()
    if found is None:
        other = Entity.objects.named(name).filter(kind=kind).first()
        if other is None:
            raise Http404(f"没有找到「{name}」")
        return redirect(other, permanent=True)
    page = page_for(kind)
    context = page.context(
        load_profile(found), request.build_absolute_uri(request.path)
    )
    return render(request, page.template_name, context)
