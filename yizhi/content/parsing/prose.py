"""Read lists written as prose: 「可能与A、B有关，也可能是由C、D等疾病引起」.

Many pages state their causes in one sentence, and those that number them
usually repeat the list in the summary. The same reader gives the cause
list when there is no numbered one, and a check on a numbered one.
"""

from __future__ import annotations

import re

_PARENS = re.compile(r"[（(][^（）()]{0,40}[）)]")
_CLAUSE = r"[^。；;！？!?，,：:]"
# Each pattern captures the listed part; the wording around it says "these
# are causes". Ordered as they appear in a sentence, all are applied.
_PATTERNS = (
    re.compile(
        rf"(?:与|和|跟)(?P<x>{_CLAUSE}{{2,80}}?)(?:等(?:多种)?(?:因素|原因|疾病|问题))?"
        r"(?:有关|相关|有关系|关系密切|密切相关)"
    ),
    re.compile(
        rf"(?:是由于|是因为|是由|由于|因为|由|因)(?P<x>{_CLAUSE}{{2,80}}?)(?:等)?(?:多种|各种|一些)?"
        r"(?:疾病|(?:病理|生理|心理|饮食|环境)性?)?"
        r"(?:原因|因素|疾病|病因|问题)?(?:引起|导致|所致|造成|诱发|引发|而起|而来)"
    ),
    re.compile(
        rf"(?:可能|考虑|多|大多|多半|一般|主要|通常)是(?P<x>{_CLAUSE}{{2,40}}?)(?:等)?"
        r"(?:原因|因素|疾病)?(?:引起|导致|所致|造成|诱发|引发)"
    ),
    re.compile(
        rf"(?:原因|病因|因素|诱因)(?:主要|通常|一般|常见)?(?:有|包括|是|为)[：:]?(?P<x>{_CLAUSE}{{2,80}})"
    ),
    # A doctor's answer: 「也不排除鼻息肉」.
    re.compile(
        rf"(?:不排除|不能排除|排除不了)(?:是)?(?P<x>{_CLAUSE}{{2,30}}?)(?:的可能)?(?=[。；;，,！!]|$)"
    ),
    # A doctor's answer: 「要考虑外耳道炎或外耳道真菌感染」, a clause of its own.
    re.compile(
        rf"(?:要|应|需|需要|可|初步)考虑(?!到)(?:为|是)?(?P<x>{_CLAUSE}{{2,30}}?)"
        r"(?:的可能|可能性大)?(?=[。；;，,！!]|$)"
    ),
    # 「也常见于急性胃肠炎、偏头痛等疾病」: only with 等疾病, since 常见于 also
    # names who is affected (常见于中老年人).
    re.compile(
        rf"(?:常见于|多见于|可见于)(?P<x>{_CLAUSE}{{2,60}}?)等(?:多种)?(?:疾病|病症)"
    ),
)
_SPLIT = re.compile(r"[、，,/／]|以及|或者|或是|及其|还有")
_SPLIT_LAST = re.compile(r"或者|或|以及|及|和|与")
_LEAD = re.compile(
    r"^(?:也可能是|也可能|可能是|可能|主要是|主要|通常|一般|比如|例如|如|包括|一些|某些|多种|各种|由于|因为|是由|是|由|一种|这种)"
)
_TAIL = re.compile(r"(?:等等|等|的|引起的|导致的|所致的|引起|导致|所致|有关|相关)$")
_TAIL_NOUN = re.compile(
    r"(?:等[\u4e00-\u9fff]{0,4}?(?:疾病原因|病理原因|病理因素|疾病因素|因素|原因|疾病|问题)"
    r"|疾病原因|多种原因)$"
)
_NOT_CAUSE = re.compile(
    r"^(?:其他|其它|多种|各种|很多|不同|一些|某些|这些|上述|以下|下列|生理|病理|疾病"
    r"|症状|因素|原因|方面|情况|身体|患者)(?:的)?(?:原因|因素|疾病|问题)?$"
    # 「原因有以下几种」 announces a list; it names none.
    r"|^(?:以下|如下|下面|下列|这些|几种|几个)"
)
MAX_NAME = 15
# 「骨关节炎引起的滑膜炎」: the cause is what comes before 引起的.
_CAUSED_TOPIC = re.compile(r"(?<=\S{2})(?:引起|导致|所致|诱发)的\S{1,10}$")


def enumerate_causes(text: str) -> list[str]:
    """Return the causes a sentence lists, in order, without duplicates."""
    text = _PARENS.sub("", text)
    spans: list[tuple[int, str]] = []
    for pattern in _PATTERNS:
        for found in pattern.finditer(text):
            spans.append((found.start("x"), found.group("x")))
    names: list[str] = []
    for _, listed in sorted(spans):
        for name in split_list(listed):
            if name not in names:
                names.append(name)
    return names


def split_list(listed: str) -> list[str]:
    """Split 「A、B、C或D等」 into clean names; the last item splits on 或/和."""
    parts = [p for p in _SPLIT.split(listed) if p.strip()]
    if parts:
        last = parts.pop()
        pieces = _SPLIT_LAST.split(last)
        if len(pieces) > 1 and all(len(_clean(p)) >= 2 for p in pieces):
            parts.extend(pieces)
        else:
            parts.append(last)
    names = [_clean(part) for part in parts]
    return [n for n in names if 2 <= len(n) <= MAX_NAME and not _NOT_CAUSE.match(n)]


def _clean(name: str) -> str:
    name = _CAUSED_TOPIC.sub("", name.strip(" 　\t"))
    for _ in range(3):
        stripped = _TAIL_NOUN.sub("", _TAIL.sub("", _LEAD.sub("", name))).strip()
        if stripped == name:
            break
        name = stripped
    return name
