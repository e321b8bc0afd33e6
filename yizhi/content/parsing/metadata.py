"""Read what a page says about itself: source, views, date, author, breadcrumb.

These facts sit on short lines around the title (「来源：医联媒体」,
「2050次浏览」, 「发布于 2026-02-28」, 「袁余 主治医师 三甲」). A line that
carries one of them is metadata and is kept out of the article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from .blocks import Block
from .model import Doctor, Metadata
from .people import doctor_in_line, parse_hospital_line, specialty_of, with_place

# 「1.2万」, and on mobile pages 「1.2w」 and 「2.6k」.
_UNITS = {"万": 10000, "w": 10000, "W": 10000, "k": 1000, "K": 1000}
_VIEWS = (
    re.compile(
        r"(?<![\d\-./:：年月])(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<wan>万|[wWkK](?![A-Za-z]))?\s?(?:次|人)?"
        r"\s?(?:浏览|阅读|观看|看过|已读|读过)"
    ),
    re.compile(
        r"(?:浏览|阅读|观看|人气)(?:量|数|次数)?\s*[:：]?\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<wan>万|[wWkK](?![A-Za-z]))?"
    ),
)
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?"
)
_DATE_LABEL = re.compile(r"发布|发表|更新|时间|日期|修改")
_SOURCE = re.compile(
    r"(?:文章来源|内容来源|来源|来自|出处)\s*[:：]\s*(?P<source>[^\s|｜，,。（）()]{2,30})"
)
_AUTHOR = re.compile(
    r"^(?:作者|文\s*/|撰文|审核|审核医生|审核专家)\s*[:：/]?\s*(?P<name>[\u4e00-\u9fff·]{2,5})$"
)
METADATA_MAX = 60  # metadata lines are short; longer ones are content quoting a date


def views_of(text: str) -> int | None:
    """Return the view count a line states (「1.2万次浏览」 is 12000)."""
    for pattern in _VIEWS:
        if found := pattern.search(text):
            number = float(found.group("n").replace(",", ""))
            return int(number * _UNITS.get(found.group("wan") or "", 1))
    return None


def date_of(text: str) -> tuple[date, str] | None:
    """Return the date (and time, if given) a line states."""
    found = _DATE.search(text)
    if not found:
        return None
    try:
        day = date(int(found.group("y")), int(found.group("m")), int(found.group("d")))
    except ValueError:
        return None
    return day, found.group("time") or ""


def source_of(text: str) -> str:
    """Return the origin a 「来源：…」 line names, else ""."""
    found = _SOURCE.search(text)
    return found.group("source") if found else ""


def is_metadata(text: str) -> bool:
    """Say whether a short line only states views, a date, a source or an author."""
    text = text.strip()
    if len(text) > METADATA_MAX or text.endswith("。"):
        return False
    if _AUTHOR.match(text) or source_of(text):
        return True
    if views_of(text) is not None:
        return True
    found = _DATE.search(text)
    if not found:
        return False
    # A date line holds little else: a label, a time, a view count.
    leftover = _DATE.sub("", text)
    return len(leftover) <= 24 or bool(_DATE_LABEL.search(text))


def read_author(blocks: Iterable[Block]) -> Doctor | None:
    """Return the doctor named in the lines between title and article, if any."""
    author: Doctor | None = None
    for block in blocks:
        text = block.text.strip()
        if author is None:
            author = doctor_in_line(text)
            if author is None and (found := _AUTHOR.match(text)):
                author = Doctor(name=found.group("name"))
            continue
        if (specialty := specialty_of(text)) is not None:
            author = replace(author, specialty=specialty)
        elif place := parse_hospital_line(text):
            author = with_place(author, place)
    return author


def read_metadata(
    lines: Iterable[Block],
    *,
    author: Doctor | None,
    breadcrumb: tuple[str, ...],
    site: str,
) -> Metadata:
    """Collect metadata from the lines is_metadata() picked out of the page."""
    source, views, published, time = "", None, None, ""
    for block in lines:
        text = block.text
        source = source or source_of(text)
        if views is None:
            views = views_of(text)
        if published is None and (found := date_of(text)):
            published, time = found
    return Metadata(
        source=source,
        site=site,
        views=views,
        published=published,
        published_time=time,
        author=author,
        breadcrumb=breadcrumb,
    )
