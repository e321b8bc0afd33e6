"""`yizhi import qa-csv PATH... [--source S]`: doctor–patient Q&A from CSV.

Columns department,title,ask,answer with a header row, in UTF-8 (with or
without BOM) or GB18030: the shape of the public Chinese medical dialogue
dataset, whose files run to hundreds of thousands of rows. Rows are streamed
and written in chunks; a bad row is reported by file and line and skipped.
"""

from __future__ import annotations

import logging
import time
from contextlib import nullcontext
from pathlib import Path

from django.db import transaction
from tqdm import tqdm

from yizhi.content.datasets.qa_rows import COLUMNS, QARow, qa_row
from yizhi.content.datasets.qa_store import QAWriter
from yizhi.directory.departments import DepartmentResolver
from yizhi.directory.importers.csvfile import CsvFileError, csv_files, read_rows
from yizhi.knowledge.importers.base import register_importer
from yizhi.knowledge.importers.batch import BatchImporter, BatchReport, RecordFailure
from yizhi.knowledge.models import Source

logger = logging.getLogger(__name__)

SOURCE_KEY = "qa-csv"
# Rows per transaction and per bulk insert: large enough that SQLite's commit
# cost is spread thin, small enough that memory stays flat on a 800k-row file.
CHUNK_ROWS = 2000


def qa_source() -> Source:
    source, _ = Source.objects.update_or_create(
        key=SOURCE_KEY,
        defaults={"title": "医患问答数据集（CSV 导入）", "priority": 10},
    )
    return source


@register_importer
class QACsvImporter(BatchImporter):
    name = "qa-csv"
    description = "从 CSV 导入医患问答（列 department,title,ask,answer）"

    def run(self, *, dry_run: bool = False) -> BatchReport:
        started = time.perf_counter()
        report = BatchReport(importer=self.name, dry_run=dry_run)
        # Each chunk commits on its own (QAWriter.write is atomic), so a long
        # import keeps what it has done; only a dry run wraps the whole batch.
        with transaction.atomic() if dry_run else nullcontext():
            writer = QAWriter(qa_source(), DepartmentResolver())
            for path in csv_files(self.paths):
                self._import_file(path, writer, report)
            if dry_run:
                transaction.set_rollback(True)
        report.seconds = time.perf_counter() - started
        logger.info("qa-csv: %s", report.summary())
        return report

    def _import_file(self, path: Path, writer: QAWriter, report: BatchReport) -> None:
        provenance = self.source or str(path)
        chunk: list[tuple[QARow, str]] = []
        try:
            rows = tqdm(
                read_rows(path, required=COLUMNS),
                desc=path.name,
                unit="行",
                disable=not self.progress,
            )
            for row in rows:
                parsed = qa_row(row)
                if isinstance(parsed, str):
                    report.failures.append(RecordFailure(f"{path}:{row.line}", parsed))
                    continue
                chunk.append((parsed, f"{provenance}#{row.line}"))
                if len(chunk) >= CHUNK_ROWS:
                    self._flush(writer, chunk, report)
        except CsvFileError as error:
            report.failures.append(RecordFailure(str(path), str(error)))
        self._flush(writer, chunk, report)

    @staticmethod
    def _flush(
        writer: QAWriter, chunk: list[tuple[QARow, str]], report: BatchReport
    ) -> None:
        if chunk:
            outcomes = writer.write(chunk)
            report.created += outcomes["created"]
            report.updated += outcomes["updated"]
            report.unchanged += outcomes["unchanged"]
            chunk.clear()
