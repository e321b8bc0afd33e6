"""Recognise how a block opens a list item: 一、 / 1. / （1） / ① / **…** / 标签：.

The family of a marker says which items belong to one list; the rank says
which list encloses which (一、 holds 1. holds （1）), so a list of causes
nested under 「一、病理性原因」 is told apart from the outer list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import HEADING, ITEM, ROW, Block

_CN = "零一二三四五六七八九十"


@dataclass(frozen=True, slots=True)
class Marker:
    """How one block starts a list item, and the text after the marker."""

    family: str
    rank: int
    number: int | None
    rest: str


def cn_number(token: str) -> int | None:
    """Return the value of a Chinese numeral up to 99 (一, 十二, 二十三)."""
    if not token or any(char not in _CN for char in token):
        return None
    if "十" not in token:
        return _CN.index(token) if len(token) == 1 else None
    tens, _, ones = token.partition("十")
    return (_CN.index(tens) if tens else 1) * 10 + (_CN.index(ones) if ones else 0)


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_DINGBATS = "❶❷❸❹❺❻❼❽❾❿"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"
_CN_DIGITS = "一二三四五六七八九十"
# (family, rank, pattern). The number is group 1; rest is what follows.
_NUMBERED = (
    ("cn()", 21, re.compile(rf"^[（(]([{_CN_DIGITS}]{{1,3}})[）)]\s*")),
    ("cn", 20, re.compile(rf"^([{_CN_DIGITS}]{{1,3}})\s*[、.．]\s*")),
    (
        "label",
        30,
        re.compile(
            rf"^[^，,。：:]{{0,8}}?(?:原因|病因|因素|诱因)\s*([{_CN_DIGITS}\d]{{1,3}})"
            r"\s*[：:、.．]?\s*"
        ),
    ),
    (
        "ordinal",
        30,
        re.compile(
            rf"^[第其]([{_CN_DIGITS}]{{1,3}})(?:种|类|个|点|条|大|方面)?"
            r"(?:原因|病因|因素|诱因)?\s*[，,、：:.．]\s*"
        ),
    ),
    ("cn-is", 30, re.compile(rf"^([{_CN_DIGITS}])是")),
    ("(num)", 40, re.compile(rf"^(?:[（(](\d{{1,2}})[）)]|([{_PAREN_DIGITS}]))\s*")),
    ("num", 30, re.compile(r"^(\d{1,2})\s*(?:[、.．](?!\d)|[)）])\s*")),
    ("circled", 50, re.compile(rf"^([{_CIRCLED}{_DINGBATS}])\s*")),
)
_BOLD = re.compile(r"^\*\*(?P<name>[^*]{1,30}?)\*\*")
_BRACKET = re.compile(r"^【(?P<name>[^【】]{1,20})】")
_CORNER = re.compile(r"^「(?P<body>[^「」]+)」$")
_LABEL = re.compile(r"^(?P<name>[^：:，,。；;！？!?\s*「」]{2,15})\s*[：:]\s*\S")

RANK_HEADING = 10  # plus the heading level: h2 encloses h3
RANK_BOLD, RANK_ITEM, RANK_LABEL, RANK_ROW = 60, 70, 80, 90


def _token_number(token: str) -> int:
    if token.isascii() and token.isdigit():
        return int(token)
    for digits in (_CIRCLED, _DINGBATS, _PAREN_DIGITS):
        if token in digits:
            return digits.index(token) + 1
    return cn_number(token) or 0


def _numbered(text: str) -> tuple[str, int, int, str] | None:
    for family, rank, pattern in _NUMBERED:
        found = pattern.match(text)
        if not found:
            continue
        token = next(group for group in found.groups() if group)
        number = _token_number(token)
        rest = text[found.end() :]
        if number and rest.strip():
            return family, rank, number, rest
    return None


def match_marker(block: Block) -> Marker | None:
    """Return the list marker `block` opens with, or None for running text."""
    text = block.text.strip()
    if block.kind == ROW:
        return Marker(f"row{block.group}", RANK_ROW, None, text)
    numbered = _numbered(text)
    if numbered is None and text.startswith("**"):
        # 「**1. 睡眠不足**」: the number inside the bold still counts, and
        # 「**（一）网球肘**医学上叫…」 keeps its bold name apart from the text.
        numbered = _numbered(text[2:])
        if numbered and "**" in numbered[3]:
            numbered = (*numbered[:3], "**" + numbered[3])
    suffix = "~" if block.inline else ""
    if block.kind == HEADING:
        number = numbered[2] if numbered else None
        rest = numbered[3] if numbered else text
        return Marker(f"h{block.level}", RANK_HEADING + block.level, number, rest)
    if block.kind == ITEM:
        rest = numbered[3] if numbered else text
        return Marker(f"item{block.group}", RANK_ITEM, None, rest)
    if numbered:
        family, rank, number, rest = numbered
        return Marker(family + suffix, rank, number, rest)
    if corner := _CORNER.match(text):
        body = corner.group("body")
        if _LABEL.match(body):
            return Marker("corner", RANK_LABEL, None, body)
    if _BOLD.match(text):
        return Marker("bold" + suffix, RANK_BOLD, None, text)
    if _BRACKET.match(text):
        return Marker("bracket" + suffix, RANK_BOLD, None, text)
    if _LABEL.match(text):
        return Marker("colon" + suffix, RANK_LABEL, None, text)
    return None
