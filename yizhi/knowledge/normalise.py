"""Clean the values of CMeKG predicates into names and statements.

CMeKG's values were cut out of encyclopedia text by a machine, and it shows:
"恶心、呕吐" is one value, "湿疹等。烦躁" glues two, "与遗传" and "且多发生于夜间"
are pieces of sentences, "偶见皮疹" carries its frequency, "通用名称：X英文名称：Y"
stands where a brand name belongs, and "氧" is what is left of 氢氧化钠. Pages,
search and the drug audit need clean names, so every value passes through here.

Two families of predicates:
- name lists (`NAME_LIST_PREDICATES`: symptoms, causes, exams, departments,
  drugs, adverse reactions, indications, ingredients, aliases …) are split into
  single names and stripped of wording around them; what is left and still is
  not a name (`is_name_fragment`) is dropped;
- statements (`STATEMENT_PREDICATES`, and any predicate not listed: 用法用量,
  注意事项, 禁忌, 性状 …) are kept as the source wrote them, only trimmed, because
  drug text is shown only as the source states it.

Every step is a small `str -> str` or `str -> list[str]` function; a value is
rewritten and split until nothing changes, which makes `clean_values`
idempotent by construction. Pure logic: no Django import.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

# ---------------------------------------------------------------------------
# Predicate families
# ---------------------------------------------------------------------------

# Lists of symptoms, causes, diseases, effects, body parts, people and
# treatments: split on every list mark, wording around the names removed.
DESCRIPTIVE_PREDICATES = frozenset(
    {"常见症状", "相关症状", "临床症状及体征", "主要症状", "术后症状", "药物治疗后症状"}
    | {"常见病因", "病因", "主要病因", "高危因素", "诱发因素", "遗传因素"}
    | {"并发症", "药物引起的并发症", "手术引起的并发症", "治疗引起的并发症"}
    | {"相关疾病", "鉴别诊断", "不良反应", "用药后不良反应", "适应症", "适应证"}
    | {"功能主治", "主治", "主要适用症", "主要适用", "主治病症", "特殊主治", "病症"}
    | {"多发群体", "发病人群", "常见发病部位", "发病部位", "转移部位", "外侵部位"}
    | {"治疗", "药物治疗", "手术治疗", "辅助治疗", "放射治疗", "化疗", "传播途径"}
    | {"功效", "功用", "功能", "性味", "药物相互作用", "分布区域"}
)
EXAM_PREDICATES = frozenset(
    {"检查", "影像学检查", "实验室检查", "辅助检查", "组织学检查", "内窥镜检查"}
    | {"其他检查", "筛查"}
)
INGREDIENT_PREDICATES = frozenset({"成份", "组成"})
# Other names of the subject: split on list marks, but no wording is stripped.
ALIAS_PREDICATES = frozenset(
    {"别称", "又称", "同义词", "其他名称", "中文名", "中医病名"}
)
# Names of products and categories, where 、 and ， belong to the official name
# (甲、乙型肝炎联合疫苗; 抗心律失常药，IA型): split only on ；.
PRODUCT_PREDICATES = frozenset(
    {"相关药物", "通用名", "商品名", "药品名称", "上位关系", "下位关系"}
    | {"分类", "用途分类", "药品类型", "OTC类型", "特殊药品", "药品监管分级"}
    | {"所属分类", "就诊科室", "所属科室", "类别"}
)
FOREIGN_PREDICATES = frozenset(
    {"英文名", "英文名称", "英文别名", "英文别称", "外文名", "拉丁学名", "汉语拼音"}
)
CODE_PREDICATES = frozenset({"ICD10", "ATC编码", "CAS号"})

NAME_LIST_PREDICATES = (
    DESCRIPTIVE_PREDICATES
    | EXAM_PREDICATES
    | INGREDIENT_PREDICATES
    | ALIAS_PREDICATES
    | PRODUCT_PREDICATES
    | FOREIGN_PREDICATES
    | CODE_PREDICATES
)
# Free text kept whole. Predicates found in neither set (诊断依据_…, 手术_…,
# 术后住院_… of the clinical pathways) are treated as statements too.
STATEMENT_PREDICATES = frozenset(
    {"用法用量", "用量", "注意事项", "禁忌", "禁忌证", "主要用药禁忌", "警示语"}
    | {"性状", "贮藏", "贮藏方式", "规格", "有效期", "剂型", "批准文号", "执行标准"}
    | {"出处", "制法", "采集加工", "采收时间", "采集时间", "采收季节", "采收"}
    | {"入药部位", "毒性", "传染性", "运动员慎用", "是否处方药", "是否纳入医保"}
    | {"标准住院时间", "出院标准", "进入路径标准", "选择治疗方案的依据", "治疗方案"}
    | {"预防", "预后状况", "病史", "病理分型", "疾病分期", "阶段", "多发地区"}
    | {"发病性别倾向", "服药方法", "服药时间", "产地"}
)

# ---------------------------------------------------------------------------
# Single characters that are names on their own
# ---------------------------------------------------------------------------

_BODY_PARTS = (
    "眼耳鼻口唇舌牙齿咽喉颈肩背胸腹腰臀手足脚指趾掌踝膝髋肘腕臂腿股"
    "头面额颊颏腭颌颞枕睑龈腋脐肛"
)
_ORGANS = "心肝脾肺肾胃肠胆胰脑骨皮乳血尿便"
_LESIONS = "热肿痛痒咳喘疖疣痣癣痧疝痔瘘疹疔疮疱盲聋哑晕吐渴痢衄痫癫狂疥痹"
_ELEMENTS = "钾钠钙铁锌镁铜锂汞铅镉砷铊锑锡镍铬锰铝锶碘磷氯硒氟铋银金钐"
_SUBSTANCES = "水糖盐醋酒蜜烟碱苯萘酚油"
_NATURES = "甘苦辛酸咸涩淡温寒凉平"
_VECTORS = "蚊蜱虱蚤螨猫狗犬鼠蛇蝎"

# Read off CMeKG's one-character values: 肺 (a site), 疖 (a disease), 铅 (a
# cause), 苦 (a taste) are names; 氧, 梨 and 并 are pieces of longer ones.
KNOWN_SINGLE_CHAR_TERMS = frozenset(
    _BODY_PARTS + _ORGANS + _LESIONS + _ELEMENTS + _SUBSTANCES + _NATURES + _VECTORS
)
# Heads a list may share with its last item: 肝、肾功能检查, 胸、腰椎损伤.
_SHARED_HEADS = frozenset(_BODY_PARTS + _ORGANS + _ELEMENTS + "粪痰")

# ---------------------------------------------------------------------------
# Small text steps
# ---------------------------------------------------------------------------

# Full-width letters, digits and ASCII-only symbols become ASCII; the
# punctuation Chinese writes full-width (，：；（）！？～) stays, and stray ASCII
# parentheses join it, so 「（」 is the one opening bracket names use.
_WIDTH = str.maketrans(
    {
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)},
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF21, 0xFF3B)},
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF41, 0xFF5B)},
        **{
            char: chr(ord(char) - 0xFEE0)
            for char in "＃＄％＆＇＊＋－／＜＝＞＠＼＾＿｀｜"
        },
        "\u3000": " ",
        "\xa0": " ",
        "(": "（",
        ")": "）",
    }
)
_DECIMAL_POINT = re.compile(r"(?<=\d)．(?=\d)")
_NBSP = re.compile(r"&nbsp[;；]?")
_SPACES = re.compile(r"\s+")
_NAME_EDGES = (
    " \t\r\n、﹑，,。.．；;：:！!？?·•・…—–-~～*#^_|\\/\"'“”‘’「」『』〈〉【】"
)
_STATEMENT_EDGES = " \t\r\n、﹑，,；;：:。"


def fold_width(text: str) -> str:
    """Fold full-width letters, digits, symbols and &nbsp; keep Chinese punctuation."""
    return _DECIMAL_POINT.sub(".", _NBSP.sub(" ", text).translate(_WIDTH))


def squash_spaces(text: str) -> str:
    """Turn every run of whitespace into one space and trim the ends."""
    return _SPACES.sub(" ", text).strip()


def strip_edges(text: str) -> str:
    """Strip whitespace and the punctuation that clings to the ends of a name."""
    return text.strip(_NAME_EDGES)


_NUMBERING = re.compile(
    r"^(?:[（［]\s*\d{1,2}\s*[）］]|\d{1,2}\s*[.．）](?![\d.．])|[①-⑳⑴-⒇]"
    r"|[一二三四五六七八九十]{1,3}[.．]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4}[.．])\s*"
)


def strip_numbering(text: str) -> str:
    """Drop a list number in front: 1．, (2), ③."""
    return _NUMBERING.sub("", text, count=1)


# A footnote or the next item's number glued to the end: 疲劳2, 血尿3.
_FOOTNOTE = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,2}$")


def strip_footnote(text: str) -> str:
    """Drop a number glued to the last Chinese character: 疲劳2 → 疲劳."""
    return _FOOTNOTE.sub("", text)


_OPENING = "（［["
_CLOSING = "）］]"


def strip_heading(text: str) -> str:
    """Keep what follows the last colon outside brackets: 消化系统：恶心 → 恶心.

    CMeKG keeps the heading of a grouped list (消化系统：, 偶见：, II期：) on the
    first item of each group. A colon inside brackets is part of the name
    (阿莫西林克拉维酸钾（4：1）).
    """
    depth, cut = 0, -1
    for index, char in enumerate(text):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif char in "：:" and depth == 0:
            cut = index
    return text[cut + 1 :]


_GENERIC_NAME = re.compile(
    r"通用名称[:：]\s*(?:通用名称[:：]\s*)*(?P<name>.+?)\s*(?:英文名称[:：].*)?$"
)


def extract_generic_name(text: str) -> str:
    """Pull X out of 「通用名称：X英文名称：Y」, a label block copied into a value."""
    match = _GENERIC_NAME.search(text)
    return match["name"] if match else text


_LABEL_NOTE = re.compile(
    r"[（［](?:英文名称|英文名|英文|外文名|别名|又称|简称|俗称|曾用名)[:：][^（）［］]*[）］]"
    r"|《[^《》]*》"
)
_LIST_NOTE = re.compile(r"[（［][^（）［］]*[、﹑，,；;。][^（）［］]*[）］]")


def drop_label_notes(text: str) -> str:
    """Drop a labelled note or a cited book: 希笛尼（英文：Cidine）, 杜牛膝《…》."""
    return _LABEL_NOTE.sub("", text)


def drop_list_notes(text: str) -> str:
    """Drop a bracketed note that is itself a list or a sentence.

    感染（细菌、病毒） names 感染; splitting inside the note would leave
    half-bracketed pieces.
    """
    return _LIST_NOTE.sub("", text)


# 等 inside a word is not "and so on": 中等, 均等, 等渗, 等位基因, 等孢球虫.
_NOT_ETC_BEFORE = "中高同不相平均对初次上下优劣"
_NOT_ETC_AFTER = "渗位待离容长量级比张距候号同价效"
_TRAILING_ETC = re.compile(rf"(?<![{_NOT_ETC_BEFORE}])等+$")


def strip_trailing_etc(text: str) -> str:
    """Drop a trailing 等/等等: 胸痛等 → 胸痛."""
    return _TRAILING_ETC.sub("", text)


# Who, when, how often and "shows as": words CMeKG leaves in front of a
# symptom or an indication (个别患者服药后偶见皮疹, 甚至失明, 用于湿疹). 常见/多见
# alone are not here (常见变异型免疫缺陷病 is a disease), nor 有 alone
# (有机磷中毒), nor 伴 before 性/或/随 or a name with 的 (伴有X的Y is a name).
_WHO = r"(?:少数|个别|部分|极少数)(?:患者|病人|病例)?(?:在)?"
_WHEN = r"(?:服药后|用药后|服用后|服后|注射后|给药后|用后|治疗后)"
_HOW_OFTEN = (
    r"(?:偶尔可见|偶可见|偶见|偶有|偶可|偶尔|偶发|罕见|较少见|极少见|少见|可见|可有"
    r"|亦可见|也可见|甚至|甚或|严重时|严重者|重者|重则|轻者|主要表现为|主要为|主要是)"
)
_SHOWS_AS = (
    r"(?:可能出现|可出现|可引起|可伴有|可伴|可致|伴有(?![^的]*的)|伴发|伴(?![性或随]|[^的]*的)"
    r"|出现|发生|表现为|引起|引发|导致|如(?!厕)|包括|用于治疗|用于|适用于|可用于"
    r"|亦可用于|也可用于|治疗(?=...)|亦治|亦主|兼治|又治|并治|亦疗|治(?!疗)|各种|各类|一切)"
)
# What is left of "X等疾病引起的Y" after the split at 等: Y is the name.
_CAUSED = r"(?:因素|原因|疾病|病症|病证|症状)?(?:所)?(?:引起|引发|导致|造成|致)的"
_FOUND_IN = (
    r"(?:(?:偶|罕|少|多|常|好|亦可|也可|亦|也|可)?见于|(?:偶|好|多|常)?发(?:生)?于)"
)
_QUALIFIER = re.compile(
    rf"^(?:{_CAUSED}|{_FOUND_IN}|{_WHO}{_WHEN}?(?:{_HOW_OFTEN}|{_SHOWS_AS}|有)?"
    rf"|{_WHEN}(?:{_HOW_OFTEN}|{_SHOWS_AS}|有)?|{_HOW_OFTEN}(?:{_SHOWS_AS}|有)?|{_SHOWS_AS})"
    r"[:：]?(?=..)"
)


def strip_qualifier(text: str) -> str:
    """Drop who/when/how-often words in front of a name: 偶见皮疹 → 皮疹."""
    return _QUALIFIER.sub("", text, count=1)


# A cause wrapped in its sentence: 由X引起, X等所致, 与X有关, 本品与X (an
# interaction partner). 与 and 因 are only taken off together with the words
# behind: 与X alone is the head of a cut list, 因素 starts with 因.
_CAUSE_TAIL = re.compile(
    r"(?<=..)(?:等(?:多种|各种)?(?:因素|原因)?)?(?:所|而)?"
    r"(?:引起|引发|导致|造成|诱发|所致|有关系|有关|相关)的?$"
)
_RELATION_TAIL = re.compile(r"(?:有关系|有关|相关)的?$")
_CAUSE_LEAD = re.compile(
    r"^(?:可能|多|常|主要|多数|一般认为)?(?:是)?(?:由于|由(?!此)|因为|源于)(?=..)"
)
_WRAPPED_LEAD = re.compile(r"^(?:可能|多|常|主要)?(?:与|因(?![素此而为]))(?=..)")
_SELF_REFERENCE = re.compile(r"^本品(?:已|若|如)?(?:与|对|和|同)(?=..)")


def strip_cause_wording(text: str) -> str:
    """Keep the name out of 由X引起, X等所致, 与X有关, 本品与X."""
    text = _SELF_REFERENCE.sub("", text, count=1)
    tail = _CAUSE_TAIL.search(text)
    if tail is None:
        return _CAUSE_LEAD.sub("", text, count=1)
    core = text[: tail.start()]
    if _WRAPPED_LEAD.match(core):
        core = _WRAPPED_LEAD.sub("", core, count=1)
    elif _RELATION_TAIL.search(text) and "与" in core[1:]:
        core = core[core.index("与", 1) + 1 :]  # 眼眶炎症与X有关: X is the cause
    return _CAUSE_LEAD.sub("", core, count=1)


_INGREDIENT_LEAD = re.compile(
    r"^(?:有|并|另|还|其|所用|所含|本品)?(?:的)?(?:主要|有效|活性)?"
    r"(?:成[份分]|辅料|组分|防腐剂|抑菌剂|矫味剂|稳定剂|溶剂|赋形剂|着色剂|抗氧剂)"
    r"(?:为|是|包括|名称|有)?[:：]?(?=..)"
    r"|^(?:每\S{0,8}?中?含有?|(?:并|另|还)?含有?)(?=..)"
)
_INGREDIENT_TAIL = re.compile(r"(?<=..)(?:应为|不得少于|不少于|不得过|相当于).*$")
_DOSE = re.compile(
    r"(?<=\D)\s*(?:约|各|计)?\s*\d+(?:\.\d+)?\s*"
    r"(?:mg|g|μg|µg|ug|ml|mL|kg|L|毫克|克|微克|毫升|升|万单位|单位|万U|IU|U|%|‰)"
    r"(?:\s*/\s*\S{1,4})?$"
)


def strip_ingredient_wording(text: str) -> str:
    """Drop 主要成份为/辅料/含 before an ingredient and its amount after it."""
    text = _INGREDIENT_LEAD.sub("", text, count=1)
    return _DOSE.sub("", _INGREDIENT_TAIL.sub("", text, count=1), count=1).rstrip()


# ---------------------------------------------------------------------------
# Splitting
# ---------------------------------------------------------------------------

# 等 between two names separates them (湿疹等。烦躁, 皮疹等过敏反应).
_MID_ETC = rf"(?<=.)(?<![{_NOT_ETC_BEFORE}])等+(?![{_NOT_ETC_AFTER}])(?=.)"
_FULL_STOP = r"．(?!\d)|(?<!\d)．"
_SENTENCE_SPLIT = re.compile(rf"[，,；;。！？!?]|{_FULL_STOP}|{_MID_ETC}")
_COMMA_SPLIT = re.compile(r"[，,；;]")
_SEMICOLON_SPLIT = re.compile(r"[；;]")
_ENUMERATION = re.compile(r"[、﹑]")


def split_enumeration(text: str) -> list[str]:
    """Split a 、 list, giving a shared tail back to one-character heads.

    肝、肾功能检查 is 肝功能检查 and 肾功能检查; 血、尿、便常规 likewise. Only
    body parts, organs and elements count as heads, so 水、电解质 stays two
    items.
    """
    items = _ENUMERATION.split(text)
    last = items[-1].strip()
    heads = [item.strip() for item in items[:-1]]
    if (
        len(items) > 1
        and len(last) >= 3
        and last[0] in _SHARED_HEADS
        and all(len(head) == 1 and head in _SHARED_HEADS for head in heads)
    ):
        return [head + last[1:] for head in heads] + [last]
    return items


def split_unmatched_brackets(text: str) -> list[str]:
    """Split at brackets with no partner: 撕裂等）→ 撕裂等; 症状（面色苍白 → two."""
    stack: list[int] = []
    unmatched: set[int] = set()
    for index, char in enumerate(text):
        if char in _OPENING:
            stack.append(index)
        elif char in _CLOSING:
            if stack:
                stack.pop()
            else:
                unmatched.add(index)
    unmatched.update(stack)
    pieces, start = [], 0
    for index in sorted(unmatched):
        pieces.append(text[start:index])
        start = index + 1
    pieces.append(text[start:])
    return pieces


# ---------------------------------------------------------------------------
# Fragments: values that are not names
# ---------------------------------------------------------------------------

_LETTER = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-zα-ωΑ-Ω]")
_CJK = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]$")
_PLACEHOLDER = re.compile(
    r"^(?:(?:尚|目前|暂|仍)?(?:不|未|无)(?:明确|清楚|详|明|知|确定)|无|暂无|未知|不详"
    r"|其他|其它|其余|以上|以下|上述|如下|下列|等|等等|详见说明书|见说明书)$"
)
_GENERIC = frozenset(
    {"因素", "原因", "病因", "症状", "疾病", "病症", "病证", "表现", "情况", "部位"}
    | {"患者", "病人", "人群", "反应", "药物", "治疗", "检查", "并发症", "并发", "可能"}
    | {"所致", "引起", "有关", "常见", "多见"}
)
_CONNECTIVE = re.compile(
    r"^(?:与|及|或|且|而|但|以及|或者|或是|并且|而且|及其|等有关|若|倘若|如为|即使|即便"
    r"|亦|也|在|为|以|由于|由|因为|因(?!素)|的|之|所)"
)
_KIND_LEAD = re.compile(
    r"^(?:因素|原因|疾病|病症|病证|症状(?!性)|途径|部位(?!未)|方面|情况)"
)
_CLAUSE_END = re.compile(r"(?:的|之|时|有关|相关|所致|引起|导致|造成|而|并且|或者)$")
_COUNT = re.compile(r"^[\d一二三四五六七八九十百余多几]+[味种项类](?:药材|药|中药)?$")
_MEASURE = re.compile(
    r"^[\d.,～~—\-/×x*\s]+(?:mg|g|μg|ug|ml|mL|kg|cm|mm|L|%|毫克|克|微克|毫升|升|厘米"
    r"|毫米|单位|IU|U|天|日|周|个?月|年|次|小时|分钟|倍)?$"
)
_SENTENCE_MARK = re.compile(
    r"[。！？!?]|本品|本病|服药后|用药后|停药后|应当|如果|咨询|就诊|遵医嘱"
    r"|危及|自行|不必|未见"
)
_GLUE_MARK = re.compile(r"[，,；;]")
_SENTENCE_STOP = re.compile(r"[。！？!?]")


@dataclass(frozen=True, slots=True)
class NameShape:
    """What a name may look like in one family of predicates."""

    # Longer than any symptom, cause or indication in CMeKG that reads as a
    # name; the longest clean ones are disease names of about 30 characters.
    max_length: int = 32
    # A value with a comma in it can still be one name while it is short
    # (抗心律失常药，IA型 is one drug class).
    max_glued_length: int = 12
    single_chars: frozenset[str] = KNOWN_SINGLE_CHAR_TERMS
    any_single_cjk: bool = False  # old names of animals and plants: 鰋, 蚑


DEFAULT_SHAPE = NameShape()


@dataclass(frozen=True, slots=True)
class FragmentRule:
    """One way a value can fail to be a name; `check` says whether it does."""

    code: str
    help: str
    check: Callable[[str, NameShape], bool]


def _lone_char(value: str, shape: NameShape) -> bool:
    if len(value) != 1 or value in shape.single_chars:
        return False
    return not (shape.any_single_cjk and _CJK.match(value))


def _sentence(value: str, shape: NameShape) -> bool:
    return (
        bool(_SENTENCE_MARK.search(value))
        or len(value) > shape.max_length
        or (len(value) > shape.max_glued_length and bool(_GLUE_MARK.search(value)))
    )


def _matches(pattern: re.Pattern[str]) -> Callable[[str, NameShape], bool]:
    return lambda value, _shape: pattern.search(value) is not None


FRAGMENT_RULES: tuple[FragmentRule, ...] = (
    FragmentRule("empty", "nothing left", lambda value, _shape: not value.strip()),
    FragmentRule(
        "no_letters",
        "digits or punctuation only (2., 4.4%, —)",
        lambda value, _shape: _LETTER.search(value) is None,
    ),
    FragmentRule(
        "placeholder",
        "says nothing is known (尚不明确, 无, 其他)",
        _matches(_PLACEHOLDER),
    ),
    FragmentRule(
        "lone_char", "one character that names nothing (氧, 梨, 并)", _lone_char
    ),
    FragmentRule(
        "generic",
        "a word for a kind, not a name (因素, 症状, 并发症)",
        lambda value, _shape: value in _GENERIC,
    ),
    FragmentRule(
        "connective",
        "starts like a clause (与遗传, 或有阵发性加剧, 且多发生于夜间, 的老年男性)",
        _matches(_CONNECTIVE),
    ),
    FragmentRule(
        "kind_lead",
        "starts with a word for a kind (因素影响, 疾病引起的水肿)",
        _matches(_KIND_LEAD),
    ),
    FragmentRule(
        "clause_end",
        "ends like a clause (不良事件等有关, 严重的, 若合并宫颈糜烂时)",
        _matches(_CLAUSE_END),
    ),
    FragmentRule(
        "count", "a count of ingredients (十七味, 20味药材)", _matches(_COUNT)
    ),
    FragmentRule(
        "measure", "an amount or a time, not a name (0.5g, 3个月)", _matches(_MEASURE)
    ),
    FragmentRule(
        "sentence",
        "a sentence or a piece of one (本品为复方制剂, 停药后可自行消失)",
        _sentence,
    ),
)
_RULES_BY_CODE = {rule.code: rule for rule in FRAGMENT_RULES}
# Other names are only checked for being empty, a placeholder or a sentence:
# 和悦 and 可乐宁 are brands that start like clauses, 999 and 654—2 are brands
# without a letter.
_PROPER_NAME_RULES = ("empty", "no_letters", "lone_char", "placeholder", "sentence")
_PRODUCT_RULES = ("empty", "lone_char", "placeholder", "sentence")


def fragment_reason(
    value: str, *, shape: NameShape = DEFAULT_SHAPE, rules: Iterable[str] | None = None
) -> str | None:
    """Return the code of the first fragment rule `value` breaks, or None for a name."""
    for code in _RULES_BY_CODE if rules is None else rules:
        if _RULES_BY_CODE[code].check(value, shape):
            return code
    return None


def is_name_fragment(value: str, *, shape: NameShape = DEFAULT_SHAPE) -> bool:
    """Return whether `value`, as it stands, is not a name (see FRAGMENT_RULES)."""
    return fragment_reason(value, shape=shape) is not None


# ---------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Profile:
    """How the values of one family of name-list predicates are cleaned."""

    split: re.Pattern[str]
    rewrites: tuple[Callable[[str], str], ...]
    rules: tuple[str, ...] = tuple(_RULES_BY_CODE)
    shape: NameShape = DEFAULT_SHAPE
    enumerations: bool = True  # split on 、 too
    brackets: bool = True  # split at unmatched brackets


_LEAD_IN = (fold_width, extract_generic_name, drop_label_notes)
_TRIM = (strip_edges, strip_numbering, strip_heading, strip_trailing_etc)
_DESCRIBE = (
    *_LEAD_IN,
    drop_list_notes,
    *_TRIM,
    strip_footnote,
    strip_cause_wording,
    strip_qualifier,
)
_PROPER_SHAPE = NameShape(max_length=60, max_glued_length=60, single_chars=frozenset())

_PROFILES: dict[str, _Profile] = {
    **dict.fromkeys(DESCRIPTIVE_PREDICATES, _Profile(_SENTENCE_SPLIT, _DESCRIBE)),
    **dict.fromkeys(
        EXAM_PREDICATES,
        _Profile(_SENTENCE_SPLIT, _DESCRIBE, shape=NameShape(single_chars=frozenset())),
    ),
    **dict.fromkeys(
        INGREDIENT_PREDICATES,
        _Profile(
            _SENTENCE_SPLIT,
            (*_DESCRIBE, strip_ingredient_wording),
            shape=NameShape(single_chars=frozenset(_ELEMENTS + _SUBSTANCES)),
        ),
    ),
    **dict.fromkeys(
        ALIAS_PREDICATES,
        _Profile(
            _COMMA_SPLIT,
            (*_LEAD_IN, drop_list_notes, *_TRIM),
            _PROPER_NAME_RULES,
            NameShape(max_length=40, any_single_cjk=True),
        ),
    ),
    **dict.fromkeys(
        PRODUCT_PREDICATES,
        _Profile(
            _SEMICOLON_SPLIT,
            (*_LEAD_IN, *_TRIM),
            _PRODUCT_RULES,
            # 毒 is a class of its own in 药品监管分级 (医疗用毒性药品); 痔 a parent.
            NameShape(
                max_length=60,
                max_glued_length=60,
                single_chars=KNOWN_SINGLE_CHAR_TERMS | {"毒"},
            ),
            enumerations=False,
        ),
    ),
    **dict.fromkeys(
        FOREIGN_PREDICATES,
        _Profile(
            _SEMICOLON_SPLIT,
            (fold_width, squash_spaces, strip_edges),
            ("empty", "no_letters", "lone_char"),
            NameShape(max_length=200, single_chars=frozenset()),
            enumerations=False,
            brackets=False,
        ),
    ),
    **dict.fromkeys(
        CODE_PREDICATES,
        _Profile(
            re.compile(r"[，,；;\s]"),
            (fold_width, strip_edges),
            ("empty",),  # CAS numbers have no letter: 103577—45—3
            _PROPER_SHAPE,
            brackets=False,
        ),
    ),
}


def _split(text: str, profile: _Profile) -> list[str]:
    pieces = [text]
    for splitter in (
        profile.split.split,
        split_enumeration if profile.enumerations else None,
        split_unmatched_brackets if profile.brackets else None,
    ):
        if splitter is not None:
            pieces = [part for piece in pieces for part in splitter(piece)]
    return [piece for piece in pieces if piece]


def _clean_one(text: str, profile: _Profile) -> tuple[list[str], Counter[str]]:
    """Rewrite and split one raw value until every piece stays as it is.

    Each rewrite only removes or folds characters and each split only cuts
    (a shared head makes a piece shorter than the list it came from), so this
    ends; a piece that survives is unchanged by another round, which is what
    makes cleaning idempotent.
    """
    done: list[str] = []
    drops: Counter[str] = Counter()
    pending = [text]
    while pending:
        item = pending.pop()
        rewritten = item
        for rewrite in profile.rewrites:
            rewritten = rewrite(rewritten)
        pieces = _split(rewritten, profile)
        if pieces == [item]:
            reason = fragment_reason(item, shape=profile.shape, rules=profile.rules)
            if reason is None:
                done.append(item)
            else:
                drops[reason] += 1
        elif not pieces:
            drops["empty"] += 1
        else:
            pending.extend(reversed(pieces))
    return done, drops


def clean_statement(text: str) -> str:
    """Trim a free-text value: fold width, squash spaces, strip marks at the ends."""
    return squash_spaces(fold_width(text)).strip(_STATEMENT_EDGES)


def clean_values(
    predicate: str, values: Iterable[str], *, drops: Counter[str] | None = None
) -> list[str]:
    """Return the clean, de-duplicated values of one CMeKG predicate, in order.

    Name-list predicates give names (split, stripped, fragments dropped);
    every other predicate gives trimmed statements. `drops`, when given,
    counts why values or pieces were dropped: a fragment rule code, or
    "duplicate", or "contained_char" (氧 beside 氢氧化钠 in one list).
    """
    drops = Counter() if drops is None else drops
    profile = _PROFILES.get(predicate)
    cleaned: list[str] = []
    for value in values:
        if profile is None:
            text = clean_statement(value)
            if _LETTER.search(text) or any(char.isdigit() for char in text):
                cleaned.append(text)
            else:
                drops["empty"] += 1
            continue
        kept, dropped = _clean_cached(value, predicate)
        cleaned.extend(kept)
        drops.update(dropped)
    unique = list(dict.fromkeys(cleaned))
    drops["duplicate"] += len(cleaned) - len(unique)
    if profile is None:
        return unique
    kept = [value for value in unique if len(value) > 1 or not _inside(value, unique)]
    drops["contained_char"] += len(unique) - len(kept)
    return kept


def _inside(char: str, values: Collection[str]) -> bool:
    return any(char in other for other in values if other != char)


@lru_cache(maxsize=1 << 16)
def _clean_cached(value: str, predicate: str) -> tuple[tuple[str, ...], Counter[str]]:
    """Clean one raw value; CMeKG repeats values a lot (恶心、呕吐 on ~1,000 drugs)."""
    kept, drops = _clean_one(value, _PROFILES[predicate])
    return tuple(kept), drops


def clean_name(value: str) -> str | None:
    """Return the clean form of one entity name (a CMeKG subject), or None.

    A name is not split and keeps its numbers (安平10%, 999, 654—2); one
    character is enough (疣, 锡). Only an empty value or a sentence (吠础…对本品
    有休克既往史者。) is refused.
    """
    name = strip_edges(squash_spaces(fold_width(value)))
    if not name or _SENTENCE_STOP.search(name) or len(name) > _PROPER_SHAPE.max_length:
        return None
    return name
