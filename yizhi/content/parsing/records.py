"""Read the records of side blocks: doctors, Q&A, drugs, exams, related items.

Each reader looks at the blocks from a position and returns the record and
how many blocks it used, or None. Strong shapes (a doctor line, 「功效主治：」,
a manufacturer) are read in any side block, because portals often print
drugs and exams under no header at all; weak shapes (a name and a paragraph)
are read as the side block's header says.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .blocks import ITEM, Block
from .details import plain
from .drugnames import is_drug_name
from .model import Doctor, DrugItem, ExamItem, QAItem, RelatedItem
from .people import (
    parse_doctor_line,
    parse_hospital_line,
    specialty_of,
    strip_ellipsis,
    with_place,
)
from .sections import DRUGS, EXAMS, QA, RELATED, UNKNOWN

Record = Doctor | DrugItem | ExamItem | QAItem | RelatedItem
Reader = Callable[[list[Block], int, str], tuple[Record, int] | None]

_INLINE_QA = re.compile(r"^(?P<q>.{2,80}?[?？])\s*(?:A|答|回答)\s*[:：]\s*(?P<a>.+)$")
_INLINE_QA_LOOSE = re.compile(r"^(?P<q>.{2,60}?)\s+(?:A|答)\s*[:：]\s*(?P<a>.+)$")
ANSWER_LEAD = re.compile(r"^(?:答|回答|A|医生回答|病情分析)\s*[:：]\s*")
_INDICATION = re.compile(
    r"^(?:功效主治|功能主治|主治功能|主治|适应症|适应证|适用症|用途|作用与用途|功效)\s*[:：]\s*"
)
_MANUFACTURER = re.compile(
    r"药业|制药|药厂|医药|有限|公司|集团|股份|药房|生物|\.\.\.|…"
)
_EXAM_NAME = re.compile(
    r"(?:检查|试验|测定|检测|造影|扫描|电图|电位|刺激|超声|彩超|B超|CT|MRI|核磁共振|X线|镜|穿刺|化验"
    r"|常规|功能|活检|筛查|显像|评估|量表)$"
)
_QUESTION = re.compile(
    r"[?？]$|吗$|么$|怎么|什么|为什么|如何|哪些|是否|能不能|会不会|能否|多少|可以.{0,6}吗"
    r"|原因|症状|表现|治疗|严重|正常|好不好|多久|多长时间|要不要|有没有|呢$"
)
_NAME_ONLY = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_QUESTION_LEAD = re.compile(r"^(?:问|提问|问题|Q)\s*[:：]\s*")
MIN_PARAGRAPH = 12
# The view count a list of links prints after each title: 「… 1.1万阅读」.
_COUNT_TAIL = re.compile(
    r"\s+\d[\d.,]*\s*(?:万|千|[wWkK])?\+?\s*(?:次|人)?(?:阅读|浏览|看过|观看|已读)$"
)


def _text(blocks: list[Block], index: int) -> str:
    return plain(blocks[index].text) if index < len(blocks) else ""


def _is_paragraph(text: str) -> bool:
    return len(text) >= MIN_PARAGRAPH and parse_doctor_line(text) is None


def _name_echo(blocks: list[Block], index: int) -> bool:
    """Say whether a line only repeats the name the next line opens with."""
    text, following = _text(blocks, index), _text(blocks, index + 1)
    return (
        bool(text)
        and len(text) <= 30
        and following.startswith(text)
        and following != text
    )


def read_doctor(
    blocks: list[Block], index: int, kind: str
) -> tuple[Doctor, int] | None:
    """Read 「[姓名] / 姓名 职称 [医院 科室] / [医院 科室] / [擅长：…]」."""
    start = index
    if _name_echo(blocks, index):
        index += 1
    doctor = parse_doctor_line(_text(blocks, index))
    if doctor is None and _NAME_ONLY.match(_text(blocks, index)):
        # 「姓名 / 主任医师 / 医院」 on separate lines.
        doctor = parse_doctor_line(f"{_text(blocks, index)} {_text(blocks, index + 1)}")
        if doctor is not None and not doctor.hospital:
            index += 1
        else:
            doctor = None
    if doctor is None:
        return None
    index += 1
    if place := parse_hospital_line(_text(blocks, index)):
        doctor = with_place(doctor, place)
        index += 1
    if (specialty := specialty_of(_text(blocks, index))) is not None:
        doctor = replace(doctor, specialty=specialty)
        index += 1
    return doctor, index - start


def read_qa(blocks: list[Block], index: int, kind: str) -> tuple[QAItem, int] | None:
    """Read a question, the doctor who answered and the answer, or 「问？A：答」."""
    text = _text(blocks, index)
    if found := _INLINE_QA.match(text) or _INLINE_QA_LOOSE.match(text):
        question = _QUESTION_LEAD.sub("", found.group("q").strip())
        return QAItem(question, strip_ellipsis(found.group("a"))), 1
    if (
        not text
        or len(text) > 80
        or parse_doctor_line(text)
        or _name_echo(blocks, index)
    ):
        return None
    doctor_read = read_doctor(blocks, index + 1, kind)
    after = index + 1 + (doctor_read[1] if doctor_read else 0)
    answer = _text(blocks, after)
    answered = ANSWER_LEAD.match(answer)
    asked = _QUESTION_LEAD.match(text) or (kind == QA and _QUESTION.search(text))
    if doctor_read is None and not (answered or asked):
        return None
    if not (answered or _is_paragraph(answer)):
        return None
    answer = strip_ellipsis(ANSWER_LEAD.sub("", answer))
    doctor = doctor_read[0] if doctor_read else None
    question = _QUESTION_LEAD.sub("", text)
    return QAItem(question, answer, doctor), after + 1 - index


def read_drug(
    blocks: list[Block], index: int, kind: str
) -> tuple[DrugItem, int] | None:
    """Read 「药名 / [药名] 厂家 / 功效主治：…」, or a name and paragraph under 药品."""
    line = _text(blocks, index)
    name, _, maker = line.partition(" ")
    if not (is_drug_name(name) or _product_card(blocks, index)):
        if not (kind == DRUGS and _short_name(line)):
            return None
        name, maker = line, ""
    used, manufacturer = 1, strip_ellipsis(maker)
    following = _text(blocks, index + 1)
    if following.startswith(name) and following != name:
        manufacturer = strip_ellipsis(following[len(name) :].strip(" ，,|"))
        used += 1
    elif _is_maker(following):
        manufacturer = strip_ellipsis(following)
        used += 1
    indication_text = _text(blocks, index + used)
    labelled = _INDICATION.match(indication_text)
    if labelled or (
        kind == DRUGS and indication_text and not is_drug_name(indication_text)
    ):
        indication = strip_ellipsis(_INDICATION.sub("", indication_text))
        used += 1
    elif _is_maker(manufacturer) or kind == DRUGS:
        indication = ""
    else:
        return None
    return DrugItem(name, manufacturer, indication), used


def _is_maker(text: str) -> bool:
    """Say whether a short line names a manufacturer (…药业, …有限公司)."""
    return (
        2 <= len(text) <= 30 and "。" not in text and bool(_MANUFACTURER.search(text))
    )


def _product_card(blocks: list[Block], index: int) -> bool:
    """Say whether a name is echoed with a maker and then 功效主治 (a drug card)."""
    name, following = _text(blocks, index), _text(blocks, index + 1)
    if not (_short_name(name) and following.startswith(name) and following != name):
        return False
    maker = following[len(name) :]
    return bool(
        _MANUFACTURER.search(maker) and _INDICATION.match(_text(blocks, index + 2))
    )


def read_exam(
    blocks: list[Block], index: int, kind: str
) -> tuple[ExamItem, int] | None:
    """Read 「检查名 / [检查名] / 说明」; an exam-like name or an exams header."""
    name = _text(blocks, index)
    if not _short_name(name) or _QUESTION.search(name):
        return None
    if not (_EXAM_NAME.search(name) or kind == EXAMS):
        return None
    used = 2 if _text(blocks, index + 1) == name else 1
    description = _text(blocks, index + used)
    if kind != EXAMS and not description.startswith(name):
        return None
    if not description or is_drug_name(description) or parse_doctor_line(description):
        return ExamItem(name), used
    return ExamItem(name, strip_ellipsis(description)), used + 1


def read_related(
    blocks: list[Block], index: int, kind: str
) -> tuple[RelatedItem, int] | None:
    """Read 「标题 / [标题] / 摘要」, or a bare title under a related header."""
    title = _COUNT_TAIL.sub("", _text(blocks, index))
    if not title or len(title) > 50 or title.endswith("。") or parse_doctor_line(title):
        return None
    used = 2 if _text(blocks, index + 1) == title else 1
    summary = _text(blocks, index + used)
    if _is_summary(summary, title):
        return RelatedItem(title, strip_ellipsis(summary)), used + 1
    listed = blocks[index].kind == ITEM  # one <li> of a list of links
    if kind in {RELATED, UNKNOWN} and len(title) >= 4:
        if listed or _QUESTION.search(title):
            return RelatedItem(title), used
    if kind == QA and len(title) >= 4 and _QUESTION.search(title):
        # A question listed under 相关问答 without its answer links to one.
        return RelatedItem(title), used
    return None


def _is_summary(text: str, title: str) -> bool:
    """Say whether a line reads as the summary under a title, not the next title."""
    if not _is_paragraph(text) or len(text) <= len(title):
        return False
    return len(text) >= 30 or bool(re.search(r"[，,。；;]", text))


def _short_name(text: str) -> bool:
    return 2 <= len(text) <= 20 and not re.search(r"[。，,；;：:]", text)


STRONG_READERS: tuple[Reader, ...] = (read_qa, read_doctor, read_drug, read_exam)
WEAK_READERS: tuple[Reader, ...] = (read_related,)
