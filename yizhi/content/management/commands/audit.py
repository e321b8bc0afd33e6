"""`yizhi audit FILE...|--all [--json]`: list what editors must fix in articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from yizhi.content.parsing import ParseError
from yizhi.content.review import audit_files, stored_findings
from yizhi.content.review_table import format_findings


class Command(BaseCommand):
    help = (
        "审核科普文章：药品与病情不符、缺少免责声明、重复条目、未链接的病因。"
        "给出文件时只解析审核、不写入数据库；--all 列出已导入文章的审核结果。"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "files", nargs="*", type=Path, metavar="FILE", help="网页文件或目录"
        )
        parser.add_argument(
            "--all", action="store_true", help="列出数据库中所有已导入文章的审核结果"
        )
        parser.add_argument(
            "--json", dest="as_json", action="store_true", help="以 JSON 输出"
        )

    def handle(
        self, *args: Any, files: list[Path], all: bool, as_json: bool, **_: Any
    ) -> None:
        if bool(files) == all:
            raise CommandError("请给出要审核的文件，或用 --all 审核全部已导入文章")
        for path in files:
            if not path.exists():
                raise CommandError(f"路径不存在：{path}")
        try:
            findings = stored_findings() if all else audit_files(files)
        except ParseError as error:
            raise CommandError(str(error)) from error
        if as_json:
            payload = {"findings": findings}
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(format_findings(findings))
