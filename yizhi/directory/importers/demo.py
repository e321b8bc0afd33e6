"""`yizhi import demo-directory`: load the generated demo hospitals and doctors."""

from __future__ import annotations

import logging
import time
from collections import defaultdict

from django.db import transaction
from django.db.models import Count

from yizhi.directory.demo.generate import generate
from yizhi.directory.departments import DepartmentResolver
from yizhi.directory.importers.records import HospitalRecord
from yizhi.directory.importers.store import DirectoryWriter, RecordRefused
from yizhi.directory.models import Doctor, Hospital
from yizhi.directory.sources import demo_source
from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.departments import DepartmentTree
from yizhi.knowledge.importers.base import register_importer
from yizhi.knowledge.importers.batch import BatchImporter, BatchReport, RecordFailure
from yizhi.knowledge.importers.tree import sync_departments
from yizhi.knowledge.models import Department, Entity, Fact

logger = logging.getLogger(__name__)


def diseases_by_department() -> dict[str, list[str]]:
    """Return each department's diseases, those with the most facts first.

    Fact count stands in for how common a disease is: CMeKG and the overlay
    say much about 高血压 and little about a rare syndrome, and demo doctors
    should treat what readers look for. Ties go to the shorter, then the
    alphabetically first name, so the ranking is stable.
    """
    rows = Fact.objects.filter(
        predicate=Predicate.DEPARTMENT,
        department__isnull=False,
        subject__kind=EntityKind.DISEASE,
    ).values_list("department__name", "subject_id", "subject__name")
    members: dict[str, dict[int, str]] = defaultdict(dict)
    for department, pk, name in rows:
        members[department][pk] = name
    ids = {pk for found in members.values() for pk in found}
    sizes = dict(
        Entity.objects.filter(pk__in=ids)
        .annotate(n=Count("facts"))
        .values_list("pk", "n")
    )
    return {
        department: [
            name
            for _, name in sorted(
                found.items(),
                key=lambda item: (-sizes[item[0]], len(item[1]), item[1]),
            )
        ]
        for department, found in members.items()
    }


@register_importer
class DemoDirectoryImporter(BatchImporter):
    name = "demo-directory"
    description = "生成并导入示例医院和医生（标记为示例数据，可重复运行）"
    needs_paths = False

    def run(self, *, dry_run: bool = False) -> BatchReport:
        started = time.perf_counter()
        report = BatchReport(importer=self.name, dry_run=dry_run)
        tree = DepartmentTree.load()
        with transaction.atomic():
            if not Department.objects.exists():
                sync_departments(tree)
            self._write(tree, report)
            if dry_run:
                transaction.set_rollback(True)
        report.seconds = time.perf_counter() - started
        return report

    def _write(self, tree: DepartmentTree, report: BatchReport) -> None:
        directory = generate(tree, diseases_by_department())
        source = demo_source()
        writer = DirectoryWriter(source, departments=DepartmentResolver(tree))
        for record in (*directory.hospitals, *directory.doctors):
            try:
                if isinstance(record, HospitalRecord):
                    outcome = writer.save_hospital(record)
                else:
                    outcome = writer.save_doctor(record)
            except RecordRefused as error:
                report.failures.append(RecordFailure(record.record, str(error)))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
        # Rows an earlier version of the generator made and this one did not.
        records = [record.record for record in directory.doctors]
        stale = Doctor.objects.filter(source=source).exclude(record__in=records)
        hospitals = [record.record for record in directory.hospitals]
        gone = Hospital.objects.filter(source=source).exclude(record__in=hospitals)
        removed = stale.delete()[0] + gone.delete()[0]
        if removed:
            logger.info("removed %d demo rows the generator no longer makes", removed)
