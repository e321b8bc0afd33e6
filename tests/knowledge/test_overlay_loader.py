"""The overlay loader: what it returns, and every problem it reports."""

from __future__ import annotations

import dataclasses
import importlib.util
import pickle
import textwrap
from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yizhi.knowledge.curated.entries import ConditionEntry, Overlay, OverlayError
from yizhi.knowledge.curated.loading import OVERLAY_ROOT, load_overlay

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE_KB = REPO_ROOT / "tests" / "fixtures" / "kb"
OUR_FILES = ("conditions/neurology.yaml", "conditions/metabolic.yaml")

CONDITION = """
conditions:
  - name: 面肌痉挛
    department: 神经内科
    source: 示例
"""


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def problems_of(root: Path) -> list[str]:
    with pytest.raises(OverlayError) as caught:
        load_overlay(root)
    return caught.value.problems


def symptom(*causes: str) -> str:
    """Return a symptoms file of 肌束颤动 with the given cause mappings."""
    items = "".join(f"      - {{{cause}}}\n" for cause in causes)
    return f"source: 示例\nsymptoms:\n  - name: 肌束颤动\n    causes:\n{items}"


def one(section: str, record: str) -> str:
    """Return a file holding one record in flow style, with a file-level source."""
    return f"source: 示例\n{section}:\n  - {{{record}}}\n"


FATIGUE = "name: 疲劳, kind: factor, how_to_tell: 甲, see_doctor: 乙"
RULE = "name: 胸痛, reason: 甲, action: 乙"


@pytest.mark.parametrize(
    ("rel", "text", "expected"),
    [
        # unknown key, with the closest allowed one and the full list
        ("conditions/a.yaml", CONDITION + "    alias: [偏侧面肌痉挛]\n",
         "conditions/a.yaml:3: 面肌痉挛: 未知字段 'alias'（是否应为 aliases？）；"
         "可用字段：name, kind, aliases"),
        ("conditions/a.yaml", "conditions:\n  - {department: 神经内科}\n",
         "conditions/a.yaml:2: 第1条: 缺少 name"),
        ("conditions/a.yaml", "conditions:\n  - {name: 癫痫, department: 神经内科}\n",
         "癫痫: 缺少 source：在条目里写 source"),
        ("conditions/a.yaml", one("conditions", "name: 癫痫"),
         "癫痫: 缺少 department"),
        ("conditions/a.yaml", CONDITION + "    aliases: 偏侧面肌痉挛\n",
         "面肌痉挛: aliases 应为列表"),
        ("conditions/a.yaml", CONDITION + "    summary: 42\n",
         "面肌痉挛: summary 应为一段文字，而不是 数字 42"),
        ("conditions/a.yaml", CONDITION + "    english: [no]\n",
         "english 列表里应都是文字，其中有 真假值 False（如是文字请加引号）"),
        ("conditions/a.yaml", CONDITION.replace("神经内科", "神经病科"),
         "科室 '神经病科' 不在科室树（departments.yaml）中，是否是"),
        ("conditions/a.yaml", CONDITION + "    also_departments: [脑科]\n",
         "科室 '脑科' 不在科室树"),
        ("conditions/a.yaml", CONDITION + "    kind: illness\n",
         "kind 不能是 'illness'，只能是 disease、symptom 之一"),
        ("conditions/a.yaml", "conditions:\n  - 面肌痉挛\n",
         "第1条: 应为映射（name: … 等键），不是 文字 '面肌痉挛'"),
        ("conditions/a.yaml", "conditions:\n  name: 面肌痉挛\n",
         "conditions/a.yaml: 文件顶层应有 'conditions:' 列表"),
        ("conditions/a.yaml", "", "文件顶层应有 'conditions:' 列表"),
        ("conditions/a.yaml", CONDITION + "notes: 草稿\n",
         "conditions/a.yaml: 未知字段 'notes'；可用字段：conditions, source"),
        ("conditions/a.yaml", "source: [甲]\n" + CONDITION, "source 应为一段文字"),
        # YAML errors name the line; unsafe tags and impossible values are refused
        ("conditions/a.yaml", "conditions:\n  - name: 面肌痉挛\n   department: [\n",
         "YAML 语法错误（第 3 行"),
        ("conditions/a.yaml", CONDITION + "    name: 癫痫\n",
         "重复的键 'name'，删掉其中一个"),
        ("conditions/a.yaml", CONDITION + "    summary: !!python/name:os.system\n",
         "YAML 语法错误"),
        ("conditions/a.yaml", CONDITION + "    summary: 2024-02-30\n",
         "有无法解析的值"),
        ("conditions/a.yaml", "conditions:\n  - name: 面肌痉挛\n    [a]: b\n",
         "键必须是文字"),
        # files in the wrong place
        ("conditions/a.yml", CONDITION, "conditions/a.yml: 文件名或位置不对"),
        ("diseases/a.yaml", CONDITION, "diseases/a.yaml: 文件名或位置不对"),
        ("conditions/more/a.yaml", CONDITION, "文件名或位置不对"),
        # symptoms and their causes
        ("symptoms/a.yaml", symptom(FATIGUE + ", urgency: now"),
         "symptoms/a.yaml:5: 肌束颤动 → 疲劳: urgency 不能是 'now'，只能是 self_care"),
        ("symptoms/a.yaml", symptom(FATIGUE.replace("factor", "x") + ", urgency: soon"),
         "kind 不能是 'x'，只能是 factor、disease、symptom 之一"),
        ("symptoms/a.yaml", symptom("name: 疲劳, kind: factor"),
         "肌束颤动 → 疲劳: 缺少 how_to_tell"),
        ("symptoms/a.yaml", one("symptoms", "name: 肌束颤动"), "肌束颤动: 缺少 causes"),
        ("symptoms/a.yaml", one("symptoms", "name: 肌束颤动, causes: 疲劳"),
         "causes 应为列表"),
        ("symptoms/a.yaml", symptom(*[FATIGUE + ", urgency: soon"] * 2),
         "原因 '疲劳' 重复"),
        # lay terms, red flags, drugs
        ("lay_terms.yaml", one("lay_terms", "term: 抽筋, entity: 肌肉痉挛, kind: x"),
         "lay_terms.yaml:3: 抽筋: kind 不能是 'x'"),
        ("lay_terms.yaml", one("lay_terms", "term: 抽筋, kind: symptom"),
         "抽筋: 缺少 entity"),
        ("red_flags.yaml", one("red_flags", RULE + ", patterns: []"),
         "胸痛: patterns 应为非空的列表的列表"),
        ("red_flags.yaml", one("red_flags", RULE + ", patterns: [[]]"),
         "每一组症状都至少要有一个"),
        ("red_flags.yaml", one("red_flags", "name: 胸痛, patterns: [[胸痛]]"),
         "胸痛: 缺少 reason"),
        ("drugs.yaml", one("drugs", "name: 巴氯芬片, otc: 处方药, indications: [痉挛]"),
         "otc 不能是 '处方药'，只能是 Rx、甲类OTC、乙类OTC 之一"),
        ("drugs.yaml", one("drugs", "name: 巴氯芬片, otc: Rx"),
         "巴氯芬片: 缺少 indications"),
        ("drugs.yaml", one("drugs", "name: 巴氯芬片, indication: [痉挛]"),
         "未知字段 'indication'（是否应为 indications？）"),
    ],
)  # fmt: skip
def test_problem_is_reported(
    tmp_path: Path, rel: str, text: str, expected: str
) -> None:
    problems = problems_of(write(tmp_path, {rel: text}))
    assert any(expected in problem for problem in problems), problems


def test_file_not_in_utf8_is_reported(tmp_path: Path) -> None:
    (tmp_path / "conditions").mkdir()
    (tmp_path / "conditions" / "a.yaml").write_bytes(CONDITION.encode("gbk"))
    assert problems_of(tmp_path) == [
        "conditions/a.yaml: 不是 UTF-8 编码，请另存为 UTF-8"
    ]


def test_missing_root_is_reported(tmp_path: Path) -> None:
    assert "目录不存在" in problems_of(tmp_path / "nowhere")[0]


def test_duplicate_names_across_files_are_reported(tmp_path: Path) -> None:
    write(tmp_path, {"conditions/a.yaml": CONDITION, "conditions/b.yaml": CONDITION})
    assert problems_of(tmp_path) == [
        "conditions/b.yaml: 面肌痉挛: 名称 '面肌痉挛' 重复，"
        "已在 conditions/a.yaml#面肌痉挛 定义；合并成一条"
    ]


def test_condition_and_symptom_share_one_namespace(tmp_path: Path) -> None:
    twin = symptom(FATIGUE + ", urgency: soon").replace("肌束颤动", "面肌痉挛")
    write(tmp_path, {"conditions/a.yaml": CONDITION, "symptoms/a.yaml": twin})
    assert "名称 '面肌痉挛' 重复" in problems_of(tmp_path)[0]


def test_alias_naming_another_entry_is_reported(tmp_path: Path) -> None:
    other = CONDITION.replace("面肌痉挛", "眼睑痉挛") + "    aliases: [面肌痉挛]\n"
    write(tmp_path, {"conditions/a.yaml": CONDITION, "conditions/b.yaml": other})
    assert problems_of(tmp_path) == [
        "conditions/b.yaml: 眼睑痉挛: 别称 '面肌痉挛' "
        "已属于 conditions/a.yaml#面肌痉挛；"
        "一个名字只能指一个条目，删掉其中一处或改写成 related"
    ]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({}, []),  # without red_flags.yaml the names are not checked
        (
            {"red_flags.yaml": "red_flags: []\n"},
            [
                "conditions/a.yaml: 面肌痉挛: red_flags 里的 '疑似脑卒中' "
                "在 red_flags.yaml 中没有定义；先在那里写这条规则，或改成已有的规则名"
            ],
        ),
    ],
)
def test_red_flag_names_are_checked_when_rules_exist(
    tmp_path: Path, files: dict[str, str], expected: list[str]
) -> None:
    write(tmp_path, {"conditions/a.yaml": CONDITION + "    red_flags: [疑似脑卒中]\n"})
    write(tmp_path, files)
    if expected:
        assert problems_of(tmp_path) == expected
    else:
        assert load_overlay(tmp_path).conditions[0].red_flags == ("疑似脑卒中",)


def test_every_problem_of_every_file_is_listed(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "conditions/a.yaml": CONDITION + "    alias: [x]\n    kind: illness\n",
            "conditions/b.yaml": "conditions:\n  - name: [\n",
            "drugs.yaml": "drugs:\n  - {name: 巴氯芬片, source: 示例}\n",
        },
    )
    with pytest.raises(OverlayError) as caught:
        load_overlay(tmp_path)
    assert len(caught.value.problems) == 4
    message = str(caught.value)
    assert message.startswith(
        "叠加知识库有 4 处问题，请逐条修改：\n  - conditions/a.yaml"
    )
    assert all(problem in message for problem in caught.value.problems)


def test_entries_are_cleaned(tmp_path: Path) -> None:
    text = """\
        source: 《神经病学》第9版
        conditions:
          - name: ' 面肌痉挛 '
            aliases: [偏侧面肌痉挛, ' 偏侧面肌痉挛', '', 面肌痉挛]
            department: 神经科
            also_departments: [脑外科, 神经外科]
          - name: 眼睑痉挛
            department: 神经内科
            source: 《肌张力障碍治疗中国专家共识》（2020）
        """
    first, second = load_overlay(
        write(tmp_path, {"conditions/a.yaml": text})
    ).conditions
    assert first.name == "面肌痉挛"
    assert first.aliases == ("偏侧面肌痉挛",)
    assert first.kind == "disease"
    assert first.department == "神经内科"  # an alias of the node resolves to it
    assert first.also_departments == ("神经外科",)
    assert first.source == "《神经病学》第9版"
    assert first.origin == "conditions/a.yaml#面肌痉挛"
    assert first.drugs == () and first.summary == "" and first.contagious == ""
    assert second.source == "《肌张力障碍治疗中国专家共识》（2020）"


def test_causes_carry_their_symptom_source_and_origin(tmp_path: Path) -> None:
    overlay = load_overlay(FIXTURE_KB)
    cause = next(s for s in overlay.symptoms if s.name == "肌束颤动").causes[0]
    assert (cause.name, cause.kind, cause.urgency) == ("疲劳", "factor", "self_care")
    assert cause.origin == "symptoms/twitching.yaml#肌束颤动/疲劳"
    assert cause.source.startswith("示例")


def test_departments_file_can_be_replaced(tmp_path: Path) -> None:
    tree = tmp_path / "departments.yaml"
    tree.write_text("- name: 脑科\n  aliases: [神经内科]\n", encoding="utf-8")
    root = write(tmp_path / "kb", {"conditions/a.yaml": CONDITION})
    assert load_overlay(root, departments=tree).conditions[0].department == "脑科"


@pytest.mark.parametrize(
    ("tree", "expected"),
    [
        ("- name: [\n", "读不了科室树"),
        ("- 神经内科\n", "科室树格式不对"),
        ("- {aliases: [神经科]}\n", "科室树格式不对"),
    ],
)
def test_broken_departments_file_is_reported(
    tmp_path: Path, tree: str, expected: str
) -> None:
    path = tmp_path / "departments.yaml"
    path.write_text(tree, encoding="utf-8")
    root = write(tmp_path / "kb", {"conditions/a.yaml": CONDITION})
    with pytest.raises(OverlayError, match=expected):
        load_overlay(root, departments=path)


def test_entries_are_frozen() -> None:
    entry = load_overlay(FIXTURE_KB).conditions[0]
    assert isinstance(entry, ConditionEntry)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.name = "别的"  # type: ignore[misc]


def test_fixture_loads_with_what_the_suite_relies_on() -> None:
    overlay = load_overlay(FIXTURE_KB)
    assert overlay.counts() == {
        "conditions": 7,
        "symptoms": 3,
        "causes": 10,
        "lay_terms": 2,
        "red_flags": 2,
        "drugs": 1,
    }
    conditions = {c.name: c for c in overlay.conditions}
    spasm = conditions["面肌痉挛"]
    assert spasm.department == "神经内科"
    assert "偏侧面肌痉挛" in spasm.aliases
    assert "肌电图" in spasm.exams and "面部肌肉抽动" in spasm.symptoms
    assert "贝尔面瘫" in conditions["面神经炎"].aliases
    assert {"焦虑症", "低钙血症"} <= set(conditions)
    assert {(t.term, t.entity) for t in overlay.lay_terms} == {
        ("抽筋", "肌肉痉挛"),
        ("肉跳", "肌束颤动"),
    }
    (drug,) = overlay.drugs
    assert drug.name == "巴氯芬片" and any("痉挛" in i for i in drug.indications)
    sources = [e.source for e in (*overlay.conditions, *overlay.symptoms)]
    assert all(source.startswith("示例") for source in sources)


def test_shipped_overlay_loads_without_problems() -> None:
    counts = shipped().counts()
    assert counts["conditions"] >= 22 and counts["symptoms"] >= 4


@cache
def shipped() -> Overlay:
    """Load the shipped overlay once: it is read-only and takes a quarter second."""
    return load_overlay(OVERLAY_ROOT)


def shipped_entries_of(*files: str) -> list[ConditionEntry]:
    return [
        entry for entry in shipped().conditions if entry.origin.split("#")[0] in files
    ]


@pytest.mark.parametrize(
    ("name", "department"),
    [
        ("面肌痉挛", "神经内科"),
        ("偏侧面肌痉挛", "神经内科"),
        ("癫痫", "神经内科"),
        ("夜间腿抽筋", "神经内科"),
        ("贝尔面瘫", "神经内科"),
        ("特发性面神经麻痹", "神经内科"),
        ("不宁腿综合征", "神经内科"),
        ("甲亢", "内分泌科"),
        ("焦虑症", "精神科"),
        ("偏头痛", "神经内科"),  # CMeKG files it under 小儿神经科
        ("紧张性头痛", "神经内科"),  # CMeKG's spelling of 紧张型头痛
        ("半侧颜面痉挛", "神经内科"),  # CMeKG's spelling of 面肌痉挛
        ("低钙血症", "内分泌科"),
        ("维生素B12缺乏", "血液科"),
        ("短暂性脑缺血发作", "神经内科"),
    ],
)
def test_seed_topics_are_in_the_shipped_overlay(name: str, department: str) -> None:
    found = [
        entry
        for entry in shipped_entries_of(*OUR_FILES)
        if name == entry.name or name in entry.aliases
    ]
    assert [entry.department for entry in found] == [department]


def test_our_conditions_are_complete() -> None:
    entries = shipped_entries_of(*OUR_FILES)
    assert len(entries) >= 22
    for entry in entries:
        assert entry.summary and entry.symptoms and entry.exams, entry.name
        assert entry.causes and entry.treatments, entry.name


@cache
def cmekg_subjects() -> frozenset[str]:
    spec = importlib.util.find_spec("pyCMeKG")
    if spec is None or spec.origin is None:
        pytest.skip("needs the PyCMeKG package to look up disease names")
    pickled = Path(spec.origin).parent / "model" / "cmekg.pkl"
    with pickled.open("rb") as handle:
        return frozenset(pickle.load(handle))  # noqa: S301 - our pinned dependency


def test_disease_causes_name_a_known_condition() -> None:
    """A disease cause links to an overlay condition or a CMeKG subject by name."""
    overlay = shipped()
    known = {c.name for c in overlay.conditions} | cmekg_subjects()
    for symptom in overlay.symptoms:
        assert len(symptom.causes) >= 8, symptom.name
        for cause in symptom.causes:
            if cause.kind == "disease":
                assert cause.name in known, cause.origin


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(text=st.text(max_size=200))
def test_any_text_loads_or_raises_overlay_error(tmp_path: Path, text: str) -> None:
    """Whatever an editor types, the answer is entries or a list of problems."""
    root = write(tmp_path, {"conditions/a.yaml": CONDITION})
    (root / "conditions" / "a.yaml").write_text(text, encoding="utf-8")
    try:
        load_overlay(root)
    except OverlayError as error:
        assert error.problems


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["name", "kind", "aliases", "x"]), inner)
    ),
    max_leaves=12,
)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    rel=st.sampled_from(
        ["conditions/a.yaml", "symptoms/a.yaml", "lay_terms.yaml", "red_flags.yaml"]
    ),
    data=st.dictionaries(
        st.sampled_from(["conditions", "symptoms", "lay_terms", "red_flags", "source"]),
        yaml_values | st.lists(yaml_values, max_size=3),
    ),
)
def test_any_structure_loads_or_raises_overlay_error(
    tmp_path: Path, rel: str, data: dict
) -> None:
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        load_overlay(tmp_path)
    except OverlayError as error:
        assert error.problems
    finally:
        path.unlink()
