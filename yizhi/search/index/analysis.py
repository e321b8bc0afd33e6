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
# Words that frame a question or pad it and name nothing. Looked up, they match
# every title that asks anything (什么) or every name with the character in it
# (治咳片 for the 治 of 「甲钴胺是治什么的」, 不明原因流产 for 原因), and the
# intent bonus then lifts those. The query's intent is read from its whole
# text, not from these terms.
QUESTION_WORDS = frozenset(
    {
        "什么", "怎么", "怎么办", "怎么回事", "怎样", "为什么", "如何", "哪些", "哪个",
        "哪里", "多少", "多久", "是不是", "能不能", "可不可以", "可以", "需要", "应该",
        "吗", "呢", "吧", "啊", "呀", "的", "了", "是", "得", "地", "着", "和", "与",
        "及", "或", "在", "有", "会", "要", "能", "吃", "治", "挂", "科", "用", "药",
        "做", "看", "一直", "总是", "老是", "有点", "非常", "特别", "很", "原因",
        "引起", "导致", "造成", "回事", "怎么样", "好不好",
        # units after a number: 38度 would match every 烧伤 page by its 度
        "度", "岁", "天", "次", "个", "斤", "周",
    }
)  # fmt: skip


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
    question words, bare numbers and the pieces of an everyday phrase with a
    不 or 没 in it.

    「停不下来」 and 「咽不下」 say how a complaint behaves; their piece 不下
    would match names such as 乳汁不下 and bring up herbs for nursing mothers
    for a hiccup question. The whole phrase stays a term, and a phrase the
    medical lexicon knows (睡不着) keeps its pieces. Bare numbers go too: the
    38 of 38度 matches any text with that number in it. A query of nothing
    else (「什么」, 「120」) keeps them: there is nothing else to look up.
    """
    dropped = set(QUESTION_WORDS)
    for word in segmenter().segment(normalise_query(text).lower()):
        if len(word) > 2 and _NEGATION.search(word) and not segmenter().knows(word):
            dropped.update(piece for piece in analyse(word) if piece != word)
    terms = analyse(text)
    kept = [term for term in terms if term not in dropped and not term.isdigit()]
    return kept or terms


def exact_form(name: str) -> str:
    """Return the form under which a whole name is stored and looked up."""
    return normalise_query(name).lower().replace(" ", "")


def pinyin_forms(name: str) -> tuple[str, str]:
    """Return the full pinyin and the initials of a name ("mianjijingluan", "mjjl")."""
    form = exact_form(name)
    return full_pinyin(form), pinyin_initials(form)
