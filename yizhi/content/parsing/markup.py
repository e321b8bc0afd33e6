"""Turn an HTML page into blocks with the stdlib parser.

Headings, list items and table rows keep their kind, because the cause list
is recognised by structure (an <ol>, <h3>1. …</h3>, a table) more reliably
than by wording. <strong>/<b> become **…** so a bold lead-in reads the same
as in Markdown. Scripts, styles and <nav> never reach the text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .blocks import HEADING, ITEM, PARA, ROW, Block

_HTML_SIGNS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|h[1-6]|ul|ol|li|table|br|span|article)\b",
    re.IGNORECASE,
)
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "nav", "select"}
_SKIP |= {"textarea", "button", "canvas", "object", "video", "audio", "map"}
_BLOCK = {"p", "div", "section", "article", "main", "aside", "header", "footer"}
_BLOCK |= {"ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "form"}
_BLOCK |= {"figure", "figcaption", "address", "center", "body", "html", "title"}
_BLOCK |= {"tr", "thead", "tbody", "tfoot", "caption", "details", "summary"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "col"}
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_CELL_BREAKERS = {"table", "ul", "ol", "dl", *_HEADINGS}
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_BOLD = {"strong", "b"}
_SEPARATED_INLINE = {"span", "a", "em", "i", "font", "label", "time", "small", "cite"}
# Container words that mark page chrome or a side block. Matched against whole
# class/id tokens (split on - and _), so "ad" never matches "head" or "load".
_HINT_WORDS = {"nav", "navbar", "menu", "footer", "foot", "breadcrumb", "crumb"}
_HINT_WORDS |= {"crumbs", "ad", "ads", "advert", "adv", "banner", "share"}
_HINT_WORDS |= {"copyright", "login", "toolbar", "sidebar", "aside", "comment"}
_HINT_WORDS |= {"side", "related", "recommend", "hot", "rank"}
_HINT_TAGS = {"footer", "aside", "header"}
_TOKEN = re.compile(r"[a-z]+")
_NEWLINE_BETWEEN_CJK = re.compile(
    r"(?<=[\u4e00-\u9fff，。、：；！？）”])\s*\n\s*(?=[\u4e00-\u9fff，。、：；！？（“])"
)
_SPACES = re.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """Say whether `text` is markup rather than plain text or Markdown."""
    return len(_HTML_SIGNS.findall(text[:20000])) >= 2


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title = ""
        self.description = ""
        self._stack: list[tuple[str, frozenset[str]]] = []
        self._bold_stack: list[bool] = []
        # One flag per open <table>: True once it shows itself a layout table.
        self._layout: list[bool] = []
        self._skip = 0
        self._buffer: list[str] = []
        self._kind = PARA
        self._level = 0
        self._group = 0
        self._groups: list[int] = []
        self._cells: list[str] | None = None
        self._header_row = False
        self._in_title = False
        self._inline_closed = False

    # -- structure ---------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        if tag in _VOID:
            if tag in {"br", "hr"} and not self._skip:
                if self._cells is not None:
                    self._to_layout()
                self._flush()
            return
        hints = self._hints(tag, attrs)
        bold = False
        if self._skip or tag in _SKIP:
            self._skip += 1
        else:
            if self._inline_closed and tag in _SEPARATED_INLINE:
                # <span>2024-04-18</span><span>1.2万人看过</span>: the page shows
                # two items; without a space they would read as one number.
                self._buffer.append(" ")
            self._inline_closed = False
            if self._cells is not None and self._breaks_cell(tag):
                self._to_layout()
            self._open(tag)
            bold = tag not in _BOLD and _styled_bold(attrs)
            if bold:
                self._buffer.append("**")
        # Pushed after _open: text flushed there belongs to the parent element.
        self._stack.append((tag, hints))
        self._bold_stack.append(bold)

    def _open(self, tag: str) -> None:
        if tag in _BOLD:
            self._buffer.append("**")
        elif tag == "title":
            self._flush()
            self._in_title = True
        elif tag in {"td", "th", "tr"} and self._in_layout():
            self._flush()
        elif tag in {"td", "th"}:
            self._header_row |= tag == "th"
        elif tag == "tr":
            self._flush()
            self._cells, self._header_row = [], False
        elif tag in {"ul", "ol", "table", "dl"}:
            self._flush()
            self._group += 1
            self._groups.append(self._group)
            if tag == "table":
                self._layout.append(False)
        elif tag == "dd":
            self._flush()  # the definition is a paragraph under its <dt> item
        elif tag in _HEADINGS:
            self._flush()
            self._kind, self._level = HEADING, _HEADINGS[tag]
        elif tag in {"li", "dt"}:
            self._flush()
            self._kind = ITEM
        elif tag in _BLOCK and self._cells is None:
            self._flush(keep_kind=True)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(open_tag == tag for open_tag, _ in self._stack):
            return
        while self._stack:
            open_tag = self._stack[-1][0]
            if self._skip:
                self._skip -= 1
            else:
                if self._bold_stack[-1]:
                    self._buffer.append("**")
                self._close(open_tag)
            # Popped after _close: the closing element's hints still apply.
            self._stack.pop()
            self._bold_stack.pop()
            if open_tag == tag:
                return

    def _close(self, tag: str) -> None:
        self._inline_closed = tag in _SEPARATED_INLINE
        if tag in _BOLD:
            self._buffer.append("**")
        elif tag in {"td", "th"} and self._cells is not None:
            self._cells.append(self._take())
        elif tag == "tr" and self._cells is not None:
            self._emit_row()
        elif tag in {"td", "th", "tr"}:
            self._flush()
        elif tag in {"ul", "ol", "table", "dl"}:
            if tag == "table" and self._cells is not None:
                self._emit_row()  # a row left open by sloppy markup
            self._flush()
            if self._groups:
                self._groups.pop()
            if tag == "table" and self._layout:
                self._layout.pop()
        elif tag == "title":
            self.title = self.title or _clean("".join(self._buffer))
            self._buffer.clear()
            self._in_title = False
        elif tag in _HEADINGS or tag in {"li", "dt", "dd"}:
            if self._cells is None:
                self._flush()
            self._kind, self._level = PARA, 0
        elif tag in _BLOCK and self._cells is None:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buffer.append(data)
            self._inline_closed = self._inline_closed and not data.strip()

    # -- layout tables -----------------------------------------------------
    def _in_layout(self) -> bool:
        return bool(self._layout and self._layout[-1])

    def _breaks_cell(self, tag: str) -> bool:
        """Say whether `tag` inside a cell shows the table is page layout.

        Old portals lay whole pages out in <table>s: a cell holding lists,
        headings, nested tables or a second paragraph is a column of the
        page, not a value of a data table.
        """
        if tag in _CELL_BREAKERS:
            return True
        return tag in {"p", "div"} and bool("".join(self._buffer).strip())

    def _to_layout(self) -> None:
        """Turn the open row into paragraphs and read its table as layout."""
        for cell in self._cells or ():
            if cell:
                self.blocks.append(Block(cell, PARA, hints=self._context()))
        self._cells = None
        if self._layout:
            self._layout[-1] = True
        self._flush()

    # -- output ------------------------------------------------------------
    def _take(self) -> str:
        text = _clean("".join(self._buffer))
        self._buffer.clear()
        return text

    def _flush(self, *, keep_kind: bool = False) -> None:
        """Emit the buffered text as a block.

        `keep_kind`: a <p> opening inside an <li> or <h2> must not turn the
        item or heading that has no text yet into a plain paragraph.
        """
        if self._in_title:
            return
        text = self._take()
        if not text.strip("* "):
            if not keep_kind:
                self._kind, self._level = PARA, 0
            return
        if text:
            group = self._groups[-1] if self._groups and self._kind == ITEM else 0
            self.blocks.append(
                Block(text, self._kind, self._level, group=group, hints=self._context())
            )
        self._kind, self._level = PARA, 0

    def _emit_row(self) -> None:
        cells = tuple(cell for cell in self._cells or () if cell)
        self._cells = None
        if cells:
            self.blocks.append(
                Block(
                    " | ".join(cells),
                    ROW,
                    level=int(self._header_row),
                    cells=cells,
                    group=self._groups[-1] if self._groups else 0,
                    hints=self._context(),
                )
            )

    def _hints(self, tag: str, attrs: list[tuple[str, str | None]]) -> frozenset[str]:
        words = {tag} & _HINT_TAGS
        for name, value in attrs:
            if name in {"class", "id"} and value:
                words |= set(_TOKEN.findall(value.lower())) & _HINT_WORDS
        return frozenset(words)

    def _context(self) -> frozenset[str]:
        return frozenset().union(*(hints for _, hints in self._stack))

    def _meta(self, attrs: dict[str, str | None]) -> None:
        name = (attrs.get("name") or attrs.get("property") or "").lower()
        if name in {"description", "og:description"} and not self.description:
            self.description = _clean(attrs.get("content") or "")

    def close(self) -> None:
        super().close()
        if self._cells is not None:
            self._emit_row()
        self._flush()


def _styled_bold(attrs: list[tuple[str, str | None]]) -> bool:
    """Say whether an element is bold by inline style (editors' <span>s)."""
    return any(
        name == "style" and value and _BOLD_STYLE.search(value) for name, value in attrs
    )


def _clean(text: str) -> str:
    text = _NEWLINE_BETWEEN_CJK.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    return text.replace("****", "").replace("** **", " ").strip()


def html_blocks(html: str) -> tuple[list[Block], str, str]:
    """Return the blocks of `html`, its <title> and its meta description."""
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    return parser.blocks, parser.title, parser.description
