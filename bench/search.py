"""Measure the search index: build rate, query latency, memory, against plain BM25.

Run: .venv/bin/python bench/search.py [--sizes 10000 100000] [--rounds 3]
Needs the real knowledge base (`make kb`). Indexes are built in a temporary
directory; the live index under var/ is not touched. The same queries run
through `rank_bm25.BM25Okapi` over jieba tokens of the same documents, so the
ratio is visible in one run. Target: p95 < 30 ms at 100k documents.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yizhi.settings")

import django  # noqa: E402

django.setup()

import psutil  # noqa: E402
from _search_corpus import QUERIES, generated_documents  # noqa: E402
from django.conf import settings  # noqa: E402

from yizhi.search.index.build import all_documents  # noqa: E402
from yizhi.search.index.documents import IndexDocument  # noqa: E402
from yizhi.search.index.store import rebuild  # noqa: E402
from yizhi.search.service import search  # noqa: E402

ENTITY_KINDS = ("disease", "symptom", "drug", "exam", "herb", "department")


def corpus(size: int) -> list[IndexDocument]:
    """Return `size` documents: knowledge-base entities, then generated Q&A."""
    documents = list(itertools.islice(all_documents(ENTITY_KINDS), size))
    documents += generated_documents(size - len(documents))
    return documents


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_queries(run, rounds: int) -> list[float]:
    """Return per-query milliseconds over `rounds` rounds (after one warm-up)."""
    for query in QUERIES:
        run(query)
    timings = []
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            run(query)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def bench_yizhi(documents: list[IndexDocument], directory: Path, rounds: int):
    path = directory / f"index-{len(documents)}"
    started = time.perf_counter()
    rebuild(documents, path=path)
    build = time.perf_counter() - started
    settings.SEARCH_INDEX_DIR = path
    timings = time_queries(lambda q: search(q, limit=10), rounds)
    return build, timings


def bench_baseline(documents: list[IndexDocument], rounds: int):
    import jieba
    from rank_bm25 import BM25Okapi

    started = time.perf_counter()
    tokens = [jieba.lcut(f"{d.title} {' '.join(d.names)} {d.body}") for d in documents]
    bm25 = BM25Okapi(tokens)
    build = time.perf_counter() - started

    def run(query: str) -> None:
        scores = bm25.get_scores(jieba.lcut(query))
        sorted(range(len(scores)), key=scores.__getitem__, reverse=True)[:10]

    return build, time_queries(run, rounds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="yizhi-bench-") as tmp:
        for size in args.sizes:
            documents = corpus(size)
            build, timings = bench_yizhi(documents, Path(tmp), args.rounds)
            memory = rss_mb()
            base_build, base_timings = bench_baseline(documents, args.rounds)
            rows.append(
                (len(documents), build, timings, memory, base_build, base_timings)
            )
            print(f"measured {len(documents)} documents", file=sys.stderr)
    print(
        f"{'docs':>7} {'build/s':>8} {'med ms':>7} {'p95 ms':>7} {'RSS MB':>7}"
        f" | {'bm25 build s':>12} {'bm25 med':>8} {'bm25 p95':>8} | {'p95 ratio':>9}"
    )
    for count, build, timings, memory, base_build, base_timings in rows:
        p95 = percentile(timings, 0.95)
        base_p95 = percentile(base_timings, 0.95)
        print(
            f"{count:>7} {count / build:>8.0f} {statistics.median(timings):>7.1f}"
            f" {p95:>7.1f} {memory:>7.0f} | {base_build:>12.1f}"
            f" {statistics.median(base_timings):>8.1f} {base_p95:>8.1f}"
            f" | {base_p95 / p95:>8.1f}x"
        )
    print(f"queries: {len(QUERIES)} x {args.rounds} rounds; target p95 < 30 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
