"""Open, search and change the tantivy index on disk.

A rebuild writes a new index beside the live one and swaps the directories, so
a reader never sees a half-built index. Readers notice a swap or a commit from
another process by the directory's inode and meta.json's mtime, checked on
each use (a stat call, microseconds).
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import tantivy

from yizhi.search.index.documents import IndexDocument
from yizhi.search.index.location import index_dir
from yizhi.search.index.schema import build_schema, to_tantivy

logger = logging.getLogger(__name__)

# Heap for a full rebuild (split between threads) and for a single update.
# tantivy needs at least 15 MB per thread.
REBUILD_HEAP = 256_000_000
REBUILD_THREADS = 2
UPDATE_HEAP = 32_000_000
META = "meta.json"


class IndexMissing(LookupError):
    """The index has not been built yet; the message says how to build it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"搜索索引还没有建立（{path}）。请先运行：yizhi search reindex"
        )
        self.path = path


class SearchIndex:
    """The index in one directory: a searcher that follows commits, and writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._index: tantivy.Index | None = None
        self._stamp: tuple[int, int] | None = None
        self._lock = threading.Lock()

    def exists(self) -> bool:
        return (self.path / META).exists()

    def index(self) -> tantivy.Index:
        """Return the open index, reopened or reloaded if it changed on disk."""
        stamp = self._disk_stamp()
        if self._index is not None and stamp == self._stamp:
            return self._index
        with self._lock:
            if self._index is None or stamp[0] != (self._stamp or (None,))[0]:
                self._index = tantivy.Index(build_schema(), path=str(self.path))
            else:
                self._index.reload()
            self._stamp = stamp
        return self._index

    def searcher(self) -> tantivy.Searcher:
        return self.index().searcher()

    def upsert(self, documents: Iterable[IndexDocument]) -> int:
        """Replace or add documents by key; return how many were written."""
        index = self.index()
        writer = index.writer(UPDATE_HEAP, 1)
        count = 0
        for document in documents:
            writer.delete_documents_by_term("key", document.key)
            writer.add_document(to_tantivy(document))
            count += 1
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        return count

    def delete(self, keys: Iterable[str]) -> int:
        """Remove documents by key; return how many keys were given."""
        index = self.index()
        writer = index.writer(UPDATE_HEAP, 1)
        count = 0
        for key in keys:
            writer.delete_documents_by_term("key", key)
            count += 1
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        return count

    def _disk_stamp(self) -> tuple[int, int]:
        try:
            directory = os.stat(self.path)
            meta = os.stat(self.path / META)
        except FileNotFoundError:
            raise IndexMissing(self.path) from None
        return directory.st_ino, meta.st_mtime_ns


def rebuild(
    documents: Iterable[IndexDocument],
    *,
    path: Path | None = None,
    on_document: Callable[[IndexDocument], None] | None = None,
) -> int:
    """Build a new index from `documents` and swap it in; return the count."""
    path = path or index_dir()
    building = path.with_name(path.name + ".building")
    retired = path.with_name(path.name + ".old")
    for leftover in (building, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    building.mkdir(parents=True)
    index = tantivy.Index(build_schema(), path=str(building))
    writer = index.writer(REBUILD_HEAP, REBUILD_THREADS)
    count = 0
    for document in documents:
        writer.add_document(to_tantivy(document))
        count += 1
        if on_document is not None:
            on_document(document)
    writer.commit()
    writer.wait_merging_threads()
    if path.exists():
        path.rename(retired)
    building.rename(path)
    shutil.rmtree(retired, ignore_errors=True)
    logger.info("search index rebuilt at %s with %d documents", path, count)
    return count


_open: dict[Path, SearchIndex] = {}
_open_lock = threading.Lock()


def live_index(path: Path | None = None) -> SearchIndex:
    """Return the shared handle on the index at `path` (default: settings)."""
    path = path or index_dir()
    with _open_lock:
        handle = _open.get(path)
        if handle is None:
            handle = _open[path] = SearchIndex(path)
    return handle
