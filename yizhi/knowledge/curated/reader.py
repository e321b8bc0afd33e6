"""Read one record against its key table and collect what is wrong with it.

Every problem is appended to the `Reader`'s list instead of raised, so one
load reports all of them; the shape checks say in Chinese what an editor
should have written.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any


class ShapeError(Exception):
    """A value has the wrong type; the message says what was expected."""


def as_text(value: Any) -> str:
    """Return a text value trimmed, or raise ShapeError saying what it is instead."""
    if not isinstance(value, str):
        raise ShapeError(f"应为一段文字，而不是 {_describe(value)}")
    return value.strip()


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ShapeError(f"应为列表，写成 [甲, 乙]，而不是 {_describe(value)}")
    bad = [item for item in value if not isinstance(item, str)]
    if bad:
        raise ShapeError(f"列表里应都是文字，其中有 {_describe(bad[0])}")
    return tuple(dict.fromkeys(s for item in value if (s := item.strip())))


def _patterns(value: Any) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list) or not value:
        raise ShapeError("应为非空的列表的列表，写成 [[胸痛, 大汗], [呼吸困难]]")
    patterns = tuple(_strings(item) for item in value)
    if not all(patterns):
        raise ShapeError("每一组症状都至少要有一个")
    return patterns


def _records(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ShapeError(f"应为列表，每项以 '- name:' 开始，而不是 {_describe(value)}")
    return value


_SHAPES: dict[str, Callable[[Any], Any]] = {
    "text": as_text,
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
class Reader:
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
                self.problems.append(f"{where}: {unknown_key(key, keys)}")
        values = {}
        for key, shape in keys.items():
            value = raw.get(key)
            try:
                values[key] = _EMPTY[shape] if value is None else _SHAPES[shape](value)
            except ShapeError as problem:
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


def unknown_key(key: Any, keys: Mapping[str, str]) -> str:
    """Say a key is not allowed, with the closest allowed one and the full list."""
    close = difflib.get_close_matches(str(key), list(keys), n=1)
    hint = f"（是否应为 {close[0]}？）" if close else ""
    return f"未知字段 {key!r}{hint}；可用字段：{', '.join(keys)}"


def at_line(rel: str, raw: Any) -> str:
    """Return `file:line` for a record read by LineLoader, or the file alone."""
    line = getattr(raw, "line", 0)
    return f"{rel}:{line}" if line else rel


def located(origin: str) -> str:
    """Turn an origin (file#entry) into the `file: entry` form problems use."""
    return origin.replace("#", ": ", 1)


def report_duplicates(
    reader: Reader, entries: Iterable[Any], key: Callable[[Any], str], what: str
) -> None:
    """Report each entry whose key an earlier entry already has."""
    seen: dict[str, Any] = {}
    for entry in entries:
        name = key(entry)
        if name in seen:
            reader.problems.append(
                f"{located(entry.origin)}: {what} '{name}' 重复，"
                f"已在 {seen[name].origin} 定义；合并成一条"
            )
        elif name:
            seen[name] = entry
