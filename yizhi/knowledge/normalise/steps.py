"""Small `str -> str` steps that fold and trim a value without judging it.

Width, spaces, list numbers, footnotes, headings, label blocks, bracketed
notes and a trailing 等: each step only removes or folds characters, which is
what lets cleaning repeat until nothing changes.
"""

from __future__ import annotations

import re

# Full-width letters, digits and ASCII-only symbols become ASCII; the
# punctuation Chinese writes full-width (，：；（）！？～) stays, and stray ASCII
# parentheses join it, so 「（」 is the one opening bracket names use.
_WIDTH = str.maketrans(
    {
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)},
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF21, 0xFF3B)},
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF41, 0xFF5B)},
        **{
            char: chr(ord(char) - 0xFEE0)
            for char in "＃＄％＆＇＊＋－／＜＝＞＠＼＾＿｀｜"
        },
        "\u3000": " ",
        "\xa0": " ",
        "(": "（",
        ")": "）",
    }
)
_DECIMAL_POINT = re.compile(r"(?<=\d)．(?=\d)")
_NBSP = re.compile(r"&nbsp[;；]?")
_SPACES = re.compile(r"\s+")
_NAME_EDGES = (
    " \t\r\n、﹑，,。.．；;：:！!？?·•・…—–-~～*#^_|\\/\"'“”‘’「」『』〈〉【】"
)


def fold_width(text: str) -> str:
    """Fold full-width letters, digits, symbols and &nbsp; keep Chinese punctuation."""
    return _DECIMAL_POINT.sub(".", _NBSP.sub(" ", text).translate(_WIDTH))


def squash_spaces(text: str) -> str:
    """Turn every run of whitespace into one space and trim the ends."""
    return _SPACES.sub(" ", text).strip()


def strip_edges(text: str) -> str:
    """Strip whitespace and the punctuation that clings to the ends of a name."""
    return text.strip(_NAME_EDGES)


_NUMBERING = re.compile(
    r"^(?:[（［]\s*\d{1,2}\s*[）］]|\d{1,2}\s*[.．）](?![\d.．])|[①-⑳⑴-⒇]"
    r"|[一二三四五六七八九十]{1,3}[.．]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4}[.．])\s*"
)


def strip_numbering(text: str) -> str:
    """Drop a list number in front: 1．, (2), ③."""
    return _NUMBERING.sub("", text, count=1)


# A footnote or the next item's number glued to the end: 疲劳2, 血尿3.
_FOOTNOTE = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,2}$")


def strip_footnote(text: str) -> str:
    """Drop a number glued to the last Chinese character: 疲劳2 → 疲劳."""
    return _FOOTNOTE.sub("", text)


OPENING = "（［["
CLOSING = "）］]"


def strip_heading(text: str) -> str:
    """Keep what follows the last colon outside brackets: 消化系统：恶心 → 恶心.

    CMeKG keeps the heading of a grouped list (消化系统：, 偶见：, II期：) on the
    first item of each group. A colon inside brackets is part of the name
    (阿莫西林克拉维酸钾（4：1）).
    """
    depth, cut = 0, -1
    for index, char in enumerate(text):
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(depth - 1, 0)
        elif char in "：:" and depth == 0:
            cut = index
    return text[cut + 1 :]


_GENERIC_NAME = re.compile(
    r"通用名称[:：]\s*(?:通用名称[:：]\s*)*(?P<name>.+?)\s*(?:英文名称[:：].*)?$"
)


def extract_generic_name(text: str) -> str:
    """Pull X out of 「通用名称：X英文名称：Y」, a label block copied into a value."""
    match = _GENERIC_NAME.search(text)
    return match["name"] if match else text


_LABEL_NOTE = re.compile(
    r"[（［](?:英文名称|英文名|英文|外文名|别名|又称|简称|俗称|曾用名)[:：][^（）［］]*[）］]"
    r"|《[^《》]*》"
)
_LIST_NOTE = re.compile(r"[（［][^（）［］]*[、﹑，,；;。][^（）［］]*[）］]")


def drop_label_notes(text: str) -> str:
    """Drop a labelled note or a cited book: 希笛尼（英文：Cidine）, 杜牛膝《…》."""
    return _LABEL_NOTE.sub("", text)


def drop_list_notes(text: str) -> str:
    """Drop a bracketed note that is itself a list or a sentence.

    感染（细菌、病毒） names 感染; splitting inside the note would leave
    half-bracketed pieces.
    """
    return _LIST_NOTE.sub("", text)


# 等 inside a word is not "and so on": 中等, 均等, 等渗, 等位基因, 等孢球虫.
NOT_ETC_BEFORE = "中高同不相平均对初次上下优劣"
NOT_ETC_AFTER = "渗位待离容长量级比张距候号同价效"
_TRAILING_ETC = re.compile(rf"(?<![{NOT_ETC_BEFORE}])等+$")


def strip_trailing_etc(text: str) -> str:
    """Drop a trailing 等/等等: 胸痛等 → 胸痛."""
    return _TRAILING_ETC.sub("", text)
