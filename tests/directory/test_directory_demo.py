"""The generated demo directory: enough, spread, marked and stable."""

from __future__ import annotations

from collections import Counter

import pytest

from yizhi.directory.demo.generate import clinical_leaves, generate
from yizhi.directory.importers.demo import DemoDirectoryImporter
from yizhi.directory.models import Doctor, Hospital
from yizhi.knowledge.departments import DepartmentTree

TREE = DepartmentTree.load()


def test_generation_is_deterministic() -> None:
    diseases = {"神经内科": ["面肌痉挛", "面神经炎", "眼睑痉挛"]}
    assert generate(TREE, diseases) == generate(TREE, diseases)


def test_knowledge_base_changes_only_the_specialty_text() -> None:
    before = generate(TREE, {})
    after = generate(TREE, {"神经内科": ["面肌痉挛", "面神经炎"]})
    assert [d.name for d in before.doctors] == [d.name for d in after.doctors]
    assert [d.hospital for d in before.doctors] == [d.hospital for d in after.doctors]


def test_size_and_spread() -> None:
    directory = generate(TREE, {})
    hospitals, doctors = directory.hospitals, directory.doctors
    assert len(hospitals) >= 30
    assert len({hospital.city for hospital in hospitals}) >= 8
    grades = Counter(hospital.grade for hospital in hospitals)
    assert grades.most_common(1)[0][0] == "三甲"
    assert len(doctors) >= 150
    assert len({doctor.title for doctor in doctors}) == 4
    per_department = Counter(doctor.department for doctor in doctors)
    for root, leaves in clinical_leaves(TREE).items():
        assert any(per_department[leaf] for leaf in leaves), root
    assert per_department["神经内科"] == max(per_department.values())
    assert len({doctor.name for doctor in doctors}) == len(doctors)


def test_every_doctor_works_where_the_hospital_runs_the_department() -> None:
    directory = generate(TREE, {})
    offered = {h.name: set(h.departments) for h in directory.hospitals}
    assert all(d.department in offered[d.hospital] for d in directory.doctors)


def test_specialty_falls_back_to_the_department_without_diseases() -> None:
    directory = generate(TREE, {"神经内科": ["面肌痉挛", "面神经炎", "眼睑痉挛"]})
    texts = {d.department: d.specialty for d in directory.doctors}
    assert "眼科常见病" in texts["眼科"]
    neurology = [d.specialty for d in directory.doctors if d.department == "神经内科"]
    assert all("面肌痉挛" in t or "面神经炎" in t for t in neurology if "眼睑" not in t)


@pytest.mark.django_db
def test_import_is_marked_demo_links_specialties_and_is_idempotent() -> None:
    first = DemoDirectoryImporter(paths=()).run()
    assert first.created >= 180 and not first.failures
    assert not Doctor.objects.filter(is_demo=False).exists()
    assert set(Hospital.objects.values_list("source__title", flat=True)) == {"示例数据"}
    linked = Doctor.objects.filter(specialties__name="面肌痉挛")
    assert linked.exists()
    counts = (Hospital.objects.count(), Doctor.objects.count())
    second = DemoDirectoryImporter(paths=()).run()
    assert (second.created, second.updated) == (0, 0)
    assert (Hospital.objects.count(), Doctor.objects.count()) == counts
