"""`yizhi suggest PREFIX`: what the search box would offer."""

from __future__ import annotations

import json
from dataclasses import asdict

from django.core.management.base import BaseCommand

from yizhi.search.index.registry import kind_labels
from yizhi.search.index.store import live_index
from yizhi.search.service import suggest

MATCHED_BY = {
    "prefix": "名称",
    "pinyin": "拼音",
    "initials": "拼音首字母",
    "lay_term": "别名或俗称",
}


class Command(BaseCommand):
    help = "搜索框联想：按名称开头、拼音、拼音首字母（mjjl → 面肌痉挛）和俗称给出建议。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("prefix", metavar="PREFIX", help="已经输入的内容")
        parser.add_argument("--limit", type=int, default=10, help="条数（默认 10）")
        parser.add_argument("--json", action="store_true", help="输出 JSON")

    def handle(self, *args, prefix: str, **options) -> None:
        if not live_index().exists():
            self.stderr.write("搜索索引还没有建立。请先运行：yizhi search reindex")
        suggestions = suggest(prefix, limit=options["limit"])
        if options["json"]:
            rows = [asdict(suggestion) for suggestion in suggestions]
            self.stdout.write(json.dumps(rows, ensure_ascii=False))
            return
        labels = kind_labels()
        for suggestion in suggestions:
            self.stdout.write(
                f"{suggestion.text}\t{labels.get(suggestion.kind, suggestion.kind)}"
                f"\t{MATCHED_BY.get(suggestion.matched_by, suggestion.matched_by)}"
            )
