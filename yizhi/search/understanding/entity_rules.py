"""Boundary rules that grow lexicon matches into the spans people write.

A lexicon knows 性早熟 and 肺炎, but text says 中枢性性早熟, 真菌性肺炎, 血糖增高,
大量失血 or 麻疹疫苗. Each rule looks at one match and the characters around it
and either extends it or turns it into another type; `entity_discovery` adds
what no match covers.
"""

import re
from collections.abc import Collection
from dataclasses import replace

from yizhi.search.understanding.entity_discovery import (
    NOT_AN_ENDING_BEFORE,
    discover_diseases,
    drop_fields,
    retype_microbes,
    tag_abbreviations,
    tag_glosses,
)
from yizhi.search.understanding.entity_spans import (
    CJK,
    LEFT_TRIGGER,
    STOP_CHARS,
    Span,
)

# A "…性" or "…型" qualifier right before a disease (特发性, 中枢性, 1型).
_QUALIFIER = re.compile(rf"(?:[{CJK}]{{1,4}}性|[0-9A-Za-zⅠ-Ⅻ]{{1,3}}型)$")
# Words that tell how much or when, which people keep with the symptom.
_SYMPTOM_DEGREE = re.compile(
    r"(?:(?:大量|少量|中度|轻度|重度|轻、中度|明显|严重|显著)的?|夜间|持续性?"
    r"|反复|间断性?|进行性|阵发性|剧烈|轻微|局部|突然|突发|频繁)$"
)
# Words for a change of a measured item or an organ, which make it a symptom.
_CHANGE = re.compile(
    r"(?:增高|升高|降低|下降|减少|增多|增加|减低|减退|增快|减慢|异常|阳性|肿大"
    r"|扩张|增大|缩小|紊乱|障碍|低下|亢进|延迟|落后|不良|不足|过多|缺乏|受损"
    r"|上升|偏高|偏低|延长|缩短|增宽|萎缩|硬化|充血|水肿|出血|活化|抵抗|淤血"
    r"|消失|增强|减弱|加重|加剧|缺失|改变|迟缓)"
)
# What may stand between a measured item and its change: the measure itself and
# how much (血清FSH基础值轻度增高, 白细胞明显升高).
_CHANGE_LEAD = re.compile(
    r"(?:水平|浓度|含量|峰值|基础值|计数|数目|数|值)?"
    r"(?:明显|显著|轻度|稍|略|进行性|逐渐|持续|急剧|常)?"
)
# A symptom that is only a change word needs the organ it happens to.
_BARE_CHANGE = re.compile(
    _CHANGE.pattern + r"|增厚|变薄|肥厚|坏死|反流|浸润|钙化|积液|粘连|穿孔|梗阻|阴影"
)
_SUBJECT_RUN = re.compile(rf"[{CJK}]+$")
_MAX_SUBJECT = 4
# A drug is written with its salt, strength and form, and all of it is the
# drug's name (5%葡萄糖液, 盐酸异丙嗪, 苯妥英钠, 茶碱缓释片, 抗生素类药物).
_DRUG_LEFT = re.compile(
    r"(?:[0-9.]+%)?(?:盐酸|硫酸|磷酸|醋酸|枸橼酸|马来酸|酒石酸|甲磺酸|富马酸)?$"
)
_DRUG_RIGHT = re.compile(
    r"(?:钠|钾|钙|镁)?"
    r"(?:类药物|类药|类抗生素|药物|制剂|类|(?:缓释|控释|肠溶)?(?:片|胶囊|注射液"
    r"|滴眼液|溶液|液|糖浆|颗粒|栓|软膏|乳膏|洗剂|气雾剂))?"
)
_VACCINE = re.compile(r"(?:联合)?疫苗")
# Types a disease name can be built on when written right before it
# (头颈部横纹肌肉瘤, 狼疮肾炎, 儿童肿瘤).
_DISEASE_PREFIX_TYPES = frozenset({"bod", "dis", "pop", "mic", "dru"})
_CHANGEABLE_TYPES = frozenset({"ite", "bod", "sym", "gen"})
# Characters that end a disease name; a qualifier never runs across one
# (…综合征中枢性性早熟 is two names).
_NAME_END_CHARS = frozenset("炎病征症瘤癌")
_ANATOMY_LINKS = re.compile(r"(?:部|区|旁|侧|内|周围)$")
# What may stand between a body part and what is found there.
_FINDING_LINK = re.compile(
    r"(?:可|常|均|多|稍|略)?(?:闻及|听到|出现|见|有)?(?:明显|轻度|中度|重度|广泛)?"
)


def apply_rules(
    text: str, spans: list[Span], *, qualifiers: Collection[str] = frozenset()
) -> list[Span]:
    """Return spans after growing and retyping them, in text order.

    `qualifiers` are the "…性" words known to open disease names (先天性,
    化学性); a disease grows over the longest one written before it.
    """
    spans = _merge_disease_prefixes(
        text, retype_microbes(text, drop_fields(text, _join_lesions(text, spans)))
    )
    spans = _drop_overlaps([_grow(text, span, qualifiers) for span in spans])
    spans = _grow_specimens(text, spans)
    spans = [_grow_marker(text, span) for span in discover_diseases(text, spans)]
    return _with_inner(tag_glosses(text, tag_abbreviations(text, spans)))


_SHORT_DISEASE = 2


def _join_lesions(text: str, spans: list[Span]) -> list[Span]:
    """Fit disease matches ending in 病 to the words 病 starts.

    病变 (a lesion) is one word: 慢性病 written before 变 is 慢性病变, and
    性病变 is the end of a qualifier plus 病变 (器质性病变), so it starts after
    the 性. A two-character match before 因, 灶 or 情 cuts a word in two
    (继发性病因) and is no disease; a longer name stays (糖尿病患儿).
    """
    fitted = []
    for span in spans:
        if span.type == "dis" and text.endswith("病", 0, span.end):
            if text.startswith("变", span.end):
                span = replace(span, end=span.end + 1)
                if text.startswith("性病变", span.start) and span.start:
                    span = replace(span, start=span.start + 1)
            elif (
                span.end - span.start == _SHORT_DISEASE
                and text[span.end : span.end + 1] in NOT_AN_ENDING_BEFORE
            ):
                continue
        fitted.append(span)
    return fitted


def _with_inner(spans: list[Span]) -> list[Span]:
    """Return every span followed by the spans nested inside it."""
    return [nested for span in spans for nested in (span, *span.inner)]


# A Greek letter, a hyphenated number or a Latin word glued to the front of a
# disease name is part of it (α-珠蛋白生成障碍性贫血, 21-三体综合征,
# fragileX综合征). A bare number is not: it numbers a table or a list item
# (表12-7新生儿肾积水).
_MARKER = re.compile(r"(?:[α-ωΑ-Ω]-?|(?<![0-9-])[0-9]+-|(?:[A-Za-z]+-)*[A-Za-z]+-?)$")


def _grow_marker(text: str, span: Span) -> Span:
    if span.type != "dis":
        return span
    marker = _MARKER.search(text, 0, span.start)
    if marker is None or (
        marker.start()
        and text[marker.start() - 1].isascii()
        and text[marker.start() - 1].isalnum()
    ):
        return span
    return replace(span, start=marker.start())


def _drop_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the longer of two spans that overlap after growing."""
    kept: list[Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            previous = kept[-1]
            if span.end - span.start > previous.end - previous.start:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _grow(text: str, span: Span, qualifiers: Collection[str]) -> Span:
    if span.type == "dis":
        return _grow_qualifier(text, span, qualifiers)
    level = _DRUG_LEVEL.match(text, span.end) if span.type == "dru" else None
    if level:
        span = Span(span.start, level.end(), "ite")
    if span.type in _MEASURABLE_TYPES:
        span = _grow_measure(text, span)
    if span.type in _CHANGEABLE_TYPES:
        lead = _CHANGE_LEAD.match(text, span.end)
        change = _CHANGE.match(text, lead.end() if lead else span.end)
        if change:
            inner = (span,) if span.type == "ite" else ()
            return _grow_degree(text, Span(span.start, change.end(), "sym", inner))
    if span.type == "sym":
        return _grow_degree(text, _grow_subject(text, span))
    if span.type == "dru":
        return _grow_drug(text, span)
    return span


# A drug's level in a specimen is a test item (茶碱血浓度, 地高辛血药浓度).
_DRUG_LEVEL = re.compile(r"(?:血药|血清|血浆|血|脑脊液)?浓度")


def _grow_drug(text: str, span: Span) -> Span:
    left = _DRUG_LEFT.search(text, 0, span.start)
    right = _DRUG_RIGHT.match(text, span.end)
    return replace(span, start=left.start(), end=right.end())


# What is measured of an item, written after it and part of its name
# (血糖浓度, 脑脊液压力, 白细胞计数).
_MEASURE = re.compile(r"浓度|压力|比值|数量|计数|含量|滴度|数|值")


# A substance or a part of the body with what is measured of it is a test
# item (脑脊液压力, 心室压力).
_MEASURABLE_TYPES = frozenset({"ite", "bod"})


def _grow_measure(text: str, span: Span) -> Span:
    measure = _MEASURE.match(text, span.end)
    return Span(span.start, measure.end(), "ite") if measure else span


# The specimen written before a test item belongs to it (血清IgG, 外周血B细胞数,
# 尿钙 is one word already).
_SPECIMEN = re.compile(r"(?:外周血|周围血|末梢血|血清|血浆|全血|脐血|血|尿|脑脊液)$")
_SPECIMEN_TYPES = frozenset({"gen", "bod"})


def _grow_specimens(text: str, spans: list[Span]) -> list[Span]:
    """Grow test items, alone or inside a symptom, over their specimen."""
    grown: list[Span] = []
    for span in spans:
        item = span if span.type == "ite" else next(iter(span.inner), None)
        if item is not None and item.type == "ite" and item.start == span.start:
            # A specimen the lexicon matched as a word of its own (外周血)
            # joins too.
            if (
                grown
                and grown[-1].type in _SPECIMEN_TYPES
                and grown[-1].end == span.start
            ):
                free_from = grown[-1].start
            else:
                free_from = grown[-1].end if grown else 0
            specimen = _SPECIMEN.search(text, free_from, span.start)
            if specimen:
                start = specimen.start()
                if grown and grown[-1].end > start:
                    grown.pop()
                inner = tuple(replace(nested, start=start) for nested in span.inner)
                span = replace(span, start=start, inner=inner)
        grown.append(span)
    return grown


def _grow_qualifier(text: str, span: Span, qualifiers: Collection[str]) -> Span:
    """Join the qualifiers written before a disease (慢性, 先天性, 1型).

    Known qualifiers are taken whole and may be chained (弥漫性增生性), since
    a longer "…性" run is as likely to start with a verb (造成化学性,
    接触过开放性); only without one does a run cut at stop words stand in.
    """
    start = span.start
    while True:
        known = _known_qualifier(text, start, qualifiers)
        if known is None:
            break
        start -= known
    if start < span.start:
        return replace(span, start=start)
    return _grow_unknown_qualifier(text, span)


_MAX_QUALIFIER = 6


def _known_qualifier(text: str, end: int, qualifiers: Collection[str]) -> int | None:
    for length in range(min(_MAX_QUALIFIER, end), 1, -1):
        if text[end - length : end] in qualifiers:
            return length
    return None


def _grow_unknown_qualifier(text: str, span: Span) -> Span:
    qualifier = _QUALIFIER.search(text, 0, span.start)
    if qualifier is None:
        return span
    start = qualifier.start()
    for index in range(qualifier.start(), qualifier.end()):
        if text[index] in STOP_CHARS or text[index] in _NAME_END_CHARS:
            start = index + 1
    trigger = LEFT_TRIGGER.match(text, start, span.start)
    if trigger and trigger.end() < span.start - 1:
        start = trigger.end()
    # What is left must still be a qualifier of two characters or more (慢性).
    if span.start - start >= 2:
        return replace(span, start=start)
    return span


def _grow_subject(text: str, span: Span) -> Span:
    """Give a bare change word its subject (心室壁 + 增厚, 肺部 + 阴影)."""
    if not _BARE_CHANGE.fullmatch(text, span.start, span.end):
        return span
    run = _SUBJECT_RUN.search(text, max(0, span.start - _MAX_SUBJECT), span.start)
    if run is None:
        return span
    start = run.start()
    for index in range(run.start(), run.end()):
        if text[index] in STOP_CHARS:
            start = index + 1
    return replace(span, start=start) if span.start - start >= 1 else span


def _grow_degree(text: str, span: Span) -> Span:
    degree = _SYMPTOM_DEGREE.search(text, 0, span.start)
    return replace(span, start=degree.start()) if degree else span


# Endings of a complete disease name: a disease written after one is a list.
_LISTED_ENDING = re.compile(
    r"(?:炎|病|癌|瘤|征|症|衰竭|缺损|畸形|梗死|梗塞|不全|中毒|骨折|狭窄|硬化"
    r"|疝|脓肿|病变)$"
)


def _merge_disease_prefixes(text: str, spans: list[Span]) -> list[Span]:
    """Join a body part, group or disease written right before a disease."""
    merged: list[Span] = []
    for span in spans:
        previous = merged[-1] if merged else None
        if previous and previous.type in _DISEASE_PREFIX_TYPES:
            gap = text[previous.end : span.start]
            # Two complete disease names side by side are a list (直肠炎食管炎),
            # not one name.
            listed = previous.type == "dis" and (
                _LISTED_ENDING.search(text, 0, previous.end)
                or text[previous.start : previous.end] == text[span.start : span.end]
            )
            if (
                span.type == "dis"
                and not listed
                and (not gap or _ANATOMY_LINKS.fullmatch(gap))
            ):
                merged[-1] = Span(previous.start, span.end, "dis")
                continue
            # A body part written before a symptom belongs to it (腹部疼痛,
            # 两肺可闻及湿啰音).
            if (
                previous.type == "bod"
                and span.type == "sym"
                and (not gap or _FINDING_LINK.fullmatch(gap))
            ):
                merged[-1] = Span(previous.start, span.end, "sym")
                continue
            if (
                previous.type in {"dis", "mic"}
                and not gap
                and _VACCINE.match(text, span.start)
            ):
                merged[-1] = Span(previous.start, span.end, "dru")
                continue
        vaccine = _VACCINE.match(text, span.end)
        if span.type in {"dis", "mic"} and vaccine:
            merged.append(Span(span.start, vaccine.end(), "dru"))
            continue
        merged.append(span)
    return merged
