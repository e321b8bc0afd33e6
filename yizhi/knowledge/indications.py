"""Decide whether a drug's indications fit a condition.

Used by the content audit (a page listing an influenza antiviral for facial
spasm) and by pages choosing which drugs to show beside a condition. The
indications come from the knowledge base's drug facts, or, for a drug the
knowledge base lacks, from the indication the page itself states.

A condition fits when the knowledge base lists the drug among the
condition's common drugs, or when an indication names the condition, one of
its aliases or one of its knowledge-base symptoms. Broad words (感染, 外伤, 疼痛) never
count as evidence on their own: CMeKG lists 感染 among the symptoms of 面神经炎
and among the indications of nearly every antibiotic, and matching on it
would let any antibiotic "fit" facial spasm.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

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


def condition_terms(condition: Entity | str) -> frozenset[str]:
    """Return the names an indication may use for `condition`.

    The condition's own name always counts, even a broad one: the caller
    chose it. Its aliases and knowledge-base symptoms count unless broad.
    """
    entity = condition if isinstance(condition, Entity) else _condition(condition)
    name = condition.name if isinstance(condition, Entity) else condition
    if entity is None:
        return frozenset({name})
    names = set(entity.aliases.values_list("name", flat=True))
    symptoms = Fact.objects.filter(subject=entity, predicate=Predicate.SYMPTOM)
    for text, target in symptoms.values_list("text", "target__name"):
        names.update(n for n in (text, target) if n)
    return frozenset({name, *(n for n in names if _specific(n))})


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
    indications: Iterable[str], terms: Collection[str]
) -> tuple[str, str] | None:
    """Return (indication, term) for the first indication naming a term. Pure."""
    for text in indications:
        text = _NEGATED.sub("", text)
        for term in terms:
            if term in text:
                return text, term
        if MIN_REVERSE <= len(text) <= SHORT_INDICATION and text not in GENERIC_TERMS:
            for term in terms:
                if text in term:
                    return text, term
    return None


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
    names = "、".join(c.name if isinstance(c, Entity) else c for c in conditions)
    terms: set[str] = set()
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
