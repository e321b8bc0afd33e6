"""A real server and Debian's chromium for the browser journeys.

The server is `yizhi serve` (waitress) in its own process, on a fresh SQLite
database filled by site_data.py; the tests drive it through Playwright. Every
test here is skipped, with the reason, when chromium or Playwright is missing.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from testsupport import REPO_ROOT

CHROMIUM = Path("/usr/bin/chromium")
# Debian's chromium, not a Playwright download; the flags keep it from calling
# home or needing a GPU or a sandbox inside containers.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {"desktop": (1280, 800), "phone": (390, 844)}


def _liveserver():
    """Load scripts/liveserver.py, shared with the benchmark and screenshots."""
    path = REPO_ROOT / "scripts" / "liveserver.py"
    spec = importlib.util.spec_from_file_location("yizhi_liveserver", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pytest_collection_modifyitems(config, items) -> None:
    reason = ""
    if importlib.util.find_spec("playwright") is None:
        reason = "Playwright 未安装（pip install -e '.[dev]'）"
    elif not CHROMIUM.exists():
        reason = "没有 /usr/bin/chromium：apt-get install chromium fonts-noto-cjk"
    if not reason:
        return
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


@dataclass(frozen=True)
class Site:
    url: str
    ids: dict

    def __call__(self, path: str) -> str:
        return self.url + path


def _run(command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.fail(f"{' '.join(command[2:])} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def _warm_up(url: str) -> None:
    """Ask one search before the tests: the first loads the segmenter, the
    lexicon and the sentence encoder (several seconds), which would otherwise
    fall inside the first journey's timeouts."""
    # A question, not a name: a name redirects before the search engine runs.
    query = urllib.parse.quote("眼皮跳是什么原因")
    with urllib.request.urlopen(f"{url}/search?q={query}", timeout=120):  # noqa: S310
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Iterator[Site]:
    """Serve a freshly filled database and yield its address and row ids."""
    if not CHROMIUM.exists():
        pytest.skip("没有 /usr/bin/chromium")
    live = _liveserver()
    var_dir = tmp_path_factory.mktemp("browser-var")
    env = live.environment(var_dir)
    _run(live.yizhi("migrate", "--verbosity", "0"), env)
    out = _run([sys.executable, str(Path(__file__).with_name("site_data.py"))], env)
    ids = json.loads(out.strip().splitlines()[-1])
    log = var_dir / "serve.log"
    with contextlib.ExitStack() as stack:
        try:
            url = stack.enter_context(live.serving(var_dir, log=log))
        except RuntimeError as error:
            # The server's own traceback says why; without it the report only
            # shows that it exited.
            pytest.fail(f"{error}:\n{log.read_text(errors='replace')[-3000:]}")
        _warm_up(url)
        yield Site(url=url, ids=ids)
    shutil.rmtree(var_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module. Playwright's sync API keeps an asyncio
    loop running in this thread while it is open, and Django refuses database
    work under a running loop (SynchronousOnlyOperation): a session-wide
    browser would break every database test collected after tests/browser/."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture(params=sorted(VIEWPORTS))
def page(request, browser):
    """A fresh page at desktop and at phone size (390×844, as an iPhone 12–15)."""
    width, height = VIEWPORTS[request.param]
    context = browser.new_context(
        viewport={"width": width, "height": height},
        locale="zh-CN",
        is_mobile=request.param == "phone",
        has_touch=request.param == "phone",
    )
    opened = context.new_page()
    opened.set_default_timeout(10_000)
    yield opened
    context.close()
