"""Run `yizhi serve` on a private copy of a data folder, for scripts that need
a real server: the page benchmark, the screenshots and the browser tests.

`yizhi serve` migrates its database before serving; pointing it at a copy keeps
the knowledge base under var/ exactly as `make kb` left it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# Startup migrates and loads the WSGI app: a couple of seconds on SQLite; the
# first request may also warm the search index.
STARTUP_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def copy_var(source: Path, target: Path) -> Path:
    """Copy the database and search index of `source` into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("yizhi.sqlite3", "yizhi.sqlite3-wal", "yizhi.sqlite3-shm"):
        if (source / name).exists():
            shutil.copy2(source / name, target / name)
    for folder in ("search",):
        if (source / folder).is_dir():
            shutil.copytree(source / folder, target / folder, dirs_exist_ok=True)
    return target


def yizhi(*args: str) -> list[str]:
    """Return the command line running `yizhi ARGS` with this interpreter."""
    return [sys.executable, "-m", "yizhi", *args]


def environment(var_dir: Path) -> dict[str, str]:
    env = dict(os.environ, YIZHI_VAR_DIR=str(var_dir))
    env.setdefault("DJANGO_SETTINGS_MODULE", "yizhi.settings")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT), *filter(None, [env.get("PYTHONPATH")])]
    )
    return env


# Run in the copy after migrating: the demo rows `make serve` loads when the
# copy has none (so doctor and article pages have something to show), then the
# search index when the copy has none.
_FILL = """
import django
django.setup()
from django.core.management import call_command
from yizhi.content.models import Article
from yizhi.directory.models import Doctor
from yizhi.search.index.build import reindex
from yizhi.search.index.location import index_dir
if not Doctor.objects.exists():
    call_command("import", "demo-directory")
if not Article.objects.exists():
    call_command("import", "demo-articles")
if not index_dir().is_dir():
    reindex()
"""


def prepare_copy(source: Path, target: Path) -> Path:
    """Copy `source` into `target`, migrate the copy and fill what it lacks.

    Migrating here rather than in `yizhi serve` keeps the server's start fast
    and makes a failed migration an error of this step, with its output.
    """
    if not (source / "yizhi.sqlite3").exists():
        raise FileNotFoundError(f"{source / 'yizhi.sqlite3'} 不存在：请先运行 make kb")
    copy_var(source, target)
    env = environment(target)
    for step in (yizhi("migrate", "--verbosity", "0"), [sys.executable, "-c", _FILL]):
        subprocess.run(step, cwd=REPO_ROOT, env=env, check=True)  # noqa: S603
    return target


def wait_until_up(url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"yizhi serve exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/about/", timeout=5):  # noqa: S310
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"yizhi serve did not answer at {url} in {timeout:.0f}s")


@contextlib.contextmanager
def serving(
    var_dir: Path, *, threads: int = 8, log: Path | None = None
) -> Iterator[str]:
    """Serve the portal from `var_dir` on a free loopback port; yield its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = yizhi("serve", "--port", str(port), "--threads", str(threads))
    output = open(log, "wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(  # noqa: S603
        command,
        cwd=REPO_ROOT,
        env=environment(var_dir),
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(url, process, STARTUP_SECONDS)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        if log:
            output.close()
