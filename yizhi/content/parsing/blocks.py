"""Split page text into blocks: the unit every later rule looks at.

A block is one paragraph, heading, list item or table row. HTML pages become
blocks in markup.py; plain text and Markdown become blocks here, one per line,
because the portals' text exports put each paragraph on its own line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from .tails import detach_tail

PARA, HEADING, ITEM, ROW = "para", "heading", "item", "row"


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of page text with the little structure the source gave it.

    `group` ties list items and table rows of one list or table together
    (0: none known); `level` is the heading level, or 1 for a table header
    row; `hints` are class/id words of the HTML containers (nav, footer …);
    `inline` marks pieces cut out of a paragraph that listed 1. 2. 3. inline.
    """

    text: str
    kind: str = PARA
    level: int = 0
    cells: tuple[str, ...] = ()
    group: int = 0
    hints: frozenset[str] = frozenset()
    inline: bool = False


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_BULLET = re.compile(r"^(?:[-*+]\s+|[•·●◆◇■□▪▫○◎►▶➢✓√★☆▲△✔✅🔹🔸]\s*)")
_RULE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")
_TABLE_SEPARATOR = re.compile(r"^\|?[\s:|-]+\|?$")


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def text_blocks(text: str) -> list[Block]:
    """Split plain text or Markdown into blocks, one per non-empty line."""
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    blocks: list[Block] = []
    group = 0
    previous_kind = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(">"):
            line = line.lstrip("> ").strip()
        if not line or _RULE.match(line):
            previous_kind = ""
            continue
        if line.startswith("|") and line.count("|") >= 2:
            if _TABLE_SEPARATOR.match(line):
                if blocks and blocks[-1].kind == ROW:
                    blocks[-1] = replace(blocks[-1], level=1)
                continue
            group += previous_kind != ROW
            blocks.append(_row(line, group))
        elif heading := _HEADING.match(line):
            blocks.append(Block(heading.group(2), HEADING, len(heading.group(1))))
        elif bullet := _BULLET.match(line):
            group += previous_kind != ITEM
            blocks.append(Block(line[bullet.end() :].strip(), ITEM, group=group))
        else:
            blocks.append(Block(line))
        previous_kind = blocks[-1].kind
    return [block for block in blocks if block.text]


def _row(line: str, group: int) -> Block:
    cells = tuple(cell.strip() for cell in line.strip().strip("|").split("|"))
    return Block(" | ".join(cells), ROW, cells=cells, group=group)


# Inline lists: 「原因有：1.进食过快；2.受凉；3.……」 in one paragraph. Each
# pattern captures the number; the look-behind keeps 1.5 毫克 and dates out.
_INLINE_MARKERS = (
    re.compile(r"(?:(?<=^)|(?<=[。；;！？!?：:，,\s]))(\d{1,2})\s*[、.)）](?!\d)"),
    re.compile(r"[（(](\d{1,2})[）)]"),
    re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩])"),
    re.compile(r"(?:(?<=^)|(?<=[。；;：:，,\s]))([一二三四五六七八九十])(?:是|、)"),
    re.compile(
        r"(?:(?<=^)|(?<=[。；;：:，,\s]))第([一二三四五六七八九十])(?:[，,、：:]|是)"
    ),
)
_CN_DIGITS = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def _number(token: str) -> int:
    if token.isascii() and token.isdigit():
        return int(token)
    if token in _CIRCLED:
        return _CIRCLED.index(token) + 1
    return _CN_DIGITS.index(token) + 1


def explode_inline_lists(blocks: list[Block]) -> list[Block]:
    """Cut paragraphs that enumerate 1. 2. 3. inline into one block per item."""
    result: list[Block] = []
    for block in blocks:
        result.extend(_explode(block) if block.kind == PARA else (block,))
    return result


def _explode(block: Block) -> list[Block]:
    for pattern in _INLINE_MARKERS:
        starts = _sequential_starts(pattern, block.text)
        if len(starts) >= 2:
            text = block.text
            pieces = [text[: starts[0]]] if starts[0] else []
            bounds = [*starts, len(text)]
            items = [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
            last, tail = detach_tail(items[-1], items[:-1])
            exploded = [
                Block(piece, hints=block.hints, inline=index > 0 or not starts[0])
                for index, piece in enumerate([*pieces, *items[:-1], last])
                if piece.strip()
            ]
            # The advice after the last item is a paragraph of its own.
            return exploded + ([Block(tail, hints=block.hints)] if tail else [])
    return [block]


def _sequential_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Return where markers 1, 2, 3 … start, if they count up from one."""
    starts: list[int] = []
    expected = 1
    for found in pattern.finditer(text):
        if _number(found.group(1)) == expected:
            starts.append(found.start())
            expected += 1
    return starts


# A line this short, without punctuation, above a paragraph is a heading
# that the page did not mark up (text exports lose <h3>).
MAX_IMPLICIT_HEADING = 14
# The level promote_short_headings gives the headings it infers.
IMPLICIT_HEADING_LEVEL = 6
_NOT_HEADING = re.compile(
    r"[，。,；;！？!?：:、（）()]|^\*\*|^【|^\d|^[一二三四五六七八九十]+[、.]"
)


def promote_short_headings(blocks: list[Block]) -> list[Block]:
    """Mark short unpunctuated lines that head a paragraph as implicit headings."""
    result = list(blocks)
    for index, block in enumerate(blocks[:-1]):
        following = blocks[index + 1]
        text = block.text.strip()
        if (
            block.kind == PARA
            and not block.inline
            and 2 <= len(text) <= MAX_IMPLICIT_HEADING
            and not _NOT_HEADING.search(text)
            and following.kind == PARA
            and len(following.text) > MAX_IMPLICIT_HEADING
        ):
            result[index] = replace(block, kind=HEADING, level=IMPLICIT_HEADING_LEVEL)
    return result
