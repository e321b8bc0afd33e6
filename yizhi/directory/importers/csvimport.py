"""The shared run loop of the hospital and doctor CSV importers.

Each file is read row by row; a row that fails its checks, or that the writer
refuses, is reported with its file and line, and the batch goes on. Each row
is stored in its own transaction, so a failure never leaves half a record.
"""

from __future__ import annotations

import time
from abc import abstractmethod
from contextlib import nullcontext
from pathlib import Path
from typing import ClassVar

from django.db import transaction
from tqdm import tqdm

from yizhi.directory.importers.csvfile import (
    CsvFileError,
    CsvRow,
    csv_files,
    read_rows,
)
from yizhi.directory.importers.records import DoctorRecord, HospitalRecord
from yizhi.directory.importers.store import DirectoryWriter, Outcome, RecordRefused
from yizhi.directory.sources import csv_source
from yizhi.knowledge.importers.batch import BatchImporter, BatchReport, RecordFailure


class DryRun(Exception):
    """Raised at the end of a dry run to roll its writes back."""


class DirectoryCsvImporter(BatchImporter):
    """Import rows of one CSV shape through `DirectoryWriter`."""

    required: ClassVar[tuple[str, ...]]

    @abstractmethod
    def parse(
        self, row: CsvRow, provenance: str
    ) -> HospitalRecord | DoctorRecord | str:
        """Return the record a row describes, or why it is refused."""

    @abstractmethod
    def save(
        self, writer: DirectoryWriter, record: HospitalRecord | DoctorRecord
    ) -> Outcome:
        """Store one record."""

    def run(self, *, dry_run: bool = False) -> BatchReport:
        started = time.perf_counter()
        report = BatchReport(importer=self.name, dry_run=dry_run)
        try:
            with transaction.atomic() if dry_run else nullcontext():
                writer = DirectoryWriter(csv_source())
                for path in csv_files(self.paths):
                    self._import_file(path, writer, report)
                if dry_run:
                    raise DryRun
        except DryRun:
            pass
        report.seconds = time.perf_counter() - started
        return report

    def _import_file(
        self, path: Path, writer: DirectoryWriter, report: BatchReport
    ) -> None:
        provenance = self.source or str(path)
        try:
            rows = tqdm(
                read_rows(path, required=self.required),
                desc=path.name,
                unit="行",
                disable=not self.progress,
            )
            for row in rows:
                self._import_row(row, path, provenance, writer, report)
        except CsvFileError as error:
            report.failures.append(RecordFailure(str(path), str(error)))

    def _import_row(
        self,
        row: CsvRow,
        path: Path,
        provenance: str,
        writer: DirectoryWriter,
        report: BatchReport,
    ) -> None:
        where = f"{path}:{row.line}"
        record = self.parse(row, provenance)
        if isinstance(record, str):
            report.failures.append(RecordFailure(where, record))
            return
        try:
            outcome = self.save(writer, record)
        except RecordRefused as error:
            report.failures.append(RecordFailure(where, str(error)))
            return
        setattr(report, outcome, getattr(report, outcome) + 1)
