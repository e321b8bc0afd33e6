"""Score candidates from every signal and say, in Chinese, why each matched.

The index score (BM25 over segmented words, with boosted whole-name clauses) is
scaled to 0..1 over the candidates; the other signals add fixed amounts, so a
name match always outranks a mere word match, and the intent decides between
items that match equally well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from math import log1p

from rapidfuzz.distance import Levenshtein

from yizhi.search.index.analysis import exact_form, pinyin_forms
from yizhi.search.ranking.query import ParsedQuery
from yizhi.search.results import LinkedEntity

TEXT_WEIGHT = 1.0
EXACT_NAME = 3.0
ALIAS_NAME = 2.6
NAMED_ENTITY = 2.4
PINYIN_NAME = 2.6
INITIALS_NAME = 2.0
TYPO_NAME = 2.5
SUGGESTED_DEPARTMENT = 1.0
CAUSE_OF_NAMED = 1.2
MENTIONS_NAMED = 0.6
INTENT_TAG = 1.0
INTENT_KIND = 0.6
PRIOR_WEIGHT = 0.08
PRIOR_CAP = 4.0
SEMANTIC_WEIGHT = 0.8
SEMANTIC_REASON = 0.55

# What each intent prefers: tags an item can answer, and kinds of item.
INTENT_FIT: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "病因分析": (frozenset({"causes"}), frozenset({"article"})),
    "病情诊断": (frozenset({"causes"}), frozenset({"symptom", "article"})),
    "治疗方案": (frozenset({"treatment"}), frozenset({"drug", "article"})),
    "就医建议": (frozenset(), frozenset({"department", "doctor", "hospital"})),
    "功效作用": (frozenset({"indication"}), frozenset({"drug", "herb"})),
    "指标解读": (frozenset(), frozenset({"exam"})),
    "疾病表述": (frozenset({"symptoms"}), frozenset({"disease"})),
    "后果表述": (frozenset({"complication"}), frozenset({"disease"})),
    "注意事项": (frozenset(), frozenset({"article", "question"})),
    "医疗费用": (frozenset(), frozenset({"hospital", "exam"})),
}


@dataclass
class Scored:
    """A candidate with its running score and the reasons collected so far."""

    fields: dict
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    name_match: bool = False

    def add(self, amount: float, reason: str = "") -> None:
        self.score += amount
        if reason and reason not in self.reasons:
            self.reasons.append(reason)


def score_candidates(
    parsed: ParsedQuery,
    candidates: list[tuple[float, dict]],
    linked: tuple[LinkedEntity, ...],
    departments: tuple[str, ...] = (),
) -> list[Scored]:
    """Return the candidates scored, best first."""
    top = max((score for score, _fields in candidates), default=0.0) or 1.0
    named = {(e.kind, e.name): e for e in linked if not e.relation}
    causes = {(e.kind, e.name): e for e in linked if e.relation}
    named_keys = {f"{kind}:{name}" for kind, name in named}
    exact_found = any(
        parsed.exact in fields["exact_names"] for _s, fields in candidates
    )
    scored = []
    for index_score, fields in candidates:
        item = Scored(fields)
        item.add(TEXT_WEIGHT * index_score / top)
        _name_signals(item, parsed, named, causes, exact_found)
        if parsed.intent == "就医建议":
            _department_signal(item, departments)
        if named_keys & set(fields["links"]):
            item.add(
                MENTIONS_NAMED, "内容涉及：" + _names(named_keys & set(fields["links"]))
            )
        _intent_signal(item, parsed.intent)
        item.add(PRIOR_WEIGHT * min(log1p(fields.get("prior", 0.0)), PRIOR_CAP))
        if not item.reasons:
            item.reasons.append("关键词匹配")
        scored.append(item)
    scored.sort(key=lambda item: -item.score)
    return scored


def _names(keys: set[str]) -> str:
    return "、".join(sorted(key.split(":", 1)[1] for key in keys))


def _department_signal(item: Scored, departments: tuple[str, ...]) -> None:
    fields = item.fields
    wanted = [d for d in departments[:2] if d in fields["departments"]]
    if wanted:
        item.add(SUGGESTED_DEPARTMENT, f"建议科室：{wanted[0]}")


def _named_mention(fields: dict, named) -> LinkedEntity | None:
    own = (fields["kind"], fields["title"])
    if own in named:
        return named[own]
    names = fields["exact_names"]
    for mention in named.values():
        if _form(mention.text) in names:
            return mention
    return None


@lru_cache(maxsize=1024)
def _form(text: str) -> str:
    return exact_form(text)


def _name_signals(item: Scored, parsed, named, causes, exact_found: bool) -> None:
    fields = item.fields
    exact = parsed.exact
    names = fields["exact_names"]
    own = (fields["kind"], fields["title"])
    mention = _named_mention(fields, named)
    if names and exact == names[0]:
        item.name_match = True
        item.add(EXACT_NAME, "名称完全匹配")
    elif exact in names:
        item.name_match = True
        item.add(ALIAS_NAME, f"别名或俗称匹配：{parsed.text} → {fields['title']}")
    elif mention is not None:
        item.name_match = True
        # A name covering most of the query says more than one covering a
        # corner of it (面肌 in 面肌痉孪).
        coverage = len(mention.text) / max(len(parsed.text), 1)
        label = "名称匹配" if mention.text == fields["title"] else "别名或俗称匹配"
        item.add(
            NAMED_ENTITY * (0.4 + 0.6 * coverage),
            f"{label}：{mention.text} → {fields['title']}",
        )
    elif parsed.pinyin:
        _pinyin_signal(item, parsed.pinyin, names)
    elif not exact_found and _one_edit_away(exact, names):
        item.name_match = True
        item.add(TYPO_NAME, f"名称相近（可能输错了字）：{fields['title']}")
    if own in causes:
        anchor = causes[own]
        item.add(CAUSE_OF_NAMED, f"可能原因：{_anchor_name(named, anchor)}")


def _anchor_name(named, anchor: LinkedEntity) -> str:
    for entity in named.values():
        if entity.text == anchor.text:
            return entity.name
    return anchor.text


def _pinyin_signal(item: Scored, pinyin: str, names: list[str]) -> None:
    for name in names[:4]:
        spelled, initials = pinyin_forms(name)
        if pinyin == spelled:
            item.name_match = True
            item.add(PINYIN_NAME, f"拼音匹配：{pinyin} → {name}")
            return
        if pinyin == initials:
            item.name_match = True
            item.add(INITIALS_NAME, f"拼音首字母匹配：{pinyin} → {name}")
            return


def _one_edit_away(exact: str, names: list[str]) -> bool:
    return len(exact) >= 3 and any(
        abs(len(name) - len(exact)) <= 1 and Levenshtein.distance(exact, name) == 1
        for name in names[:8]
    )


def _intent_signal(item: Scored, intent: str) -> None:
    tags, kinds = INTENT_FIT.get(intent, (frozenset(), frozenset()))
    fields = item.fields
    if tags & set(fields["tags"]):
        item.add(INTENT_TAG, f"意图相符：{intent}")
    elif fields["kind"] in kinds:
        item.add(INTENT_KIND, f"意图相符：{intent}")


def apply_semantic(scored: list[Scored], similarities: list[float]) -> None:
    """Add semantic similarity to the first len(similarities) items and re-sort."""
    for item, similarity in zip(scored, similarities, strict=False):
        item.add(
            SEMANTIC_WEIGHT * max(similarity, 0.0),
            "语义相近" if similarity >= SEMANTIC_REASON else "",
        )
    scored.sort(key=lambda item: -item.score)
