"""`yizhi kb build|stats|show`: build and inspect the knowledge base."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from yizhi.knowledge.build import build_knowledge_base
from yizhi.knowledge.importers.base import ImportFailed
from yizhi.knowledge.lookup import resolve
from yizhi.knowledge.profile import load_profile
from yizhi.knowledge.stats import knowledge_stats, last_build


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


class Command(BaseCommand):
    help = "构建与查看医学知识库：build 构建，stats 统计，show 查看一个实体。"

    def add_arguments(self, parser: CommandParser) -> None:
        verbs = parser.add_subparsers(dest="verb", metavar="{build,stats,show}")
        verbs.required = True
        build = verbs.add_parser(
            "build",
            help="从 CMeKG 与编辑补充知识构建知识库（可重复运行，结果相同）",
        )
        build.add_argument(
            "--overlay", type=Path, help="补充知识目录（默认使用内置的 overlay）"
        )
        build.add_argument(
            "--no-cmekg",
            action="store_true",
            help="只导入科室树与补充知识，不导入 CMeKG（用于快速演示和测试）",
        )
        build.add_argument(
            "--json", dest="as_json", action="store_true", help="以 JSON 输出构建报告"
        )
        stats = verbs.add_parser("stats", help="实体、关系、别名与科室的统计")
        stats.add_argument(
            "--json", dest="as_json", action="store_true", help="以 JSON 输出"
        )
        show = verbs.add_parser("show", help="按名称、别名或俗称查看一个实体及其出处")
        show.add_argument(
            "names",
            nargs="+",
            metavar="NAME",
            help="名称，例如 面肌痉挛、贝尔面瘫、抽筋",
        )
        show.add_argument(
            "--json", dest="as_json", action="store_true", help="以 JSON 输出"
        )

    def handle(self, *args: Any, verb: str, **options: Any) -> None:
        call_command("migrate", verbosity=0, interactive=False)
        getattr(self, f"handle_{verb}")(**options)

    def handle_build(
        self, *, overlay: Path | None, no_cmekg: bool, as_json: bool, **_
    ) -> None:
        try:
            result = build_knowledge_base(
                overlay_path=overlay, with_cmekg=not no_cmekg, progress=not as_json
            )
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        if as_json:
            print_json({"seconds": round(result.run.seconds, 1), **result.run.counts})
            return
        for report in result.reports:
            self.stdout.write(
                f"{report.source}：{report.records} 条记录，"
                f"写入 {report.facts} 条事实、{report.aliases} 个别名，"
                f"拒收 {len(report.rejections)} 条"
            )
        entities = result.run.counts["stats"]["entities"]
        self.stdout.write(
            self.style.SUCCESS(
                f"知识库构建完成：{sum(entities.values())} 个实体，"
                f"用时 {result.run.seconds:.1f} 秒"
            )
        )

    def handle_stats(self, *, as_json: bool, **_) -> None:
        stats = {**knowledge_stats(), "last_build": last_build()}
        if as_json:
            print_json(stats)
            return
        for title, rows in (
            ("实体", stats["entities"]),
            ("关系", stats["relations"]),
            ("别名", stats["aliases"]),
        ):
            self.stdout.write(f"{title}：")
            for key, count in rows.items():
                self.stdout.write(f"  {key:<20} {count:>8}")
        departments = stats["departments"]
        self.stdout.write(
            f"科室：{departments['canonical']} 个标准科室，"
            f"来源写法 {departments['source_spellings']} 种，"
            f"未映射 {len(departments['unmapped'])} 种"
        )
        build = stats["last_build"]
        if build:
            self.stdout.write(
                f"上次构建：{build['started']}，用时 {build['seconds']} 秒"
            )
        else:
            self.stdout.write("尚未构建：请运行 yizhi kb build")

    def handle_show(self, *, names: list[str], as_json: bool, **_) -> None:
        missing = []
        for name in names:
            found = resolve(name)
            if found.entity is None:
                hint = f"；相近的名称：{'、'.join(found.close)}" if found.close else ""
                missing.append(f"知识库中没有「{name}」{hint}")
                continue
            data = {
                **load_profile(found.entity).as_dict(),
                "matched_by": found.matched_by,
                "also": [f"{e.name}（{e.get_kind_display()}）" for e in found.others],
            }
            if as_json:
                sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                self._print_entity(data)
        if missing:
            raise CommandError("\n".join(missing))

    def _print_entity(self, data: dict[str, Any]) -> None:
        self.stdout.write(
            f"{data['name']}（{data['kind_label']}，匹配：{data['matched_by']}）"
        )
        if data["department_path"]:
            self.stdout.write("就诊科室：" + " > ".join(data["department_path"]))
        for facts in data["facts"].values():
            label = facts[0]["label"]
            self.stdout.write(f"{label}：" + "、".join(f["text"] for f in facts[:12]))
        for source in data["provenance"]:
            records = "、".join(source["records"][:3])
            self.stdout.write(f"来源：{source['source']}（{records}）")
