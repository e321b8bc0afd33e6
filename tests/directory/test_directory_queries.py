"""The directory questions pages and the API ask."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from yizhi.directory.importers.demo import DemoDirectoryImporter
from yizhi.directory.queries import doctors_for, filter_doctors, filter_hospitals
from yizhi.directory.sources import csv_source
from yizhi.knowledge.models import Department, Entity

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo directory once for the module, and roll it back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        DemoDirectoryImporter(paths=()).run()
        yield
        transaction.set_rollback(True)


def test_doctors_for_puts_specialists_first(demo) -> None:
    disease = Entity.objects.get(kind="disease", name="面肌痉挛")
    found = doctors_for(disease, limit=20)
    linked = [d for d in found if d.specialties.filter(pk=disease.pk).exists()]
    assert linked and found[: len(linked)] == linked
    assert {d.department.name for d in found[len(linked) :]} <= {"神经内科", "神经外科"}


def test_doctors_for_costs_few_queries(demo) -> None:
    disease = Entity.objects.get(kind="disease", name="面肌痉挛")
    with CaptureQueriesContext(connection) as queries:
        names = [(d.hospital.name, d.department.name) for d in doctors_for(disease)]
    assert names and len(queries) <= 4


def test_filter_doctors_by_parent_department_title_and_city(demo) -> None:
    found = list(filter_doctors(department="内科", title="主任医师", city="北京"))
    assert found
    internal = Department.objects.get(name="内科")
    for doctor in found:
        assert doctor.department.path.startswith(internal.path)
        assert (doctor.title, doctor.hospital.city) == ("主任医师", "北京")


def test_filter_doctors_by_specialty_text(demo) -> None:
    assert all(
        "面肌痉挛" in d.specialty or d.specialties.filter(name="面肌痉挛").exists()
        for d in filter_doctors(specialty="面肌痉挛")
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [({"title": "专家"}, "未知职称：专家"), ({"grade": "四甲"}, "未知医院等级：四甲")],
)
def test_bad_filter_values_name_the_valid_ones(options: dict, message: str) -> None:
    query = filter_hospitals if "grade" in options else filter_doctors
    with pytest.raises(ValueError, match=message):
        query(**options)


def test_unknown_department_finds_nothing(demo) -> None:
    assert not filter_doctors(department="火星科").exists()


def test_filter_hospitals_best_grade_first_with_counts(demo) -> None:
    found = list(filter_hospitals(department="神经内科"))
    assert found[0].grade == "三甲"
    assert all(hasattr(h, "doctor_count") for h in found)
    by_label = list(filter_hospitals(grade="三级甲等"))
    assert by_label == list(filter_hospitals(grade="三甲"))


def test_real_doctors_are_listed_before_demo_ones(demo) -> None:
    from yizhi.directory.models import Doctor, Hospital

    hospital = Hospital.objects.create(
        name="示例真实医院", city="北京", grade="二甲", source=csv_source(), record="t"
    )
    neurology = Department.objects.get(name="神经内科")
    real = Doctor.objects.create(
        name="真示例",
        title="住院医师",
        hospital=hospital,
        department=neurology,
        source=csv_source(),
        record="t",
    )
    assert filter_doctors(department="神经内科").first() == real
    assert filter_hospitals().first() == hospital


def test_doctor_list_costs_one_query(demo) -> None:
    with CaptureQueriesContext(connection) as queries:
        rows = [
            (d.name, d.hospital.name, d.hospital.city, d.department.name)
            for d in filter_doctors(department="内科")
        ]
    assert len(rows) > 20
    assert len(queries) <= 2  # the department lookup and the list


@pytest.mark.parametrize("model", ["hospital", "doctor"])
def test_admin_lists_and_forms_render(demo, admin_client, model: str) -> None:
    from yizhi.directory.models import Doctor, Hospital

    pk = (Hospital if model == "hospital" else Doctor).objects.first().pk
    for url in (f"/admin/directory/{model}/", f"/admin/directory/{model}/{pk}/change/"):
        assert admin_client.get(url).status_code == 200, url
