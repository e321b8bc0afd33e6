"""Read the disease card a page shows beside the article (疾病百科 / 了解疾病).

The card is a name, a description and labelled fields (症状起因, 可能疾病,
常见检查, 就诊科室); the list fields are split so linking can use them.
"""

from __future__ import annotations

import re

from .blocks import Block
from .details import plain
from .model import DiseaseCard
from .people import strip_ellipsis

_FIELD = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})\s*[:：]\s*(?P<value>.*)$")
_LIST = re.compile(r"[\s、，,；;/]+")
_ROLES = (
    ("possible_diseases", re.compile(r"可能疾病|相关疾病|并发症|易混淆")),
    ("exams", re.compile(r"检查")),
    ("departments", re.compile(r"科室")),
)


def read_card(blocks: tuple[Block, ...]) -> DiseaseCard | None:
    """Return the card in a side block's blocks, or None if it has no name."""
    name, description = "", []
    fields: list[tuple[str, str]] = []
    for block in blocks:
        text = plain(block.text)
        found = _FIELD.match(text)
        if found and len(found.group("label")) <= 8 and (fields or name):
            fields.append((found.group("label"), strip_ellipsis(found.group("value"))))
        elif not name and len(text) <= 20:
            name = text
        elif name and not fields:
            description.append(strip_ellipsis(text))
    if not name:
        return None
    lists = {role: _values(fields, pattern) for role, pattern in _ROLES}
    return DiseaseCard(
        name=name,
        description="\n".join(description),
        fields=tuple(fields),
        possible_diseases=lists["possible_diseases"],
        exams=lists["exams"],
        departments=lists["departments"],
    )


def _values(fields: list[tuple[str, str]], pattern: re.Pattern[str]) -> tuple[str, ...]:
    values = [
        v for label, text in fields if pattern.search(label) for v in _LIST.split(text)
    ]
    return tuple(dict.fromkeys(v for v in values if v))
