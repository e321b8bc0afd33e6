"""What holds on every page the parser reads: clean cause names, titles without
the site's suffix, trails without the site's name."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from testsupport import FIXTURES, SHARED

from yizhi.content.parsing import ParsedPage, ParseError, parse_page
from yizhi.content.parsing.chrome import title_without_site
from yizhi.content.parsing.details import clean_name

PAGES = sorted((FIXTURES / "pages").iterdir())
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").exists() else []
_BAD_END = re.compile(
    r"[，,。.；;：:、！!？?…）)\]】」』”\"'\-—_|｜]$|等等?$|(?:引起|导致|所致)的?$"
)


@cache
def _parsed(path: str) -> ParsedPage | None:
    try:
        return parse_page(Path(path).read_bytes(), source=path)
    except ParseError:
        return None


def _pages() -> list[ParsedPage]:
    return [p for p in (_parsed(str(path)) for path in PAGES + SEEDS) if p]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("缺钙等。", "缺钙"),
        ("受凉引起的", "受凉"),
        ("疲劳所致；", "疲劳"),
        ("动脉硬化（老年人）", "动脉硬化"),
        ("疲劳（常见）等", "疲劳"),
        ("缺钙…", "缺钙"),
        ("“缺钙”：", "缺钙"),
        ("【受凉】", "受凉"),
        ("3、疲劳！", "疲劳"),
        ("受凉引起的腿抽筋", "受凉"),
        ("维生素B12缺乏", "维生素B12缺乏"),
    ],
)
def test_clean_name(raw: str, name: str) -> None:
    assert clean_name(raw) == name


def test_no_cause_name_ends_in_punctuation_or_a_cause_word() -> None:
    bad = [
        (page.title, cause.name)
        for page in _pages()
        for cause in page.causes
        if _BAD_END.search(cause.name) or not 2 <= len(cause.name) <= 20
    ]
    assert bad == []


def test_no_title_keeps_a_site_suffix() -> None:
    assert [p.title for p in _pages() if title_without_site(p.title) != p.title] == []


def test_no_trail_starts_with_home_or_the_site() -> None:
    bad = [
        (page.title, page.metadata.breadcrumb)
        for page in _pages()
        if page.metadata.breadcrumb
        and (
            page.metadata.breadcrumb[0] in {"首页", "主页", "网站首页", "Home"}
            or page.metadata.breadcrumb[0] in {page.metadata.site, page.metadata.source}
            or page.metadata.breadcrumb[0].endswith(("网", "官网", "在线"))
        )
    ]
    assert bad == []
