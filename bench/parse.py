"""Measure page-parser throughput: pages per second over our fixtures and the seeds.

Run: .venv/bin/python bench/parse.py [--rounds N]
The seed pages are read from ../shared/seeds beside the repository when present.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from yizhi.content.parsing import ParseError, parse_page  # noqa: E402

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "pages"
SEEDS = REPO_ROOT.parent / "shared" / "seeds"


def load_pages() -> list[tuple[str, bytes]]:
    """Return (name, bytes) for every fixture page and every seed page found."""
    paths = sorted(FIXTURES.iterdir())
    if SEEDS.is_dir():
        paths += sorted(SEEDS.glob("*.txt"))
    return [(path.name, path.read_bytes()) for path in paths if path.is_file()]


def parse_all(pages: list[tuple[str, bytes]]) -> int:
    """Parse every page once; return how many were rejected with ParseError."""
    rejected = 0
    for name, data in pages:
        try:
            parse_page(data, source=name)
        except ParseError:
            rejected += 1
    return rejected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    pages = load_pages()
    size = sum(len(data) for _, data in pages)
    rejected = parse_all(pages)  # warm-up: OpenCC and regex compilation
    timings = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        parse_all(pages)
        timings.append(time.perf_counter() - start)
    best, median = min(timings), statistics.median(timings)
    print(
        f"pages: {len(pages)} ({size / 1024:.0f} KiB, {rejected} rejected as bad input)"
    )
    print(f"rounds: {args.rounds}, one process")
    per_page = median / len(pages) * 1000
    print(f"median: {len(pages) / median:.0f} pages/s ({per_page:.2f} ms/page)")
    print(f"best:   {len(pages) / best:.0f} pages/s")
    slowest = []
    for name, data in pages:
        start = time.perf_counter()
        for _ in range(5):
            try:
                parse_page(data, source=name)
            except ParseError:
                pass
        slowest.append(((time.perf_counter() - start) / 5 * 1000, name))
    for ms, name in sorted(slowest, reverse=True)[:3]:
        print(f"slowest: {name} {ms:.2f} ms")


if __name__ == "__main__":
    main()
