"""`yizhi import NAME [PATH...]`: run one registered importer."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from yizhi.knowledge.importers.base import IMPORTERS, ImportFailed, get_importer
from yizhi.knowledge.importers.batch import BatchImporter, BatchReport
from yizhi.knowledge.importers.drafts import ImportReport


class Command(BaseCommand):
    help = "运行一个导入器，例如 yizhi import pages 文章目录/。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help=f"导入器名称：{'、'.join(sorted(IMPORTERS))}")
        parser.add_argument(
            "paths", nargs="*", type=Path, metavar="PATH", help="数据文件或目录"
        )
        parser.add_argument(
            "--source", help="来源说明（批量导入时记作出处；默认用文件路径）"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="只检查并报告，不写入数据库"
        )
        parser.add_argument(
            "--json", dest="as_json", action="store_true", help="以 JSON 输出报告"
        )

    def handle(
        self,
        *args: Any,
        name: str,
        paths: list[Path],
        source: str | None,
        dry_run: bool,
        as_json: bool,
        **_,
    ) -> None:
        if name not in IMPORTERS:
            known = "、".join(sorted(IMPORTERS))
            raise CommandError(f"没有名为 {name} 的导入器；可用的有：{known}")
        for path in paths:
            if not path.exists():
                raise CommandError(f"路径不存在：{path}")
        call_command("migrate", verbosity=0, interactive=False)
        try:
            report = self._run(name, paths, source, dry_run, progress=not as_json)
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        if as_json:
            sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False) + "\n")
        else:
            self._print(report)
        if isinstance(report, BatchReport) and report.failures:
            raise CommandError(
                f"{len(report.failures)} 个记录未能导入，其余已处理", returncode=1
            )

    def _run(
        self,
        name: str,
        paths: list[Path],
        source: str | None,
        dry_run: bool,
        *,
        progress: bool,
    ) -> ImportReport | BatchReport:
        cls = IMPORTERS[name]
        if issubclass(cls, BatchImporter):
            if cls.needs_paths and not paths:
                raise CommandError(f"{name} 需要至少一个文件或目录")
            importer = cls(paths=paths, source=source, progress=progress)
            return importer.run(dry_run=dry_run)
        if len(paths) > 1:
            raise CommandError(f"{name} 只接受一个路径")
        options: dict[str, Any] = {"progress": progress}
        if paths:
            options["path"] = paths[0]
        return get_importer(name, **options).run(dry_run=dry_run)

    def _print(self, report: ImportReport | BatchReport) -> None:
        if isinstance(report, BatchReport):
            self.stdout.write(report.summary())
            for failure in report.failures:
                self.stdout.write(f"  失败 {failure.record}：{failure.reason}")
            return
        verb = "检查" if report.dry_run else "导入"
        self.stdout.write(
            f"{verb}完成：{report.records} 条记录，{report.facts} 条事实，"
            f"拒收 {len(report.rejections)} 条，用时 {report.seconds:.1f} 秒"
        )
        for rejection in report.rejections[:20]:
            self.stdout.write(f"  拒收 {rejection.record}：{rejection.reason}")
