"""Load the curated overlay: every YAML file under a root, checked as a whole.

Pure Python on purpose (no Django, no database): an editor's change is checked by
`load_overlay()` alone, and the importer builds on the frozen values it returns.
Every problem in every file is collected before raising, so one run tells an
editor everything to fix; broken YAML is a problem like any other, never a
traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from yizhi.knowledge.curated.entries import Overlay, OverlayError
from yizhi.knowledge.curated.reader import (
    Reader,
    ShapeError,
    as_text,
    at_line,
    located,
    report_duplicates,
    unknown_key,
)
from yizhi.knowledge.curated.records import SECTIONS
from yizhi.knowledge.curated.yaml_loader import LineLoader, yaml_problem

logger = logging.getLogger(__name__)

# The YAML lives beside this package, in knowledge/overlay/ and knowledge/data/.
OVERLAY_ROOT = Path(__file__).parent.with_name("overlay")
DEPARTMENTS_PATH = Path(__file__).parent.with_name("data") / "departments.yaml"

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
    reader = Reader(_read_departments(Path(departments)), [])
    records: dict[str, list[Any]] = {section: [] for section, _ in SECTIONS.values()}
    for path in sorted(root.rglob("*.y*ml")):
        rel = path.relative_to(root).as_posix()
        section = _section(path.relative_to(root).parts)
        if path.suffix != ".yaml" or section is None:
            reader.problems.append(
                f"{rel}: 文件名或位置不对；{_LAYOUT_HINT}，扩展名用 .yaml"
            )
            continue
        records[SECTIONS[section][0]].extend(_read_file(reader, path, rel, section))
    _cross_check(reader, records, has_red_flags=(root / "red_flags.yaml").is_file())
    if reader.problems:
        raise OverlayError(reader.problems)
    overlay = Overlay(**{key: tuple(value) for key, value in records.items()})
    logger.debug("Loaded overlay from %s: %s", root, overlay.counts())
    return overlay


def _section(parts: tuple[str, ...]) -> str | None:
    if len(parts) == 1 and parts[0] in SECTIONS:
        return parts[0]
    if len(parts) == 2 and parts[0] in ("conditions", "symptoms"):
        return parts[0]
    return None


def _read_file(reader: Reader, path: Path, rel: str, section: str) -> list[Any]:
    try:
        # LineLoader is a SafeLoader: it builds plain values only, never objects.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=LineLoader)  # noqa: S506
    except UnicodeDecodeError:
        reader.problems.append(f"{rel}: 不是 UTF-8 编码，请另存为 UTF-8")
        return []
    except yaml.YAMLError as error:
        reader.problems.append(f"{rel}: {yaml_problem(error)}")
        return []
    except (ValueError, RecursionError) as error:
        # Values the YAML grammar accepts but Python cannot build (2024-02-30).
        reader.problems.append(f"{rel}: 有无法解析的值（{error}）；如是文字请加引号")
        return []
    key, read_record = SECTIONS[section]
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        reader.problems.append(f"{rel}: 文件顶层应有 '{key}:' 列表（可另加 source:）")
        return []
    for extra in [name for name in data if name not in (key, "source")]:
        reader.problems.append(f"{rel}: {unknown_key(extra, {key: '', 'source': ''})}")
    try:
        default_source = as_text(data.get("source") or "")
    except ShapeError as problem:
        reader.problems.append(f"{rel}: source {problem}")
        default_source = ""
    entries = []
    for index, raw in enumerate(data[key], 1):
        label = raw.get("name") or raw.get("term") if isinstance(raw, dict) else None
        where = f"{at_line(rel, raw)}: {label or f'第{index}条'}"
        entry = read_record(reader, raw, rel, where, default_source)
        if entry is not None:
            entries.append(entry)
    return entries


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


def _cross_check(
    reader: Reader, records: Mapping[str, list[Any]], *, has_red_flags: bool
) -> None:
    """Check what no single record can: unique names, aliases and red-flag links."""
    entities = [*records["conditions"], *records["symptoms"]]
    report_duplicates(reader, entities, lambda e: e.name, "名称")
    report_duplicates(reader, records["lay_terms"], lambda t: t.term, "俗称")
    report_duplicates(reader, records["red_flags"], lambda r: r.name, "危险信号")
    report_duplicates(reader, records["drugs"], lambda d: d.name, "药品")
    owners = {entity.name: entity for entity in entities}
    for entity in entities:
        for alias in entity.aliases:
            owner = owners.setdefault(alias, entity)
            if owner is not entity and owner.name != entity.name:
                reader.problems.append(
                    f"{located(entity.origin)}: 别称 '{alias}' 已属于 {owner.origin}；"
                    "一个名字只能指一个条目，删掉其中一处或改写成 related"
                )
    if not has_red_flags:
        return
    defined = {rule.name for rule in records["red_flags"]}
    for condition in records["conditions"]:
        for name in condition.red_flags:
            if name not in defined:
                reader.problems.append(
                    f"{located(condition.origin)}: red_flags 里的 '{name}' "
                    "在 red_flags.yaml 中没有定义；"
                    "先在那里写这条规则，或改成已有的规则名"
                )
