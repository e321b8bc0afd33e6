"""Rebuild the whole index from every provider."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from yizhi.search.index.documents import IndexDocument
from yizhi.search.index.registry import providers
from yizhi.search.index.store import rebuild


@dataclass(frozen=True, slots=True)
class ReindexReport:
    """How many documents of each kind went in, and how long it took."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def all_documents(kinds: Collection[str] = ()) -> Iterator[IndexDocument]:
    """Yield the documents of every registered provider (or only of `kinds`)."""
    for kind, provider in providers().items():
        if not kinds or kind in kinds:
            yield from provider.documents()


def expected_count(kinds: Collection[str] = ()) -> int:
    """Return about how many documents a rebuild writes (for a progress bar)."""
    return sum(
        provider.count()
        for kind, provider in providers().items()
        if not kinds or kind in kinds
    )


def reindex(*, path: Path | None = None, progress: bool = False) -> ReindexReport:
    """Rebuild the index from the database and swap it in."""
    from yizhi.search.index.analysis import segmenter

    started = time.perf_counter()
    segmenter().segment("预热")  # load the dictionary before the bar starts
    counts: Counter[str] = Counter()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=expected_count(), unit="篇", desc="建立搜索索引")

    def seen(document: IndexDocument) -> None:
        counts[document.kind] += 1
        if bar is not None:
            bar.update()

    try:
        rebuild(all_documents(), path=path, on_document=seen)
    finally:
        if bar is not None:
            bar.close()
    return ReindexReport(dict(counts), time.perf_counter() - started)
