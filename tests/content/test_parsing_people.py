"""Doctor and hospital lines are read into names, titles, hospital and department."""

from __future__ import annotations

import pytest

from yizhi.content.parsing.blocks import Block
from yizhi.content.parsing.people import (
    doctor_in_line,
    join_split_names,
    parse_doctor_line,
    parse_hospital_line,
    specialty_of,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("示例甲 主任医师", ("示例甲", "主任医师", "", "", "", "")),
        ("示例乙 主任医师 副教授", ("示例乙", "主任医师", "副教授", "", "", "")),
        ("示例丙副主任医师", ("示例丙", "副主任医师", "", "", "", "")),
        ("示例丁 主治医师 三甲", ("示例丁", "主治医师", "", "", "三甲", "")),
        (
            "示例戊 主任医师 示例市中心医院",
            ("示例戊", "主任医师", "", "示例市中心医院", "", ""),
        ),
        (
            "审核医生：示例己 副主任医师 示例医院 神经内科",
            ("示例己", "副主任医师", "", "示例医院", "", "神经内科"),
        ),
        (
            "本文医学审核：示例庚 主任中医师 示例中医院",
            ("示例庚", "主任中医师", "", "示例中医院", "", ""),
        ),
    ],
)
def test_parse_doctor_line(line: str, expected: tuple[str, ...]) -> None:
    doctor = parse_doctor_line(line)
    assert doctor is not None
    got = (
        doctor.name,
        doctor.title,
        doctor.academic_title,
        doctor.hospital,
        doctor.grade,
        doctor.department,
    )
    assert got == expected


@pytest.mark.parametrize(
    "line",
    [
        "主任医师建议多休息",
        "头痛是什么原因",
        "相关医生",
        "面肌痉挛专家?",
        "示例医院 神经内科",
    ],
)
def test_lines_that_are_not_doctors(line: str) -> None:
    assert parse_doctor_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("示例脑科医院 神经内科", ("示例脑科医院", "", "神经内科")),
        ("示例脑科医院神经内科", ("示例脑科医院", "", "神经内科")),
        ("示例市第二人民医院 三甲", ("示例市第二人民医院", "三甲", "")),
        ("示例省中医院二沙岛分院 骨科", ("示例省中医院二沙岛分院", "", "骨科")),
        (
            "示例市第二人民医院 肾内科、神经内科(十二病区)",
            ("示例市第二人民医院", "", "肾内科、神经内科(十二病区)"),
        ),
    ],
)
def test_parse_hospital_line(line: str, expected: tuple[str, str, str]) -> None:
    assert parse_hospital_line(line) == expected


@pytest.mark.parametrize("line", ["示例制药有限...", "神经内科", "今天去医院看病了。"])
def test_lines_that_are_not_hospitals(line: str) -> None:
    assert parse_hospital_line(line) is None


@pytest.mark.parametrize(
    ("line", "specialty"),
    [
        ("擅长：头痛、失眠", "头痛、失眠"),
        ("擅长:擅长:脑血管病...", "脑血管病"),
        ("头痛", None),
    ],
)
def test_specialty_of(line: str, specialty: str | None) -> None:
    assert specialty_of(line) == specialty


def test_titles_without_a_name_are_not_a_doctor() -> None:
    assert parse_doctor_line("主任医师 教授") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "审核专家：示例未 主任医师 示例医院 内分泌科 · 2025-07-07 · 阅读 8,231",
            "示例未",
        ),
        ("作者：示例钱七 主治医师 | 2025-06-03 | 阅读 5632", "示例钱七"),
        ("示例甲 主任医师", "示例甲"),
        ("2025-06-03 · 阅读 5632", None),
    ],
)
def test_doctor_in_line(line: str, name: str | None) -> None:
    doctor = doctor_in_line(line)
    assert (doctor.name if doctor else None) == name


def test_name_line_joins_the_titles_line_under_it() -> None:
    blocks = [Block("示例巳"), Block("主任医师 教授"), Block("示例医院 皮肤科")]
    assert [b.text for b in join_split_names(blocks)] == [
        "示例巳 主任医师 教授",
        "示例医院 皮肤科",
    ]
    echo = [Block("示例甲"), Block("示例甲 主任医师")]  # a name over its own line
    assert join_split_names(echo) == echo
