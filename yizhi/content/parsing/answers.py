"""Read the other answers a Q&A page lists under 「其他医生回答」.

Q&A portals show one question, its best answer, then more answers by other
doctors: a doctor card (name, titles, hospital) and the answer text, or the
text alone for a member of the public. They answer the page's own question,
so they are Q&A items whose question is the page title (sidebars.py fills it
in), not doctors to list beside the article.
"""

from __future__ import annotations

from .blocks import Block
from .details import plain
from .metadata import is_metadata
from .model import QAItem
from .people import parse_doctor_line, strip_ellipsis
from .records import ANSWER_LEAD, MIN_PARAGRAPH, read_doctor
from .sections import ANSWERS


def read_answer(
    blocks: list[Block], index: int, kind: str
) -> tuple[QAItem, int] | None:
    """Read 「[医生卡片] / 回答 / [回答续段] / [时间]」 as one answer."""
    if kind != ANSWERS:
        return None
    doctor_read = read_doctor(blocks, index, kind)
    doctor = doctor_read[0] if doctor_read else None
    position = index + (doctor_read[1] if doctor_read else 0)
    paragraphs = []
    while position < len(blocks):
        text = plain(blocks[position].text)
        if parse_doctor_line(text) or read_doctor(blocks, position, kind):
            break  # the next answerer
        position += 1
        if is_metadata(text):
            if paragraphs:
                break  # the time under an answer closes it
            continue
        if len(text) >= MIN_PARAGRAPH or paragraphs or doctor:
            paragraphs.append(strip_ellipsis(ANSWER_LEAD.sub("", text)))
    if not paragraphs:
        return None
    return QAItem("", "\n".join(paragraphs), doctor), position - index
