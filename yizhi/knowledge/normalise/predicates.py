"""Sort CMeKG predicates into the families their values are cleaned by.

A predicate's family decides how its values are split and what is stripped
from them (see `profiles.py`); a predicate in no name-list family is a
statement and kept as written.
"""

from __future__ import annotations

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
