"""A table of contents is dropped; lines that only look like one are kept."""

from __future__ import annotations

from yizhi.content.parsing.blocks import HEADING, ITEM, PARA, Block
from yizhi.content.parsing.toc import drop_table_of_contents, entry_key

LEAD = "手抖在医学上称为手部震颤，多数与紧张有关。"


def test_entries_repeating_later_headings_are_dropped() -> None:
    blocks = [
        Block("1. 手抖的原因", ITEM, group=1),
        Block("2. 手抖怎么办", ITEM, group=1),
        Block(LEAD),
        Block("手抖的原因", HEADING, 2),
        Block("1、生理性震颤", HEADING, 3),
        Block("手抖怎么办", HEADING, 2),
    ]
    assert drop_table_of_contents(blocks) == blocks[2:]


def test_text_export_headings_count_when_a_paragraph_follows() -> None:
    blocks = [
        Block("1.低烧的原因"),
        Block("2.低烧怎么办"),
        Block("1.低烧的原因"),
        Block("低烧一般指体温在37.3℃到38℃之间，原因很多。"),
        Block("2.低烧怎么办"),
        Block("多喝温水、注意休息，必要时就医。"),
    ]
    assert drop_table_of_contents(blocks) == blocks[2:]


def test_repeats_that_are_not_headings_in_order_are_kept() -> None:
    doctor = [Block("示例甲 主任医师"), Block("示例医院 三甲")]
    answer = Block("肌肉痉挛多与疲劳有关，适当拉伸可以缓解。")
    blocks = [*doctor, answer, *doctor, answer]
    assert drop_table_of_contents(blocks) == blocks
    single = [Block("手抖的原因", PARA), Block(LEAD), Block("手抖的原因", HEADING)]
    assert drop_table_of_contents(single) == single


def test_entry_key_ignores_numbers_and_punctuation() -> None:
    assert entry_key("**1. 手抖的原因？**") == entry_key("手抖的原因") == "手抖的原因"
    assert entry_key("（二）治疗") == "治疗"
