"""One row of a doctor–patient Q&A CSV (department,title,ask,answer), checked.

The public Chinese medical dialogue dataset has this shape, as do the exports
editors make of their own Q&A. Pure logic: no database.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from yizhi.directory.importers.csvfile import CsvRow, row_problem

COLUMNS = ("department", "title", "ask", "answer")
TITLE_LIMIT = 300  # Question.title
DEPARTMENT_LIMIT = 50  # Question.department_name
# A question with no title gets the start of its description as one.
DERIVED_TITLE_LENGTH = 40

_SPACE = re.compile(r"\s+")
_EDGE_MARKS = " 。.！!？?，,、；;：:…~～"


@dataclass(frozen=True, slots=True)
class QARow:
    line: int
    department: str
    title: str
    ask: str
    answer: str
    content_hash: str  # of title and ask, computed once: every chunk looks it up


def normalise_for_hash(text: str) -> str:
    """Return the form two copies of one question share.

    Datasets repeat a question with other spaces, full-width letters or a
    trailing 。 or ？; none of that makes it another question. The steps run
    until nothing changes, because each can undo another's work (NFKC turns
    ´ into a space and an accent, and dropping the space lets it compose).
    """
    for _ in range(4):
        folded = unicodedata.normalize("NFKC", text).lower()
        folded = unicodedata.normalize("NFKC", _SPACE.sub("", folded))
        folded = folded.strip(_EDGE_MARKS)
        if folded == text:
            break
        text = folded
    return text


def content_hash(title: str, ask: str) -> str:
    """Return the fingerprint of a question: its normalised title and description."""
    key = f"{normalise_for_hash(title)}\x1f{normalise_for_hash(ask)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def qa_row(row: CsvRow) -> QARow | str:
    """Return the question and answer of one CSV row, or why it is refused."""
    problem = row_problem(row)
    if problem:
        return problem
    department = _SPACE.sub(" ", row.get("department"))
    title, ask, answer = (row.get(column) for column in ("title", "ask", "answer"))
    if not title and not ask:
        return "标题和问题描述都为空"
    if not answer:
        return "回答为空"
    if not title:
        title = ask[:DERIVED_TITLE_LENGTH]
    if len(title) > TITLE_LIMIT:
        return f"标题超过 {TITLE_LIMIT} 字"
    if len(department) > DEPARTMENT_LIMIT:
        return f"科室名超过 {DEPARTMENT_LIMIT} 字"
    return QARow(
        line=row.line,
        department=department,
        title=title,
        ask=ask,
        answer=answer,
        content_hash=content_hash(title, ask),
    )
