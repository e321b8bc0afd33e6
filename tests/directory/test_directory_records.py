"""Checks a directory CSV row passes before it becomes a record."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yizhi.directory.importers.csvfile import CsvRow
from yizhi.directory.importers.records import (
    HospitalRecord,
    doctor_record,
    hospital_record,
    normalise_grade,
    normalise_title,
    split_list,
    tidy,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("三甲", "三甲"),
        ("三级甲等", "三甲"),  # the label
        (" 三级 甲等 ", "三甲"),  # spaces inside
        ("3甲", "三甲"),
        ("二乙", "二乙"),
        ("", ""),  # blank cell: no grade
        ("四甲", None),  # no such grade
    ],
)
def test_normalise_grade(raw: str, expected: str | None) -> None:
    assert normalise_grade(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("主任医师", "主任医师"),
        ("副主任", "副主任医师"),
        ("主治", "主治医师"),
        ("医师", "住院医师"),
        ("", ""),
        ("专家", None),
    ],
)
def test_normalise_title(raw: str, expected: str | None) -> None:
    assert normalise_title(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("神经内科、心内科", ("神经内科", "心内科")),
        ("神经内科,眼科；皮肤科", ("神经内科", "眼科", "皮肤科")),  # other marks
        ("神经内科、、神经内科", ("神经内科",)),  # repeats and empty parts
        ("", ()),
    ],
)
def test_split_list(raw: str, expected: tuple[str, ...]) -> None:
    assert split_list(raw) == expected


def test_tidy_folds_letters_but_keeps_chinese_punctuation() -> None:
    assert tidy("　ＣＴ室，３楼  ") == "CT室，3楼"


@given(st.text())
def test_tidy_is_idempotent(text: str) -> None:
    assert tidy(tidy(text)) == tidy(text)


def _row(**values: str) -> CsvRow:
    return CsvRow(line=7, values=values)


def test_hospital_row_becomes_record_with_provenance() -> None:
    record = hospital_record(
        _row(name="示例医院", city="武汉", grade="三级甲等", departments="神经科、眼"),
        "hospitals.csv",
    )
    assert record == HospitalRecord(
        name="示例医院",
        city="武汉",
        grade="三甲",
        departments=("神经科", "眼"),
        record="hospitals.csv#7",
    )


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"name": "", "city": "武汉"}, "必填列为空：name"),
        ({"name": "示例医院", "city": ""}, "必填列为空：city"),
        ({"name": "示例医院", "city": "武汉", "grade": "四甲"}, "无法识别的医院等级"),
        ({"name": "示" * 101, "city": "武汉"}, "name 超过 100 字"),
        ({"name": "示例医院", "city": "武汉", None: ["多余"]}, "列数多于表头"),
        ({"name": "示例\ufffd医院", "city": "武汉"}, "无法解码"),
    ],
)
def test_bad_hospital_rows_say_why(values: dict, reason: str) -> None:
    refused = hospital_record(CsvRow(line=1, values=values), "f")
    assert isinstance(refused, str)
    assert reason in refused


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"name": "林示例", "hospital": "", "department": "神经内科"}, "hospital"),
        ({"name": "林示例", "hospital": "某院", "department": ""}, "department"),
        (
            {"name": "林", "hospital": "某", "department": "眼科", "title": "专家"},
            "无法识别的职称：专家",
        ),
    ],
)
def test_bad_doctor_rows_say_why(values: dict, reason: str) -> None:
    refused = doctor_record(_row(**values), "f")
    assert isinstance(refused, str)
    assert reason in refused
