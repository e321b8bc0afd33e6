"""`yizhi import hospitals PATH...`: hospitals from CSV (see docs/directory.md)."""

from __future__ import annotations

from yizhi.directory.importers.csvfile import CsvRow
from yizhi.directory.importers.csvimport import DirectoryCsvImporter
from yizhi.directory.importers.records import (
    HOSPITAL_REQUIRED,
    HospitalRecord,
    hospital_record,
)
from yizhi.directory.importers.store import DirectoryWriter, Outcome
from yizhi.knowledge.importers.base import register_importer


@register_importer
class HospitalImporter(DirectoryCsvImporter):
    name = "hospitals"
    description = "从 CSV 导入医院（列见 docs/directory.md）"
    required = HOSPITAL_REQUIRED

    def parse(self, row: CsvRow, provenance: str) -> HospitalRecord | str:
        return hospital_record(row, provenance)

    def save(self, writer: DirectoryWriter, record: HospitalRecord) -> Outcome:
        return writer.save_hospital(record)
