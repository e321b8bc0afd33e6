"""找医生 and 找医院: the lists with their filters, and each profile."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from yizhi.content.models import Answer
from yizhi.directory.models import Doctor, DoctorTitle, Hospital, HospitalGrade
from yizhi.knowledge.models import Department
from yizhi.web.breadcrumbs import Crumb, trail
from yizhi.web.departments import DepartmentIndex
from yizhi.web.filters import DoctorFilter, HospitalFilter
from yizhi.web.inline_links import link_names
from yizhi.web.seo import hospital_ld, physician_ld

PER_PAGE = 20
PROFILE_DOCTORS = 30
PROFILE_ANSWERS = 10


def _departments_used(index: DepartmentIndex, used: set[int]) -> list[Department]:
    """Departments that have rows, in tree order, with their ancestors."""
    paths = [node.path for node in index.nodes if node.pk in used]
    return [n for n in index.nodes if any(p.startswith(n.path) for p in paths)]


def _cities() -> list[str]:
    return list(
        Hospital.objects.values_list("city", flat=True).distinct().order_by("city")
    )


def doctors(request: HttpRequest) -> HttpResponse:
    index = DepartmentIndex.load()
    chosen = DoctorFilter.from_query(request.GET)
    found = chosen.apply(
        Doctor.objects.select_related("hospital", "department"), index
    ).order_by("is_demo", "hospital__name", "name", "pk")
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    used = set(Doctor.objects.values_list("department_id", flat=True).distinct())
    return render(
        request,
        "web/directory/doctors.html",
        {
            "page": page,
            "filter": chosen,
            "querystring": chosen.querystring(),
            "departments": _departments_used(index, used),
            "titles": DoctorTitle.values,
            "cities": _cities(),
            "hospitals": Hospital.objects.order_by("name").values_list("pk", "name"),
            "crumbs": trail(Crumb("找医生")),
            "any_demo": any(doctor.is_demo for doctor in page.object_list),
        },
    )


def doctor(request: HttpRequest, pk: int) -> HttpResponse:
    found = (
        Doctor.objects.select_related("hospital", "department", "source")
        .prefetch_related("specialties")
        .filter(pk=pk)
        .first()
    )
    if found is None:
        raise Http404("没有找到这位医生")
    index = DepartmentIndex.load()
    department_url = (
        f"{reverse('web:doctors')}?{urlencode({'department': found.department.name})}"
    )
    answers = (
        Answer.objects.filter(doctor=found)
        .select_related("question")
        .order_by("-question__created")[:PROFILE_ANSWERS]
    )
    return render(
        request,
        "web/directory/doctor.html",
        {
            "doctor": found,
            "specialty": link_names(found.specialty, found.specialties.all()),
            "specialties": found.specialties.all(),
            "answers": answers,
            "articles": found.articles.order_by("-published")[:PROFILE_ANSWERS],
            "crumbs": trail(
                Crumb("找医生", reverse("web:doctors")),
                Crumb(found.department.name, department_url),
                Crumb(found.name),
            ),
            "department_path": index.path(index.get(found.department_id)),
            "json_ld": physician_ld(found, request.build_absolute_uri(request.path)),
            "noindex": found.is_demo,
        },
    )


def hospitals(request: HttpRequest) -> HttpResponse:
    index = DepartmentIndex.load()
    chosen = HospitalFilter.from_query(request.GET)
    found = (
        chosen.apply(Hospital.objects.all(), index)
        .annotate(doctor_count=Count("doctors"))
        .order_by("is_demo", "city", "name")
    )
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    used = set(
        Hospital.departments.through.objects.values_list(
            "department_id", flat=True
        ).distinct()
    )
    return render(
        request,
        "web/directory/hospitals.html",
        {
            "page": page,
            "filter": chosen,
            "querystring": chosen.querystring(),
            "departments": _departments_used(index, used),
            "grades": HospitalGrade.choices,
            "cities": _cities(),
            "crumbs": trail(Crumb("找医院")),
            "any_demo": any(hospital.is_demo for hospital in page.object_list),
        },
    )


def hospital(request: HttpRequest, pk: int) -> HttpResponse:
    found = Hospital.objects.select_related("source").filter(pk=pk).first()
    if found is None:
        raise Http404("没有找到这家医院")
    index = DepartmentIndex.load()
    own = {node.pk for node in found.departments.all()}
    staff = found.doctors.select_related("department").order_by(
        "department__path", "name"
    )[:PROFILE_DOCTORS]
    return render(
        request,
        "web/directory/hospital.html",
        {
            "hospital": found,
            "departments": [node for node in index.nodes if node.pk in own],
            "doctors": staff,
            "doctor_total": found.doctors.count(),
            "doctors_url": reverse("web:doctors") + f"?hospital={found.pk}",
            "crumbs": trail(
                Crumb("找医院", reverse("web:hospitals")), Crumb(found.name)
            ),
            "json_ld": hospital_ld(found, request.build_absolute_uri(request.path)),
            "noindex": found.is_demo,
        },
    )
