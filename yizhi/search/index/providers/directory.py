"""Documents for hospitals and doctors of the directory."""

from __future__ import annotations

from collections.abc import Iterator

from yizhi.directory.models import Doctor, Hospital
from yizhi.search.index.documents import IndexDocument, document_key, join_sentences
from yizhi.search.index.registry import Provider, register_provider, url_or

SNIPPET_CHARS = 90


@register_provider
class HospitalProvider(Provider):
    kind = "hospital"
    label = "医院"
    model = Hospital

    def documents(self) -> Iterator[IndexDocument]:
        hospitals = Hospital.objects.prefetch_related("departments")
        for hospital in hospitals.iterator(chunk_size=500):
            yield hospital_document(hospital)

    def document_for(self, instance: Hospital) -> IndexDocument | None:
        return hospital_document(instance)


def hospital_document(hospital: Hospital) -> IndexDocument:
    """Return the document of one hospital: where it is, its grade, its departments."""
    departments = tuple(department.name for department in hospital.departments.all())
    place = " ".join(filter(None, [hospital.province, hospital.city, hospital.grade]))
    return IndexDocument(
        key=document_key("hospital", hospital.pk),
        kind="hospital",
        title=hospital.name,
        url=url_or("web:hospital", [hospital.pk], f"/hospital/{hospital.pk}/"),
        names=(hospital.name,),
        body=join_sentences(
            [place, hospital.kind, " ".join(departments), hospital.introduction]
        ),
        snippet=(place + " " + hospital.introduction).strip()[:SNIPPET_CHARS],
        departments=departments,
        tags=("department",),
        is_demo=hospital.is_demo,
    )


@register_provider
class DoctorProvider(Provider):
    kind = "doctor"
    label = "医生"
    model = Doctor

    def documents(self) -> Iterator[IndexDocument]:
        doctors = Doctor.objects.select_related("hospital", "department")
        for doctor in doctors.iterator(chunk_size=1000):
            yield doctor_document(doctor)

    def document_for(self, instance: Doctor) -> IndexDocument | None:
        return doctor_document(instance)


def doctor_document(doctor: Doctor) -> IndexDocument:
    """Return the document of one doctor: title, hospital, department, 擅长."""
    department = doctor.department.name if doctor.department_id else ""
    hospital = doctor.hospital.name if doctor.hospital_id else ""
    role = " ".join(filter(None, [doctor.title, doctor.academic_title]))
    return IndexDocument(
        key=document_key("doctor", doctor.pk),
        kind="doctor",
        title=doctor.name,
        url=url_or("web:doctor", [doctor.pk], f"/doctor/{doctor.pk}/"),
        names=(doctor.name,),
        body=join_sentences(
            [role, hospital, department, doctor.specialty, doctor.introduction]
        ),
        snippet=" ".join(filter(None, [role, hospital, department]))[:SNIPPET_CHARS],
        departments=(department,) if department else (),
        tags=("department", "doctor"),
        is_demo=doctor.is_demo,
    )
