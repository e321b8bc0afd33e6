"""Cut the general advice off the end of a list's last item.

Nothing marks where the last item of a list ends: 「…；4、感冒后咳嗽，气道处于
高反应状态。建议带孩子到医院检查，睡前不要进食。」 runs on into the advice for
the whole page, and so does a last numbered paragraph that closes with
「平时要注意…」. The item ends before a sentence that opens as advice
(建议, 平时, 另外 …) when its sibling items hold no such sentence: where every
item closes with advice of its own, that advice is the item's treatment.
In a list whose items are one sentence each (「1、…；2、…；」), the item ends
with its first sentence unless the next one still speaks of it.
"""

from __future__ import annotations

import itertools
import re

from .details import SENTENCE

_STOPS = "。！？!?；;"
_CLAUSE = re.compile(r"[^。！？!?；;，,]+[。！？!?；;，,]?")
# How a sentence of advice for the whole page opens.
ADVICE_OPENING = re.compile(
    r"^(?:建议|平时|日常|生活中|平常|注意|需要注意|要注意|另外|此外|除此之外|总之|综上"
    r"|总的来说|以上|上述|温馨提示|提醒|特别提醒|预防|最好|如果症状|若症状|如症状"
    r"|症状(?:持续|加重|严重)|出现以下|一旦出现|这些情况|以上情况)"
)
# Inside a sentence only these open advice for the whole page: 「…，最好在一周
# 内治疗」 or 「…，注意…」 mid-sentence is still about the item.
_CLAUSE_OPENING = re.compile(
    r"^(?:建议|平时|日常|生活中|平常|另外|此外|总之|以上|上述)"
)
# Advice that runs on from a name with no stop between them.
_INSIDE_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:建议|平时|平常|最好|需要注意|要注意|应该|应当)"
)
# The number that opens a list item: 「3、」「4.」「（2）」.
_ITEM_MARKER = re.compile(r"^\s*(?:[（(]?\d+[)）、.．]?)\s*")
# A sentence that goes on about the item itself.
_ABOUT_ITEM = re.compile(r"^(?:这种|这类|该|此|它|其|患者|多见|常见|常伴|表现|主要)")


def sentences(text: str) -> list[str]:
    """Split text into sentences, each keeping its closing punctuation."""
    return [s for s in SENTENCE.findall(text) if s.strip()]


def opens_advice(sentence: str) -> bool:
    """Say whether a sentence opens as advice rather than explanation."""
    return bool(ADVICE_OPENING.match(sentence.strip()))


def detach_tail(
    last: str, siblings: list[str], *, same_shape: bool = True
) -> tuple[str, str]:
    """Return (the last item's own text, the advice that followed it).

    `same_shape` allows the cut after the first sentence of an item whose
    siblings are one sentence each; only an inline list needs it, since a
    block of its own ends where the page ended the item.
    """
    if any(_advice_cut(sibling) is not None for sibling in siblings):
        return last, ""
    cut = _advice_cut(last)
    parts = sentences(last)
    if cut is None and same_shape and len(parts) > 1:
        whole = _same_shape(parts[0], siblings) or _closes_list(parts, siblings)
        if whole and not _ABOUT_ITEM.match(parts[1]):
            cut = len(parts[0])
    if cut is None:
        return last, ""
    return last[:cut].strip().rstrip("，,"), last[cut:].strip()


def _advice_cut(text: str) -> int | None:
    """Return where advice starts inside an item's text, or None.

    Advice opens a sentence after the first, or a clause with a stronger
    cue (「…，平时要注意保暖」), or runs on from the name without a stop
    (「胃食管反流建议少吃多餐」).
    """
    clauses = _CLAUSE.findall(text)
    if not clauses:
        return None
    if inside := _INSIDE_NAME.search(clauses[0]):
        return inside.start()
    position = len(clauses[0])
    for previous, clause in itertools.pairwise(clauses):
        opening = ADVICE_OPENING if previous[-1] in _STOPS else _CLAUSE_OPENING
        if opening.match(clause.strip()):
            return position
        position += len(clause)
    return None


def _closes_list(parts: list[str], siblings: list[str]) -> bool:
    """Say whether the list is one sentence that the last item's first
    sentence ends (「1.吃饭太快；2.受凉；3.情绪激动。」), so that what follows
    is the page's again, unless it names the item once more."""
    first, following = parts[0], parts[1]
    name = _ITEM_MARKER.sub("", first).rstrip("。")
    return (
        bool(siblings)
        and all(sibling.endswith(("；", ";")) for sibling in siblings)
        and first.endswith("。")
        and name not in following
    )


def _same_shape(first: str, siblings: list[str]) -> bool:
    """Say whether the siblings are one sentence each and the last item's
    first sentence is whole like theirs (a name and its explanation)."""
    return (
        bool(siblings)
        and all(len(sentences(sibling)) == 1 for sibling in siblings)
        and bool(re.search(r"[，,：:]", first))
    )
