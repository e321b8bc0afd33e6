"""Store Q&A rows a chunk at a time: new questions in bulk, repeats merged.

A dataset of hundreds of thousands of rows cannot afford a query per row, so
each chunk costs a handful: one to find which questions already exist, one
for their answers, then bulk inserts. A row whose question exists (same
fingerprint) adds its answer if the answer is new, and is otherwise left alone,
which is what makes a second import report everything unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import transaction

from yizhi.content.datasets.qa_rows import QARow
from yizhi.content.models import Answer, Question
from yizhi.directory.departments import DepartmentResolver
from yizhi.knowledge.models import Source


@dataclass(slots=True)
class _Known:
    """A question in the database or created in this chunk, and its answers."""

    question: Question
    answers: set[str] = field(default_factory=set)
    next_position: int = 0
    new: bool = False


class QAWriter:
    """Write chunks of checked Q&A rows under one source."""

    def __init__(self, source: Source, departments: DepartmentResolver) -> None:
        self.source = source
        self.departments = departments

    @transaction.atomic
    def write(self, rows: Sequence[tuple[QARow, str]]) -> Counter[str]:
        """Store (row, provenance record) pairs; count created/updated/unchanged."""
        outcomes: Counter[str] = Counter()
        known = self._existing({row.content_hash for row, _ in rows})
        answers: list[Answer] = []
        moved: list[Question] = []
        for row, record in rows:
            entry = known.get(row.content_hash)
            if entry is None:
                entry = known[row.content_hash] = _Known(
                    self._question(row, record), new=True
                )
                outcomes["created"] += 1
            elif row.answer in entry.answers:
                outcomes["unchanged"] += 1
                continue
            else:
                outcomes["updated"] += 1
                if not entry.new and entry.question.department_name != row.department:
                    entry.question.department_name = row.department
                    entry.question.department_id = self.departments.resolve(
                        row.department
                    )
                    moved.append(entry.question)
            answers.append(
                Answer(
                    question=entry.question,
                    text=row.answer,
                    position=entry.next_position,
                )
            )
            entry.answers.add(row.answer)
            entry.next_position += 1
        Question.objects.bulk_create(
            [entry.question for entry in known.values() if entry.new], batch_size=500
        )
        Answer.objects.bulk_create(answers, batch_size=500)
        Question.objects.bulk_update(
            moved, ["department_name", "department"], batch_size=500
        )
        return outcomes

    def _question(self, row: QARow, record: str) -> Question:
        return Question(
            title=row.title,
            body=row.ask,
            department_id=self.departments.resolve(row.department),
            department_name=row.department,
            source=self.source,
            record=record,
            content_hash=row.content_hash,
        )

    @staticmethod
    def _existing(hashes: set[str]) -> dict[str, _Known]:
        found = {
            question.content_hash: _Known(question)
            for question in Question.objects.filter(content_hash__in=hashes).only(
                "pk", "content_hash", "department_name", "department_id"
            )
        }
        by_pk = {entry.question.pk: entry for entry in found.values()}
        rows = Answer.objects.filter(question_id__in=by_pk).values_list(
            "question_id", "text", "position"
        )
        for question_id, text, position in rows:
            entry = by_pk[question_id]
            entry.answers.add(text)
            entry.next_position = max(entry.next_position, position + 1)
        return found
