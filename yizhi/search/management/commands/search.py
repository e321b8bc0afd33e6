"""`yizhi search QUERY` and `yizhi search reindex`."""

from __future__ import annotations

import json
from dataclasses import asdict

from django.core.management.base import BaseCommand, CommandError

from yizhi.search.index.build import reindex
from yizhi.search.index.registry import kind_labels
from yizhi.search.index.store import live_index
from yizhi.search.results import SearchResponse
from yizhi.search.service import search

REINDEX = "reindex"


class Command(BaseCommand):
    help = (
        "搜索全站内容（疾病、症状、药品、检查、科室、文章、问答、医生、医院），"
        "列出结果和每条结果的匹配原因。"
        f"`yizhi search {REINDEX}` 从数据库重建搜索索引。"
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "query", nargs="+", metavar="QUERY", help="搜索内容；或 reindex"
        )
        parser.add_argument(
            "--type",
            dest="kinds",
            action="append",
            default=[],
            metavar="KIND",
            help="只看某类结果，可重复：disease symptom drug exam herb department "
            "article question doctor hospital",
        )
        parser.add_argument("--department", default=None, help="只看某科室的结果")
        parser.add_argument("--limit", type=int, default=10, help="结果条数（默认 10）")
        parser.add_argument("--json", action="store_true", help="输出 JSON")

    def handle(self, *args, query: list[str], **options) -> None:
        if query == [REINDEX]:
            self._reindex(options)
            return
        response = search(
            " ".join(query),
            kinds=options["kinds"],
            department=options["department"],
            limit=options["limit"],
        )
        if options["json"]:
            self.stdout.write(json.dumps(asdict(response), ensure_ascii=False))
        elif response.error:
            raise CommandError(response.error)
        else:
            self.stdout.write(render(response))

    def _reindex(self, options) -> None:
        report = reindex(progress=options["verbosity"] > 0)
        counts = "，".join(
            f"{kind_labels().get(kind, kind)} {count}"
            for kind, count in report.counts.items()
        )
        self.stdout.write(
            f"已重建搜索索引（{live_index().path}）：共 {report.total} 条"
            f"（{counts}），用时 {report.seconds:.1f} 秒"
        )


def render(response: SearchResponse) -> str:
    """Return the response as a readable table: one hit a line, reasons after."""
    labels = kind_labels()
    lines = []
    understanding = response.understanding
    if understanding is not None:
        named = [e.name for e in understanding.entities if not e.relation]
        related = [e.name for e in understanding.entities if e.relation]
        lines.append(f"意图：{understanding.intent}")
        if named:
            lines.append(f"识别到：{'、'.join(named)}")
        if related:
            lines.append(f"可能原因：{'、'.join(related)}")
        if understanding.departments:
            lines.append(f"建议科室：{'、'.join(understanding.departments)}")
    lines.append(f"共 {response.total} 条匹配，用时 {response.took_ms:.1f} 毫秒")
    if not response.hits:
        lines.append("没有找到结果。")
    for rank, hit in enumerate(response.hits, 1):
        demo = "（示例）" if hit.is_demo else ""
        lines.append(
            f"{rank:>2}. [{labels.get(hit.kind, hit.kind)}] {hit.title}{demo}"
            f"  {hit.score:.2f}  {hit.url}"
        )
        lines.append(f"    原因：{'；'.join(hit.reasons)}")
    return "\n".join(lines)
