"""Directory rows as plain values, and the checks a CSV row must pass to become one.

The CSV importers and the demo generator both produce these records, and one
writer (`store.py`) stores them, so an edited CSV and the demo set go through
the same validation. Pure logic: no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yizhi.directory.importers.csvfile import CsvRow, row_problem
from yizhi.directory.models import DoctorTitle, HospitalGrade

HOSPITAL_COLUMNS = ("name", "province", "city", "grade", "kind", "address", "phone")
HOSPITAL_COLUMNS += ("departments", "introduction")
HOSPITAL_REQUIRED = ("name", "city")
DOCTOR_COLUMNS = ("name", "title", "academic_title", "hospital", "department")
DOCTOR_COLUMNS += ("specialty", "introduction")
DOCTOR_REQUIRED = ("name", "hospital", "department")

# Spellings of a grade besides the stored value and its label: 3甲, 三级甲.
_GRADE_SPELLINGS = {
    **{grade.value: grade.value for grade in HospitalGrade},
    **{grade.label: grade.value for grade in HospitalGrade},
    "三级甲": HospitalGrade.GRADE_3A,
    "三级乙": HospitalGrade.GRADE_3B,
    "二级甲": HospitalGrade.GRADE_2A,
    "二级乙": HospitalGrade.GRADE_2B,
    "3甲": HospitalGrade.GRADE_3A,
    "3乙": HospitalGrade.GRADE_3B,
    "2甲": HospitalGrade.GRADE_2A,
    "2乙": HospitalGrade.GRADE_2B,
    "一级甲等": HospitalGrade.GRADE_1,
    "一级乙等": HospitalGrade.GRADE_1,
}
_TITLE_SPELLINGS = {
    **{title.value: title.value for title in DoctorTitle},
    "主任": DoctorTitle.CHIEF,
    "副主任": DoctorTitle.ASSOCIATE_CHIEF,
    "主治": DoctorTitle.ATTENDING,
    "住院": DoctorTitle.RESIDENT,
    "医师": DoctorTitle.RESIDENT,
}
# Full-width letters and digits only: full-width ，：（） are Chinese punctuation
# and stay as written.
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}
_WIDTH |= {code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)}
_WIDTH |= {code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)}
_LIST_MARKS = re.compile(r"[、，,；;／/|]+")
_SPACES = re.compile(r"\s+")

# Field limits of the models, checked here so a bad row is reported by line
# instead of failing inside the database (PostgreSQL enforces them).
_LIMITS = {
    "name": 100,
    "province": 20,
    "city": 30,
    "kind": 30,
    "address": 200,
    "phone": 50,
    "academic_title": 20,
}


@dataclass(frozen=True, slots=True)
class HospitalRecord:
    name: str
    city: str
    record: str
    province: str = ""
    grade: str = ""
    kind: str = ""
    address: str = ""
    phone: str = ""
    departments: tuple[str, ...] = ()  # raw names, resolved by the writer
    introduction: str = ""
    is_demo: bool = False


@dataclass(frozen=True, slots=True)
class DoctorRecord:
    name: str
    hospital: str
    department: str  # raw name, resolved by the writer
    record: str
    title: str = ""
    academic_title: str = ""
    specialty: str = ""
    introduction: str = ""
    is_demo: bool = False


def tidy(text: str) -> str:
    """Fold full-width letters and digits and collapse runs of spaces."""
    return _SPACES.sub(" ", text.translate(_WIDTH)).strip()


def split_list(text: str) -> tuple[str, ...]:
    """Split a 、-separated cell (commas and semicolons are accepted too)."""
    parts = (tidy(part) for part in _LIST_MARKS.split(text))
    return tuple(dict.fromkeys(part for part in parts if part))


def normalise_grade(text: str) -> str | None:
    """Return the stored grade for a spelling, "" for a blank cell, None if unknown."""
    text = tidy(text).replace(" ", "")
    if not text:
        return ""
    return _GRADE_SPELLINGS.get(text)


def normalise_title(text: str) -> str | None:
    """Return the stored clinical title, "" for a blank cell, None if unknown."""
    text = tidy(text).replace(" ", "")
    if not text:
        return ""
    return _TITLE_SPELLINGS.get(text)


def _cells(row: CsvRow, columns: tuple[str, ...]) -> dict[str, str] | str:
    problem = row_problem(row)
    if problem:
        return problem
    cells = {column: tidy(row.get(column)) for column in columns}
    for column, limit in _LIMITS.items():
        if len(cells.get(column, "")) > limit:
            return f"{column} 超过 {limit} 字"
    return cells


def _missing(cells: dict[str, str], required: tuple[str, ...]) -> str | None:
    empty = [column for column in required if not cells[column]]
    return f"必填列为空：{'、'.join(empty)}" if empty else None


def hospital_record(row: CsvRow, provenance: str) -> HospitalRecord | str:
    """Return the hospital a CSV row describes, or why the row is refused."""
    cells = _cells(row, HOSPITAL_COLUMNS)
    if isinstance(cells, str):
        return cells
    if problem := _missing(cells, HOSPITAL_REQUIRED):
        return problem
    grade = normalise_grade(cells["grade"])
    if grade is None:
        known = "、".join(HospitalGrade.values)
        return f"无法识别的医院等级：{cells['grade']}（可用：{known}）"
    return HospitalRecord(
        name=cells["name"],
        city=cells["city"],
        record=f"{provenance}#{row.line}",
        province=cells["province"],
        grade=grade,
        kind=cells["kind"],
        address=cells["address"],
        phone=cells["phone"],
        departments=split_list(cells["departments"]),
        introduction=cells["introduction"],
    )


def doctor_record(row: CsvRow, provenance: str) -> DoctorRecord | str:
    """Return the doctor a CSV row describes, or why the row is refused."""
    cells = _cells(row, DOCTOR_COLUMNS)
    if isinstance(cells, str):
        return cells
    if problem := _missing(cells, DOCTOR_REQUIRED):
        return problem
    if len(cells["name"]) > 50:
        return "name 超过 50 字"
    title = normalise_title(cells["title"])
    if title is None:
        known = "、".join(DoctorTitle.values)
        return f"无法识别的职称：{cells['title']}（可用：{known}）"
    return DoctorRecord(
        name=cells["name"],
        hospital=cells["hospital"],
        department=cells["department"],
        record=f"{provenance}#{row.line}",
        title=title,
        academic_title=cells["academic_title"],
        specialty=cells["specialty"],
        introduction=cells["introduction"],
    )
