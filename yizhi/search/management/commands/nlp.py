"""`yizhi nlp TASK`: answer JSON lines on stdin with one JSON line each on stdout."""

import sys

from django.core.management.base import BaseCommand

from yizhi.search.understanding.tasks import TASKS, answer_lines


class Command(BaseCommand):
    help = (
        "查询理解：从标准输入逐行读取 JSON，每行输出一行 JSON 结果，顺序不变。"
        "无法解析的行输出默认结果，并在标准错误中说明。"
        "任务：intent（查询意图）、entities（医学实体）、similar（问题是否同义）、"
        "rank（标题相关度）、department（建议科室）。"
    )
    # Tests pass a text stream instead of the process's standard input.
    stealth_options = ("stdin",)

    def add_arguments(self, parser) -> None:
        subparsers = parser.add_subparsers(
            dest="task", required=True, metavar="TASK", title="任务"
        )
        for task in TASKS.values():
            subparsers.add_parser(
                task.name,
                help=f"{task.help}；输入字段：{'、'.join(task.fields)}",
            )

    def handle(self, *args, task: str, **options) -> None:
        stdin = options.get("stdin") or sys.stdin
        for answer in answer_lines(TASKS[task], stdin):
            self.stdout.write(answer)
            self.stdout.flush()
