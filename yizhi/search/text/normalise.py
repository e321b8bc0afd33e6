"""Bring typed text to the one form the lexicon, the index and the models use.

People type health questions in simplified or traditional characters, with
full-width letters from a Chinese input method, stray control characters pasted
from chat apps and any mix of Chinese and ASCII punctuation. Every step here is a
small `str -> str` function; `normalise_query` chains them.

`normalise_aligned` is the length-preserving subset used where character offsets
must still point into the original text (entity spans).
"""

import re
import unicodedata
from functools import lru_cache

# Full-width ASCII variants sit at a fixed offset from ASCII (U+FF01..U+FF5E).
_FULL_WIDTH_START = 0xFF01
_FULL_WIDTH_END = 0xFF5E
_FULL_WIDTH_OFFSET = 0xFEE0
_WIDTH_TABLE = {
    code: code - _FULL_WIDTH_OFFSET
    for code in range(_FULL_WIDTH_START, _FULL_WIDTH_END + 1)
}
_WIDTH_TABLE[0x3000] = 0x20  # ideographic space

# Chinese and typographic punctuation folded to one ASCII spelling each, so that
# 「头痛？」 and "头痛?" are the same query. Brackets of every shape become ().
_PUNCTUATION_TABLE = str.maketrans(
    {
        "。": ".",
        "．": ".",
        "、": ",",
        "，": ",",
        "；": ";",
        "：": ":",
        "？": "?",
        "！": "!",
        "“": '"',
        "”": '"',
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "‘": "'",
        "’": "'",
        "《": "(",
        "》": ")",
        "〈": "(",
        "〉": ")",
        "【": "(",
        "】": ")",
        "〔": "(",
        "〕": ")",
        "［": "(",
        "］": ")",
        "[": "(",
        "]": ")",
        "～": "~",
        "—": "-",
        "–": "-",
        "―": "-",
        "…": "...",
        "·": "·",
    }
)
_REPEATED_PUNCTUATION = re.compile(r"([?!.,;:~\-])\1+")
_ELLIPSIS = re.compile(r"\.{2,}")
_SPACES = re.compile(r"\s+")
# A space next to a CJK character carries no meaning in Chinese text; between two
# Latin words it does ("vitamin c").
_SPACE_BESIDE_CJK = re.compile(
    r"\s+(?=[\u3400-\u9fff\uf900-\ufaff])|(?<=[\u3400-\u9fff\uf900-\ufaff])\s+"
)
# Cc = control, Cf = format (zero-width joiners, BOM), Cs = lone surrogates,
# Co = private use, Cn = unassigned: none of them is something a person typed.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def fold_width(text: str) -> str:
    """Turn full-width letters, digits, signs and the ideographic space to ASCII.

    One character in, one character out, so offsets survive.
    """
    return text.translate(_WIDTH_TABLE)


@lru_cache(maxsize=1)
def _t2s_converter():
    """Build the OpenCC converter once, on first use (it reads its tables)."""
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified ones with OpenCC (t2s).

    OpenCC converts by phrase, so a few traditional words may change length; use
    `to_simplified_aligned` where offsets matter.
    """
    if not text or text.isascii():
        return text
    return _t2s_converter().convert(text)


def to_simplified_aligned(text: str) -> str:
    """Convert to simplified characters only if the length stays the same."""
    converted = to_simplified(text)
    return converted if len(converted) == len(text) else text


def strip_control(text: str) -> str:
    """Drop control, format, surrogate and unassigned characters; keep whitespace."""
    return "".join(
        " "
        if char.isspace()
        else char
        if unicodedata.category(char) not in _DROPPED_CATEGORIES
        else ""
        for char in text
    )


def strip_spaces(text: str) -> str:
    """Trim, collapse runs of whitespace and drop spaces next to CJK characters."""
    text = _SPACES.sub(" ", text).strip()
    return _SPACE_BESIDE_CJK.sub("", text)


def normalise_punctuation(text: str) -> str:
    """Fold Chinese punctuation to ASCII and collapse repeats (？？？ → ?)."""
    text = text.translate(_PUNCTUATION_TABLE)
    text = _ELLIPSIS.sub("...", text)
    return _REPEATED_PUNCTUATION.sub(
        lambda match: match.group(0) if match.group(1) == "." else match.group(1),
        text,
    )


def normalise_query(text: str) -> str:
    """Bring a typed query to the form the lexicon and the index store."""
    # Control characters go before the script conversion: a zero-width space
    # inside a traditional phrase would otherwise hide the phrase from OpenCC on
    # the first pass and not on the second, and normalising must be idempotent.
    for step in (
        fold_width,
        strip_control,
        to_simplified,
        normalise_punctuation,
        strip_spaces,
    ):
        text = step(text)
    return text


def normalise_aligned(text: str) -> str:
    """Normalise width and script without moving any character.

    Entity spans found in the result are valid offsets into `text`.
    """
    return to_simplified_aligned(fold_width(text))
