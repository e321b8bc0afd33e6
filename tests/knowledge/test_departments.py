"""The department tree: its shape, its aliases and the resolver of raw spellings."""

from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path

import pytest

from yizhi.knowledge.departments import (
    DEFAULT_PATH,
    Department,
    DepartmentTree,
    lookup_key,
)


@pytest.fixture(scope="module")
def tree() -> DepartmentTree:
    return DepartmentTree.load()


@pytest.fixture(scope="module")
def cmekg_departments() -> set[str]:
    """Every 就诊科室 string of the installed PyCMeKG graph."""
    spec = importlib.util.find_spec("pyCMeKG")
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "model" / "cmekg.pkl"
    with path.open("rb") as handle:
        graph = pickle.load(handle)  # noqa: S301 - data file of a pinned package
    return {raw for record in graph.values() for raw in record.get("就诊科室", ())}


def test_tree_has_at_most_sixty_nodes(tree: DepartmentTree) -> None:
    assert 50 <= len(tree) <= 60


def test_every_spelling_belongs_to_one_node_only(tree: DepartmentTree) -> None:
    owners: dict[str, str] = {}
    for node in tree.nodes:
        for spelling in {lookup_key(node.name), *map(lookup_key, node.aliases)}:
            assert owners.setdefault(spelling, node.name) == node.name, spelling


def test_parents_come_before_their_children(tree: DepartmentTree) -> None:
    seen: set[str] = set()
    for node in tree.nodes:
        assert node.parent is None or node.parent in seen, node
        seen.add(node.name)


def test_a_clashing_alias_is_refused_with_both_owners_named(tmp_path: Path) -> None:
    path = tmp_path / "tree.yaml"
    path.write_text(
        "- name: 内科\n  aliases: [大科]\n- name: 外科\n  aliases: [大科]\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="'大科' is claimed by both '内科' and '外科'"):
        DepartmentTree.load(path)


def test_a_node_without_a_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tree.yaml"
    path.write_text("- aliases: [大科]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="every department needs a name"):
        DepartmentTree.load(path)


def test_load_keeps_names_parents_and_aliases() -> None:
    tree = DepartmentTree.load(DEFAULT_PATH)
    assert tree.get("心血管内科") == Department(
        name="心血管内科", parent="内科", aliases=("心内科", "心血管科", "心脏内科")
    )
    assert tree.ancestors("小儿内科") == ["儿科"]
    assert tree.ancestors("内科") == []


def test_unknown_node_error_lists_the_top_level(tree: DepartmentTree) -> None:
    with pytest.raises(KeyError, match="top-level ones are 内科、外科"):
        tree.get("不存在科")


def test_every_cmekg_department_resolves(
    tree: DepartmentTree, cmekg_departments: set[str]
) -> None:
    assert len(cmekg_departments) >= 200
    assert tree.unmapped(sorted(cmekg_departments)) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("骨科；肿瘤科", ["骨科", "肿瘤科"]),  # a list gives every department
        ("肿瘤科；骨科", ["肿瘤科", "骨科"]),  # in the order written
        ("外壳", ["外科"]),  # typo
        ("初产妇", ["产科"]),  # a population standing in for a department
        ("GP", ["全科医学科"]),
        ("门诊", ["全科医学科"]),
        ("普通科", ["全科医学科"]),
        ("初级医疗保健医处", ["全科医学科"]),
        ("小儿神经科", ["小儿内科"]),  # no pediatric neurology node
        ("小儿心内科", ["小儿内科"]),  # child rule over an alias
        ("小儿传染病科", ["小儿内科"]),  # child rule over a spelling rule
        ("小儿骨科", ["小儿外科"]),  # a surgical specialty for children
        ("儿科的耳鼻喉科", ["耳鼻喉科"]),  # no child node outside 内科/外科
        ("小儿", ["儿科"]),  # 小儿 + 科 is an alias of 儿科
        ("耳鼻咽喉—头颈外科", ["耳鼻喉科"]),  # a dash inside one name
        ("内科", ["内科"]),  # a top-level node is a valid department
        ("内科 — 神经内科", ["神经内科"]),  # a path keeps its most specific node
        ("外科；骨科", ["骨科"]),  # an ancestor named beside its child
        ("儿科；内科", ["儿科", "内科"]),  # siblings stay
        ("泌尿外科学", ["泌尿外科"]),  # 学 suffix
        ("神经外科学", ["神经外科"]),
        ("乳腺中心", ["乳腺外科"]),  # 中心 suffix
        ("精神医学科", ["精神科"]),  # 医学科 suffix
        ("皮肤病", ["皮肤科"]),  # 科 appended, then 病科 folded
        ("传染病科", ["感染科"]),
        ("急诊室", ["急诊科"]),  # 室 suffix
        ("眼科等", ["眼科"]),  # trailing 等
        ("耳鼻喉", ["耳鼻喉科"]),  # 科 appended
        ("普外", ["普外科"]),
        ("专业生育/受孕辅助单位", ["生殖医学科"]),  # one alias that contains /
        ("ＩＣＵ", ["重症医学科"]),  # full-width letters
        ("icu", ["重症医学科"]),  # case
        (" 骨科 ；", ["骨科"]),  # stray spaces and separators
        ("骨科、骨科", ["骨科"]),  # no repeats
        ("", []),
        ("；", []),
        ("天文科", []),
    ],
)
def test_resolve(tree: DepartmentTree, raw: str, expected: list[str]) -> None:
    assert tree.resolve(raw) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("肝病科", "感染科"),
        ("消化科", "消化内科"),
        ("神经科", "神经内科"),
        ("心血管科", "心血管内科"),
        ("内分泌科", "内分泌科"),
        ("呼吸科", "呼吸内科"),
        ("肾内科", "肾内科"),
        ("感染科", "感染科"),
        ("血液科", "血液科"),
        ("普通内科", "内科"),
        ("风湿免疫科", "风湿免疫科"),
    ],
)
def test_dialogue_dataset_labels_resolve(
    tree: DepartmentTree, label: str, expected: str
) -> None:
    """The department labels of the Toyhom medical dialogue set map to one node."""
    assert tree.resolve(label) == [expected]


def test_unmapped_lists_each_unknown_spelling_once(tree: DepartmentTree) -> None:
    raws = ["骨科", "天文科", "外壳", "天文科", "地理科"]
    assert tree.unmapped(raws) == ["天文科", "地理科"]
