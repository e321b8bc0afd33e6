"""Pinyin spellings of names, for suggestions and typo-tolerant lookups.

A person who cannot remember how to write 面肌痉挛 types `mianjijingluan` or just
the initials `mjjl`; the index stores both forms for every entity name.
"""

import re

from pypinyin import lazy_pinyin

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def pinyin_syllables(text: str) -> list[str]:
    """Return one lower-case toneless syllable per Chinese character.

    Runs of non-Chinese characters come back as one item each ("CT检查" gives
    ["ct", "jian", "cha"]); punctuation and spaces are dropped.
    """
    syllables = (
        _NOT_ALNUM.sub("", item.lower()) for item in lazy_pinyin(text, errors="default")
    )
    return [syllable for syllable in syllables if syllable]


def full_pinyin(text: str) -> str:
    """Return the pinyin of `text` as one string without spaces ("mianjijingluan")."""
    return "".join(pinyin_syllables(text))


def pinyin_initials(text: str) -> str:
    """Return the first letter of each syllable ("面肌痉挛" gives "mjjl").

    A run of Latin letters or digits keeps only its first character too, the way
    people abbreviate in a search box ("CT检查" gives "cjc").
    """
    return "".join(syllable[0] for syllable in pinyin_syllables(text))
