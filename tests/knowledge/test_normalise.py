"""Cleaning CMeKG values: the small steps, the fragment rules, whole predicates.

The raw values in these tables are spelled as CMeKG spells them: short names
and list fragments, the noise the cleaning exists for.
"""

from __future__ import annotations

import importlib.util
import pickle
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yizhi.knowledge.normalise.clean import clean_name, clean_statement, clean_values
from yizhi.knowledge.normalise.fragments import (
    FRAGMENT_RULES,
    NameShape,
    fragment_reason,
    is_name_fragment,
)
from yizhi.knowledge.normalise.predicates import (
    NAME_LIST_PREDICATES,
    STATEMENT_PREDICATES,
)
from yizhi.knowledge.normalise.splitting import (
    split_enumeration,
    split_unmatched_brackets,
)
from yizhi.knowledge.normalise.steps import (
    drop_label_notes,
    drop_list_notes,
    extract_generic_name,
    fold_width,
    strip_edges,
    strip_footnote,
    strip_heading,
    strip_numbering,
    strip_trailing_etc,
)
from yizhi.knowledge.normalise.wording import (
    strip_cause_wording,
    strip_ingredient_wording,
    strip_qualifier,
)

# ---------------------------------------------------------------------------
# Small steps
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("一日３次", "一日3次"),  # full-width digits
        ("Ｘ线检查", "X线检查"),  # full-width letters
        ("β－受体阻滞剂", "β-受体阻滞剂"),  # full-width hyphen-minus
        ("0．5g", "0.5g"),  # full-width point between digits
        ("头晕．尿频", "头晕．尿频"),  # the same point between words is a stop
        ("胶囊(II)", "胶囊（II）"),  # ASCII brackets join the Chinese ones
        ("恶心，呕吐：皮疹；", "恶心，呕吐：皮疹；"),  # Chinese punctuation stays
        ("A&nbsp；B\u3000C", "A B C"),  # &nbsp; and the ideographic space
    ],
)
def test_fold_width(raw: str, expected: str) -> None:
    assert fold_width(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  头痛 ", "头痛"),
        ("“剃刀背”", "剃刀背"),
        ("—皮疹；", "皮疹"),
        ("攻击行为**", "攻击行为"),
        ("胶囊（II）", "胶囊（II）"),  # a closing bracket is not clinging punctuation
    ],
)
def test_strip_edges(raw: str, expected: str) -> None:
    assert strip_edges(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1．泌尿生殖系统感染", "泌尿生殖系统感染"),
        ("2.由肺炎衣原体", "由肺炎衣原体"),
        ("（2）血尿", "血尿"),
        ("③抽搐", "抽搐"),
        ("1.5年", "1.5年"),  # a decimal, not a number in a list
        ("2型糖尿病", "2型糖尿病"),
    ],
)
def test_strip_numbering(raw: str, expected: str) -> None:
    assert strip_numbering(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("消化系统：恶心", "恶心"),
        ("II期：肌阵挛", "肌阵挛"),
        ("中度感染：慢性支气管炎急性发作：肺炎", "肺炎"),  # the last heading wins
        ("阿莫西林克拉维酸钾（4：1）", "阿莫西林克拉维酸钾（4：1）"),  # a ratio
        ("下列疾病：", ""),
    ],
)
def test_strip_heading(raw: str, expected: str) -> None:
    assert strip_heading(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("通用名称：骨力胶囊", "骨力胶囊"),
        ("通用名称：阿莫西林胶囊英文名称：Amoicillin Capsules", "阿莫西林胶囊"),
        ("通用名称：通用名称：咳特灵胶嚢", "咳特灵胶嚢"),  # the label twice
        ("合贝爽", "合贝爽"),
    ],
)
def test_extract_generic_name(raw: str, expected: str) -> None:
    assert extract_generic_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("希笛尼（英文：Cidine）", "希笛尼"),
        ("马来酸氯苯那敏片（别名：扑尔敏）", "马来酸氯苯那敏片"),
        ("杜牛膝《卫生易简方》", "杜牛膝"),
        ("甘舒霖30R（笔芯）", "甘舒霖30R（笔芯）"),  # a note without a label stays
    ],
)
def test_drop_label_notes(raw: str, expected: str) -> None:
    assert drop_label_notes(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("感染（细菌、病毒）", "感染"),
        ("甲下骨疣（指、趾末节的小的骨软骨瘤）", "甲下骨疣"),
        ("感染（细菌和病毒）", "感染（细菌和病毒）"),
    ],
)
def test_drop_list_notes(raw: str, expected: str) -> None:
    assert drop_list_notes(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("胸痛等", "胸痛"),
        ("等等", ""),
        ("男女比例均等", "男女比例均等"),  # 均等 is a word
    ],
)
def test_strip_trailing_etc(raw: str, expected: str) -> None:
    assert strip_trailing_etc(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("偶见皮疹", "皮疹"),
        ("罕见：惊厥", "惊厥"),
        ("个别病人服用后出现腹胀", "腹胀"),
        ("部分患者轴向叩击痛", "轴向叩击痛"),
        ("甚至失明", "失明"),
        ("伴有恶心", "恶心"),
        ("用于湿疹", "湿疹"),
        ("治疗习惯性流产", "习惯性流产"),
        ("多见于儿童", "儿童"),
        ("也见于青壮年", "青壮年"),
        ("疾病引起的水肿", "水肿"),
        ("伴有虹膜睫状体炎的继发性青光眼", "伴有虹膜睫状体炎的继发性青光眼"),  # a name
        ("伴或不伴全身性发作的癫痫部分性发作", "伴或不伴全身性发作的癫痫部分性发作"),
        ("伴性遗传", "伴性遗传"),  # sex-linked
        ("常见变异型免疫缺陷病", "常见变异型免疫缺陷病"),  # a disease
        ("有机磷中毒", "有机磷中毒"),  # 有 alone is not a qualifier
        ("偶然分枝杆菌", "偶然分枝杆菌"),  # a bacterium
        ("如厕困难", "如厕困难"),
        ("治疗原则", "治疗原则"),  # too little would be left
        ("偶见痒", "偶见痒"),  # too little would be left
    ],
)
def test_strip_qualifier(raw: str, expected: str) -> None:
    assert strip_qualifier(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("由埃波拉病毒引起", "埃波拉病毒"),
        ("肿瘤性疾病等所致", "肿瘤性疾病"),
        ("酒精等因素引起", "酒精"),
        ("可能与多基因遗传有关", "多基因遗传"),
        ("幽门螺杆菌感染等有关", "幽门螺杆菌感染"),
        ("眼眶炎症与甲状腺功能异常有关", "甲状腺功能异常"),  # X与Y有关: Y
        ("由贯通伤或医源性因素引起", "贯通伤或医源性因素"),  # 因素 without 等 stays
        ("由缺碘", "缺碘"),
        ("本品与地高辛", "地高辛"),  # an interaction partner
        ("与遗传", "与遗传"),  # the head of a cut list: dropped later
        ("因素影响", "因素影响"),
        ("由此引起的瘙痒", "由此引起的瘙痒"),
        ("系统性红斑狼疮", "系统性红斑狼疮"),
    ],
)
def test_strip_cause_wording(raw: str, expected: str) -> None:
    assert strip_cause_wording(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("主要成份对乙酰氨基酚325毫克", "对乙酰氨基酚"),
        ("维生素B1 0.3毫克", "维生素B1"),
        ("红霉素10万单位", "红霉素"),
        ("防腐剂为苯甲酸钠", "苯甲酸钠"),
        ("每瓶200ml含替硝唑0.8g", "替硝唑"),
        ("凝血酶应为标示量的80%~150%", "凝血酶"),
        ("聚山梨酯80", "聚山梨酯80"),  # a number that is part of the name
        ("维生素B12", "维生素B12"),
    ],
)
def test_strip_ingredient_wording(raw: str, expected: str) -> None:
    assert strip_ingredient_wording(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("疲劳2", "疲劳"),
        ("维生素B2", "维生素B2"),
    ],
)
def test_strip_footnote(raw: str, expected: str) -> None:
    assert strip_footnote(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("恶心、呕吐", ["恶心", "呕吐"]),
        ("肝、肾功能检查", ["肝功能检查", "肾功能检查"]),
        ("血、尿、便常规检查", ["血常规检查", "尿常规检查", "便常规检查"]),
        ("胸、腰椎损伤", ["胸椎损伤", "腰椎损伤"]),
        ("水、电解质", ["水", "电解质"]),  # 水 is no shared head
        ("气管、支气管狭窄", ["气管", "支气管狭窄"]),  # two-character heads are items
        ("血、尿、便", ["血", "尿", "便"]),  # no tail to share
    ],
)
def test_split_enumeration(raw: str, expected: list[str]) -> None:
    assert split_enumeration(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("胸膜壁层撕裂等）", ["胸膜壁层撕裂等", ""]),
        ("内出血症状（面色苍白", ["内出血症状", "面色苍白"]),
        ("胶囊（II）", ["胶囊（II）"]),
    ],
)
def test_split_unmatched_brackets(raw: str, expected: list[str]) -> None:
    assert split_unmatched_brackets(raw) == expected


# ---------------------------------------------------------------------------
# Fragments
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty"),
        ("  ", "empty"),
        ("2.", "no_letters"),
        ("4.4%", "no_letters"),
        ("氧", "lone_char"),  # what is left of 氢氧化钠
        ("梨", "lone_char"),  # what is left of 山梨酯
        ("并", "lone_char"),
        ("尚不明确", "placeholder"),
        ("无", "placeholder"),
        ("其他", "placeholder"),
        ("因素", "generic"),
        ("并发症", "generic"),
        ("与遗传", "connective"),
        ("或有阵发性加剧", "connective"),
        ("且多发生于夜间", "connective"),
        ("的老年男性", "connective"),
        ("疾病引起的水肿", "kind_lead"),
        ("不良事件等有关", "clause_end"),
        ("严重的", "clause_end"),
        ("若合并宫颈糜烂时", "connective"),
        ("发作时", "clause_end"),
        ("十七味", "count"),
        ("20味药材", "count"),
        ("0.5g", "measure"),
        ("3个月", "measure"),
        ("本品为复方制剂", "sentence"),
        ("停药后可自行消失", "sentence"),
        ("皮疹，停药后即消失，不影响继续用药", "sentence"),
        ("湿疹等。烦躁", "sentence"),
        (
            "常染色体隐性遗传性脑动脉病及动脉硬化伴皮质下梗死及白质脑病并多种并发症",
            "sentence",
        ),
    ],
)
def test_fragment_reason(value: str, reason: str) -> None:
    assert fragment_reason(value) == reason
    assert is_name_fragment(value)


@pytest.mark.parametrize(
    "value",
    [
        "头痛",
        "肺",  # a known one-character site
        "疖",  # a one-character disease
        "苦",  # a taste
        "铅",  # a cause
        "五味子",  # not a count of ingredients
        "等孢球虫",  # 等 at the start of an organism
        "白及",  # a herb ending in 及
        "40～60岁",  # an age group is a population
        "症状性癫痫",
        "部位未特指的消化性溃疡",
        "抗心律失常药，IA型",  # short enough to be one name with a comma
        "α1—抗胰蛋白酶缺乏症",
        "2型糖尿病",
    ],
)
def test_names_are_not_fragments(value: str) -> None:
    assert fragment_reason(value) is None


def test_shape_decides_single_characters_and_length() -> None:
    assert is_name_fragment("肺", shape=NameShape(single_chars=frozenset()))
    assert not is_name_fragment("鰋", shape=NameShape(any_single_cjk=True))
    assert is_name_fragment("甲" * 20, shape=NameShape(max_length=10))


def test_every_rule_has_a_code_and_help() -> None:
    codes = [rule.code for rule in FRAGMENT_RULES]
    assert len(codes) == len(set(codes))
    assert all(rule.help for rule in FRAGMENT_RULES)


# ---------------------------------------------------------------------------
# Whole predicates
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicate", "raw", "expected"),
    [
        (
            "常见症状",
            ["恶心、呕吐", "畏光等", "头痛"],
            ["恶心", "呕吐", "畏光", "头痛"],
        ),
        ("常见症状", ["咳嗽；咳嗽", "咳嗽"], ["咳嗽"]),  # de-duplicated
        ("常见症状", ["甚至绞痛；血尿"], ["绞痛", "血尿"]),
        ("常见症状", ["伴肌肉酸痛及压痛；眼睑下垂"], ["肌肉酸痛及压痛", "眼睑下垂"]),
        ("常见症状", ["热", "发热"], ["发热"]),  # a lone character inside another
        ("不良反应", ["湿疹等。烦躁"], ["湿疹", "烦躁"]),  # a glued pair
        ("不良反应", ["心动过速。2"], ["心动过速"]),
        ("不良反应", ["穿孔；2．内分泌"], ["穿孔", "内分泌"]),
        ("不良反应", ["过敏症状：休克"], ["休克"]),
        ("不良反应", ["皮疹等过敏反应"], ["皮疹", "过敏反应"]),
        ("不良反应", ["尚不明确"], []),
        ("不良反应", ["偶见轻度腹痛，腹泻及皮疹"], ["轻度腹痛", "腹泻及皮疹"]),
        ("常见病因", ["与遗传", "个性", "不良事件等有关"], ["个性", "不良事件"]),
        ("常见病因", ["酒精等因素引起"], ["酒精"]),
        ("常见病因", ["由埃波拉病毒引起"], ["埃波拉病毒"]),
        ("检查", ["血、尿淀粉酶测定"], ["血淀粉酶测定", "尿淀粉酶测定"]),
        ("检查", ["CT等影像学检查"], ["CT", "影像学检查"]),
        ("检查", ["活检及细胞涂片等检查"], ["活检及细胞涂片"]),
        ("检查", ["血、尿、便"], []),  # one character is no exam
        ("适应症", ["敏感菌引起的下列感染：1．败血症"], ["败血症"]),
        ("适应症", ["湿疹等皮肤非感染性疾病"], ["湿疹", "皮肤非感染性疾病"]),
        ("功能主治", ["用于风湿痹痛", "活血化瘀"], ["风湿痹痛", "活血化瘀"]),
        ("多发群体", ["好发于女性", "40～60岁"], ["女性", "40～60岁"]),
        ("常见发病部位", ["鼻等处", "肺"], ["鼻", "肺"]),
        ("并发症", ["晕厥等并发症"], ["晕厥"]),
        ("药物相互作用", ["本品与地高辛"], ["地高辛"]),
        ("性味", ["鹅肉：味甘", "苦", "平；有毒"], ["味甘", "苦", "平", "有毒"]),
        (
            "成份",
            ["氢氧化钠", "氧", "注射用水", "水", "本品为复方制剂", "甲氧苄啶25mg"],
            ["氢氧化钠", "注射用水", "甲氧苄啶"],
        ),
        ("成份", ["骨碎补等70味"], ["骨碎补"]),
        (
            "商品名",
            ["通用名称：阿莫西林胶囊英文名称：Amoicillin Capsules"],
            ["阿莫西林胶囊"],
        ),
        ("商品名", ["希笛尼（英文：Cidine）", "必"], ["希笛尼"]),
        ("商品名", ["和悦", "可乐宁"], ["和悦", "可乐宁"]),  # brands, not clauses
        ("相关药物", ["999", "好医生", "—"], ["999", "好医生"]),
        ("相关药物", ["甲、乙型肝炎联合疫苗"], ["甲、乙型肝炎联合疫苗"]),  # official
        ("分类", ["抗心律失常药，IA型"], ["抗心律失常药，IA型"]),
        (
            "药品监管分级",
            ["医保药品； 国家基本药物", "毒"],
            ["医保药品", "国家基本药物", "毒"],
        ),
        ("就诊科室", ["骨科；肿瘤科"], ["骨科", "肿瘤科"]),
        ("别称", ["贾第虫病；蓝氏贾第鞭毛虫病"], ["贾第虫病", "蓝氏贾第鞭毛虫病"]),
        (
            "别称",
            ["猴巴掌《全国中草药汇编》", "鰋", "红枝子等"],
            ["猴巴掌", "鰋", "红枝子"],
        ),
        (
            "英文名",
            ["Ibuprofen Liniment", "Matrine Suppositories."],
            ["Ibuprofen Liniment", "Matrine Suppositories"],
        ),
        ("英文名称", ["tularemia；rabbit fever"], ["tularemia", "rabbit fever"]),
        ("ICD10", ["K02.901，K02.102", "M19.9"], ["K02.901", "K02.102", "M19.9"]),
        ("CAS号", ["103577—45—3"], ["103577—45—3"]),
    ],
)
def test_clean_values(predicate: str, raw: list[str], expected: list[str]) -> None:
    assert clean_values(predicate, raw) == expected


@pytest.mark.parametrize(
    ("predicate", "raw", "expected"),
    [
        ("用法用量", ["口服，一次４～６片，一日３次。"], ["口服，一次4～6片，一日3次"]),
        ("禁忌", ["孕妇禁用", "孕妇禁用", "尚不明确"], ["孕妇禁用", "尚不明确"]),
        ("注意事项", ["运动员慎用、孕妇慎用"], ["运动员慎用、孕妇慎用"]),  # not split
        ("传染性", ["无"], ["无"]),  # a statement, not a placeholder
        ("诊断依据_症状", ["发热，咳嗽", "  ", "—"], ["发热，咳嗽"]),  # unlisted
    ],
)
def test_statements_are_kept_whole(
    predicate: str, raw: list[str], expected: list[str]
) -> None:
    assert predicate not in NAME_LIST_PREDICATES
    assert clean_values(predicate, raw) == expected


def test_clean_statement_trims_list_marks_only() -> None:
    assert clean_statement("，遮光，密封保存。") == "遮光，密封保存"


def test_predicate_families_do_not_overlap() -> None:
    assert not NAME_LIST_PREDICATES & STATEMENT_PREDICATES
    assert {"常见症状", "常见病因", "检查", "就诊科室", "并发症", "相关疾病"} <= (
        NAME_LIST_PREDICATES
    )
    assert {"用法用量", "注意事项", "禁忌", "性状"} <= STATEMENT_PREDICATES


def test_drops_are_counted_by_rule() -> None:
    drops: Counter[str] = Counter()
    clean_values("不良反应", ["尚不明确", "偶见皮疹", "皮疹", "氧"], drops=drops)
    assert drops["placeholder"] == 1
    assert drops["duplicate"] == 1
    assert drops["lone_char"] == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("盐酸地尔硫卓缓释胶囊（II）", "盐酸地尔硫卓缓释胶囊（II）"),
        ("安平10%", "安平10%"),  # numbers stay in a name
        ("疣", "疣"),  # one-character names are fine
        (" 布洛芬片 ", "布洛芬片"),
        ("硝苯地平片(Ⅱ)", "硝苯地平片（Ⅱ）"),
        ("999", "999"),  # a brand without a letter
        ("654—2", "654—2"),
        ("——", None),
        ("对本品有休克既往史者。对本品过敏者禁用。", None),
    ],
)
def test_clean_name(raw: str, expected: str | None) -> None:
    assert clean_name(raw) == expected


# ---------------------------------------------------------------------------
# Invariants
# ---------------------------------------------------------------------------

# Characters that exercise every step: list marks, brackets, colons, 等 and
# the words the rules look for, digits and units, a few ordinary characters.
_ALPHABET = (
    "、，,；;。．：:（）()［］等与由于引起所致有关偶见伴用于的者 1.2mgＡ"
    "氧水肺头痛恶心呕吐癌性"
)
_PREDICATES = sorted(NAME_LIST_PREDICATES | {"用法用量", "禁忌", "诊断依据_其他"})
# The predicates whose names never keep a 、 (products keep official names).
_SPLIT_PREDICATES = sorted(
    {"常见症状", "常见病因", "检查", "不良反应", "适应症", "成份", "别称", "并发症"}
)

values_strategy = st.lists(st.text(alphabet=_ALPHABET, max_size=16), max_size=6)


@settings(max_examples=300, deadline=None)
@given(predicate=st.sampled_from(_PREDICATES), values=values_strategy)
def test_cleaning_is_idempotent(predicate: str, values: list[str]) -> None:
    once = clean_values(predicate, values)
    assert clean_values(predicate, once) == once


@settings(max_examples=300, deadline=None)
@given(predicate=st.sampled_from(_PREDICATES), values=values_strategy)
def test_cleaning_gives_no_empties_and_no_repeats(
    predicate: str, values: list[str]
) -> None:
    cleaned = clean_values(predicate, values)
    assert all(value.strip() for value in cleaned)
    assert len(cleaned) == len(set(cleaned))


@settings(max_examples=300, deadline=None)
@given(predicate=st.sampled_from(_SPLIT_PREDICATES), values=values_strategy)
def test_name_lists_never_keep_an_enumeration_mark(
    predicate: str, values: list[str]
) -> None:
    assert not any("、" in value for value in clean_values(predicate, values))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=20))
def test_clean_name_is_idempotent(raw: str) -> None:
    name = clean_name(raw)
    assert name is None or clean_name(name) == name


# ---------------------------------------------------------------------------
# The real graph
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cmekg_sample() -> list[dict[str, list[str]]]:
    """Every 15th record of the installed PyCMeKG graph, in sorted order."""
    spec = importlib.util.find_spec("pyCMeKG")
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "model" / "cmekg.pkl"
    with path.open("rb") as handle:
        graph = pickle.load(handle)  # noqa: S301 - data file of a pinned package
    return [graph[name] for name in sorted(graph)[::15]]


def test_real_values_clean_idempotently_and_lose_little(
    cmekg_sample: list[dict[str, list[str]]],
) -> None:
    raw = kept = 0
    for record in cmekg_sample:
        for predicate, values in record.items():
            cleaned = clean_values(predicate, values)
            assert clean_values(predicate, cleaned) == cleaned, (predicate, values)
            if predicate in NAME_LIST_PREDICATES:
                raw += len(values)
                kept += len(cleaned)
    # Splitting adds names and fragments remove some; the balance stays close.
    assert 0.9 * raw < kept < 1.05 * raw
