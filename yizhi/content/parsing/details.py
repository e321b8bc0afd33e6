"""Read one cause item: its name, explanation, symptoms, treatment and drugs.

An item opens with a name in one of many shapes (「遗传因素：…」, 「**焦虑**
…」, a heading line alone, 「睡眠不足。长期熬夜…」); what follows explains it.
Symptoms and treatment are the sentences that say 伴有…/表现为… and
治疗/服用/遵医嘱 …; drugs are the names drugnames.py finds in the item.
"""

from __future__ import annotations

import re

from .drugnames import find_drug_names
from .model import Cause
from .treatment import treatment_of

_BRACKET = re.compile(
    r"^【(?P<name>[^【】]{1,20})】\s*[：:，,。.、]?\s*(?P<rest>.*)$", re.S
)
_BOLD = re.compile(
    r"^\*\*(?P<name>[^*]{1,30}?)\*\*\s*[：:，,。.、]?\s*(?P<rest>.*)$", re.S
)
_LABEL = re.compile(
    r"^(?P<name>[^：:。，,；;！？!?]{1,24}?)\s*[：:]\s*(?P<rest>.*)$", re.S
)
_FIRST_CLAUSE = re.compile(
    r"^(?P<name>[^。，,；;！？!?]{1,20})[。，,；;！？!?](?P<rest>.*)$", re.S
)
_WRAPPERS = "「」『』【】[]《》“”\"'*#"
LIST_MARKER = re.compile(
    r"^(?:\d{1,2}\s*[、.．)）]|[一二三四五六七八九十]{1,3}[、.．]|[（(]\d{1,2}[）)])\s*"
)
_NAME_LEAD = re.compile(
    r"^(?:原因|病因|因素|诱因)(?:[一二三四五六七八九十\d]+\s*[：:、.]?|\s*[：:、.])\s*"
    r"|^(?:由于|因为)"
)
_STOPS = " 　：:，,。.；;、！!？?…⋯"
# A note in brackets after the name (「动脉硬化（老年人）」) qualifies it.
_NOTE = re.compile(r"(?<=\S{2})\s*[（(][^（）()]{1,12}[）)]$")
_NAME_TAIL = re.compile(r"(?:引起的?|导致的?|所致的?|等等|等)$")
# 「受凉引起的腿抽筋」: the cause is what comes before 引起的; the rest
# repeats the complaint the page is about.
_CAUSED_TOPIC = re.compile(r"(?<=\S{2})(?:引起|导致|所致|造成|诱发|引发)的\S{1,10}$")
MAX_NAME = 24
SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]?")
_SYMPTOMS = re.compile(
    r"(?:伴有|伴随|伴发|并伴|还可能出现|还会出现|可能出现|常出现|会出现|表现为|症状有|症状包括|出现)"
    r"(?P<x>[^。；;！？，,]{2,60}?)(?:等)?(?:症状|表现|不适|情况)"
)
_SYMPTOM_LIST = re.compile(
    r"(?:症状|表现)(?:可能|还可能|通常|主要|常)?(?:包括|有|为)(?P<x>[^。；;！？]{2,60}?)(?:等|。|；|$)"
)
_LIST_SPLIT = re.compile(r"[、，,]|以及|或者|或|及|和")
_PLAIN = re.compile(r"\*\*")


def plain(text: str) -> str:
    """Drop Markdown emphasis and surrounding space from display text."""
    return _PLAIN.sub("", text).strip()


def clean_name(name: str) -> str:
    """Tidy a cause name: no brackets, markers, trailing punctuation or 引起的."""
    name = plain(name).strip(_WRAPPERS + _STOPS)
    name = _NOTE.sub("", LIST_MARKER.sub("", name)).strip()
    name = _NAME_LEAD.sub("", name).strip()
    name = _NAME_TAIL.sub("", name).strip()
    name = _NOTE.sub("", _CAUSED_TOPIC.sub("", name)).strip()
    return name.strip(_WRAPPERS + _STOPS)


def split_item(rest: str) -> tuple[str, str]:
    """Return (name, explanation) for the text after a list marker."""
    rest = rest.strip()
    if rest.startswith("「") and rest.endswith("」"):
        rest = rest[1:-1]
    if found := _BOLD.match(rest) or _BRACKET.match(rest):
        return clean_name(found.group("name")), plain(found.group("rest"))
    text = _NAME_LEAD.sub("", plain(rest))
    if found := _LABEL.match(text):
        return clean_name(found.group("name")), found.group("rest").strip()
    if found := _FIRST_CLAUSE.match(text):
        return clean_name(found.group("name")), found.group("rest").strip()
    if len(text) <= MAX_NAME:
        return clean_name(text), ""
    return clean_name(text[:MAX_NAME]), text


def symptoms_of(text: str) -> tuple[str, ...]:
    """Return the symptoms a passage says come with a cause (伴有A、B等症状)."""
    found: list[str] = []
    matches = [*_SYMPTOMS.finditer(text), *_SYMPTOM_LIST.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        for part in _LIST_SPLIT.split(match.group("x")):
            part = re.sub(
                r"^(?:如|有|明显的?|一些|头部|局部)?", "", part.strip()
            ).strip()
            if 2 <= len(part) <= 10 and not part.endswith("的") and part not in found:
                found.append(part)
    return tuple(found)


def build_cause(rest: str, following: list[str]) -> Cause:
    """Build a cause from the item text after its marker and the blocks after it.

    An inline list's 「；」 between items separates them; it is no item's text.
    """
    name, first = split_item(rest.rstrip("；;"))
    explanation = "\n".join(p for p in (first, *map(plain, following)) if p)
    return explained_cause(name, explanation)


def explained_cause(name: str, explanation: str) -> Cause:
    """Build a cause from its name and the text that explains it."""
    return Cause(
        name=name,
        explanation=explanation,
        symptoms=symptoms_of(explanation),
        treatment=treatment_of(explanation),
        drugs=find_drug_names(f"{name}。{explanation}"),
    )


def table_cause(cells: tuple[str, ...], header: tuple[str, ...]) -> Cause:
    """Build a cause from a table row; the header names what each column holds."""
    name = clean_name(cells[0]) if cells else ""
    columns = dict(zip(header, cells, strict=False)) if header else {}
    by_role: dict[str, list[str]] = {
        "drugs": [],
        "symptoms": [],
        "treatment": [],
        "text": [],
    }
    for index, cell in enumerate(cells[1:], start=1):
        label = header[index] if index < len(header) else ""
        role = _column_role(label)
        by_role[role].append(plain(columns.get(label, cell) if label else cell))
    explanation = "\n".join(by_role["text"])
    treatment = "".join(by_role["treatment"]) or treatment_of(explanation)
    symptoms = _split_cells(by_role["symptoms"]) or symptoms_of(explanation)
    drug_text = "。".join(by_role["drugs"] + by_role["treatment"] + [explanation])
    drugs = find_drug_names(drug_text) or _split_cells(by_role["drugs"])
    return Cause(name, explanation, symptoms, treatment, drugs)


def _column_role(label: str) -> str:
    if "药" in label:
        return "drugs"
    if re.search(r"症状|表现|伴随", label):
        return "symptoms"
    if re.search(r"治疗|处理|应对|建议|缓解", label):
        return "treatment"
    return "text"


def _split_cells(cells: list[str]) -> tuple[str, ...]:
    parts = [p.strip() for cell in cells for p in _LIST_SPLIT.split(cell)]
    return tuple(dict.fromkeys(p for p in parts if p and p not in {"无", "-", "—"}))
