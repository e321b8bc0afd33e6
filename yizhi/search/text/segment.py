"""Word segmentation with a medical user dictionary.

jieba's module-level functions share one global dictionary; a word added there by
one caller changes the segmentation of every other. Each `Segmenter` owns its own
`jieba.Tokenizer`, fed only with the words it was given, and builds it on first
use because loading the base dictionary takes about a second.
"""

import logging
import threading
from collections.abc import Iterable

logger = logging.getLogger(__name__)

# jieba's frequency for a user word when the caller gives none: high enough that
# a multi-character medical term wins over splitting it into common words.
DEFAULT_WORD_FREQUENCY = 2000


class Segmenter:
    """Split Chinese text into words, keeping the given domain words whole."""

    def __init__(
        self,
        words: Iterable[str] | dict[str, int] = (),
        *,
        hmm: bool = True,
    ) -> None:
        if isinstance(words, dict):
            self._words = dict(words)
        else:
            self._words = dict.fromkeys(words, DEFAULT_WORD_FREQUENCY)
        self._hmm = hmm
        self._tokenizer = None
        self._lock = threading.Lock()

    def _build(self):
        """Create the tokenizer and add every user word (once, thread-safe)."""
        with self._lock:
            if self._tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                tokenizer.initialize()
                for word, frequency in self._words.items():
                    if word.strip():
                        tokenizer.add_word(word, freq=frequency)
                logger.debug("segmenter built with %d user words", len(self._words))
                self._tokenizer = tokenizer
        return self._tokenizer

    def knows(self, word: str) -> bool:
        """Say whether `word` is one of the domain words this segmenter was given."""
        return word in self._words

    def segment(self, text: str) -> list[str]:
        """Return the words of `text`, whitespace dropped."""
        if not text:
            return []
        tokenizer = self._tokenizer or self._build()
        return [word for word in tokenizer.lcut(text, HMM=self._hmm) if word.strip()]

    def segment_for_search(self, text: str) -> list[str]:
        """Return words plus their shorter sub-words, the form an index stores."""
        if not text:
            return []
        tokenizer = self._tokenizer or self._build()
        return [
            word
            for word in tokenizer.lcut_for_search(text, HMM=self._hmm)
            if word.strip()
        ]
