"""`yizhi import doctors PATH...`: doctors from CSV, after their hospitals."""

from __future__ import annotations

from yizhi.directory.importers.csvfile import CsvRow
from yizhi.directory.importers.csvimport import DirectoryCsvImporter
from yizhi.directory.importers.records import (
    DOCTOR_REQUIRED,
    DoctorRecord,
    doctor_record,
)
from yizhi.directory.importers.store import DirectoryWriter, Outcome
from yizhi.knowledge.importers.base import register_importer


@register_importer
class DoctorImporter(DirectoryCsvImporter):
    name = "doctors"
    description = "从 CSV 导入医生（医院需先导入；列见 docs/directory.md）"
    required = DOCTOR_REQUIRED

    def parse(self, row: CsvRow, provenance: str) -> DoctorRecord | str:
        return doctor_record(row, provenance)

    def save(self, writer: DirectoryWriter, record: DoctorRecord) -> Outcome:
        return writer.save_doctor(record)
