"""The canonical department tree and the mapping of raw department names onto it.

Sources spell one department many ways: CMeKG alone writes 205 different 就诊科室
strings (心内科, 心血管科, 心脏内科 …, typos such as 外壳, and lists such as
骨科；肿瘤科). Pages, triage and the doctor directory need exactly one node of our
tree for each. The mapping is data first (the `aliases` in departments.yaml) and a
few general spelling rules second, so a new source mostly needs new aliases, not
new code.

Pure logic: no Django import. `yizhi.knowledge.importers.tree` writes the tree
into the database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).with_name("data") / "departments.yaml"

# A raw string may name several departments: "骨科；肿瘤科", "内科 — 神经内科"
# (a path written parent first), "专业生育/受孕辅助单位" (looked up whole first).
_SEPARATORS = re.compile(r"[；;、/，,|]|\s*[—–－]+\s*|\s-\s")
_DASHES_AND_SPACES = re.compile(r"[\s—–－‐\-]+")
_EDGE_PUNCTUATION = " \t\r\n　。.，,；;、:：·\"'“”‘’（）()［］[]"

# Spelling variants tried, in order, on a part that is not a name or alias.
# Each is (pattern, replacement); they are applied breadth first, so
# 皮肤病 → 皮肤病科 → 皮肤科 takes two steps.
_SPELLING_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"等+$"), ""),  # 眼科等
    (re.compile(r"学$"), ""),  # 泌尿外科学, 神经外科学
    (re.compile(r"(?:医学|疾病|病)科$"), "科"),  # 精神医学科, 皮肤病科, 乳腺疾病科
    (re.compile(r"(?:中心|门诊|诊所|室)$"), "科"),  # 乳腺中心, 急诊室
    (re.compile(r"(?<!科)$"), "科"),  # 耳鼻喉, 皮肤, 普外
)
# A child's department named like an adult one: 小儿神经科, 儿科的耳鼻喉科.
_CHILD_PREFIX = re.compile(r"^(?:小儿|儿童|儿科的?)(?=.)")
_CHILD_NODES = {"内科": "小儿内科", "外科": "小儿外科"}


@dataclass(frozen=True, slots=True)
class Department:
    """One node of the tree: a place a patient can register (挂号)."""

    name: str
    parent: str | None
    aliases: tuple[str, ...] = ()


def lookup_key(text: str) -> str:
    """Return the form names and aliases are compared in.

    Width, case, spaces and dashes carry no meaning in a department name:
    'ｉｃｕ', 'ICU' and '耳鼻咽喉—头颈外科' / '耳鼻咽喉头颈外科' are the same.
    """
    text = unicodedata.normalize("NFKC", text).upper()
    return _DASHES_AND_SPACES.sub("", text).strip(_EDGE_PUNCTUATION)


class DepartmentTree:
    """The department tree with a resolver from raw spellings to node names."""

    def __init__(self, nodes: Sequence[Department]) -> None:
        self.nodes: tuple[Department, ...] = tuple(nodes)
        self._by_name = {node.name: node for node in self.nodes}
        self._index = _build_index(self.nodes)

    @classmethod
    def load(cls, path: Path | str = DEFAULT_PATH) -> DepartmentTree:
        """Read the tree from YAML; nodes come parents first, in file order."""
        with Path(path).open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a list of departments at the top level")
        return cls(list(_walk(data, parent=None, source=str(path))))

    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def get(self, name: str) -> Department:
        """Return the node called `name`; a KeyError names the valid roots."""
        try:
            return self._by_name[name]
        except KeyError:
            roots = "、".join(node.name for node in self.roots())
            message = f"no department {name!r}; top-level ones are {roots}"
            raise KeyError(message) from None

    def roots(self) -> list[Department]:
        """Return the top-level departments, in file order."""
        return [node for node in self.nodes if node.parent is None]

    def ancestors(self, name: str) -> list[str]:
        """Return the names above `name`, nearest first."""
        chain = []
        parent = self.get(name).parent
        while parent is not None:
            chain.append(parent)
            parent = self._by_name[parent].parent
        return chain

    def resolve(self, raw: str) -> list[str]:
        """Map one raw department string to canonical node names (maybe none).

        A string naming several departments gives several nodes, in the order
        written and without repeats. When a node and one of its ancestors are
        both named ("内科 — 神经内科", "外科；骨科"), only the more specific node
        is kept: that is where the patient registers.
        """
        whole = self._index.get(lookup_key(raw))  # 专业生育/受孕辅助单位 is one
        if whole is not None:
            return [whole]
        found: list[str] = []
        for part in _SEPARATORS.split(raw):
            node = self._match(part) if part.strip() else None
            if node is not None and node not in found:
                found.append(node)
        covered = {ancestor for node in found for ancestor in self.ancestors(node)}
        return [node for node in found if node not in covered]

    def unmapped(self, raws: Iterable[str]) -> list[str]:
        """Return the raw strings that resolve to no node, each once, in order."""
        seen: set[str] = set()
        missing = []
        for raw in raws:
            if raw not in seen and not self.resolve(raw):
                missing.append(raw)
            seen.add(raw)
        return missing

    def _match(self, part: str) -> str | None:
        """Resolve one department name: exact, then spelling rules, then child rule."""
        key = lookup_key(part)
        if not key:
            return None
        for candidate in _spelling_variants(key):
            if candidate in self._index:
                return self._index[candidate]
        child = _CHILD_PREFIX.sub("", key)
        if child != key:
            adult = self._match(child)
            if adult is not None:
                root = (self.ancestors(adult) or [adult])[-1]
                return _CHILD_NODES.get(root, adult)
        return None


def _spelling_variants(key: str) -> Iterator[str]:
    """Yield `key`, then every spelling the rules reach from it, breadth first."""
    seen = [key]
    for current in seen:
        yield current
        for pattern, replacement in _SPELLING_RULES:
            variant = pattern.sub(replacement, current, count=1)
            if variant and variant not in seen:
                seen.append(variant)


def _walk(
    items: list[Mapping[str, Any]], *, parent: str | None, source: str
) -> Iterator[Department]:
    for item in items:
        name = item.get("name") if isinstance(item, Mapping) else None
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{source}: every department needs a name, got {item!r}")
        aliases = tuple(str(alias) for alias in item.get("aliases") or ())
        yield Department(name=name, parent=parent, aliases=aliases)
        yield from _walk(item.get("children") or [], parent=name, source=source)


def _build_index(nodes: Sequence[Department]) -> dict[str, str]:
    """Map the lookup key of every name and alias to its node; refuse clashes."""
    index: dict[str, str] = {}
    for node in nodes:
        for spelling in (node.name, *node.aliases):
            key = lookup_key(spelling)
            if not key:
                raise ValueError(f"department {node.name!r} has an empty alias")
            owner = index.setdefault(key, node.name)
            if owner != node.name:
                raise ValueError(
                    f"{spelling!r} is claimed by both {owner!r} and {node.name!r}; "
                    "keep it under one department in departments.yaml"
                )
    return index
