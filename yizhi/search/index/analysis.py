"""Turn text into the tokens the index stores and the queries look up.

Index and query go through the same functions, so a word is cut the same way on
both sides. tantivy's own tokenizers do not know Chinese words; the text is
segmented here with the project's `Segmenter` (the medical lexicon as its user
dictionary) and handed to tantivy joined by spaces, for its whitespace tokenizer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from yizhi.search.text.normalise import normalise_query
from yizhi.search.text.pinyin import full_pinyin, pinyin_initials
from yizhi.search.text.segment import Segmenter

# Segmenting long bodies costs more than it helps ranking: the first few
# sentences of a page say what it is about.
MAX_BODY_CHARS = 400
_WORDLIKE = re.compile(r"[0-9a-z\u3400-\u9fff]")


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    """Return the segmenter shared by indexing and querying, built once.

    HMM discovery of unknown words is off: it doubles the cost and guesses
    differently on short queries than on long bodies.
    """
    from yizhi.search.understanding.lexicon import default_lexicon

    return Segmenter(default_lexicon().user_words(), hmm=False)


def analyse(text: str, *, limit: int | None = None) -> list[str]:
    """Return the index terms of `text`: words and their sub-words, lower case."""
    text = normalise_query(text[: limit * 2] if limit else text).lower()
    if limit:
        text = text[:limit]
    return [
        word for word in segmenter().segment_for_search(text) if _WORDLIKE.search(word)
    ]


def exact_form(name: str) -> str:
    """Return the form under which a whole name is stored and looked up."""
    return normalise_query(name).lower().replace(" ", "")


def pinyin_forms(name: str) -> tuple[str, str]:
    """Return the full pinyin and the initials of a name ("mianjijingluan", "mjjl")."""
    form = exact_form(name)
    return full_pinyin(form), pinyin_initials(form)
