"""Split one value into the names it lists: sentence marks, 、, brackets.

The split patterns each predicate family uses live here beside the two
splitters that need more than a pattern (shared heads, unmatched brackets).
"""

from __future__ import annotations

import re

from yizhi.knowledge.normalise.single_chars import SHARED_HEADS
from yizhi.knowledge.normalise.steps import (
    CLOSING,
    NOT_ETC_AFTER,
    NOT_ETC_BEFORE,
    OPENING,
)

# 等 between two names separates them (湿疹等。烦躁, 皮疹等过敏反应).
_MID_ETC = rf"(?<=.)(?<![{NOT_ETC_BEFORE}])等+(?![{NOT_ETC_AFTER}])(?=.)"
_FULL_STOP = r"．(?!\d)|(?<!\d)．"
SENTENCE_SPLIT = re.compile(rf"[，,；;。！？!?]|{_FULL_STOP}|{_MID_ETC}")
COMMA_SPLIT = re.compile(r"[，,；;]")
SEMICOLON_SPLIT = re.compile(r"[；;]")
_ENUMERATION = re.compile(r"[、﹑]")


def split_enumeration(text: str) -> list[str]:
    """Split a 、 list, giving a shared tail back to one-character heads.

    肝、肾功能检查 is 肝功能检查 and 肾功能检查; 血、尿、便常规 likewise. Only
    body parts, organs and elements count as heads, so 水、电解质 stays two
    items.
    """
    items = _ENUMERATION.split(text)
    last = items[-1].strip()
    heads = [item.strip() for item in items[:-1]]
    if (
        len(items) > 1
        and len(last) >= 3
        and last[0] in SHARED_HEADS
        and all(len(head) == 1 and head in SHARED_HEADS for head in heads)
    ):
        return [head + last[1:] for head in heads] + [last]
    return items


def split_unmatched_brackets(text: str) -> list[str]:
    """Split at brackets with no partner: 撕裂等）→ 撕裂等; 症状（面色苍白 → two."""
    stack: list[int] = []
    unmatched: set[int] = set()
    for index, char in enumerate(text):
        if char in OPENING:
            stack.append(index)
        elif char in CLOSING:
            if stack:
                stack.pop()
            else:
                unmatched.add(index)
    unmatched.update(stack)
    pieces, start = [], 0
    for index in sorted(unmatched):
        pieces.append(text[start:index])
        start = index + 1
    pieces.append(text[start:])
    return pieces
