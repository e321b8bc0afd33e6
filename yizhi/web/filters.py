"""The filters of the 找医生, 找医院 and 问答 lists, read from the address.

Each filter is a frozen value parsed from the query string: a value that names
nothing (an unknown title, a hospital id that is not a number) is dropped rather
than answered with an error, so an edited or stale link still shows a list.
Departments filter by subtree: 内科 includes 神经内科.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass

from django.db.models import Q, QuerySet
from django.utils.http import urlencode

from yizhi.content.models import Question
from yizhi.directory.models import Doctor, DoctorTitle, Hospital, HospitalGrade
from yizhi.knowledge.models import Department
from yizhi.web.departments import DepartmentIndex

# Longer than any hospital, city or disease name; the rest cannot match.
MAX_VALUE_LENGTH = 50


def _text(params: Mapping[str, str], key: str) -> str:
    value = params.get(key) or ""
    return " ".join(value.split())[:MAX_VALUE_LENGTH]


def _choice(params: Mapping[str, str], key: str, allowed: list[str]) -> str:
    value = _text(params, key)
    return value if value in allowed else ""


def _number(params: Mapping[str, str], key: str) -> int | None:
    value = _text(params, key)
    return int(value) if value.isdigit() and len(value) < 12 else None


def _department(name: str, index: DepartmentIndex) -> Department | None:
    return next((node for node in index.nodes if node.name == name), None)


class ListFilter:
    """Shared behaviour: the query string of the chosen values, for pager links."""

    def querystring(self) -> str:
        chosen = {key: value for key, value in asdict(self).items() if value}
        return urlencode(chosen)

    @property
    def is_active(self) -> bool:
        return any(asdict(self).values())


@dataclass(frozen=True, slots=True)
class DoctorFilter(ListFilter):
    q: str = ""
    department: str = ""
    title: str = ""
    hospital: int | None = None
    city: str = ""
    specialty: str = ""

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> DoctorFilter:
        return cls(
            q=_text(params, "q"),
            department=_text(params, "department"),
            title=_choice(params, "title", DoctorTitle.values),
            hospital=_number(params, "hospital"),
            city=_text(params, "city"),
            specialty=_text(params, "specialty"),
        )

    def apply(
        self, doctors: QuerySet[Doctor], index: DepartmentIndex
    ) -> QuerySet[Doctor]:
        """Narrow `doctors` by each chosen value; an unknown department matches none."""
        if self.department:
            node = _department(self.department, index)
            ids = index.subtree_ids(node) if node else []
            doctors = doctors.filter(department_id__in=ids)
        if self.title:
            doctors = doctors.filter(title=self.title)
        if self.hospital is not None:
            doctors = doctors.filter(hospital_id=self.hospital)
        if self.city:
            doctors = doctors.filter(hospital__city=self.city)
        if self.specialty:
            doctors = doctors.filter(
                Q(specialty__contains=self.specialty)
                | Q(
                    pk__in=Doctor.specialties.through.objects.filter(
                        entity__name=self.specialty
                    ).values("doctor_id")
                )
            )
        if self.q:
            doctors = doctors.filter(
                Q(name__contains=self.q)
                | Q(specialty__contains=self.q)
                | Q(hospital__name__contains=self.q)
                | Q(department__name=self.q)
            )
        return doctors


@dataclass(frozen=True, slots=True)
class HospitalFilter(ListFilter):
    q: str = ""
    city: str = ""
    grade: str = ""
    department: str = ""

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> HospitalFilter:
        return cls(
            q=_text(params, "q"),
            city=_text(params, "city"),
            grade=_choice(params, "grade", HospitalGrade.values),
            department=_text(params, "department"),
        )

    def apply(
        self, hospitals: QuerySet[Hospital], index: DepartmentIndex
    ) -> QuerySet[Hospital]:
        if self.city:
            hospitals = hospitals.filter(city=self.city)
        if self.grade:
            hospitals = hospitals.filter(grade=self.grade)
        if self.department:
            node = _department(self.department, index)
            ids = index.subtree_ids(node) if node else []
            hospitals = hospitals.filter(
                pk__in=Hospital.departments.through.objects.filter(
                    department_id__in=ids
                ).values("hospital_id")
            )
        if self.q:
            hospitals = hospitals.filter(
                Q(name__contains=self.q) | Q(city=self.q) | Q(province=self.q)
            )
        return hospitals


@dataclass(frozen=True, slots=True)
class QuestionFilter(ListFilter):
    department: str = ""

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> QuestionFilter:
        return cls(department=_text(params, "department"))

    def apply(
        self, questions: QuerySet[Question], index: DepartmentIndex
    ) -> QuerySet[Question]:
        if self.department:
            node = _department(self.department, index)
            ids = index.subtree_ids(node) if node else []
            questions = questions.filter(department_id__in=ids)
        return questions
