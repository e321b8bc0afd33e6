"""Collect the page's general advice, and the drugs the advice suggests.

After a cause list, advice is what follows the list. A doctor's answer that
names its causes in prose has no list to follow: its advice is the part under
a guidance label (指导意见：, 意见建议：, 建议：) — every item of it, since
「3、可以口服甲钴胺片」 uses no advice word — and, elsewhere in the answer,
the sentences that say what to do. Drugs the advice names are drugs the page
suggests for its condition, so the audit checks them like listed drugs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .blocks import HEADING, Block
from .details import SENTENCE, plain
from .drugnames import find_drug_names
from .model import Cause, DrugItem
from .treatment import is_treatment_clause

ADVICE_CUES = re.compile(r"建议|应|需要|注意|避免|及时就医|就诊|可以通过|保持|尽量")
# Labels an answer puts over what to do.
_GUIDANCE = re.compile(
    r"^(?:指导意见|意见建议|处理意见|治疗意见|医生建议|专家建议|治疗建议|就医建议|建议"
    r"|治疗方案|治疗方法|处理方法|处理办法|注意事项|温馨提示|护理建议|生活建议|日常调理"
    r"|怎么办|如何处理)\s*[:：]?"
)
# The labels of the other parts of an answer end the guidance part; labels
# inside it (饮食：, 运动：) do not.
_LABEL = re.compile(
    r"^(?:病情分析|问题分析|分析|病情描述|问题描述|健康咨询描述|诊断|初步诊断|病因|原因"
    r"|可能原因|医生回复|回复|检查结果|曾经治疗情况和效果|想得到怎样的帮助)\s*[:：]"
)
MIN_ADVICE = 12
_CLAUSE = re.compile(r"[^，,]+")


def advice_of(body: list[Block], end: int | None, tail: str) -> tuple[str, ...]:
    """Return the advice paragraphs of an article body.

    `end` is where the cause list stopped (None when the causes were prose);
    `tail` is advice the page ran on into the last cause item.
    """
    if end is not None:
        paragraphs = [plain(tail), *(plain(b.text) for b in body[end:])]
    else:
        paragraphs = list(_answer_advice(body))
    return tuple(p for p in paragraphs if p)


def _answer_advice(body: list[Block]) -> Iterable[str]:
    guidance = False
    for block in body:
        text = plain(block.text)
        guiding = _GUIDANCE.match(text)
        label = guiding or _LABEL.match(text)
        if label or block.kind == HEADING:
            guidance = bool(guiding)
            if not text[label.end() if label else 0 :].strip():
                continue  # the label alone, on a line of its own
            if not guiding:
                text = text[label.end() if label else 0 :].strip()
        if guidance and _is_text(text):
            yield text
        elif not guidance:
            yield "".join(s for s in SENTENCE.findall(text) if _says_what_to_do(s))


def _is_text(text: str) -> bool:
    """Say whether a line under a guidance label is advice, not a button row."""
    return len(text) >= MIN_ADVICE or bool(re.search(r"[，,。；;！!]", text))


def _says_what_to_do(sentence: str) -> bool:
    return bool(ADVICE_CUES.search(sentence)) or any(
        is_treatment_clause(clause) for clause in _CLAUSE.findall(sentence)
    )


def advice_drugs(
    advice: tuple[str, ...], causes: tuple[Cause, ...], listed: tuple[DrugItem, ...]
) -> tuple[DrugItem, ...]:
    """Return the drugs the advice names that no cause and no drug block lists."""
    known = {name for cause in causes for name in cause.drugs}
    known |= {drug.name for drug in listed}
    names = find_drug_names("。".join(advice))
    return tuple(DrugItem(name) for name in names if name not in known)
