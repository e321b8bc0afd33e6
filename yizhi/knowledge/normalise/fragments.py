"""Tell a name from a fragment: the rules a cleaned value must pass.

A value that survives splitting and stripping can still be no name (与遗传,
尚不明确, 0.5g). Each rule is a `FragmentRule`, a code with a check and a help
text, so the drop counts of a clean run say which rule dropped what.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from yizhi.knowledge.normalise.single_chars import KNOWN_SINGLE_CHAR_TERMS

LETTER = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-zα-ωΑ-Ω]")
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
        lambda value, _shape: LETTER.search(value) is None,
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
RULES_BY_CODE = {rule.code: rule for rule in FRAGMENT_RULES}


def fragment_reason(
    value: str, *, shape: NameShape = DEFAULT_SHAPE, rules: Iterable[str] | None = None
) -> str | None:
    """Return the code of the first fragment rule `value` breaks, or None for a name."""
    for code in RULES_BY_CODE if rules is None else rules:
        if RULES_BY_CODE[code].check(value, shape):
            return code
    return None


def is_name_fragment(value: str, *, shape: NameShape = DEFAULT_SHAPE) -> bool:
    """Return whether `value`, as it stands, is not a name (see FRAGMENT_RULES)."""
    return fragment_reason(value, shape=shape) is not None
