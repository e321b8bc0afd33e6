"""Measure page ingestion: parse, link+audit, and import throughput in pages/s.

Run: .venv/bin/python bench/ingest.py [--copies 10] [--kb PATH]

The team's fixture pages are repeated `--copies` times, each copy made
distinct by a numbered line so the importer stores it instead of refusing a
duplicate. Import runs into a fresh SQLite database in a temporary directory
(never the project's var/): with the test knowledge base by default, or a copy
of a built database given with --kb (e.g. var/yizhi.sqlite3, the full CMeKG
knowledge base) for linking against real-sized tables. The second import
measures the re-import path, where every page is unchanged.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
FIXTURES = REPO_ROOT / "tests" / "fixtures"


def make_pages(folder: Path, copies: int) -> list[Path]:
    """Write `copies` numbered copies of each fixture page into `folder`.

    The fixtures that exist to be refused (a recipe, a 404 page, a link index)
    are left out: the bench times pages that get stored.
    """
    written = []
    for source in sorted((FIXTURES / "pages").iterdir()):
        if not parses(source.read_bytes()):
            continue
        text = decode(source.read_bytes())
        for number in range(copies):
            target = folder / f"{source.stem}_{number:03d}{source.suffix}"
            target.write_text(numbered(text, number), encoding="utf-8")
            written.append(target)
    return written


def parses(data: bytes) -> bool:
    from yizhi.content.parsing import ParseError, parse_page

    try:
        parse_page(data)
    except ParseError:
        return False
    return True


def decode(data: bytes) -> str:
    from yizhi.content.parsing.decode import read_text

    return read_text(data)


def numbered(text: str, number: int) -> str:
    """Make a copy distinct in what the parser reads: a numbered breadcrumb."""
    crumb = f"首页 > 副本{number} > 文章"
    if "<body" in text:
        head, _, rest = text.partition("<body")
        tag, _, body = rest.partition(">")
        return f"{head}<body{tag}><nav class='breadcrumb'>{crumb}</nav>{body}"
    return f"{crumb}\n{text}"


def setup_django(var_dir: Path, kb: Path | None) -> None:
    os.environ["YIZHI_VAR_DIR"] = str(var_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yizhi.settings")
    if kb is not None:
        shutil.copy(kb, var_dir / "yizhi.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    if kb is None:
        from yizhi.knowledge.build import build_knowledge_base

        build_knowledge_base(overlay_path=FIXTURES / "kb", with_cmekg=False)


def timed(label: str, count: int, run) -> object:
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(f"{label}: {count} pages in {seconds:.2f}s = {count / seconds:.0f} pages/s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--kb", type=Path, help="a built yizhi.sqlite3 to copy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        files = make_pages(folder, args.copies)
        setup_django(Path(tmp), args.kb)
        from yizhi.content.audit import audit_page
        from yizhi.content.importers.pages import PagesImporter
        from yizhi.content.linking import Linker, link_page
        from yizhi.content.parsing import parse_page

        blobs = [(path.name, path.read_bytes()) for path in files]
        parse_page(blobs[0][1])  # warm-up: OpenCC and regex compilation
        pages = timed(
            "parse", len(blobs), lambda: [parse_page(d, source=n) for n, d in blobs]
        )
        linker = Linker()
        timed(
            "parse+link+audit (no storing)",
            len(blobs),
            lambda: [
                audit_page(link_page(parse_page(d, source=n), linker=linker))
                for n, d in blobs
            ],
        )
        del pages
        for label in ("import (new)", "re-import (unchanged)"):
            report = timed(
                label,
                len(files),
                lambda: PagesImporter(paths=(folder,), source="bench").run(),
            )
            print(f"  {report.summary()}")
        kb = args.kb or "test knowledge base (tests/fixtures/kb)"
        print(f"pages: {len(files)} ({args.copies} copies), knowledge base: {kb}")


if __name__ == "__main__":
    main()
