"""Find lists without markers: paragraphs that open with the item's name.

Many pages announce 「常见原因有以下几种：」 and then write one plain
paragraph per cause, each opening with its name and a full stop or comma
(「慢性胃炎，胃黏膜长期处于炎症状态…」). Others write each cause as a short
line of its own (「缺钙」「受凉」), bare or followed by one paragraph about it.
No number or bold marks the items; the announcement and the shape of the
lines do. runs.py turns what is found here into a run like any other, to be
scored against the rest.
"""

from __future__ import annotations

import re

from .blocks import HEADING, IMPLICIT_HEADING_LEVEL, PARA, Block
from .markers import Marker
from .tails import opens_advice

# An announcement of a list of causes: 「原因有以下几种：」, 「主要与下面几点有关」.
_ANNOUNCES = re.compile(
    r"(?:原因|病因|因素|诱因|引起|导致)[^。]{0,12}(?:以下|如下|下面|下列|这些|几种|几点"
    r"|几个方面|几类)|(?:以下|如下|下面|下列)[^。]{0,8}(?:原因|病因|因素|诱因)"
)
# The name: a short first clause ending in 。 or ，, followed by a real text.
_LEAD = re.compile(r"^(?P<name>[^，,。；;：:！？!?、（()）“”\s]{2,10})[。，,]")
MIN_REST = 10
# First clauses that are sentences, not names: a pronoun, a condition, a verb.
_NOT_NAME = re.compile(
    r"^(?:这|那|其|它|此|该|有些|有的|很多|许多|部分|一般|通常|如果|若|当|因为|所以|但"
    r"|另外|此外|总之|因此|平时|建议|注意)|会|可能|可以|需要|应该|一定|就是|是指|的话"
)
# A sentence about causes that ends in a colon announces what follows it:
# 「引起的原因主要有：」, 「可能是以下几种情况引起的：」. No comma may come
# between, or 「原因有很多，建议：」 would announce the advice.
_ANNOUNCES_BY_COLON = re.compile(
    r"(?:(?:原因|病因|因素|诱因|引起|导致|造成|所致)|可能(?:是|有|与)[^。，,]{0,4}"
    r"(?:以下|下面|如下))[^。！？!?；;，,]{0,12}[：:]$"
)
# A line that only names a cause: short, opening with a Chinese character, no
# punctuation or space (bylines and dates have them), as 「下肢静脉曲张」.
_NAME_LINE = re.compile(r"^[\u4e00-\u9fff][^，,。.；;：:！？!?、\s“”「」]{1,11}$")
# Short lines that sign or place the text, never a cause: 「示例医生」, 「示例医院」.
_SIGNATURE = re.compile(
    r"(?:医生|医师|大夫|护士|主任|教授|专家|编辑|记者|作者|小编|医院|诊所|门诊)$"
)


def lead_name(text: str) -> str | None:
    """Return the name a paragraph opens with, or None for running text."""
    found = _LEAD.match(text)
    if found is None or len(text) - found.end() < MIN_REST:
        return None
    name = found.group("name")
    return None if _NOT_NAME.search(name) else name


def _announces(text: str) -> bool:
    return bool(_ANNOUNCES.search(text[-40:]))


def lead_items(
    blocks: list[Block], markers: list[Marker | None], *, intro: str = ""
) -> list[list[int]]:
    """Return, per announced list, the indices of paragraphs that open with a name.

    `intro` is text before the first block (the summary, taken out of the
    body), which may itself announce the list.
    """
    lists: list[list[int]] = []
    for index in range(len(blocks) + 1):
        text = intro if index == 0 else blocks[index - 1].text
        if not _announces(text):
            continue
        items = []
        for position in range(index, len(blocks)):
            block = blocks[position]
            if block.kind != PARA or markers[position] is not None:
                break
            if lead_name(block.text) is None:
                break
            items.append(position)
        if len(items) >= 2:
            lists.append(items)
    return lists


def _announces_name_lines(text: str) -> bool:
    return _announces(text) or bool(_ANNOUNCES_BY_COLON.search(text.rstrip()))


def _is_name_line(block: Block, marker: Marker | None) -> bool:
    """Say whether a block is a short line that can only be a name.

    A name followed by its paragraph was taken for an unmarked heading
    (blocks.promote_short_headings); such a heading may still be a name.
    """
    implicit = block.kind == HEADING and block.level == IMPLICIT_HEADING_LEVEL
    if marker is not None and not implicit:
        return False
    text = block.text.strip()
    return bool(_NAME_LINE.match(text)) and not (
        _NOT_NAME.search(text) or _SIGNATURE.search(text)
    )


def _is_explanation(block: Block, marker: Marker | None) -> bool:
    """Say whether a paragraph after a name line can be about that name.

    Another name line is the next item, and a paragraph that opens as
    advice (「平时注意…」) ends the list instead.
    """
    return (
        block.kind == PARA
        and marker is None
        and not block.inline
        and not _is_name_line(block, marker)
        and not opens_advice(block.text)
    )


def name_line_items(
    blocks: list[Block], markers: list[Marker | None], *, intro: str = ""
) -> list[list[int]]:
    """Return, per announced list of short name lines, the indices of the names.

    `intro` is as for lead_items. The first item sets the list's shape: bare
    names, or names each followed by one paragraph (one may lack it). In a
    list of bare names the first paragraph ends the list, so the advice after
    it, and any short heading further down, is never read as a cause.
    """
    lists: list[list[int]] = []
    for index in range(len(blocks) + 1):
        text = intro if index == 0 else blocks[index - 1].text
        if _announces_name_lines(text):
            items = _name_lines_from(index, blocks, markers)
            if len(items) >= 2:
                lists.append(items)
    return lists


def _name_lines_from(
    index: int, blocks: list[Block], markers: list[Marker | None]
) -> list[int]:
    """Return the name lines of the list that starts at block `index`."""

    def name_at(position: int) -> bool:
        return position < len(blocks) and _is_name_line(
            blocks[position], markers[position]
        )

    def explanation_at(position: int) -> bool:
        return position < len(blocks) and _is_explanation(
            blocks[position], markers[position]
        )

    if not name_at(index):
        return []
    explained = explanation_at(index + 1)
    items = [index]
    position = index + 1
    while True:
        if explained and explanation_at(position):
            position += 1
        if not name_at(position):
            return items
        items.append(position)
        position += 1
