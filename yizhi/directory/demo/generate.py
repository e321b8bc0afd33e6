"""Generate the demo hospitals and doctors as records, from a fixed seed.

Pure: the caller passes the department tree and, for each department, the
knowledge-base diseases to write 擅长 from, so the same inputs always give
the same directory and `yizhi import demo-directory` can run again safely.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from yizhi.directory.demo.names import CITIES, hospital_names, person_name
from yizhi.directory.importers.records import DoctorRecord, HospitalRecord
from yizhi.directory.models import DoctorTitle, HospitalGrade
from yizhi.knowledge.departments import DepartmentTree

SEED = "yizhi-demo-directory-1"
# 医技科室 (imaging, pathology, anaesthesia) see no patients by registration.
NON_CLINICAL = frozenset({"医技科室"})

# Grades of the 36 hospitals: mostly 三甲, as in the portals readers know.
GRADES = (
    [HospitalGrade.GRADE_3A] * 21
    + [HospitalGrade.GRADE_3B] * 4
    + [HospitalGrade.GRADE_3] * 2
    + [HospitalGrade.GRADE_2A] * 5
    + [HospitalGrade.GRADE_2B] * 2
    + [HospitalGrade.GRADE_1] * 2
)


@dataclass(frozen=True, slots=True)
class HospitalKind:
    """A kind of hospital: its name suffix, label and departments (roots or leaves)."""

    suffix: str
    label: str
    count: int
    departments: tuple[str, ...] = ()  # empty: every clinical department


KINDS = (
    HospitalKind("医院", "综合医院", 24),
    HospitalKind("中医医院", "中医医院", 3, ("中医科", "康复医学科", "急诊科")),
    HospitalKind("儿童医院", "儿童专科医院", 3, ("儿科", "急诊科", "重症医学科")),
    HospitalKind("妇幼保健院", "妇幼专科医院", 2, ("妇产科", "儿科")),
    HospitalKind("口腔医院", "口腔专科医院", 2, ("口腔科",)),
    HospitalKind("肿瘤医院", "肿瘤专科医院", 2, ("肿瘤科", "营养科")),
)

# Doctors per department beyond the base of three; busier clinics get more.
EXTRA_DOCTORS = {
    "神经内科": 9,
    "心血管内科": 5,
    "消化内科": 3,
    "呼吸内科": 3,
    "内分泌科": 2,
    "小儿内科": 3,
    "妇科": 2,
    "骨科": 3,
    "普外科": 2,
    "神经外科": 2,
    "皮肤科": 2,
    "精神科": 1,
    "心理科": 1,
    "中医内科": 1,
    "全科医学科": 1,
}
BASE_DOCTORS = 3

TITLES = (
    (DoctorTitle.CHIEF, 0.25),
    (DoctorTitle.ASSOCIATE_CHIEF, 0.30),
    (DoctorTitle.ATTENDING, 0.30),
    (DoctorTitle.RESIDENT, 0.15),
)
ACADEMIC = {
    DoctorTitle.CHIEF: ("教授", 0.5),
    DoctorTitle.ASSOCIATE_CHIEF: ("副教授", 0.3),
}
SPECIALTY_TEMPLATES = (
    "擅长{}的诊断与治疗",
    "主要从事{}的诊治",
    "擅长{}等疾病的规范化治疗",
    "临床方向：{}",
)
# Draw 擅长 from the diseases richest in facts (the common ones), not the tail.
SPECIALTY_POOL = 30

HOSPITAL_INTRODUCTION = (
    "示例数据：这家医院由程序生成，名称、科室与医生均不真实，仅用于演示医知的医院库。"
)
DOCTOR_INTRODUCTION = (
    "示例数据：这位医生由程序生成，姓名、职称与擅长均不真实，仅用于演示医知的医生库。"
)


@dataclass(frozen=True, slots=True)
class DemoDirectory:
    hospitals: tuple[HospitalRecord, ...]
    doctors: tuple[DoctorRecord, ...]


def clinical_leaves(tree: DepartmentTree) -> dict[str, list[str]]:
    """Return, per clinical top-level department, the departments to register at."""
    leaves: dict[str, list[str]] = {}
    for root in tree.roots():
        if root.name in NON_CLINICAL:
            continue
        children = [node.name for node in tree.nodes if node.parent == root.name]
        leaves[root.name] = children or [root.name]
    return leaves


def generate(
    tree: DepartmentTree, diseases: Mapping[str, Sequence[str]]
) -> DemoDirectory:
    """Return the demo directory; `diseases` ranks disease names per department."""
    rng = random.Random(SEED)  # noqa: S311 - reproducible demo data, not secrets
    leaves = clinical_leaves(tree)
    hospitals = _hospitals(rng, leaves)
    doctors = _doctors(rng, leaves, hospitals, diseases)
    return DemoDirectory(hospitals=tuple(hospitals), doctors=tuple(doctors))


def _hospitals(
    rng: random.Random, leaves: Mapping[str, list[str]]
) -> list[HospitalRecord]:
    every = [leaf for group in leaves.values() for leaf in group]
    total = sum(kind.count for kind in KINDS)
    names = hospital_names(rng, total)
    grades = list(GRADES)
    rng.shuffle(grades)
    records: list[HospitalRecord] = []
    for kind in KINDS:
        for _ in range(kind.count):
            number = len(records)
            city = CITIES[number % len(CITIES)]
            grade = grades[number]
            if kind.departments:
                departments = [
                    leaf for root in kind.departments for leaf in leaves.get(root, [])
                ]
            elif grade == HospitalGrade.GRADE_3A:
                departments = every
            else:  # smaller general hospitals run most departments, not all
                departments = [leaf for leaf in every if rng.random() < 0.8]
            records.append(
                HospitalRecord(
                    name=f"{city.name}{names[number]}{kind.suffix}",
                    city=city.name,
                    province=city.province,
                    grade=grade,
                    kind=kind.label,
                    departments=tuple(departments),
                    introduction=HOSPITAL_INTRODUCTION,
                    record=f"demo#hospital-{number + 1}",
                    is_demo=True,
                )
            )
    return records


def _doctors(
    rng: random.Random,
    leaves: Mapping[str, list[str]],
    hospitals: Sequence[HospitalRecord],
    diseases: Mapping[str, Sequence[str]],
) -> list[DoctorRecord]:
    records: list[DoctorRecord] = []
    used: set[str] = set()
    for group in leaves.values():
        for leaf in group:
            offering = [h for h in hospitals if leaf in h.departments]
            for _ in range(BASE_DOCTORS + EXTRA_DOCTORS.get(leaf, 0)):
                name = person_name(rng)
                while name in used:
                    name = person_name(rng)
                used.add(name)
                title = _title(rng)
                academic, chance = ACADEMIC.get(title, ("", 0.0))
                number = len(records) + 1
                records.append(
                    DoctorRecord(
                        name=name,
                        hospital=rng.choice(offering).name,
                        department=leaf,
                        title=title,
                        academic_title=academic if rng.random() < chance else "",
                        specialty=specialty_text(number, leaf, diseases.get(leaf, ())),
                        introduction=DOCTOR_INTRODUCTION,
                        record=f"demo#doctor-{number}",
                        is_demo=True,
                    )
                )
    return records


def _title(rng: random.Random) -> str:
    titles, weights = zip(*TITLES, strict=True)
    return rng.choices(titles, weights)[0]


def specialty_text(number: int, department: str, diseases: Sequence[str]) -> str:
    """Write one doctor's 擅长 from two to four diseases of their department.

    Its own random stream per doctor, so a change in the knowledge base
    changes 擅长 only, never names, titles or hospitals.
    """
    rng = random.Random(f"{SEED}:specialty:{number}")  # noqa: S311
    pool = list(diseases[:SPECIALTY_POOL])
    if not pool:
        return f"擅长{department}常见病、多发病的诊治"
    chosen = rng.sample(pool, min(len(pool), rng.randint(2, 4)))
    return rng.choice(SPECIALTY_TEMPLATES).format("、".join(chosen))
