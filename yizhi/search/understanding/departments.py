"""Resolve department spellings to canonical nodes of the department tree.

The knowledge app owns the tree (`yizhi/knowledge/data/departments.yaml`) and its
resolver, `DepartmentTree.load().resolve(raw)`. Query understanding uses that
resolver when it is there; until then it reads the same YAML itself and knows a
handful of CMeKG spellings the tree's aliases do not list yet.
"""

import logging
import re
from functools import lru_cache
from pathlib import Path

import yaml

logger = logging.getLogger(__name__)

TREE_PATH = (
    Path(__file__).resolve().parents[2] / "knowledge" / "data" / "departments.yaml"
)
# CMeKG spellings seen in 就诊科室 that the tree's aliases do not cover; each maps
# to the node a patient would register at.
_EXTRA_ALIASES = {
    "心外科": "心胸外科",
    "心脏外科": "心胸外科",
    "心血管外科": "心胸外科",
    "胸心血管外科": "心胸外科",
    "心血管科": "心血管内科",
    "心脑血管科": "心血管内科",
    "血管内科": "心血管内科",
    "传染病科": "感染科",
    "肝炎科": "感染科",
    "感染内科": "感染科",
    "感染和临床微生物科": "感染科",
    "感染和微生物科": "感染科",
    "免疫科": "风湿免疫科",
    "肾脏风湿科": "肾内科",
    "肾病科": "肾内科",
    "中西医结合科": "中医科",
    "中医": "中医科",
    "耳鼻咽喉—头颈外科": "耳鼻喉科",
    "头颈外科": "耳鼻喉科",
    "口腔颌面外科": "口腔科",
    "口腔修复科": "口腔科",
    "心理医学科": "心理科",
    "烧伤外科": "烧伤整形科",
    "整形科": "烧伤整形科",
    "急诊室": "急诊科",
    "急诊综合外科": "急诊科",
    "骨伤科": "骨科",
    "脊柱外科": "骨科",
    "康复理疗科": "康复医学科",
    "胃肠外科": "普外科",
    "腹部外科": "普外科",
    "腹外科": "普外科",
    "乳腺中心": "乳腺外科",
    "乳腺肿瘤科": "乳腺外科",
    "头颈肿瘤外科": "肿瘤外科",
    "头颈肿瘤科": "肿瘤科",
    "妇科肿瘤": "妇科",
    "泌尿外科学": "泌尿外科",
    "小儿": "儿科",
    "肝病科": "感染科",
    "胃肠内科": "消化内科",
    "呼吸与危重症医学科": "呼吸内科",
}
_SEPARATORS = re.compile(r"[；;，,、/\s]+")


@lru_cache(maxsize=1)
def _local_aliases() -> dict[str, str]:
    """Read node names and aliases from the tree file: {spelling: node}."""
    aliases = dict(_EXTRA_ALIASES)

    def walk(nodes: list[dict]) -> None:
        for node in nodes:
            aliases[node["name"]] = node["name"]
            for alias in node.get("aliases", ()):
                aliases[str(alias)] = node["name"]
            walk(node.get("children", []))

    walk(yaml.safe_load(TREE_PATH.read_text(encoding="utf-8")))
    return aliases


@lru_cache(maxsize=1)
def _tree_resolver():
    """Return the knowledge app's resolver, or None while it does not exist."""
    try:
        from yizhi.knowledge.departments import DepartmentTree
    except ImportError:
        return None
    try:
        return DepartmentTree.load().resolve
    except Exception:  # noqa: BLE001 - a half-built tree must not stop search
        logger.warning("department tree failed to load; using the local mapping")
        return None


def _resolve_locally(raw: str) -> list[str]:
    aliases = _local_aliases()
    nodes: list[str] = []
    for part in _SEPARATORS.split(raw.strip()):
        node = aliases.get(part)
        if node is None and part.startswith("小儿") and part != "小儿":
            node = aliases.get(part[2:]) and "儿科"
        if node is None and part.startswith("中医") and len(part) > 2:
            node = "中医科"
        if node and node not in nodes:
            nodes.append(node)
    return nodes


@lru_cache(maxsize=4096)
def resolve_department(raw: str) -> tuple[str, ...]:
    """Map one raw department string (maybe several, split by ；) to tree nodes."""
    resolver = _tree_resolver()
    if resolver is not None:
        try:
            return tuple(resolver(raw))
        except Exception:  # noqa: BLE001 - fall back rather than fail a query
            logger.warning("department tree could not resolve %r", raw)
    return tuple(_resolve_locally(raw))


def canonical_departments() -> frozenset[str]:
    """Return every canonical node name of the tree."""
    return frozenset(_local_aliases().values())
