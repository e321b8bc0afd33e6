"""Entities a lexicon match alone misses or misreads, found from their context.

A lexicon lookup sees one name at a time. Around it, text says more: 流行病学 is
a field, not a disease; 流感嗜血杆菌 a microbe; 遗传代谢病 a disease by its
ending though no list names it; "(AML)" after a name defines an abbreviation
that is used again later. Each function here takes and returns the `Span`s of
one text.
"""

import re
from dataclasses import replace

from yizhi.search.understanding.entity_spans import CJK, LEFT_TRIGGER, Span, by_start

# A disease or symptom name followed by 学 names a field of study (流行病学,
# 风湿病学会), unless 学 starts another word (学习困难, 学龄期).
_FIELD = re.compile(r"学(?![习龄校生前])")
_FIELD_TYPES = frozenset({"dis", "sym"})


def drop_fields(text: str, spans: list[Span]) -> list[Span]:
    """Drop disease and symptom names that open the name of a field."""
    return [
        span
        for span in spans
        if not (span.type in _FIELD_TYPES and _FIELD.match(text, span.end))
    ]


# A disease named before a microbe word names the microbe (流感嗜血杆菌,
# 麻疹病毒, 鹦鹉热衣原体); 病毒性 and 菌素 start other words.
_MICROBE_TAIL = re.compile(
    r"(?:嗜血|链|葡萄|双|弯曲|螺)?"
    r"(?:杆菌|球菌|病毒|衣原体|支原体|螺旋体|立克次体|原虫|真菌|弧菌|菌)(?![性素])"
)

# What must be left of a match the microbe cuts into for it to stay a match.
_MIN_REMAINDER = 2


def retype_microbes(text: str, spans: list[Span]) -> list[Span]:
    """Turn a disease name plus a microbe word into one microbe span.

    A match the microbe swallows part of keeps what is left (病毒感染 after
    疱疹病毒 leaves 感染), so the infection it names can still be joined.
    """
    retyped: list[Span] = []
    for span in spans:
        if retyped and span.start < retyped[-1].end:
            if span.end - retyped[-1].end < _MIN_REMAINDER:
                continue
            span = replace(span, start=retyped[-1].end)
        tail = (
            _MICROBE_TAIL.match(text, span.end) if span.type in _FIELD_TYPES else None
        )
        retyped.append(Span(span.start, tail.end(), "mic") if tail else span)
    return retyped


# "化脓性胸膜炎(purulent pleurisy)": an English gloss in brackets right after a
# name names the same thing, and may be followed by its abbreviation.
_GLOSS = re.compile(
    r"\(\s*([A-Za-z][A-Za-z\s\-']{3,}[A-Za-z])\s*(?:\)|[,;]\s*[A-Z][A-Za-z0-9\-]{1,7}\s*\))"
)
_GLOSS_TYPES = frozenset({"dis", "sym", "dru"})


def tag_glosses(text: str, spans: list[Span]) -> list[Span]:
    """Give an English gloss in brackets after a name that name's type."""
    found = []
    for span in spans:
        match = _GLOSS.match(text, span.end) if span.type in _GLOSS_TYPES else None
        if match:
            found.append(Span(match.start(1), match.end(1), span.type))
    return by_start([*spans, *found]) if found else spans


# "急性髓系白血病(AML)" or "(acute myeloid leukemia, AML)": an abbreviation
# defined in brackets right after a name, alone or after an English gloss.
_DEFINED_ABBREVIATION = re.compile(
    r"\(\s*(?:[A-Za-z][A-Za-z\s\-']{3,}[,;]\s*)?([A-Z][A-Za-z0-9\-]{1,7})\s*[),;]"
)
_ABBREVIATION_TYPES = frozenset({"dis", "sym", "dru", "ite"})


def tag_abbreviations(text: str, spans: list[Span]) -> list[Span]:
    """Give an abbreviation defined after a name that name's type, everywhere."""
    defined: dict[str, str] = {}
    for span in spans:
        if span.type in _ABBREVIATION_TYPES:
            match = _DEFINED_ABBREVIATION.match(text, span.end)
            if match:
                defined.setdefault(match.group(1), span.type)
    if not defined:
        return spans
    taken = {index for span in spans for index in range(span.start, span.end)}
    found = [
        Span(match.start(), match.end(), defined[match.group(0)])
        for match in re.finditer(
            r"(?<![A-Za-z0-9])(?:"
            + "|".join(map(re.escape, sorted(defined, key=len, reverse=True)))
            + r")(?![A-Za-z0-9])",
            text,
        )
        if not taken.intersection(range(match.start(), match.end()))
    ]
    return by_start([*spans, *found])


# Endings that make an unknown word a disease name (遗传代谢病, 马蹄肾炎 …).
_DISEASE_ENDING = re.compile(r"综合征|综合症|缺乏症|增多症|增生症|炎|病|癌|瘤|疾病")
_DISCOVERY_WINDOW = 6
_MIN_DISCOVERED_PREFIX = 2
_PREFIX_RUN = re.compile(rf"(?:[{CJK}]+|[A-Za-z][A-Za-z\-]+)$")
# 病 starts as many words as it ends (病人, 病情, 病例, 病变, 病学 …).
NOT_AN_ENDING_BEFORE = frozenset("人房情例变灶理因程史毒原区室死童床菌种患号学")
# A prefix ending like this is a phrase about disease (发病, 本病, 致病).
_NOT_A_NAME_END = set("发致本该此其患染种些成防止治疗离得根据")


def discover_diseases(text: str, spans: list[Span]) -> list[Span]:
    """Add disease names the lexicon lacks, found by their ending."""
    covered = [False] * (len(text) + 1)
    for span in spans:
        for index in range(span.start, span.end):
            covered[index] = True
    found: list[Span] = []
    for match in _DISEASE_ENDING.finditer(text):
        end = match.end()
        if covered[match.start()] or covered[end - 1]:
            continue
        window_start = max(0, match.start() - _DISCOVERY_WINDOW)
        while covered[window_start] and window_start < match.start():
            window_start += 1
        if end < len(text) and text[end] in NOT_AN_ENDING_BEFORE:
            continue
        run = _PREFIX_RUN.search(text, window_start, match.start())
        if run is None or run.group(0)[-1] in _NOT_A_NAME_END:
            continue
        prefix = run.group(0)
        trigger = LEFT_TRIGGER.match(prefix)
        if trigger:
            prefix = prefix[trigger.end() :]
        if len(prefix) < _MIN_DISCOVERED_PREFIX:
            continue
        found.append(Span(match.start() - len(prefix), end, "dis"))
    return by_start([*spans, *found])
