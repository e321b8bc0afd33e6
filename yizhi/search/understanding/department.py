"""Suggest the department to register at for a free-text complaint.

Evidence comes from the knowledge base (the departments that treat each disease
named, and the departments of the diseases that show each symptom named) and
from organ keywords the team wrote, for complaints that name no entity the
lexicon knows ("肚子一直胀"). Rare departments (血液科, 肾内科, 风湿免疫科,
感染科) get recalled because a single disease the knowledge base files there is
strong evidence, while a common symptom only spreads weak evidence.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from yizhi.search.text.normalise import normalise_query
from yizhi.search.understanding.entities import find_entities
from yizhi.search.understanding.lexicon import Lexicon, default_lexicon

# Where a complaint goes when nothing points anywhere.
DEFAULT_DEPARTMENT = "内科"
# A named disease is strong evidence; a symptom spreads over many departments.
DISEASE_WEIGHT = 3.0
SYMPTOM_WEIGHT = 1.0
KEYWORD_WEIGHT = 1.0
# A complaint that speaks of no injury or operation goes to a medical
# department before a surgical one: CMeKG files 血管炎 under 血管外科 and
# 关节炎 under 骨科, where a patient would first see 风湿免疫科.
MEDICAL_FIRST = 1.5
_SURGICAL = re.compile(r"手术|开刀|外伤|骨折|摔|扭伤|撞|切除|割|缝针|烫伤|烧伤")
# Parents yield to a child that has any evidence: 消化内科 says more than 内科.
_PARENTS = {
    "内科": {
        "心血管内科",
        "呼吸内科",
        "消化内科",
        "神经内科",
        "肾内科",
        "内分泌科",
        "血液科",
        "风湿免疫科",
        "感染科",
        "老年医学科",
    },
}

# CMeKG files some diseases only under a children's department (偏头痛 under
# 小儿神经科). For a complaint that does not speak of a child, that evidence
# counts for the adult department of the same kind.
_CHILD = re.compile(
    r"孩子|小孩|宝宝|宝贝|婴儿|幼儿|儿童|小儿|新生儿|儿子|女儿|\d+个月|[一二三四五六七八九十\d]岁"
)
_ADULT_DEPARTMENT = {
    "儿科": "内科",
    "小儿内科": "内科",
    "新生儿科": "内科",
    "小儿外科": "外科",
}

# Organ and condition words people use, by department. Written by the team from
# everyday clinical knowledge; each pattern is a hint, not a diagnosis.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "消化内科": tuple(
        "胃 肠 腹泻 拉肚子 便秘 消化 反酸 烧心 嗳气 打嗝 "
        "腹胀 肚子 大便 便血 胰腺 胆囊 幽门".split()
    ),
    "心血管内科": tuple(
        "心脏 心慌 心悸 心跳 早搏 胸闷 血压 心律 冠心病 心肌 "
        "心绞痛 房颤 动脉硬化 血脂".split()
    ),
    "神经内科": tuple(
        "头痛 头疼 头晕 眩晕 失眠 癫痫 抽搐 麻木 神经 中风 "
        "脑梗 帕金森 记忆力 偏头痛 面瘫 三叉".split()
    ),
    "内分泌科": tuple(
        "血糖 糖尿病 甲状腺 甲亢 甲减 内分泌 胰岛素 痛风 尿酸 肥胖".split()
    ),
    "呼吸内科": tuple("咳嗽 咳痰 哮喘 肺 气管 呼吸 气喘 胸膜 喘".split()),
    "肾内科": tuple("肾 尿蛋白 蛋白尿 肌酐 尿毒症 透析 血尿 浮肿".split()),
    "血液科": tuple("贫血 白血病 血小板 白细胞 血红蛋白 淋巴瘤 骨髓 紫癜 凝血".split()),
    "风湿免疫科": tuple(
        "风湿 类风湿 红斑狼疮 狼疮 强直性脊柱炎 干燥综合征 关节痛 关节肿".split()
    ),
    "感染科": tuple(
        "乙肝 丙肝 甲肝 肝炎 大三阳 小三阳 转氨酶 HBV 病毒携带 "
        "结核 艾滋 发烧不退 伤寒 肝".split()
    ),
}
_KEYWORD_PATTERNS = {
    department: re.compile("|".join(words)) for department, words in KEYWORDS.items()
}


@dataclass(frozen=True, slots=True)
class DepartmentSuggestion:
    """The suggested department and the evidence behind it, best first."""

    department: str
    scores: dict[str, float] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()


def suggest_department(
    text: str, *, lexicon: Lexicon | None = None
) -> DepartmentSuggestion:
    """Return the department a person with this complaint should register at."""
    lexicon = lexicon or default_lexicon()
    query = normalise_query(text)
    scores: Counter[str] = Counter()
    evidence: list[str] = []
    about_child = bool(_CHILD.search(query))
    for mention in find_entities(query):
        weight = {"dis": DISEASE_WEIGHT, "sym": SYMPTOM_WEIGHT}.get(mention.type)
        if weight is None:
            continue
        departments = lexicon.departments_for(mention.name)
        for department, share in departments.items():
            if not about_child:
                department = _ADULT_DEPARTMENT.get(department, department)
            scores[department] += weight * share
        if departments:
            evidence.append(mention.name)
    for department, pattern in _KEYWORD_PATTERNS.items():
        hits = len(pattern.findall(query))
        if hits:
            scores[department] += KEYWORD_WEIGHT * hits
    if not _SURGICAL.search(query):
        for department in _PARENTS["内科"]:
            if department in scores:
                scores[department] *= MEDICAL_FIRST
    _prefer_children(scores)
    if not scores:
        return DepartmentSuggestion(DEFAULT_DEPARTMENT)
    best = max(scores, key=lambda department: (scores[department], department))
    return DepartmentSuggestion(best, dict(scores.most_common()), tuple(evidence))


def _prefer_children(scores: Counter[str]) -> None:
    for parent, children in _PARENTS.items():
        if parent in scores and any(scores[child] > 0 for child in children):
            del scores[parent]
