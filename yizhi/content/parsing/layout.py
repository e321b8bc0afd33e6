"""Find the parts of a page: title, header lines, article body, side blocks.

Portals wrap the article differently, but in the same order: chrome, a
title, a few metadata lines (source, views, author), the article, a
disclaimer, then side blocks under short headers. The title is the last
short title-like line before the first paragraph (or <h1>, or the page
<title>, or the last breadcrumb when a page prints none); the body ends at
the first side-block header or the disclaimer after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import HEADING, PARA, Block
from .metadata import is_metadata, views_of
from .people import doctor_in_line, parse_doctor_line, parse_place, specialty_of
from .sections import UNKNOWN, Section, header_kind, split_sections

_DISCLAIMER = re.compile(
    r"(?:仅|只|僅)(?:供|作)(?:科普)?参考|不作为?(?:诊断|治疗)(?:和治疗)?依据"
    r"|不能作为.{0,8}依据|不能(?:代替|替代)|不能取代.{0,8}(?:医|诊|治疗)"
    r"|免责声明|不构成.{0,8}(?:建议|意见)|不作为.{0,6}建议"
)
_TITLE_CUES = re.compile(
    r"[?？]$|吗$|原因|为什么|怎么|什么|如何|哪些|引起|导致|是否|能否|症状|表现|治疗|怎样|病因|诱因"
)
_SENTENCE_PUNCT = re.compile(r"[，,。；;]")
_TITLE_SPLIT = re.compile(r"\s*[_|｜–—]\s*|\s+-\s+")
_NUMBERED_LINE = re.compile(
    r"^\**(?:\d{1,2}\s*[、.．)）](?!\d)|[一二三四五六七八九十]{1,3}[、．.]|[（(]\S{1,3}[）)])"
)
_TITLE_LABEL = re.compile(r"^(?:问题|标题|提问|问|Q)\s*[:：]\s*")
# Class/id words of HTML containers that hold side blocks, not the article.
SIDE_HINTS = {"sidebar", "aside", "side", "related", "recommend", "hot", "rank"}
MIN_PROSE = 20
MAX_SIDE_DISCLAIMER = 80  # longer side texts that say 仅供参考 are answers
MAX_TITLE = 40
MAX_VIEWS_LINE = 30
_LABELLED_VIEWS = re.compile(
    r"^(?:阅读|浏览|观看)(?:量|数|次数)?\s*[:：]?\s*\d[\d,.]*\s*(?:万|[wWkK])?\+?"
    r"(?:\s*(?:次|人))?(?:\s|$)"
)


@dataclass(slots=True)
class Layout:
    """Where the parts of a page are; blocks are the chrome-free page blocks."""

    title: str
    header: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    disclaimer: str = ""
    metadata_lines: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


def is_disclaimer(text: str) -> bool:
    """Say whether a block is the page's 「仅供参考，不作诊断依据」 note."""
    return len(text) <= 200 and bool(_DISCLAIMER.search(text))


_WRAPPERS = {"【": "】", "（": "）", "(": ")", "『": "』", "[": "]"}


def bare_disclaimer(text: str) -> str:
    """Return the disclaimer without emphasis or the brackets around all of it."""
    text = text.strip("*_ ※")
    if text[:1] in _WRAPPERS and text.endswith(_WRAPPERS[text[0]]):
        text = text[1:-1].strip()
    return text


def _is_byline(text: str) -> bool:
    return bool(
        doctor_in_line(text)
        or specialty_of(text) is not None
        or parse_place(text)
        or is_metadata(text)
    )


def _is_prose(block: Block) -> bool:
    text = block.text
    return (
        block.kind == PARA
        and len(text) >= MIN_PROSE
        and bool(_SENTENCE_PUNCT.search(text))
        and not _is_byline(text)
        and not is_disclaimer(text)
    )


def _title_candidate(block: Block) -> bool:
    text = block.text.strip("* ")
    return (
        2 <= len(text) <= MAX_TITLE
        and not text.endswith("。")
        and not _is_byline(text)
        and header_kind(text) is None
        and not is_disclaimer(text)
    )


def find_title(
    blocks: list[Block], html_title: str, crumbs: tuple[str, ...]
) -> tuple[str, int | None]:
    """Return the title and its block index (None when it came from elsewhere)."""
    h1s = [
        index
        for index, block in enumerate(blocks)
        if block.kind == HEADING and block.level == 1 and _title_candidate(block)
    ]
    if h1s:
        # Some sites wrap their logo in an <h1> too; the article's <h1> is the
        # one that shares most with the page <title>.
        page_title = _TITLE_SPLIT.split(html_title)[0]
        best = max(h1s, key=lambda i: _shared(blocks[i].text, page_title))
        return blocks[best].text.strip("* "), best
    first_prose = next((i for i, b in enumerate(blocks) if _is_prose(b)), len(blocks))
    candidates = [i for i in range(first_prose) if _title_candidate(blocks[i])]
    # 「1.低烧的常见原因」 above the first paragraph is a section heading.
    unnumbered = [i for i in candidates if not _NUMBERED_LINE.match(blocks[i].text)]
    candidates = unnumbered or candidates
    cued = [i for i in candidates if _TITLE_CUES.search(blocks[i].text)]
    for pool in (cued, [i for i in candidates if len(blocks[i].text) >= 4]):
        if pool:
            return blocks[pool[-1]].text.strip("* "), pool[-1]
    if html_title:
        return _TITLE_SPLIT.split(html_title)[0].strip(), None
    if crumbs:
        return crumbs[-1], None
    return "", None


def _shared(text: str, other: str) -> float:
    """Return the share of `text`'s characters that also occur in `other`."""
    return sum(char in other for char in text) / len(text) if text else 0.0


def split_layout(
    blocks: list[Block], html_title: str, crumbs: tuple[str, ...]
) -> Layout:
    """Cut chrome-free blocks into the parts of the page."""
    title, title_index = find_title(blocks, html_title, crumbs)
    layout = Layout(title=_TITLE_LABEL.sub("", title))
    start = 0 if title_index is None else title_index + 1
    if title_index:
        for section in split_sections(blocks[:title_index]):
            if section.kind != UNKNOWN:
                layout.sections.append(section)
            else:
                # Some portals print the byline above the title.
                layout.header += [b for b in section.blocks if _is_byline(b.text)]
    while start < len(blocks) and _is_byline(blocks[start].text):
        layout.header.append(blocks[start])
        start += 1
    layout.metadata_lines += layout.header
    end = _body_end(blocks, start, layout)
    tail = _without_trailing_views(_without_disclaimer(blocks[end:], layout), layout)
    layout.sections += split_sections(tail)
    return layout


def _without_trailing_views(blocks: list[Block], layout: Layout) -> list[Block]:
    """Take a view count printed after the article (「阅读 1.2万 在看 36」).

    WeChat-style posts print the count in a bar under the text. A count
    before the first side-block header is the page's; further down only a
    labelled count that occurs once is (side items repeat 「2.3万阅读」 each).
    """
    lead = next(
        (i for i, b in enumerate(blocks) if header_kind(b.text) is not None),
        len(blocks),
    )
    taken = [i for i in range(lead) if _states_views(blocks[i].text)]
    labelled = [
        i for i in range(lead, len(blocks)) if _LABELLED_VIEWS.match(blocks[i].text)
    ]
    taken += labelled if len(labelled) == 1 else []
    layout.metadata_lines += [blocks[i] for i in taken]
    return [b for i, b in enumerate(blocks) if i not in taken]


def _states_views(text: str) -> bool:
    return len(text) <= MAX_VIEWS_LINE and views_of(text) is not None


def _without_disclaimer(blocks: list[Block], layout: Layout) -> list[Block]:
    """Take the disclaimer out of the side blocks; some pages print it there.

    Left in, 「以上回答仅供参考」 under 相关问题 reads as the last item's summary.
    """
    kept = []
    for block in blocks:
        if is_disclaimer(block.text) and len(block.text) <= MAX_SIDE_DISCLAIMER:
            layout.disclaimer = layout.disclaimer or bare_disclaimer(block.text)
        else:
            kept.append(block)
    return kept


def _places_doctor(block: Block, previous: Block, layout: Layout) -> bool:
    """Say whether a line right under the answerer's name gives their hospital."""
    if not layout.header or layout.header[-1] is not previous:
        return False
    if parse_doctor_line(previous.text) is None:
        return False
    return bool(parse_place(block.text)) or specialty_of(block.text) is not None


def _body_end(blocks: list[Block], start: int, layout: Layout) -> int:
    """Fill layout.body from `start`; return where the side blocks begin."""
    index = start
    while index < len(blocks):
        block = blocks[index]
        text = block.text
        if len(text) <= 16 and header_kind(text) is not None:
            return index
        if layout.body and block.hints & SIDE_HINTS:
            return index
        if is_disclaimer(text):
            layout.disclaimer = layout.disclaimer or bare_disclaimer(text)
            if layout.body:
                return index + 1
        elif is_metadata(text):
            layout.metadata_lines.append(block)
        elif parse_doctor_line(text) and not any(
            parse_doctor_line(b.text) for b in layout.header
        ):
            # A doctor line inside the article is its answerer or reviewer.
            layout.header.append(block)
        elif index > start and _places_doctor(block, blocks[index - 1], layout):
            layout.header.append(block)
        else:
            layout.body.append(block)
        index += 1
    return index
