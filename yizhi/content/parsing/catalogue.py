"""Recognise pages that only list links: category indexes, 疾病大全, 症状库.

Editors who save a whole section of a portal get its index pages too: a
title such as 「神经内科常见疾病」 over dozens of linked names. They use
health words everywhere and their lists look like bare cause lists, so the
health-word check lets them through and the cause reader takes the links
as causes. What gives them away is that nothing on them is text to read:
no paragraph, or one line of introduction, over a long run of short lines.
"""

from __future__ import annotations

import re

from .blocks import Block
from .errors import ParseError

CATALOGUE_MESSAGE = (
    "这像是栏目或目录页：页面上只有一串链接，没有可读的正文。"
    "请导入具体文章或问答的页面，而不是分类索引页。"
)
MIN_PROSE = 20
MAX_LINK = 24
# With no paragraph at all, a handful of links makes an index; with one line
# of introduction it takes a long list, longer than any list of causes.
MIN_LINKS_ALONE = 8
MIN_LINKS_INTRODUCED = 15
MIN_LINKS_ASKED = 30
_ASKS = re.compile(r"原因|为什么|怎么|什么|如何|哪些|引起|导致|吗|[?？]")
_PUNCT = re.compile(r"[，,。；;：:]")
_NUMBERED = re.compile(r"^\**(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）]")


def is_prose(block: Block) -> bool:
    """Say whether a block is a paragraph of text to read."""
    return len(block.text) >= MIN_PROSE and bool(_PUNCT.search(block.text))


def _is_link(block: Block) -> bool:
    text = block.text.strip("* ")
    return 2 <= len(text) <= MAX_LINK and not _PUNCT.search(text)


def check_not_catalogue(blocks: list[Block], *, title: str = "") -> None:
    """Raise ParseError when the blocks after the title are only links.

    A title that asks something (「头痛的10个原因」, 「…怎么回事」) heads an
    article, however terse its list; only a very long list overrules it.
    """
    prose = sum(map(is_prose, blocks))
    links = [block for block in blocks if _is_link(block)]
    if _ASKS.search(title) and len(links) < MIN_LINKS_ASKED:
        return
    if prose == 0 and len(links) >= MIN_LINKS_ALONE:
        raise ParseError(CATALOGUE_MESSAGE)
    unnumbered = [block for block in links if not _NUMBERED.match(block.text)]
    if prose == 1 and len(unnumbered) >= MIN_LINKS_INTRODUCED:
        raise ParseError(CATALOGUE_MESSAGE)
