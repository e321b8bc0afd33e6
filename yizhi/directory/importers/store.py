"""Store hospital and doctor records: create, update, or leave alone.

Hospitals are matched by name and doctors by (name, hospital, department), the
natural keys of the models, so importing the same file twice changes nothing
and an edited row updates its doctor instead of adding a second one.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from django.db import transaction

from yizhi.directory.departments import DepartmentResolver
from yizhi.directory.importers.records import DoctorRecord, HospitalRecord
from yizhi.directory.models import Doctor, Hospital
from yizhi.directory.specialties import SpecialtyMatcher
from yizhi.knowledge.models import Source

logger = logging.getLogger(__name__)

Outcome = Literal["created", "updated", "unchanged"]


class RecordRefused(Exception):
    """A record that cannot be stored; the message tells the editor what to fix."""


class DirectoryWriter:
    """Write directory records under one source, one transaction per record."""

    def __init__(
        self,
        source: Source,
        *,
        departments: DepartmentResolver | None = None,
        matcher: SpecialtyMatcher | None = None,
    ) -> None:
        self.source = source
        self.departments = departments or DepartmentResolver()
        self._matcher = matcher
        self._hospitals: dict[str, Hospital] = {}

    @property
    def matcher(self) -> SpecialtyMatcher:
        if self._matcher is None:
            self._matcher = SpecialtyMatcher.from_database()
        return self._matcher

    def save_hospital(self, record: HospitalRecord) -> Outcome:
        ids, unknown = self.departments.resolve_all(list(record.departments))
        if unknown:
            raise RecordRefused(
                f"科室无法识别：{'、'.join(unknown)}；请改用标准科室名，"
                "或在 departments.yaml 中为它添加别名"
            )
        fields = {
            "province": record.province,
            "city": record.city,
            "grade": record.grade,
            "kind": record.kind,
            "address": record.address,
            "phone": record.phone,
            "introduction": record.introduction,
            "is_demo": record.is_demo,
            "source": self.source,
            "record": record.record,
        }
        with transaction.atomic():
            hospital = Hospital.objects.filter(name=record.name).first()
            if hospital is None:
                hospital = Hospital.objects.create(name=record.name, **fields)
                hospital.departments.set(ids)
                outcome: Outcome = "created"
            else:
                # Keep the departments its doctors work in (see save_doctor).
                staffed = hospital.doctors.values_list("department_id", flat=True)
                ids = list(dict.fromkeys([*ids, *staffed]))
                outcome = _update(hospital, fields, "departments", ids)
        self._hospitals[hospital.name] = hospital
        return outcome

    def save_doctor(self, record: DoctorRecord) -> Outcome:
        hospital = self._hospital(record.hospital)
        department = self.departments.resolve(record.department)
        if department is None:
            raise RecordRefused(
                f"科室无法识别：{record.department}；请改用标准科室名，"
                "或在 departments.yaml 中为它添加别名"
            )
        specialties = self.matcher.find(record.specialty)
        fields = {
            "title": record.title,
            "academic_title": record.academic_title,
            "specialty": record.specialty,
            "introduction": record.introduction,
            "is_demo": record.is_demo,
            "source": self.source,
            "record": record.record,
        }
        key = {"name": record.name, "hospital": hospital, "department_id": department}
        with transaction.atomic():
            doctor = Doctor.objects.filter(**key).first()
            if doctor is None:
                doctor = Doctor.objects.create(**key, **fields)
                doctor.specialties.set(specialties)
                outcome: Outcome = "created"
            else:
                outcome = _update(doctor, fields, "specialties", specialties)
            # A doctor of a department shows the hospital runs it, so the
            # hospital filter by department finds this doctor's hospital.
            hospital.departments.add(department)
        return outcome

    def _hospital(self, name: str) -> Hospital:
        if name not in self._hospitals:
            found = Hospital.objects.filter(name=name).first()
            if found is None:
                raise RecordRefused(
                    f"医院不存在：{name}；请先用 yizhi import hospitals 导入医院"
                )
            self._hospitals[name] = found
        return self._hospitals[name]


def _update(
    instance: Hospital | Doctor,
    fields: dict[str, Any],
    relation: str,
    ids: list[int],
) -> Outcome:
    """Apply changed fields and many-to-many ids; say whether anything changed."""
    changed = [
        name for name, value in fields.items() if getattr(instance, name) != value
    ]
    manager = getattr(instance, relation)
    current = set(manager.values_list("pk", flat=True))
    if not changed and current == set(ids):
        return "unchanged"
    for name in changed:
        setattr(instance, name, fields[name])
    if changed:
        instance.save(update_fields=changed)
    if current != set(ids):
        manager.set(ids)
    return "updated"
