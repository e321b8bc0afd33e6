"""Load and check the curated overlay: YAML the team writes to fill CMeKG's gaps.

Pure Python on purpose (no Django, no database): an editor's change is checked by
`load_overlay()` alone, and the importer builds on the frozen values it returns.
Every problem in every file is collected before raising, so one run tells an
editor everything to fix; broken YAML is a problem like any other, never a
traceback.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

logger = logging.getLogger(__name__)

OVERLAY_ROOT = Path(__file__).with_name("overlay")
DEPARTMENTS_PATH = Path(__file__).with_name("data") / "departments.yaml"

CONDITION_KINDS = ("disease", "symptom")
CAUSE_KINDS = ("factor", "disease", "symptom")
LAY_TERM_KINDS = ("disease", "symptom", "drug", "exam")
URGENCIES = ("self_care", "soon", "urgent", "emergency")
# The two OTC classes CMeKG uses, plus prescription-only.
OTC_CLASSES = ("Rx", "甲类OTC", "乙类OTC")


@dataclass(frozen=True, slots=True)
class ConditionEntry:
    """A disease (or a symptom described like one) from `conditions/*.yaml`."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    english: tuple[str, ...]
    icd10: tuple[str, ...]
    summary: str
    department: str  # a node name of the department tree, "" for symptoms
    also_departments: tuple[str, ...]
    body_parts: tuple[str, ...]
    symptoms: tuple[str, ...]
    causes: tuple[str, ...]
    exams: tuple[str, ...]
    treatments: tuple[str, ...]
    drugs: tuple[str, ...]
    complications: tuple[str, ...]
    related: tuple[str, ...]
    differential: tuple[str, ...]
    populations: tuple[str, ...]
    contagious: str
    red_flags: tuple[str, ...]
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class CauseEntry:
    """One possible cause of a symptom, with how to tell it and when to see a doctor."""

    name: str
    kind: str
    how_to_tell: str
    see_doctor: str
    urgency: str
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class SymptomEntry:
    """A symptom people ask about, with its possible causes, most common first."""

    name: str
    aliases: tuple[str, ...]
    summary: str
    department: str
    body_parts: tuple[str, ...]
    causes: tuple[CauseEntry, ...]
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class LayTerm:
    """A word the public types (抽筋) and the one entity it means (肌肉痉挛)."""

    term: str
    entity: str
    kind: str
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class RedFlagEntry:
    """Symptoms that together need emergency care: all terms of any one pattern."""

    name: str
    patterns: tuple[tuple[str, ...], ...]
    reason: str
    action: str
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class DrugEntry:
    """A drug CMeKG lacks or gets wrong; every fact as its label states it."""

    name: str
    generic_name: str
    aliases: tuple[str, ...]
    english: tuple[str, ...]
    otc: str
    category: str
    indications: tuple[str, ...]
    contraindications: tuple[str, ...]
    adverse_reactions: tuple[str, ...]
    precautions: tuple[str, ...]
    dosage: str
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class Overlay:
    """Everything the overlay says, in file order (files sorted by path)."""

    conditions: tuple[ConditionEntry, ...]
    symptoms: tuple[SymptomEntry, ...]
    lay_terms: tuple[LayTerm, ...]
    red_flags: tuple[RedFlagEntry, ...]
    drugs: tuple[DrugEntry, ...]

    def counts(self) -> dict[str, int]:
        """Return how many records of each kind the overlay holds."""
        return {
            "conditions": len(self.conditions),
            "symptoms": len(self.symptoms),
            "causes": sum(len(symptom.causes) for symptom in self.symptoms),
            "lay_terms": len(self.lay_terms),
            "red_flags": len(self.red_flags),
            "drugs": len(self.drugs),
        }


class OverlayError(ValueError):
    """The overlay has problems; `problems` lists each as `file: entry: problem`."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"叠加知识库有 {len(problems)} 处问题，请逐条修改：\n{lines}")


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


class _Shape(Exception):
    """A value has the wrong type; the message says what was expected."""


class _Mapping(dict):
    """A YAML mapping that remembers the line it starts on."""

    line = 0


class _Loader(yaml.SafeLoader):
    """Safe YAML that records lines and refuses duplicate keys.

    PyYAML keeps the last of two equal keys silently; in a hand-edited file that
    is almost always a mistake that would drop a fact without a word.
    """


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _Mapping:
    loader.flatten_mapping(node)
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            duplicate = key in mapping
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "键必须是文字", key_node.start_mark
            ) from None
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"重复的键 {key!r}，删掉其中一个", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_Loader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Shape(f"应为一段文字，而不是 {_describe(value)}")
    return value.strip()


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _Shape(f"应为列表，写成 [甲, 乙]，而不是 {_describe(value)}")
    bad = [item for item in value if not isinstance(item, str)]
    if bad:
        raise _Shape(f"列表里应都是文字，其中有 {_describe(bad[0])}")
    return tuple(dict.fromkeys(s for item in value if (s := item.strip())))


def _patterns(value: Any) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list) or not value:
        raise _Shape("应为非空的列表的列表，写成 [[胸痛, 大汗], [呼吸困难]]")
    patterns = tuple(_strings(item) for item in value)
    if not all(patterns):
        raise _Shape("每一组症状都至少要有一个")
    return patterns


def _records(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _Shape(f"应为列表，每项以 '- name:' 开始，而不是 {_describe(value)}")
    return value


_SHAPES: dict[str, Callable[[Any], Any]] = {
    "text": _text,
    "list": _strings,
    "patterns": _patterns,
    "records": _records,
}
_EMPTY: dict[str, Any] = {"text": "", "list": (), "patterns": (), "records": []}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"真假值 {value}（如是文字请加引号）"
    if isinstance(value, int | float):
        return f"数字 {value}（如是文字请加引号）"
    if isinstance(value, dict):
        return "映射（键: 值）"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, str):
        return f"文字 {value!r}"
    return f"{type(value).__name__} {value!r}"


@dataclass(slots=True)
class _Reader:
    """Collects the problems of one load and reads records against key tables."""

    departments: Mapping[str, str]
    problems: list[str]

    def read(
        self, raw: Any, keys: Mapping[str, str], where: str
    ) -> dict[str, Any] | None:
        """Return the record's values by key, or None when it is not a mapping."""
        if not isinstance(raw, dict):
            self.problems.append(
                f"{where}: 应为映射（name: … 等键），不是 {_describe(raw)}"
            )
            return None
        for key in raw:
            if key not in keys:
                self.problems.append(f"{where}: {_unknown_key(key, keys)}")
        values = {}
        for key, shape in keys.items():
            value = raw.get(key)
            try:
                values[key] = _EMPTY[shape] if value is None else _SHAPES[shape](value)
            except _Shape as problem:
                self.problems.append(f"{where}: {key} {problem}")
                values[key] = _EMPTY[shape]
        return values

    def require(self, values: dict[str, Any], keys: Iterable[str], where: str) -> None:
        for key in keys:
            if not values[key]:
                self.problems.append(f"{where}: 缺少 {key}，请补上")

    def choose(
        self, values: dict[str, Any], key: str, allowed: tuple[str, ...], where: str
    ) -> None:
        if values[key] and values[key] not in allowed:
            options = "、".join(allowed)
            self.problems.append(
                f"{where}: {key} 不能是 '{values[key]}'，只能是 {options} 之一"
            )

    def department(self, name: str, where: str) -> str:
        """Return the tree node a department spelling names, or report it."""
        if not name or name in self.departments:
            return self.departments.get(name, "")
        close = difflib.get_close_matches(name, list(self.departments), n=3)
        hint = f"，是否是 {'、'.join(close)}？" if close else ""
        self.problems.append(
            f"{where}: 科室 '{name}' 不在科室树（departments.yaml）中{hint}"
            "请用其中的科室名或别名"
        )
        return ""

    def source(self, values: dict[str, Any], default: str, where: str) -> str:
        source = values.get("source") or default
        if not source:
            self.problems.append(
                f"{where}: 缺少 source：在条目里写 source，"
                "或在文件顶部写适用于全文件的 source"
            )
        return source


def _unknown_key(key: Any, keys: Mapping[str, str]) -> str:
    close = difflib.get_close_matches(str(key), list(keys), n=1)
    hint = f"（是否应为 {close[0]}？）" if close else ""
    return f"未知字段 {key!r}{hint}；可用字段：{', '.join(keys)}"


def _condition(
    reader: _Reader, raw: Any, rel: str, where: str, default_source: str
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
    reader: _Reader, raw: Any, origin: str, where: str, source: str
) -> CauseEntry | None:
    values = reader.read(raw, _CAUSE_KEYS, where)
    if values is None:
        return None
    reader.require(values, _CAUSE_KEYS, where)
    reader.choose(values, "kind", CAUSE_KINDS, where)
    reader.choose(values, "urgency", URGENCIES, where)
    return CauseEntry(**values, source=source, origin=f"{origin}/{values['name']}")


def _symptom(
    reader: _Reader, raw: Any, rel: str, where: str, default_source: str
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
            f"{_at(rel, item)}: {values['name']} → {label or f'第{index}个原因'}"
        )
        cause = _cause(reader, item, origin, cause_where, values["source"])
        if cause is not None:
            causes.append(cause)
    _report_duplicates(reader, causes, lambda c: c.name, "原因")
    values["causes"] = tuple(causes)
    return SymptomEntry(**values, origin=origin)


def _lay_term(
    reader: _Reader, raw: Any, rel: str, where: str, default_source: str
) -> LayTerm | None:
    values = reader.read(raw, _LAY_TERM_KEYS, where)
    if values is None:
        return None
    reader.require(values, ["term", "entity", "kind"], where)
    reader.choose(values, "kind", LAY_TERM_KINDS, where)
    values["source"] = reader.source(values, default_source, where)
    return LayTerm(**values, origin=f"{rel}#{values['term']}")


def _red_flag(
    reader: _Reader, raw: Any, rel: str, where: str, default_source: str
) -> RedFlagEntry | None:
    values = reader.read(raw, _RED_FLAG_KEYS, where)
    if values is None:
        return None
    reader.require(values, ["name", "patterns", "reason", "action"], where)
    values["source"] = reader.source(values, default_source, where)
    return RedFlagEntry(**values, origin=f"{rel}#{values['name']}")


def _drug(
    reader: _Reader, raw: Any, rel: str, where: str, default_source: str
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
_SECTIONS: dict[str, tuple[str, Callable[..., Any]]] = {
    "conditions": ("conditions", _condition),
    "symptoms": ("symptoms", _symptom),
    "lay_terms.yaml": ("lay_terms", _lay_term),
    "red_flags.yaml": ("red_flags", _red_flag),
    "drugs.yaml": ("drugs", _drug),
}
_LAYOUT_HINT = (
    "疾病写在 conditions/*.yaml，症状写在 symptoms/*.yaml，"
    "另有 lay_terms.yaml、red_flags.yaml、drugs.yaml 三个文件"
)


def load_overlay(root: Path, departments: Path = DEPARTMENTS_PATH) -> Overlay:
    """Read, check and return every YAML file of the overlay under `root`.

    Raises OverlayError listing every problem found in every file.
    """
    root = Path(root)
    if not root.is_dir():
        raise OverlayError([f"{root}: 目录不存在，请给出叠加知识库所在的目录"])
    reader = _Reader(_read_departments(Path(departments)), [])
    records: dict[str, list[Any]] = {section: [] for section, _ in _SECTIONS.values()}
    for path in sorted(root.rglob("*.y*ml")):
        rel = path.relative_to(root).as_posix()
        section = _section(path.relative_to(root).parts)
        if path.suffix != ".yaml" or section is None:
            reader.problems.append(
                f"{rel}: 文件名或位置不对；{_LAYOUT_HINT}，扩展名用 .yaml"
            )
            continue
        records[_SECTIONS[section][0]].extend(_read_file(reader, path, rel, section))
    _cross_check(reader, records, has_red_flags=(root / "red_flags.yaml").is_file())
    if reader.problems:
        raise OverlayError(reader.problems)
    overlay = Overlay(**{key: tuple(value) for key, value in records.items()})
    logger.debug("Loaded overlay from %s: %s", root, overlay.counts())
    return overlay


def _section(parts: tuple[str, ...]) -> str | None:
    if len(parts) == 1 and parts[0] in _SECTIONS:
        return parts[0]
    if len(parts) == 2 and parts[0] in ("conditions", "symptoms"):
        return parts[0]
    return None


def _read_file(reader: _Reader, path: Path, rel: str, section: str) -> list[Any]:
    try:
        # _Loader is a SafeLoader: it builds plain values only, never objects.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
    except UnicodeDecodeError:
        reader.problems.append(f"{rel}: 不是 UTF-8 编码，请另存为 UTF-8")
        return []
    except yaml.YAMLError as error:
        reader.problems.append(f"{rel}: {_yaml_problem(error)}")
        return []
    except (ValueError, RecursionError) as error:
        # Values the YAML grammar accepts but Python cannot build (2024-02-30).
        reader.problems.append(f"{rel}: 有无法解析的值（{error}）；如是文字请加引号")
        return []
    key, read_record = _SECTIONS[section]
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        reader.problems.append(f"{rel}: 文件顶层应有 '{key}:' 列表（可另加 source:）")
        return []
    for extra in [name for name in data if name not in (key, "source")]:
        reader.problems.append(f"{rel}: {_unknown_key(extra, {key: '', 'source': ''})}")
    try:
        default_source = _text(data.get("source") or "")
    except _Shape as problem:
        reader.problems.append(f"{rel}: source {problem}")
        default_source = ""
    entries = []
    for index, raw in enumerate(data[key], 1):
        label = raw.get("name") or raw.get("term") if isinstance(raw, dict) else None
        where = f"{_at(rel, raw)}: {label or f'第{index}条'}"
        entry = read_record(reader, raw, rel, where, default_source)
        if entry is not None:
            entries.append(entry)
    return entries


def _at(rel: str, raw: Any) -> str:
    line = getattr(raw, "line", 0)
    return f"{rel}:{line}" if line else rel


def _yaml_problem(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    what = getattr(error, "problem", None) or str(error)
    where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else "某处"
    return f"YAML 语法错误（{where}）：{what}；请检查缩进、冒号和引号"


def _read_departments(path: Path) -> dict[str, str]:
    """Map every department name and alias of the tree to its node name."""
    try:
        tree = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise OverlayError([f"{path}: 读不了科室树：{error}"]) from error
    spellings: dict[str, str] = {}
    stack = list(tree or [])
    try:
        while stack:
            node = stack.pop()
            for spelling in [node["name"], *node.get("aliases", [])]:
                spellings[spelling] = node["name"]
            stack.extend(node.get("children", []))
    except (AttributeError, KeyError, TypeError) as error:
        problem = "每个节点应是含 name、可选 aliases 和 children 的映射"
        raise OverlayError([f"{path}: 科室树格式不对：{problem}"]) from error
    return spellings


def _located(origin: str) -> str:
    """Turn an origin (file#entry) into the `file: entry` form problems use."""
    return origin.replace("#", ": ", 1)


def _report_duplicates(
    reader: _Reader, entries: Iterable[Any], key: Callable[[Any], str], what: str
) -> None:
    seen: dict[str, Any] = {}
    for entry in entries:
        name = key(entry)
        if name in seen:
            reader.problems.append(
                f"{_located(entry.origin)}: {what} '{name}' 重复，"
                f"已在 {seen[name].origin} 定义；合并成一条"
            )
        elif name:
            seen[name] = entry


def _cross_check(
    reader: _Reader, records: Mapping[str, list[Any]], *, has_red_flags: bool
) -> None:
    """Check what no single record can: unique names, aliases and red-flag links."""
    entities = [*records["conditions"], *records["symptoms"]]
    _report_duplicates(reader, entities, lambda e: e.name, "名称")
    _report_duplicates(reader, records["lay_terms"], lambda t: t.term, "俗称")
    _report_duplicates(reader, records["red_flags"], lambda r: r.name, "危险信号")
    _report_duplicates(reader, records["drugs"], lambda d: d.name, "药品")
    owners = {entity.name: entity for entity in entities}
    for entity in entities:
        for alias in entity.aliases:
            owner = owners.setdefault(alias, entity)
            if owner is not entity and owner.name != entity.name:
                reader.problems.append(
                    f"{_located(entity.origin)}: 别称 '{alias}' 已属于 {owner.origin}；"
                    "一个名字只能指一个条目，删掉其中一处或改写成 related"
                )
    if not has_red_flags:
        return
    defined = {rule.name for rule in records["red_flags"]}
    for condition in records["conditions"]:
        for name in condition.red_flags:
            if name not in defined:
                reader.problems.append(
                    f"{_located(condition.origin)}: red_flags 里的 '{name}' "
                    "在 red_flags.yaml 中没有定义；"
                    "先在那里写这条规则，或改成已有的规则名"
                )
