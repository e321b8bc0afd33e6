"""Turn each kind of overlay record into its entry, checking it on the way.

Each kind has a key table (allowed keys, their shapes, in documented order)
and a function that reads one raw record into an entry or reports why not;
`SECTIONS` says which files hold which kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yizhi.knowledge.curated.entries import (
    CAUSE_KINDS,
    CONDITION_KINDS,
    LAY_TERM_KINDS,
    OTC_CLASSES,
    URGENCIES,
    CauseEntry,
    ConditionEntry,
    DrugEntry,
    LayTerm,
    RedFlagEntry,
    SymptomEntry,
)
from yizhi.knowledge.curated.reader import Reader, at_line, report_duplicates

# Allowed keys of each record and the shape of their values. The order here is
# the order error messages list them in, so it follows the documented format.
_CONDITION_KEYS = {
    "name": "text", "kind": "text", "aliases": "list", "english": "list",
    "icd10": "list", "summary": "text", "department": "text",
    "also_departments": "list", "body_parts": "list", "symptoms": "list",
    "causes": "list", "exams": "list", "treatments": "list", "drugs": "list",
    "complications": "list", "related": "list", "differential": "list",
    "populations": "list", "contagious": "text", "red_flags": "list",
    "source": "text",
}  # fmt: skip
_SYMPTOM_KEYS = {
    "name": "text", "aliases": "list", "summary": "text", "department": "text",
    "body_parts": "list", "source": "text", "causes": "records",
}  # fmt: skip
_CAUSE_KEYS = {
    "name": "text", "kind": "text", "how_to_tell": "text", "see_doctor": "text",
    "urgency": "text",
}  # fmt: skip
_LAY_TERM_KEYS = {"term": "text", "entity": "text", "kind": "text", "source": "text"}
_RED_FLAG_KEYS = {
    "name": "text", "patterns": "patterns", "reason": "text", "action": "text",
    "source": "text",
}  # fmt: skip
_DRUG_KEYS = {
    "name": "text", "generic_name": "text", "aliases": "list", "english": "list",
    "otc": "text", "category": "text", "indications": "list",
    "contraindications": "list", "adverse_reactions": "list",
    "precautions": "list", "dosage": "text", "source": "text",
}  # fmt: skip


def _condition(
    reader: Reader, raw: Any, rel: str, where: str, default_source: str
) -> ConditionEntry | None:
    values = reader.read(raw, _CONDITION_KEYS, where)
    if values is None:
        return None
    values["kind"] = values["kind"] or "disease"
    reader.require(values, ["name"], where)
    reader.choose(values, "kind", CONDITION_KINDS, where)
    if values["kind"] == "disease":
        reader.require(values, ["department"], where)
    values["department"] = reader.department(values["department"], where)
    also = (reader.department(name, where) for name in values["also_departments"])
    values["also_departments"] = tuple(dict.fromkeys(name for name in also if name))
    values["aliases"] = tuple(a for a in values["aliases"] if a != values["name"])
    values["source"] = reader.source(values, default_source, where)
    return ConditionEntry(**values, origin=f"{rel}#{values['name']}")


def _cause(
    reader: Reader, raw: Any, origin: str, where: str, source: str
) -> CauseEntry | None:
    values = reader.read(raw, _CAUSE_KEYS, where)
    if values is None:
        return None
    reader.require(values, _CAUSE_KEYS, where)
    reader.choose(values, "kind", CAUSE_KINDS, where)
    reader.choose(values, "urgency", URGENCIES, where)
    return CauseEntry(**values, source=source, origin=f"{origin}/{values['name']}")


def _symptom(
    reader: Reader, raw: Any, rel: str, where: str, default_source: str
) -> SymptomEntry | None:
    values = reader.read(raw, _SYMPTOM_KEYS, where)
    if values is None:
        return None
    reader.require(values, ["name", "causes"], where)
    values["department"] = reader.department(values["department"], where)
    values["aliases"] = tuple(a for a in values["aliases"] if a != values["name"])
    values["source"] = reader.source(values, default_source, where)
    origin = f"{rel}#{values['name']}"
    causes = []
    for index, item in enumerate(values["causes"], 1):
        label = item.get("name") if isinstance(item, dict) else None
        cause_where = (
            f"{at_line(rel, item)}: {values['name']} → {label or f'第{index}个原因'}"
        )
        cause = _cause(reader, item, origin, cause_where, values["source"])
        if cause is not None:
            causes.append(cause)
    report_duplicates(reader, causes, lambda c: c.name, "原因")
    values["causes"] = tuple(causes)
    return SymptomEntry(**values, origin=origin)


def _lay_term(
    reader: Reader, raw: Any, rel: str, where: str, default_source: str
) -> LayTerm | None:
    values = reader.read(raw, _LAY_TERM_KEYS, where)
    if values is None:
        return None
    reader.require(values, ["term", "entity", "kind"], where)
    reader.choose(values, "kind", LAY_TERM_KINDS, where)
    values["source"] = reader.source(values, default_source, where)
    return LayTerm(**values, origin=f"{rel}#{values['term']}")


def _red_flag(
    reader: Reader, raw: Any, rel: str, where: str, default_source: str
) -> RedFlagEntry | None:
    values = reader.read(raw, _RED_FLAG_KEYS, where)
    if values is None:
        return None
    reader.require(values, ["name", "patterns", "reason", "action"], where)
    values["source"] = reader.source(values, default_source, where)
    return RedFlagEntry(**values, origin=f"{rel}#{values['name']}")


def _drug(
    reader: Reader, raw: Any, rel: str, where: str, default_source: str
) -> DrugEntry | None:
    values = reader.read(raw, _DRUG_KEYS, where)
    if values is None:
        return None
    # Without indications no suggestion could ever be checked against a condition.
    reader.require(values, ["name", "indications"], where)
    reader.choose(values, "otc", OTC_CLASSES, where)
    values["aliases"] = tuple(a for a in values["aliases"] if a != values["name"])
    values["source"] = reader.source(values, default_source, where)
    return DrugEntry(**values, origin=f"{rel}#{values['name']}")


# Where each kind of file lives and how its records are read.
SECTIONS: dict[str, tuple[str, Callable[..., Any]]] = {
    "conditions": ("conditions", _condition),
    "symptoms": ("symptoms", _symptom),
    "lay_terms.yaml": ("lay_terms", _lay_term),
    "red_flags.yaml": ("red_flags", _red_flag),
    "drugs.yaml": ("drugs", _drug),
}
