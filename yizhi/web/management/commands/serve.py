"""`yizhi serve`: the portal on a real multi-threaded WSGI server."""

from __future__ import annotations

import logging
import threading
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from waitress import serve

from yizhi.knowledge.models import Entity
from yizhi.search.service import search
from yizhi.wsgi import application

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "启动医知门户网站（默认 http://127.0.0.1:8000）。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="监听地址")
        parser.add_argument("--port", type=int, default=8000, help="监听端口")
        parser.add_argument("--threads", type=int, default=8, help="工作线程数")

    def handle(self, *args: Any, host: str, port: int, threads: int, **_) -> None:
        if not 0 < port < 65536:
            raise CommandError(f"端口号应在 1–65535 之间，收到 {port}")
        call_command("migrate", verbosity=0, interactive=False)
        if not Entity.objects.exists():
            empty = "知识库为空：页面能打开但没有内容。请运行 yizhi kb build"
            self.stderr.write(self.style.WARNING(empty))
        # The first search loads the lexicon, segmenter and sentence encoder
        # (seconds); do it now so the first reader does not wait for it.
        threading.Thread(target=search, args=("头痛",), daemon=True).start()
        self.stdout.write(self.style.SUCCESS(f"医知已启动：http://{host}:{port}/"))
        try:
            serve(application, host=host, port=port, threads=threads, ident="yizhi")
        except OSError as error:
            raise CommandError(
                f"无法在 {host}:{port} 上启动：{error.strerror}"
            ) from error
