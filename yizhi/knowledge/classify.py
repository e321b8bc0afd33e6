"""Tell what a CMeKG subject is (disease, drug, herb or other) from its predicates.

CMeKG has no type field: a subject is a disease because it has 就诊科室 and
常见症状, a drug because it has 成份 and OTC类型, a medicinal herb (中药材)
because it has a place in the taxonomy (界/门/纲) and 入药部位. The sets below
were read off the real graph, and the order of the checks in
`classify_subject` settles the few records that look like two kinds;
`tests/knowledge/test_classify.py` checks the counts they give on it.

Exams (所属分类), classical formulae (方剂) and procedures are OTHER: the
importer has no page for them yet.

Pure logic: no Django import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum


class SubjectKind(StrEnum):
    """What one CMeKG subject names."""

    DISEASE = "disease"
    DRUG = "drug"
    HERB = "herb"
    OTHER = "other"


# A place in the biological taxonomy, or the part used as medicine: only the
# ~2.4k 中药材 entries have these. Checked first, because herbs also carry
# 主治/用法用量/功效 like a drug.
HERB_PREDICATES = frozenset(
    {"界", "亚界", "门", "亚门", "总门", "纲", "亚纲", "目", "亚目", "超目"}
    | {"科", "亚科", "族", "亚族", "属", "亚属", "种", "亚种", "二名法", "拉丁学名"}
    | {"入药部位"}
)

# Traits of a medicinal material: taste and nature (性味), where it grows and
# when it is gathered, toxicity, and the crystal system and streak of the
# mineral ones (朱砂, 磁石). A few marketed products list 性味 too (人工牛黄),
# so these are checked after the product predicates.
MATERIAL_PREDICATES = frozenset(
    {"性味", "分布区域", "采收时间", "采集时间", "采收季节", "毒性", "晶系", "条痕"}
)

# Facts only a marketed product has: no disease in CMeKG carries any of them.
PRODUCT_PREDICATES = frozenset(
    {"OTC类型", "药品监管分级", "药品类型", "通用名", "商品名", "规格", "批准文号"}
    | {"是否处方药", "特殊药品", "执行标准", "有效期"}
)

# Any one of these makes a record a disease (unless it is a product or an exam).
DISEASE_PREDICATES = frozenset(
    {"就诊科室", "常见症状", "常见病因", "病因", "并发症", "ICD10", "多发群体"}
    | {"常见发病部位", "发病部位", "传染性", "传播途径", "临床症状及体征", "检查"}
    | {"治疗", "高危因素", "鉴别诊断", "药物治疗", "手术治疗", "标准住院时间"}
    | {"影像学检查", "实验室检查"}
)
# Clinical pathway records spell their diagnostic criteria 诊断依据_<what>.
DISEASE_PREFIXES = ("诊断依据_",)

# Diseases have these too, but so do exams (75 exams have nothing else), so
# they only weigh in when a record also looks like a drug.
RELATED_PREDICATES = frozenset({"相关疾病", "相关症状", "英文名称", "上位关系", "别称"})

# Laboratory and imaging tests carry 所属分类 (血, 尿, 特殊检查 …); the six that
# also list 就诊科室 are exams all the same (脑电图检查, 宫腔镜检查 …).
EXAM_PREDICATES = frozenset({"所属分类"})

# Classical formulae (方剂: 小柴胡汤, 《伤寒论》) name their source text and what
# the formula does (功用). They are recipes, not products on a shelf; a TCM
# disease may cite a source too (慢脾风), so disease predicates win over these.
FORMULA_PREDICATES = frozenset({"出处", "功用"})

# Exams and procedures named as such (滑液检查, 骨盆分离试验, 气管内插管术 …),
# some of which list 就诊科室 or 不良反应 like a disease or a drug would. Herbs
# (苍术, 莪术) are recognised before this applies.
PROCEDURE_NAME = re.compile(r"(?:检查|试验|术|疗法|技术)$")

# Enough on its own to call a record a drug. 禁忌/用法用量/注意事项 are not:
# classical formulae (方剂) and exams have them too.
DRUG_PREDICATES = frozenset(
    {"成份", "适应症", "功能主治", "不良反应", "用途分类", "分类", "英文名"}
)
# Drug facts that a few disease records share (新生儿光照疗法 lists 不良反应):
# they weigh against the disease predicates, they do not decide.
DRUG_SUPPORT_PREDICATES = DRUG_PREDICATES | frozenset(
    {"贮藏", "性状", "药物相互作用", "注意事项", "禁忌", "用法用量", "汉语拼音"}
)


def classify_subject(name: str, record: Mapping[str, Sequence[str]]) -> SubjectKind:
    """Return what the subject `name` is, judged by the predicates of its record.

    The name is only consulted to set exams and procedures apart.
    """
    predicates = {predicate for predicate, values in record.items() if values}
    if predicates & HERB_PREDICATES:
        return SubjectKind.HERB
    if predicates & PRODUCT_PREDICATES:
        return SubjectKind.DRUG
    if predicates & MATERIAL_PREDICATES:
        return SubjectKind.HERB
    if predicates & EXAM_PREDICATES:
        return SubjectKind.OTHER
    if PROCEDURE_NAME.search(name.strip()):
        return SubjectKind.OTHER
    disease = len(predicates & DISEASE_PREDICATES) + any(
        predicate.startswith(DISEASE_PREFIXES) for predicate in predicates
    )
    if disease:
        related = len(predicates & RELATED_PREDICATES)
        if disease + related >= len(predicates & DRUG_SUPPORT_PREDICATES):
            return SubjectKind.DISEASE
    if predicates & DRUG_PREDICATES and not predicates & FORMULA_PREDICATES:
        return SubjectKind.DRUG
    return SubjectKind.OTHER
