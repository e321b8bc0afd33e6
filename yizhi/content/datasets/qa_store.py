"""Store Q&A rows a chunk at a time: new questions in bulk, repeats merged.

A dataset of hundreds of thousands of rows cannot afford a query per row, so
each chunk costs a handful: one to find which questions already exist, one
for their answers, then bulk inserts. A row whose question exists (same
fingerprint) adds its answer if the answer is new, and is otherwise left alone,
which is what makes a second import report everything unchanged.

Inserts go through `insert_rows` as plain tuples rather than `bulk_create`:
building a model instance per row cost more than everything else together
(bench/import_datasets.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from yizhi.content.datasets.qa_rows import QARow
from yizhi.content.models import Answer, Question
from yizhi.directory.departments import DepartmentResolver
from yizhi.knowledge.importers.writer import insert_rows
from yizhi.knowledge.models import Source

QUESTION_COLUMNS = (
    "title",
    "body",
    "department_id",
    "department_name",
    "article_id",
    "source_id",
    "record",
    "content_hash",
    "created",
)
ANSWER_COLUMNS = (
    "question_id",
    "text",
    "doctor_name",
    "hospital_name",
    "doctor_id",
    "position",
)


@dataclass(slots=True)
class _Known:
    """A question in the database or new in this chunk, and its answers."""

    pk: int | None
    department_name: str
    answers: set[str] = field(default_factory=set)
    next_position: int = 0


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
        questions: list[tuple] = []
        answers: list[tuple[str, str, int]] = []  # question hash, text, position
        moved: list[tuple[int, str]] = []
        # Raw inserts skip the field's own conversion; let the backend adapt it.
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        for row, record in rows:
            entry = known.get(row.content_hash)
            if entry is None:
                entry = known[row.content_hash] = _Known(None, row.department)
                questions.append(self._question(row, record, now))
                outcomes["created"] += 1
            elif row.answer in entry.answers:
                outcomes["unchanged"] += 1
                continue
            else:
                outcomes["updated"] += 1
                if entry.pk is not None and entry.department_name != row.department:
                    entry.department_name = row.department
                    moved.append((entry.pk, row.department))
            answers.append((row.content_hash, row.answer, entry.next_position))
            entry.answers.add(row.answer)
            entry.next_position += 1
        insert_rows(Question, QUESTION_COLUMNS, questions)
        self._insert_answers(answers, known, [q[7] for q in questions])
        for pk, name in moved:
            Question.objects.filter(pk=pk).update(
                department_name=name, department_id=self.departments.resolve(name)
            )
        return outcomes

    def _question(self, row: QARow, record: str, now) -> tuple:
        department = self.departments.resolve(row.department)
        return (
            row.title,
            row.ask,
            department,
            row.department,
            None,
            self.source.pk,
            record,
            row.content_hash,
            now,
        )

    @staticmethod
    def _insert_answers(
        answers: list[tuple[str, str, int]],
        known: dict[str, _Known],
        new_hashes: list[str],
    ) -> None:
        if new_hashes:
            created = Question.objects.filter(content_hash__in=new_hashes)
            for digest, pk in created.values_list("content_hash", "pk"):
                known[digest].pk = pk
        rows = [
            (known[digest].pk, text, "", "", None, position)
            for digest, text, position in answers
        ]
        insert_rows(Answer, ANSWER_COLUMNS, rows)

    @staticmethod
    def _existing(hashes: set[str]) -> dict[str, _Known]:
        rows = Question.objects.filter(content_hash__in=hashes).values_list(
            "content_hash", "pk", "department_name"
        )
        found = {digest: _Known(pk, name) for digest, pk, name in rows}
        by_pk = {entry.pk: entry for entry in found.values()}
        answers = Answer.objects.filter(question_id__in=by_pk).values_list(
            "question_id", "text", "position"
        )
        for question_id, text, position in answers:
            entry = by_pk[question_id]
            entry.answers.add(text)
            entry.next_position = max(entry.next_position, position + 1)
        return found
