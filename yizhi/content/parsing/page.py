"""Parse one raw health page into a ParsedPage: the parser's single entry point."""

from __future__ import annotations

import re
from dataclasses import replace

from .advice import advice_drugs, advice_of
from .blocks import Block, explode_inline_lists, promote_short_headings, text_blocks
from .catalogue import check_not_catalogue
from .causes import find_causes
from .chrome import (
    breadcrumb,
    clean_blocks,
    site_from_title,
    site_name,
    title_without_site,
    trail_without_site,
)
from .decode import read_text
from .details import plain
from .errors import ParseError
from .layout import Layout, split_layout
from .markers import match_marker
from .markup import html_blocks, looks_like_html
from .metadata import read_author, read_metadata
from .model import Cause, ParsedPage
from .people import join_split_names
from .sidebars import read_side_blocks
from .toc import drop_table_of_contents

NOT_ARTICLE_MESSAGE = (
    "这不像健康科普页面：没有找到标题和与疾病、症状、病因或治疗相关的正文。"
    "请确认文件是一篇健康文章的网页或文本。"
)
# Words only health pages use often; a page needs several distinct ones.
HEALTH_TERMS = re.compile(
    r"病|症|综合征|治疗|药|医生|医院|就医|就诊|患者|诊断|检查|感染|炎|疼痛|痛|"
    r"腹泻|便秘|失眠|咳嗽|发烧|发热|呕吐|头晕|痉挛|抽筋|过敏|神经|肌肉|血压|血糖|血液|出血|"
    r"激素|免疫|维生素|营养|睡眠|焦虑|抑郁|心脏|肝|肾|胃|肠|肺|皮肤|关节|月经|孕|健康|身体|"
    r"烧心|反酸|打嗝|呃逆|溃疡|瘙痒|贫血|耳鸣|视力|病毒|细菌|黏膜|膈肌|器官|疲劳|乏力|"
    r"疼|痒|真菌|肿|麻木|痰|尿|咽|喉|鼻塞|牙龈|耳道|眼睛"
)
MIN_HEALTH_TERMS = 3
MIN_SUMMARY = 8
_SENTENCE = re.compile(r"[，,。；;！？!?]")
_SUMMARY_LABEL = re.compile(
    r"^(?:概述|简介|摘要|导读|病情分析|问题分析|医生解答|问题描述|病情描述|患者)[:：]\s*"
)


def parse_page(data: bytes | str, *, source: str | None = None) -> ParsedPage:
    """Parse a saved health page (HTML, Markdown or text) into its structure.

    `source` is recorded as the page's provenance (a path or URL). Raises
    ParseError, with a message for the editor, for an empty or binary file
    and for a page that is not a health article.
    """
    text = read_text(data)
    if looks_like_html(text):
        blocks, html_title, description = html_blocks(text)
    else:
        blocks, html_title, description = text_blocks(text), "", ""
    crumbs, site, blocks = _take_frame(blocks)
    site = site or site_from_title(html_title)
    blocks = join_split_names(drop_table_of_contents(clean_blocks(blocks)))
    layout = split_layout(blocks, html_title, crumbs)
    if not layout.title:
        raise ParseError(NOT_ARTICLE_MESSAGE)
    check_not_catalogue(
        [*layout.body, *(b for section in layout.sections for b in section.blocks)],
        title=layout.title,
    )
    summary, body = _summary(explode_inline_lists(layout.body))
    body = promote_short_headings(body)
    summary = summary or (description if len(description) >= 15 else "")
    found = find_causes(body, title=layout.title, summary=summary)
    advice = advice_of(body, found.end, found.tail)
    _check_health(layout.title, summary, found.causes, body)
    metadata = read_metadata(
        layout.metadata_lines,
        author=read_author(layout.header),
        breadcrumb=crumbs,
        site=site,
    )
    crumbs = trail_without_site(crumbs, site, metadata.source)
    page = ParsedPage(
        title=title_without_site(plain(layout.title)),
        summary=summary,
        causes=found.causes,
        advice=advice,
        disclaimer=layout.disclaimer,
        metadata=replace(metadata, breadcrumb=crumbs),
        provenance=source,
    )
    return _with_side_blocks(page, layout)


def _take_frame(blocks: list[Block]) -> tuple[tuple[str, ...], str, list[Block]]:
    """Pull breadcrumb and brand lines out before chrome removal drops them."""
    crumbs: tuple[str, ...] = ()
    site = ""
    kept = []
    for block in blocks:
        if not crumbs and (found := breadcrumb(block)):
            crumbs = found
        elif not site and (name := site_name(block.text)):
            site = name
        else:
            kept.append(block)
    return crumbs, site, kept


def _summary(body: list[Block]) -> tuple[str, list[Block]]:
    """Return the lead paragraph and the blocks after it.

    Only the first paragraph, after any headings, can be the summary: a page
    that opens with its list has none, and must not have an explanation
    paragraph of cause 1 promoted to summary.
    """
    for index, block in enumerate(body):
        if _heading_like(block):
            continue
        text = _SUMMARY_LABEL.sub("", plain(block.text))
        labelled = text != plain(block.text)
        if (
            block.kind == "para"
            and len(text) >= MIN_SUMMARY
            and _SENTENCE.search(text)
            and (labelled or not match_marker(block))
        ):
            return text, body[:index] + body[index + 1 :]
        break
    return "", body


def _heading_like(block: Block) -> bool:
    """Say whether a block above the lead paragraph only labels it.

    Headings, and in text exports the short unpunctuated lines that were
    headings (「1.低烧的常见原因」) or a site's name, sit above the lead;
    the pieces of an inline list never do.
    """
    text = block.text
    if block.inline:
        return False
    if block.kind == "heading":
        return len(text) <= 12
    return block.kind == "para" and len(text) <= 16 and not _SENTENCE.search(text)


def _check_health(
    title: str, summary: str, causes: tuple[Cause, ...], body: list[Block]
) -> None:
    """Reject pages that do not talk about health (a recipe, a product page).

    The lead (title, summary, first blocks) must use a health word, and the
    article several distinct ones (or list causes): one 「发热」 in a phone
    review is not enough.
    """
    lead = " ".join([title, summary, *(b.text for b in body[:3])])
    rest = [*(c.name for c in causes), *(b.text for b in body[3:30])]
    terms = set(HEALTH_TERMS.findall(" ".join([lead, *rest])))
    evidence = len(terms) >= MIN_HEALTH_TERMS or len(causes) >= 2
    if not evidence or not HEALTH_TERMS.search(lead):
        raise ParseError(NOT_ARTICLE_MESSAGE)


def _with_side_blocks(page: ParsedPage, layout: Layout) -> ParsedPage:
    side = read_side_blocks(layout.sections, question=page.title)
    return replace(
        page,
        related=side.related,
        doctors=side.doctors,
        drugs=side.drugs + advice_drugs(page.advice, page.causes, side.drugs),
        exams=side.exams,
        qa=side.qa,
        card=side.card,
        duplicates=side.duplicates,
    )
