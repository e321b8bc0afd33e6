"""Recognise the headers of side blocks: 相关推荐, 相关医生, 适用药品, 疾病百科 ….

A side block starts at a short header line; its kind (related, doctors,
drugs, exams, qa, card) tells the record readers how to take an ambiguous
record (a name and a paragraph is a drug under 适用药品, an exam under
常见检查, a related question elsewhere).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Block

RELATED, DOCTORS, DRUGS, EXAMS, QA, CARD, UNKNOWN = (
    "related", "doctors", "drugs", "exams", "qa", "card", "unknown",
)  # fmt: skip
ANSWERS = "answers"  # more answers to the page's own question

_PREFIX = (
    r"(?:相关|推荐|热门|常见|适用|了解|延展|延伸|猜你|大家都在|更多|精选|最新|其他"
    r"|同类|相似|对症|权威|本科室|看了又看)"
)
_HEADER = re.compile(rf"^{_PREFIX}[\u4e00-\u9fff]{{0,6}}$")
_BARE_HEADERS = {
    "疾病百科": CARD, "了解疾病": CARD, "疾病简介": CARD, "推荐医生": DOCTORS,
    "名医推荐": DOCTORS, "医生推荐": DOCTORS, "专家推荐": DOCTORS, "找医生": DOCTORS,
    "推荐专家": DOCTORS, "用药推荐": DRUGS, "推荐药品": DRUGS, "推荐用药": DRUGS,
    "专家解答": QA, "医生解答": QA, "网友提问": QA, "大家都在问": QA,
    "延展阅读": RELATED, "猜你喜欢": RELATED, "大家都在看": RELATED,
    "扩展阅读": RELATED, "推荐阅读": RELATED,
}  # fmt: skip
# 「示例医生的其他文章」, 「本站更多问答」: more of the same author or site.
_MORE_OF = re.compile(
    r"^[\u4e00-\u9fff]{0,10}?的?(?:其他|其它|更多)(?P<what>文章|科普|回答|问答|视频)$"
)
# 「其他医生回答」, 「更多回答(3)」: other answers to this page's question, not
# doctors to consult. 「示例医生的其他回答」 (_MORE_OF) answers other questions.
OTHER_ANSWERS = re.compile(
    r"^(?:其他|其它|其余|更多|全部|另外)的?(?:\d+位|\d+条)?"
    r"(?:医生|专家|大夫|医师|网友|热心网友|用户)?的?(?:回答|回复|解答)"
    r"(?:\s*[（(]\d+[）)])?[:：]?$"
)
_KINDS = (
    (re.compile(r"医生|专家|名医|大夫"), DOCTORS),
    (re.compile(r"药"), DRUGS),
    (re.compile(r"检查|化验"), EXAMS),
    (re.compile(r"问答|回答|解答|提问|问题"), QA),
    (re.compile(r"疾病|百科"), CARD),
    (re.compile(r"文章|阅读|推荐|资讯|科普|喜欢|在看|知识|搜索"), RELATED),
)


@dataclass(frozen=True, slots=True)
class Section:
    """A side block: its kind and the blocks under its header."""

    kind: str
    header: str
    blocks: tuple[Block, ...]


def header_kind(text: str) -> str | None:
    """Return the kind of side block a header line opens, or None."""
    text = text.strip().rstrip("：:")
    text = re.sub(r"\s*[（(]\d+[）)]$", "", text)
    if text in _BARE_HEADERS:
        return _BARE_HEADERS[text]
    if OTHER_ANSWERS.match(text):
        return ANSWERS
    if found := _MORE_OF.match(text):
        return QA if found.group("what") in {"回答", "问答"} else RELATED
    if not _HEADER.match(text):
        return None
    for pattern, kind in _KINDS:
        if pattern.search(text):
            # 相关问题 lists related questions (titles), not answered ones.
            return RELATED if text.endswith("问题") else kind
    return None


def split_sections(blocks: list[Block], first_kind: str = UNKNOWN) -> list[Section]:
    """Cut blocks at side-block headers; leading blocks form a `first_kind` section."""
    sections: list[Section] = []
    kind, header, current = first_kind, "", []
    for block in blocks:
        found = header_kind(block.text) if len(block.text) <= 16 else None
        if found is None:
            current.append(block)
            continue
        if current or kind != found:
            sections.append(Section(kind, header, tuple(current)))
        kind, header, current = found, block.text, []
    sections.append(Section(kind, header, tuple(current)))
    return [section for section in sections if section.blocks]
