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
_NEGATION = re.compile(r"[不没]")


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


def query_terms(text: str) -> list[str]:
    """Return the terms a typed query looks up: its index terms, less the
    pieces of an everyday phrase with a 不 or 没 in it.

    「停不下来」 and 「咽不下」 say how a complaint behaves; their piece 不下
    would match names such as 乳汁不下 and bring up herbs for nursing mothers
    for a hiccup question. The whole phrase stays a term, and a phrase the
    medical lexicon knows (睡不着) keeps its pieces.
    """
    pieces: set[str] = set()
    for word in segmenter().segment(normalise_query(text).lower()):
        if len(word) > 2 and _NEGATION.search(word) and not segmenter().knows(word):
            pieces.update(analyse(word))
            pieces.discard(word)
    return [term for term in analyse(text) if term not in pieces]


def exact_form(name: str) -> str:
    """Return the form under which a whole name is stored and looked up."""
    return normalise_query(name).lower().replace(" ", "")


def pinyin_forms(name: str) -> tuple[str, str]:
    """Return the full pinyin and the initials of a name ("mianjijingluan", "mjjl")."""
    form = exact_form(name)
    return full_pinyin(form), pinyin_initials(form)
