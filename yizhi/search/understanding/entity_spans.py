"""The span value entity rules pass around, and the character classes they share.

Rules work on `Span`s, plain (start, end, type) triples over the width-folded
text, so they never see the original spelling.
"""

import re
from dataclasses import dataclass

CJK = "\u3400-\u9fff"
# Characters that end a modifier: a name never runs across them.
STOP_CHARS = frozenset("的和及与或是在有为等可致伴并于由而因其如、,.;:!?()\"' ")
# Words after which a disease name starts (患有X, 引起X, 诊断为X).
LEFT_TRIGGER = re.compile(
    r".*(?:患有|患|引起|导致|出现|发生|诊断为|合并|伴有|伴|继发|见于|称为|所致|为|是"
    r"|和|与|及|或|的|在|有|如|对|等|以|问|求|请|得了|得)"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A candidate entity over the folded text.

    `inner` holds entities nested inside this one that are reported too: a
    measured item stays a test item inside the symptom its change makes
    (血糖 inside 血糖增高), as clinical annotation nests them.
    """

    start: int
    end: int
    type: str
    inner: tuple["Span", ...] = ()


def by_start(spans: list[Span]) -> list[Span]:
    """Return spans in text order (a stable sort keeps nesting order)."""
    return sorted(spans, key=lambda span: span.start)
