"""The questions pages, the API and search ask of the directory.

Every function returns doctors or hospitals with their hospital and department
already joined (`select_related`), so a list page costs one query however many
rows it shows.
"""

from __future__ import annotations

from django.db.models import Case, Count, IntegerField, Q, QuerySet, When

from yizhi.directory.models import Doctor, DoctorTitle, Hospital, HospitalGrade
from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.models import Department, Entity, Fact

GRADE_RANK = {grade: rank for rank, grade in enumerate(HospitalGrade.values)}


def doctors() -> QuerySet[Doctor]:
    return Doctor.objects.select_related("hospital", "department")


def disease_departments(disease: Entity) -> list[Department]:
    """Return the departments of `disease`, the preferred source's first."""
    facts = (
        Fact.objects.filter(
            subject=disease, predicate=Predicate.DEPARTMENT, department__isnull=False
        )
        .select_related("department")
        .order_by("-source__priority", "position", "pk")
    )
    found: dict[int, Department] = {}
    for fact in facts:
        found.setdefault(fact.department_id, fact.department)
    return list(found.values())


def doctors_for(disease: Entity, *, limit: int = 6) -> list[Doctor]:
    """Return doctors for a disease page: who lists it in 擅长, then its departments.

    A doctor whose 擅长 names the disease is the better suggestion; the
    department fills the block when too few do (a rare disease, a new KB).
    """
    chosen = list(doctors().treating(disease).by_seniority()[:limit])
    for department in disease_departments(disease):
        if len(chosen) >= limit:
            break
        more = (
            doctors()
            .in_department(department)
            .exclude(pk__in=[doctor.pk for doctor in chosen])
            .by_seniority()[: limit - len(chosen)]
        )
        chosen.extend(more)
    return chosen


def _department(value: Department | str) -> Department | None:
    if isinstance(value, Department):
        return value
    return Department.objects.named(value)


def filter_doctors(
    *,
    department: Department | str | None = None,
    title: str | None = None,
    hospital: Hospital | int | str | None = None,
    city: str | None = None,
    specialty: Entity | str | None = None,
) -> QuerySet[Doctor]:
    """Return doctors matching every filter given, most senior first.

    A department includes the departments under it (内科 finds 神经内科's
    doctors). `specialty` as text matches a linked disease or the 擅长 text.
    A title outside 主任医师/副主任医师/主治医师/住院医师 raises ValueError.
    """
    found = doctors()
    if department:
        node = _department(department)
        if node is None:
            return found.none()
        found = found.in_department(node)
    if title:
        if title not in DoctorTitle.values:
            known = "、".join(DoctorTitle.values)
            raise ValueError(f"未知职称：{title}（可用：{known}）")
        found = found.filter(title=title)
    if hospital:
        found = found.filter(_hospital_q(hospital))
    if city:
        found = found.filter(hospital__city=city)
    if isinstance(specialty, Entity):
        found = found.treating(specialty)
    elif specialty:
        found = found.filter(
            Q(specialties__name=specialty) | Q(specialty__contains=specialty)
        ).distinct()
    return found.by_seniority()


def _hospital_q(hospital: Hospital | int | str) -> Q:
    if isinstance(hospital, Hospital):
        return Q(hospital=hospital)
    if isinstance(hospital, int) or hospital.isdigit():
        return Q(hospital_id=int(hospital))
    return Q(hospital__name=hospital)


def filter_hospitals(
    *,
    city: str | None = None,
    grade: str | None = None,
    department: Department | str | None = None,
) -> QuerySet[Hospital]:
    """Return hospitals matching every filter, best grade first, with doctor counts.

    `grade` is a stored grade (三甲) or its label (三级甲等); anything else
    raises ValueError naming the valid ones.
    """
    found = Hospital.objects.annotate(doctor_count=Count("doctors", distinct=True))
    if city:
        found = found.filter(city=city)
    if grade:
        found = found.filter(grade=_grade(grade))
    if department:
        node = _department(department)
        if node is None:
            return found.none()
        found = found.offering(node)
    rank = Case(
        *(When(grade=value, then=n) for value, n in GRADE_RANK.items()),
        default=len(GRADE_RANK),
        output_field=IntegerField(),
    )
    found = found.alias(grade_rank=rank)
    return found.order_by("is_demo", "grade_rank", "city", "name")


def _grade(grade: str) -> str:
    for choice in HospitalGrade:
        if grade in (choice.value, choice.label):
            return choice.value
    known = "、".join(HospitalGrade.values)
    raise ValueError(f"未知医院等级：{grade}（可用：{known}）")


def cities() -> list[str]:
    """Return the cities that have hospitals, for the city filter."""
    return list(
        Hospital.objects.order_by("city").values_list("city", flat=True).distinct()
    )
