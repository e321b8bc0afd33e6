"""Recognise the lines that name doctors and hospitals.

Portals print a doctor as 「姓名 职称 [学术职称] [医院 [等级]] [科室]」 on one
line or spread over two or three; the same recogniser serves the side block
of doctors, the answerer of a Q&A item and the author of the article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .model import Doctor

CLINICAL_TITLES = (
    "副主任中医师", "主任中医师", "主治中医师", "副主任医师", "主任医师", "主治医师",
    "住院医师", "执业医师", "中医师",
    "副主任药师", "主任药师", "主管药师", "副主任护师", "主任护师", "主管护师",
    "副主任技师", "主任技师", "主管技师", "医师", "药师", "护师", "技师",
)  # fmt: skip
ACADEMIC_TITLES = (
    "副教授", "教授", "讲师", "副研究员", "研究员", "博士生导师", "硕士生导师",
    "博导", "硕导", "院士",
)  # fmt: skip
GRADES = (
    "三级甲等",
    "三级乙等",
    "二级甲等",
    "二级乙等",
    "三甲",
    "三乙",
    "二甲",
    "二乙",
)
GRADES += ("三级", "二级", "一级")

_TITLE = "|".join(CLINICAL_TITLES + ACADEMIC_TITLES)
_DOCTOR = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}(?:医生|作者|审核|审核医生|审核专家|专家|审稿|指导|讲解"
    r"|答疑|撰稿|主讲|回答|解答|医师)[:：]\s*)?"
    rf"(?P<name>[\u4e00-\u9fff·]{{2,5}}?)\s*(?:医生)?\s*(?P<titles>(?:(?:{_TITLE})[\s/、]*)+)"
    r"(?P<rest>.*)$"
)
_TITLE_TOKEN = re.compile(_TITLE)
_TITLE_FIRST = re.compile(rf"^(?:{_TITLE})")
_NAME_ONLY = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_BYLINE_SEPARATOR = re.compile(r"\s*[·•|｜]\s*|\s{2,}")
_HOSPITAL_END = (
    r"(?:医院|卫生院|诊所|门诊部|保健院|医疗中心|医学中心|卫生服务中心|研究所|研究院"
    r"|医科大学|医学院|中心)"
)
_HOSPITAL = re.compile(
    rf"^(?P<hospital>[\u4e00-\u9fff()（）A-Za-z0-9·]{{2,40}}{_HOSPITAL_END}"
    r"(?:[\u4e00-\u9fff]{1,8}(?:分院|院区))?)"
)
_GRADE = re.compile("|".join(GRADES))
_NOT_NAME = re.compile(r"[的是了在和与或及等医院科]")
SPECIALTY = re.compile(r"^(?:擅长|专长|擅长领域|医生擅长)[:：]\s*")
_ELLIPSIS = re.compile(r"(?:\.{2,}|…+)$")


def strip_ellipsis(text: str) -> str:
    """Drop the 「...」 a portal adds when it cuts a text short."""
    return _ELLIPSIS.sub("", text.strip()).strip()


def parse_doctor_line(text: str) -> Doctor | None:
    """Return the doctor a line names (name and titles first), or None."""
    text = text.strip()
    found = _DOCTOR.match(text)
    if not found or _NOT_NAME.search(found.group("name")):
        return None
    if _TITLE_FIRST.match(text[found.start("name") :]):
        return None  # 「主任医师 教授」: titles whose name is on the line above
    rest = found.group("rest").strip(" ，,|·")
    place = parse_place(rest) if rest else ("", "", "")
    if rest and place is None:
        return None
    titles = _TITLE_TOKEN.findall(found.group("titles"))
    hospital, grade, department = place or ("", "", "")
    return Doctor(
        name=found.group("name"),
        title=next((t for t in titles if t in CLINICAL_TITLES), ""),
        academic_title=next((t for t in titles if t in ACADEMIC_TITLES), ""),
        hospital=hospital,
        grade=grade,
        department=department,
    )


def doctor_in_line(text: str) -> Doctor | None:
    """Return the doctor a byline names among other facts, or None.

    「审核专家：张三 主任医师 某医院 内分泌科 · 2025-07-07 · 阅读 8,231」
    holds a doctor, a date and a count; each part is tried on its own.
    """
    if doctor := parse_doctor_line(text):
        return doctor
    parts = _BYLINE_SEPARATOR.split(text)
    if len(parts) < 2:
        return None
    return next(filter(None, map(parse_doctor_line, parts)), None)


def join_split_names(blocks: list[Block]) -> list[Block]:
    """Join a name line with the titles line under it (「张三」 / 「主任医师 教授」).

    Doctor cards put name, titles and hospital in separate elements; joined,
    the line reads like every other doctor line.
    """
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1].text if joined else ""
        merged = f"{last} {block.text}"
        if (
            _NAME_ONLY.match(last)
            and _TITLE_FIRST.match(block.text)
            and parse_doctor_line(merged)
        ):
            joined[-1] = replace(joined[-1], text=merged)
        else:
            joined.append(block)
    return joined


def parse_place(text: str) -> tuple[str, str, str] | None:
    """Split 「医院 [等级] [科室]」 or a bare grade or department, else None."""
    text = strip_ellipsis(text)
    if not text or len(text) > 60 or re.search(r"[。！？!?]", text):
        return None
    grade_found = _GRADE.search(text)
    grade = grade_found.group(0) if grade_found else ""
    rest = _GRADE.sub(" ", text).strip() if grade else text
    hospital = ""
    if found := _HOSPITAL.match(rest):
        hospital = found.group("hospital")
        rest = rest[found.end() :]
    department = rest.strip(" ，,|·")
    if department and not _looks_like_department(department):
        return None
    if not (hospital or grade or department):
        return None
    return hospital, grade, department


def _looks_like_department(text: str) -> bool:
    return (
        bool(re.search(r"(?:科|病区|中心|门诊|室|部)[）)]?$", text)) and len(text) <= 30
    )


def parse_hospital_line(text: str) -> tuple[str, str, str] | None:
    """Return (hospital, grade, department) for a line that names a hospital."""
    place = parse_place(text)
    return place if place and place[0] else None


def with_place(doctor: Doctor, place: tuple[str, str, str]) -> Doctor:
    """Fill in hospital, grade and department a following line gave."""
    hospital, grade, department = place
    return replace(
        doctor,
        hospital=doctor.hospital or hospital,
        grade=doctor.grade or grade,
        department=doctor.department or department,
    )


def specialty_of(text: str) -> str | None:
    """Return the specialty of a 「擅长：…」 line, or None for other lines."""
    if not SPECIALTY.match(text):
        return None
    while found := SPECIALTY.match(text):
        text = text[found.end() :]
    return strip_ellipsis(text)
