"""`yizhi parse FILE [--json]`: show what the page parser reads from a file."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from yizhi.content.parsing import ParseError, parse_page
from yizhi.content.parsing.report import format_page


class Command(BaseCommand):
    help = (
        "解析一个健康科普网页文件（HTML、Markdown 或纯文本），"
        "打印提取出的结构；不写入数据库。"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="网页文件路径；UTF-8 或 GB18030 编码，简体或繁体均可"
        )
        parser.add_argument("--json", action="store_true", help="以 JSON 输出完整结构")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"无法读取文件 {path}：{_reason(error)}") from error
        try:
            page = parse_page(data, source=str(path))
        except ParseError as error:
            raise CommandError(f"{path}：{error}") from error
        if options["json"]:
            self.stdout.write(json.dumps(page.to_json(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(format_page(page))


def _reason(error: OSError) -> str:
    """Say in Chinese why a file could not be read."""
    if isinstance(error, FileNotFoundError):
        return "文件不存在"
    if isinstance(error, IsADirectoryError):
        return "这是一个目录，请给出文件"
    if isinstance(error, PermissionError):
        return "没有读取权限"
    return error.strerror or str(error)
