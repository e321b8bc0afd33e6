"""Side-block records are read by shape, and the header decides ambiguous ones."""

from __future__ import annotations

import pytest

from yizhi.content.parsing.blocks import Block
from yizhi.content.parsing.model import (
    Doctor,
    DrugItem,
    ExamItem,
    QAItem,
    RelatedItem,
)
from yizhi.content.parsing.sections import (
    CARD,
    DOCTORS,
    DRUGS,
    EXAMS,
    QA,
    RELATED,
    UNKNOWN,
    Section,
    header_kind,
    split_sections,
)
from yizhi.content.parsing.sidebars import read_section, read_side_blocks


def section(kind: str, *lines: str) -> Section:
    return Section(kind, "", tuple(Block(line) for line in lines))


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("相关推荐", RELATED),
        ("相关文章", RELATED),
        ("相关问题", RELATED),
        ("相关问答", QA),
        ("相关医生", DOCTORS),
        ("推荐医生", DOCTORS),
        ("适用药品", DRUGS),
        ("相关药品", DRUGS),
        ("常见检查", EXAMS),
        ("疾病百科", CARD),
        ("了解疾病", CARD),
        ("延展阅读", RELATED),
        ("延伸阅读", RELATED),
        ("常见原因", None),
        ("相关因素", None),
        ("治疗药物", None),
    ],
)
def test_header_kind(header: str, kind: str | None) -> None:
    assert header_kind(header) == kind


def test_split_sections_merges_a_repeated_header() -> None:
    blocks = [Block("疾病百科"), Block("疾病百科"), Block("头痛"), Block("相关推荐")]
    sections = split_sections(blocks)
    assert [(s.kind, len(s.blocks)) for s in sections] == [(CARD, 1)]


@pytest.mark.parametrize(
    ("kind", "lines", "record"),
    [
        (
            DOCTORS,
            ["示例甲", "示例甲 主任医师 副教授", "示例医院 神经内科", "擅长：头痛..."],
            Doctor("示例甲", "主任医师", "副教授", "示例医院", "神经内科", "", "头痛"),
        ),
        (
            DOCTORS,
            ["示例乙", "副主任医师", "示例市人民医院"],
            Doctor("示例乙", "副主任医师", hospital="示例市人民医院"),
        ),
        (
            UNKNOWN,
            ["示例宁片", "示例宁片 示例制药有限...", "功效主治：用于头痛。"],
            DrugItem("示例宁片", "示例制药有限", "用于头痛。"),
        ),
        (
            DRUGS,
            ["示例软膏", "用于皮肤瘙痒。"],
            DrugItem("示例软膏", "", "用于皮肤瘙痒。"),
        ),
        (
            UNKNOWN,
            ["平衡功能检查", "平衡功能检查", "平衡功能检查用于评估前庭功能。"],
            ExamItem("平衡功能检查", "平衡功能检查用于评估前庭功能。"),
        ),
        (
            EXAMS,
            ["血常规", "查看有无贫血和感染。"],
            ExamItem("血常规", "查看有无贫血和感染。"),
        ),
        (
            QA,
            ["头痛能吃布洛芬吗？ A：可以短期服用，遵医嘱。"],
            QAItem("头痛能吃布洛芬吗？", "可以短期服用，遵医嘱。"),
        ),
        (
            RELATED,
            ["头痛怎么办", "头痛时先休息，必要时就医检查原因。"],
            RelatedItem("头痛怎么办", "头痛时先休息，必要时就医检查原因。"),
        ),
        (RELATED, ["偏头痛能根治吗"], RelatedItem("偏头痛能根治吗")),
    ],
)
def test_records_by_shape(kind: str, lines: list[str], record: object) -> None:
    assert read_section(section(kind, *lines)) == [record]


def test_related_titles_with_and_without_summaries() -> None:
    items = read_section(
        section(
            RELATED,
            "头痛怎么办",
            "头痛时先休息，必要时就医。",
            "偏头痛能根治吗",
            "紧张性头痛和偏头痛怎么区分",
            "两者疼痛部位和性质不同，可以结合伴随症状判断。",
        )
    )
    assert [(r.title, bool(r.summary)) for r in items] == [
        ("头痛怎么办", True),
        ("偏头痛能根治吗", False),  # the next title is not its summary
        ("紧张性头痛和偏头痛怎么区分", True),
    ]


def test_question_doctor_answer_is_one_qa_item() -> None:
    (item,) = read_section(
        section(
            RELATED,
            "腿抽筋怎么缓解?",
            "示例丙 副主任医师",
            "示例市第二人民医院 三甲",
            "抽筋时慢慢拉伸痉挛的肌肉，平时注意保暖和补钙。",
        )
    )
    assert isinstance(item, QAItem)
    assert item.doctor is not None
    assert (item.doctor.name, item.doctor.hospital, item.doctor.grade) == (
        "示例丙",
        "示例市第二人民医院",
        "三甲",
    )


def test_side_blocks_are_deduplicated_per_kind() -> None:
    side = read_side_blocks(
        [
            section(RELATED, "头痛怎么办", "头痛怎么办？"),
            section(DOCTORS, "示例甲 主任医师", "示例甲 主任医师"),
            section(
                DRUGS,
                "示例宁片 甲药业",
                "用于头痛。",
                "示例宁片 乙药业",
                "用于头痛。",
            ),
        ]
    )
    assert [r.title for r in side.related] == ["头痛怎么办"]
    assert len(side.doctors) == 1
    assert [d.manufacturer for d in side.drugs] == ["甲药业", "乙药业"]
