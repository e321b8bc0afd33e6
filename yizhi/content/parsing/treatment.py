"""Pick out of a cause's text what it says about treating or handling it.

A cause's text mixes mechanism, symptoms and handling, often in one long
sentence: 「胃黏膜长期处于炎症状态，可伴有上腹隐痛，幽门螺杆菌阳性时需要根除
治疗，可遵医嘱使用枸橼酸铋钾胶囊」. Taking whole sentences that mention a
drug or 缓解 copied the explanation into the treatment, and causes named after
treatments (药物副作用, 手术创伤) read as treated. So the unit here is the
clause: a clause is about treatment when it says what to do (遵医嘱, 在医生指导
下, 就医, a modal before an action: 可以服用, 需要手术), and not when a cause
verb comes first (某些药物可能引起…). The treatment runs from the first such
clause to the end of its sentence, with the condition right before it
(「对于…引起的…，」「鼻中隔偏曲明显的，」).
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_CLAUSE = re.compile(r"[^，,]+[，,]?")
# Said alone, these are about handling the cause.
_DRUG_FORM = r"(?:片|胶囊|颗粒|丸|散|注射液|软膏|乳膏|凝胶|滴眼液|喷雾剂|口服液|药)"
_DIRECT = (
    r"遵医嘱|依医嘱|遵照医嘱|按医嘱|指导下|建议下|就医|就诊|看医生|急诊|住院|复诊"
    r"|(?<!没有)(?<!没)(?<!未经)(?<!未)治疗(?!过|情况)"
    r"|用药|处方|开具|开立|开药|不要自行|切勿自行|勿自行|不可自行"
    rf"|常用(?:的)?药|常用[^，,。]{{1,12}}?{_DRUG_FORM}"
    r"|医生(?:可能|会|或会|通常|常|一般)[^，,。]{0,3}(?:开|用|使用|建议|给予)"
    r"|(?:做|行|接受|采取|考虑|进行)[^，,。]{0,8}(?:手术|矫正|切除|理疗|针灸|牵引|充填)"
    r"|^(?:到|去)(?:医院|[^，,。]{0,6}科)(?:就诊|检查|治疗|做|看)"
)
# A modal (可以, 需要, 必要时 …) before an action verb says what to do; 可能,
# 可见, 反应, 主要 only look like one.
_MODAL = (
    r"(?:可(?!能|见|伴|有|出现|引起|导致|呈|使|累及)|可以(?!呈)|能够|需|需要"
    r"|(?<![反适相效响供对])应|应该|应当|宜|(?<![主重只想需])要|建议|最好|必要时|务必"
    r"|必须|尽快|及时|多能|就能|有助于|有助|帮助|通过)"
)
_ACTION = (
    r"(?:补充|补|服|吃|喝|使用|用|选用|选择|涂|外用|喷|滴|含|注射|冲洗|清洁|洗牙|热敷"
    r"|冷敷|按摩|休息|调整|控制|纠正|矫正|切除|处理|干预|复查|检查|评估|锻炼|拉伸|戒"
    r"|停(?:药|用|服)|减少|避免|注意|做|止痛|止痒|(?:到|去)[^，,。]{0,8}(?:医院|科|门诊|急诊|诊所))"
)
# Ways of giving a drug: about treatment unless the clause says they cause
# something (长期口服避孕药可导致…).
_GIVING = re.compile(r"口服|含服|外用|外涂|静脉注射|输液|补液|^纠正|^补充")
# Relief said of the symptom (需要坐起来才能缓解, 迫使患者活动腿部来缓解)
# describes it; relief right after a modal (可自行缓解, 就能改善) handles it.
_RELIEF = r"(?:缓解|改善|消失|好转)"
# A clause that opens with what to do is an instruction: 「注意保暖」, 「少吃辛辣」.
_IMPERATIVE = (
    r"^(?:注意(?!力)|避免|保持|适当|尽量|多喝|多吃|少吃|多休息|戒烟|戒酒|按时|定期|及时|切勿|不要"
    r"|平时要|日常要|应尽早|宜)"
)
_CUE = re.compile(
    rf"{_IMPERATIVE}|{_DIRECT}|{_MODAL}[^，,。；;才]{{0,8}}?{_ACTION}|{_MODAL}(?:自行)?{_RELIEF}"
)
# A cause verb used as a predicate (not 「…引起的」) makes the clause a cause.
_CAUSAL = re.compile(r"(?:引起|导致|诱发|引发|造成|所致|使得|有关|相关)(?!的)")
# A condition right before the treatment belongs with it.
_CONDITION = re.compile(
    r"^(?:对于|针对|如果|若|假如|一旦|当|如是|如为|治疗上|此时|这时)"
    r"|(?:时|的|(?<!患)者|后|期)[，,]?$"
)
_LABEL = re.compile(r"^(?:治疗|处理|应对|用药|治疗方法|处理方法|建议)\s*[:：]\s*")


def is_treatment_clause(clause: str) -> bool:
    """Say whether one clause tells how to treat or handle a cause."""
    causal = _CAUSAL.search(clause)
    cue = _CUE.search(clause)
    if cue is None:
        return causal is None and bool(_GIVING.search(clause))
    return causal is None or cue.start() < causal.start()


def treatment_of(text: str) -> str:
    """Return the clauses of a passage that say how the cause is treated."""
    parts = [_treatment_part(s.strip()) for s in _SENTENCE.findall(text)]
    return "".join(part for part in parts if part)


def _treatment_part(sentence: str) -> str:
    """Return a sentence from its first treatment clause, or "" without one."""
    if labelled := _LABEL.match(sentence):
        return sentence[labelled.end() :].strip()  # 「处理：…」 is all treatment
    clauses = _CLAUSE.findall(sentence)
    first = next(
        (i for i, clause in enumerate(clauses) if is_treatment_clause(clause)), None
    )
    if first is None:
        return ""
    while first and _CONDITION.search(clauses[first - 1].strip()):
        first -= 1
    return "".join(clauses[first:]).strip()
