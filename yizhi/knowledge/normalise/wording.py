"""Strip the wording CMeKG leaves around a name: qualifiers, causes, doses.

偶见皮疹, 由X引起, 主要成份为X 0.5g: the sentence a name was cut out of, taken
off so that only the name is left. Each step is a `str -> str` like those in
`steps.py`, kept apart because these are the ones that read the words.
"""

from __future__ import annotations

import re

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
