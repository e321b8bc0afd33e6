"""Find lists without markers: paragraphs that open with the item's name.

Many pages announce 「常见原因有以下几种：」 and then write one plain
paragraph per cause, each opening with its name and a full stop or comma
(「慢性胃炎，胃黏膜长期处于炎症状态…」). No number or bold marks the items;
the announcement and the shape of the paragraphs do. runs.py turns what is
found here into a run like any other, to be scored against the rest.
"""

from __future__ import annotations

import re

from .blocks import PARA, Block
from .markers import Marker

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
