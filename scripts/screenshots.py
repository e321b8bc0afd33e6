"""Take screenshots of the main pages at phone and desktop width.

    .venv/bin/python scripts/screenshots.py [--url http://127.0.0.1:8000]
        [--var-dir var] [--out var/screenshots]

Without --url it serves a private copy of the data folder (the knowledge base
`make kb` built, plus the search index when there is one) so the shots show the
real knowledge base without touching it. Pages that need a row (an article, a
doctor…) take the first one the JSON API lists; a page whose list is empty is
skipped and said so. A page that does not answer 200 is still shot (the
error page is worth seeing) but makes the run exit 1, so `make screenshots`
cannot pass over a broken page. Needs Debian's chromium and fonts-noto-cjk.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

import liveserver

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Phone: the CSS pixels of an iPhone 12–15; desktop: a common laptop screen.
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 800)}


def _entity(kind: str, name: str) -> str:
    return f"/{kind}/{urllib.parse.quote(name)}/"


# The fixed pages, by the name each screenshot file gets: the entities are
# named in the curated overlay, so they exist in every knowledge base `make kb` builds.
PAGES = {
    "home": "/",
    "search": "/search?q=" + urllib.parse.quote("全身神经跳动什么原因"),
    "disease": _entity("disease", "面肌痉挛"),
    "symptom": _entity("symptom", "肌束颤动"),
    "drug": _entity("drug", "甲钴胺片"),
    "exam": _entity("exam", "肌电图"),
    "department": "/department/" + urllib.parse.quote("神经内科") + "/",
    "departments": "/departments/",
    "doctors": "/doctors/",
    "hospitals": "/hospitals/",
    "questions": "/questions/",
    "about": "/about/",
}
# Pages of one row, found through the API list of that resource.
ROW_PAGES = {
    "article": "articles",
    "doctor": "doctors",
    "hospital": "hospitals",
    "question": "questions",
}


def first_row_url(base: str, resource: str) -> str | None:
    with urllib.request.urlopen(f"{base}/api/v1/{resource}?limit=1") as reply:  # noqa: S310
        items = json.load(reply)["items"]
    return items[0]["url"] or None if items else None


def page_paths(base: str) -> dict[str, str]:
    paths = dict(PAGES)
    for name, resource in ROW_PAGES.items():
        url = first_row_url(base, resource)
        if url is None:
            sys.stderr.write(f"跳过 {name}：数据库里没有{resource}\n")
        else:
            paths[name] = url
    return paths


def shoot(base: str, out: Path) -> list[str]:
    """Shoot every page at every width; return the pages that did not answer 200."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    failed = []
    paths = page_paths(base)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        for viewport, (width, height) in VIEWPORTS.items():
            context = browser.new_context(
                viewport={"width": width, "height": height},
                locale="zh-CN",
                is_mobile=viewport == "phone",
                device_scale_factor=2 if viewport == "phone" else 1,
            )
            page = context.new_page()
            for name, path in paths.items():
                response = page.goto(base + path, timeout=60_000)
                status = response.status if response else 0
                target = out / f"{name}-{viewport}.png"
                page.screenshot(path=str(target), full_page=True)
                if status != 200:
                    failed.append(f"{status} {path}")
                sys.stdout.write(f"{status} {target}\n")
            context.close()
        browser.close()
    return failed


def report(failed: list[str]) -> int:
    for line in dict.fromkeys(failed):
        sys.stderr.write(f"页面出错：{line}\n")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="已在运行的医知地址；不给则自行启动")
    parser.add_argument("--var-dir", type=Path, default=liveserver.REPO_ROOT / "var")
    parser.add_argument(
        "--out", type=Path, default=liveserver.REPO_ROOT / "var" / "screenshots"
    )
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        sys.stderr.write(f"没有 {CHROMIUM}：apt-get install chromium fonts-noto-cjk\n")
        return 1
    if args.url:
        return report(shoot(args.url.rstrip("/"), args.out))
    with tempfile.TemporaryDirectory(prefix="yizhi-shots-") as scratch:
        var_dir = liveserver.prepare_copy(args.var_dir, Path(scratch))
        with liveserver.serving(var_dir) as url:
            failed = shoot(url, args.out)
    return report(failed)


if __name__ == "__main__":
    sys.exit(main())
