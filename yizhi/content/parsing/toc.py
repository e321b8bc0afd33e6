"""Drop a page's table of contents: the list of its own section headings.

Portals put 「目录 1.手抖的原因 2.手抖怎么办 3.手抖挂什么科」 above long
articles. Left in, the list reads as the article's first numbered list, the
lead paragraph after it is missed as summary, and in text exports its first
line can pass for the title. A table of contents is recognised by what it
is, not by its wording: two or more short lines in a row, each repeating
the text of a heading that comes later.
"""

from __future__ import annotations

import itertools
import re

from .blocks import HEADING, Block

MAX_ENTRY = 30  # TOC entries are heading-length
_MARKER = re.compile(
    r"^(?:\d{1,2}\s*[、.．)）]|[一二三四五六七八九十]{1,3}[、.．]|[（(][\d一二三四五六七八九十]{1,3}[）)])"
)
_NOISE = re.compile(r"[\s*#：:？?。.、，,]+")
_SENTENCE = re.compile(r"[，,。；;]")
MIN_SECTION_TEXT = 15  # a heading a text export lost is followed by a paragraph


def entry_key(text: str) -> str:
    """Return a heading's text without its number, emphasis and punctuation."""
    return _NOISE.sub("", _MARKER.sub("", text.strip("* ").strip()))


def _is_entry(block: Block) -> bool:
    text = block.text
    return len(text) <= MAX_ENTRY and not _SENTENCE.search(text)


def _heading_keys(blocks: list[Block]) -> dict[str, int]:
    """Map each heading's key to the last index where a heading has it.

    A heading is a <h1>–<h6> or a short line followed by a paragraph, the
    form headings take once a page is saved as text.
    """
    keys: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if not _is_entry(block):
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind == HEADING or (
            following is not None
            and len(following.text) >= MIN_SECTION_TEXT
            and _SENTENCE.search(following.text)
        ):
            keys[entry_key(block.text)] = index
    return keys


def _is_contents(run: list[int], blocks: list[Block], keys: dict[str, int]) -> bool:
    """Say whether entries name later headings, all after the run, in order."""
    targets = [keys[entry_key(blocks[index].text)] for index in run]
    return (
        len(run) >= 2
        and targets[0] > run[-1]
        and all(a < b for a, b in itertools.pairwise(targets))
    )


def drop_table_of_contents(blocks: list[Block]) -> list[Block]:
    """Return `blocks` without any run of entries that repeat later headings."""
    keys = _heading_keys(blocks)
    if len(keys) < 2:
        return blocks
    dropped: set[int] = set()
    run: list[int] = []
    for index, block in enumerate([*blocks, Block("")]):
        key = entry_key(block.text) if _is_entry(block) else ""
        if key and keys.get(key, -1) > index:
            run.append(index)
            continue
        if _is_contents(run, blocks, keys):
            dropped.update(run)
        run = []
    if not dropped:
        return blocks
    return [block for index, block in enumerate(blocks) if index not in dropped]
