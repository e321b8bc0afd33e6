"""Importing hospitals and doctors from CSV into the directory."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from testsupport import FIXTURES

from yizhi.directory.importers.doctors import DoctorImporter
from yizhi.directory.importers.hospitals import HospitalImporter
from yizhi.directory.models import Doctor, Hospital

HOSPITALS = FIXTURES / "directory" / "hospitals.csv"
DOCTORS = FIXTURES / "directory" / "doctors.csv"

pytestmark = pytest.mark.django_db


def _import_both():
    hospitals = HospitalImporter(paths=[HOSPITALS]).run()
    doctors = DoctorImporter(paths=[DOCTORS]).run()
    return hospitals, doctors


def test_good_rows_are_stored_and_bad_rows_reported_by_line() -> None:
    hospitals, doctors = _import_both()
    assert (hospitals.created, len(hospitals.failures)) == (3, 3)
    assert (doctors.created, len(doctors.failures)) == (4, 3)
    reasons = {f.record.rsplit(":", 1)[1]: f.reason for f in hospitals.failures}
    assert "必填列为空：name" in reasons["5"]
    assert "无法识别的医院等级：四甲" in reasons["6"]
    assert "科室无法识别：火星科" in reasons["7"]
    doctor_reasons = " ".join(f.reason for f in doctors.failures)
    assert "医院不存在：不存在的医院" in doctor_reasons
    assert "无法识别的职称：专家" in doctor_reasons


def test_departments_map_to_the_canonical_tree() -> None:
    _import_both()
    west = Hospital.objects.get(name="示例西岭医院")
    assert west.grade == "三乙"
    assert set(west.departments.values_list("name", flat=True)) == {"神经内科", "眼科"}
    doctor = Doctor.objects.get(name="周示例")
    assert doctor.department.name == "心血管内科"  # written 心内科


def test_specialty_text_links_knowledge_base_diseases() -> None:
    _import_both()
    doctor = Doctor.objects.get(name="林示例")
    linked = set(doctor.specialties.values_list("name", flat=True))
    assert linked == {"面肌痉挛", "眼睑痉挛"}  # 偏侧面肌痉挛 is an alias of 面肌痉挛


def test_reimport_changes_nothing_then_updates_an_edited_row(tmp_path) -> None:
    _import_both()
    again_hospitals, again_doctors = _import_both()
    assert (again_hospitals.created, again_hospitals.updated) == (0, 0)
    assert again_doctors.unchanged == 4
    edited = tmp_path / "doctors.csv"
    edited.write_text(
        DOCTORS.read_text(encoding="utf-8").replace("示例医生一", "示例医生一，已更新"),
        encoding="utf-8",
    )
    report = DoctorImporter(paths=[edited], source="doctors.csv").run()
    assert (report.created, report.updated) == (0, 4)  # provenance changed too
    assert Doctor.objects.get(name="林示例").introduction == "示例医生一，已更新"


def test_dry_run_stores_nothing() -> None:
    report = HospitalImporter(paths=[HOSPITALS]).run(dry_run=True)
    assert report.created == 3
    assert not Hospital.objects.filter(name="示例东湖医院").exists()


def test_command_reports_failures_and_exits_nonzero() -> None:
    with pytest.raises(CommandError, match="3 个记录未能导入"):
        call_command("import", "hospitals", str(HOSPITALS))
    assert Hospital.objects.filter(name="示例东湖医院").exists()
