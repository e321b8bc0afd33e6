"""The fixed vocabularies of the knowledge base."""

from django.db import models


class EntityKind(models.TextChoices):
    DISEASE = "disease", "疾病"
    SYMPTOM = "symptom", "症状"
    DRUG = "drug", "药品"
    HERB = "herb", "中药材"
    EXAM = "exam", "检查"
    BODY_PART = "body_part", "部位"
    FACTOR = "factor", "生理/生活因素"


class AliasKind(models.TextChoices):
    ALIAS = "alias", "别称"
    SYNONYM = "synonym", "同义词"
    ENGLISH = "english", "英文名"
    ICD10 = "icd10", "ICD-10"
    LAY = "lay", "俗称"
    TRADITIONAL = "traditional", "繁体"
    BRAND = "brand", "商品名"
    GENERIC = "generic", "通用名"


class Predicate(models.TextChoices):
    """What one fact says about its subject. Labels are the headings pages show."""

    SUMMARY = "summary", "概述"
    # disease and symptom
    SYMPTOM = "symptom", "常见症状"
    CAUSE = "cause", "病因"
    POSSIBLE_CAUSE = "possible_cause", "可能原因"
    EXAM = "exam", "检查"
    DEPARTMENT = "department", "就诊科室"
    TREATMENT = "treatment", "治疗"
    DRUG = "drug", "常用药物"
    COMPLICATION = "complication", "并发症"
    RELATED = "related", "相关疾病"
    DIFFERENTIAL = "differential", "鉴别诊断"
    BODY_PART = "body_part", "发病部位"
    POPULATION = "population", "多发群体"
    CONTAGIOUS = "contagious", "传染性"
    # drug
    GENERIC_NAME = "generic_name", "通用名"
    INGREDIENT = "ingredient", "成份"
    INDICATION = "indication", "适应症/功能主治"
    OTC = "otc", "OTC类型"
    DRUG_TYPE = "drug_type", "药品类型"
    ADVERSE_REACTION = "adverse_reaction", "不良反应"
    CONTRAINDICATION = "contraindication", "禁忌"
    PRECAUTION = "precaution", "注意事项"
    DOSAGE = "dosage", "用法用量"
    INTERACTION = "interaction", "药物相互作用"
    SPECIFICATION = "specification", "规格"
    CATEGORY = "category", "分类"
    # herb
    NATURE = "nature", "性味"
    EFFICACY = "efficacy", "功效"


class Urgency(models.TextChoices):
    """How soon a person should act on a cause or a pattern of symptoms."""

    SELF_CARE = "self_care", "可先自我观察"
    SOON = "soon", "近期就诊"
    URGENT = "urgent", "尽快就诊"
    EMERGENCY = "emergency", "立即急诊"
