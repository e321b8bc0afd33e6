"""Decide whether a drug's indications fit a condition.

Used by the content audit (a page listing an influenza antiviral for facial
spasm) and by pages choosing which drugs to show beside a condition. The
indications come from the knowledge base's drug facts, or, for a drug the
knowledge base lacks, from the indication the page itself states.

An imaging agent or a vaccine fits no condition (knowledge.agents).
Otherwise a condition fits when the knowledge base lists the drug among the
condition's common drugs, or when an indication names the condition, one of
its aliases or one of its knowledge-base symptoms. Broad words (感染, 外伤, 疼痛) never
count as evidence on their own: CMeKG lists 感染 among the symptoms of 面神经炎
and among the indications of nearly every antibiotic, and matching on it
would let any antibiotic "fit" facial spasm.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from yizhi.knowledge.agents import non_treatments
from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Entity, Fact

# Words too broad to tie a drug to a condition: categories of cause (感染,
# 外伤, 代谢紊乱), symptoms nearly every disease lists in CMeKG (疼痛, 发热),
# and the effect words CMeKG keeps as indications of traditional medicines
# (清热, 解毒), and spasm words that say nothing of which muscle (痉挛 is a
# symptom of 呃逆 and would let a drug for 胃肠痉挛 fit it). Each was seen
# linking unrelated drugs and conditions.
GENERIC_TERMS = frozenset(
    {
        "感染", "炎症", "发炎", "疼痛", "肿痛", "肿瘤", "肿胀", "外伤", "损伤", "创伤",
        "代谢紊乱", "发热", "发烧", "细菌", "病毒", "真菌", "紧张", "精神紧张",
        "情绪激动", "快速", "好发群体", "敏感", "止痛", "镇痛", "清热", "解毒", "中毒",
        "出血", "水肿", "功能障碍", "疲倦", "疲劳", "乏力", "不适", "压迫", "溃疡",
        "溃疡病", "疾病", "综合征", "并发症", "治疗", "预防", "硬化", "瘫痪", "糖尿",
        "痉挛", "抽搐",
    }
)  # fmt: skip
# A clause that rules a use out (本品不适用于脑膜炎的治疗) is not an indication.
_NEGATED = re.compile(r"(?:不适用|不用于|不宜用于|不能用于|禁用|禁忌)[^。；;，,]*")
_CLAUSES = re.compile(r"[。；;●•\n]|\d+[、.]")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Words that may stand right before or after a symptom an indication names.
_LEADING_WORDS = (
    "用于", "缓解", "治疗", "改善", "减轻", "控制", "消除", "预防", "伴有", "伴",
    "所致", "引起", "的", "和", "及", "与", "或", "并",
)  # fmt: skip
_TRAILING_WORDS = (
    "的", "等", "和", "及", "与", "或", "并", "者", "患者", "症状", "伴", "时",
)  # fmt: skip
# Short indication facts (肌痉挛) may be contained in a term (面肌痉挛); longer
# ones are sentences, where only the other direction means anything.
SHORT_INDICATION = 10
MIN_REVERSE = 3


@dataclass(frozen=True, slots=True)
class IndicationFit:
    """Whether a drug fits the conditions; None when nothing states its use.

    `evidence` is the indication text the decision rests on (the matching one,
    or the ones that did not match), `basis` where it came from.
    """

    fits: bool | None
    reason: str
    evidence: str = ""
    basis: str = ""


@dataclass(frozen=True, slots=True)
class ConditionTerms:
    """What an indication may call a condition.

    `names`, the condition's own name and aliases, count anywhere in an
    indication (慢性乙型肝炎 in 「18岁以上的慢性乙型肝炎患者」). `symptoms`
    count only as words of their own: 纤维化 in 囊性纤维化 and 糖尿病 in
    II型糖尿病 are pieces of another disease's name, and a drug for that
    disease does not fit this one.
    """

    names: frozenset[str]
    symptoms: frozenset[str] = frozenset()

    def __or__(self, other: ConditionTerms) -> ConditionTerms:
        return ConditionTerms(self.names | other.names, self.symptoms | other.symptoms)

    def __contains__(self, term: object) -> bool:
        return term in self.names or term in self.symptoms


def condition_terms(condition: Entity | str) -> ConditionTerms:
    """Return the names and symptoms an indication may use for `condition`.

    The condition's own name always counts, even a broad one: the caller
    chose it. Its aliases and knowledge-base symptoms count unless broad.
    """
    entity = condition if isinstance(condition, Entity) else _condition(condition)
    name = condition.name if isinstance(condition, Entity) else condition
    if entity is None:
        return ConditionTerms(frozenset({name}))
    aliases = entity.aliases.values_list("name", flat=True)
    symptoms: set[str] = set()
    facts = Fact.objects.filter(subject=entity, predicate=Predicate.SYMPTOM)
    for text, target in facts.values_list("text", "target__name"):
        symptoms.update(n for n in (text, target) if n)
    names = frozenset({name, *filter(_specific, aliases)})
    return ConditionTerms(names, frozenset(filter(_specific, symptoms)) - names)


def _specific(term: str) -> bool:
    return len(term) >= 2 and term not in GENERIC_TERMS and not term.isascii()


def _condition(name: str) -> Entity | None:
    found = _named(name, (EntityKind.DISEASE, EntityKind.SYMPTOM))
    return min(
        found,
        key=lambda e: (e.name != name, e.kind != EntityKind.DISEASE, e.pk),
        default=None,
    )


def indication_texts(drug: Entity) -> list[str]:
    """Return the drug's indication facts, preferred source first."""
    facts = Fact.objects.about(drug, Predicate.INDICATION)
    return list(dict.fromkeys(fact.text for fact in facts))


def split_stated(text: str) -> list[str]:
    """Split a page's stated indication into clauses, dropping ruled-out uses."""
    return [c.strip() for c in _CLAUSES.split(_NEGATED.sub("", text)) if c.strip()]


def find_match(
    indications: Iterable[str], terms: ConditionTerms
) -> tuple[str, str] | None:
    """Return (indication, term) for the first indication naming a term. Pure."""
    for text in indications:
        text = _NEGATED.sub("", text)
        for term in sorted(terms.names, key=len, reverse=True):
            if term in text:
                return text, term
        for term in terms.symptoms:
            if names_as_word(text, term):
                return text, term
        if MIN_REVERSE <= len(text) <= SHORT_INDICATION and text not in GENERIC_TERMS:
            for term in (*terms.names, *terms.symptoms):
                if text in term:
                    return text, term
    return None


def names_as_word(text: str, term: str) -> bool:
    """Say whether `text` names `term` as a word of its own. Pure.

    Either side of the term must be an edge of the text, punctuation, or a
    word that joins or governs it (缓解咳嗽, 呕吐等); a character that goes on
    naming something else (囊性纤维化, 斑疹伤寒) means the term is a piece of
    that other name.
    """
    start = text.find(term)
    while start >= 0:
        before, after = text[:start], text[start + len(term) :]
        if _edge_before(before) and _edge_after(after):
            return True
        start = text.find(term, start + 1)
    return False


def _edge_before(before: str) -> bool:
    return not before or not _CJK.match(before[-1]) or before.endswith(_LEADING_WORDS)


def _edge_after(after: str) -> bool:
    return not after or not _CJK.match(after[0]) or after.startswith(_TRAILING_WORDS)


def drug_fits(
    drug: Entity | str | None,
    conditions: Sequence[Entity | str],
    stated_indication: str = "",
) -> IndicationFit:
    """Say whether `drug` is indicated for any of `conditions`, and why.

    Knowledge-base indications win over the page's statement: the audit
    checks what pages say, so a page must not vouch for itself.
    """
    entity = _drug(drug)
    drug_name = entity.name if entity else str(drug or "")
    names = "、".join(c.name if isinstance(c, Entity) else c for c in conditions)
    if entity is not None and (agent := non_treatments([entity]).get(entity.pk)):
        return IndicationFit(False, f"{drug_name}是{agent}，不是治疗{names}的药物")
    if listed := listing_condition(entity, drug_name, conditions):
        condition, text = listed
        reason = f"知识库把“{text}”列为{condition}的常用药物"
        return IndicationFit(True, reason, text, "知识库")
    indications = indication_texts(entity) if entity else []
    basis = "知识库所载适应症" if indications else ""
    if not indications and stated_indication.strip():
        indications, basis = split_stated(stated_indication), "页面所写适应症"
    if not indications:
        return IndicationFit(None, "知识库和页面都没有写这个药的适应症，无法核对")
    terms = ConditionTerms(frozenset())
    for condition in conditions:
        terms |= condition_terms(condition)
    if match := find_match(indications, terms):
        text, term = match
        return IndicationFit(True, f"适应症「{text}」涉及{term}", text, basis)
    shown = "、".join(indications[:6])
    if len(shown) > 80:
        shown = shown[:80] + "…"
    return IndicationFit(
        False,
        f"{basis}为「{shown}」，不涉及{names}及其别名、症状",
        shown,
        basis,
    )


def listing_condition(
    drug: Entity | None, name: str, conditions: Sequence[Entity | str]
) -> tuple[str, str] | None:
    """Return (condition, drug fact) when a condition lists this drug as common.

    Condition facts often name the generic (巴氯芬) where the page names the
    product (巴氯芬片); a generic of three or more characters inside the
    product name counts, shorter ones must be equal (钙 is in too many names).
    """
    names = {name}
    if drug is not None:
        names.add(drug.name)
        generic = Fact.objects.filter(subject=drug, predicate=Predicate.GENERIC_NAME)
        names.update(generic.values_list("text", flat=True))
    entities = [c for c in conditions if isinstance(c, Entity)]
    entities += [e for c in conditions if isinstance(c, str) and (e := _condition(c))]
    facts = Fact.objects.filter(subject__in=entities, predicate=Predicate.DRUG)
    for condition, text, target in facts.values_list(
        "subject__name", "text", "target_id"
    ):
        if (drug is not None and target == drug.pk) or _names_drug(text, names):
            return condition, text
    return None


def _names_drug(text: str, names: Iterable[str]) -> bool:
    return any(text == n or (len(text) >= MIN_REVERSE and text in n) for n in names)


def _drug(drug: Entity | str | None) -> Entity | None:
    if drug is None or isinstance(drug, Entity):
        return drug
    return next(iter(_named(drug, (EntityKind.DRUG,))), None)


def _named(name: str, kinds: Sequence[str]) -> list[Entity]:
    """Entities of `kinds` named or aliased `name`, in two indexed queries.

    `Entity.objects.named` ORs across the alias join, which SQLite answers
    with a scan of the whole entity table.
    """
    found = list(Entity.objects.filter(name=name, kind__in=kinds))
    if not found:
        found = list(Entity.objects.filter(aliases__name=name, kind__in=kinds))
    return found
