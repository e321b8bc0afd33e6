"""`yizhi import NAME [PATH]`: run one registered importer."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from yizhi.knowledge.importers.base import IMPORTERS, ImportFailed, get_importer


class Command(BaseCommand):
    help = "运行一个导入器，例如 yizhi import overlay 路径/。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help=f"导入器名称：{'、'.join(sorted(IMPORTERS))}")
        parser.add_argument("path", nargs="?", type=Path, help="数据文件或目录")
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
        path: Path | None,
        dry_run: bool,
        as_json: bool,
        **_,
    ) -> None:
        call_command("migrate", verbosity=0, interactive=False)
        options: dict[str, Any] = {"progress": not as_json}
        if path is not None:
            if not path.exists():
                raise CommandError(f"路径不存在：{path}")
            options["path"] = path
        try:
            report = get_importer(name, **options).run(dry_run=dry_run)
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        if as_json:
            sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False) + "\n")
            return
        verb = "检查" if dry_run else "导入"
        self.stdout.write(
            f"{verb}完成：{report.records} 条记录，{report.facts} 条事实，"
            f"拒收 {len(report.rejections)} 条，用时 {report.seconds:.1f} 秒"
        )
        for rejection in report.rejections[:20]:
            self.stdout.write(f"  拒收 {rejection.record}：{rejection.reason}")
