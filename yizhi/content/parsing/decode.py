"""Turn the bytes of a saved page into simplified-Chinese text.

Pages come from portals of every age: UTF-8 with or without BOM, GBK/GB18030,
now and then UTF-16, and Taiwan or Hong Kong pages in 繁体. Everything after
this module sees one kind of text: simplified, with full-width letters and
digits folded, so the layout rules are written once.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

import opencc

from .errors import ParseError

EMPTY_MESSAGE = "文件是空的：没有可解析的内容。"
BINARY_MESSAGE = (
    "这不是文本文件（看起来是二进制数据），请提供网页的 HTML、Markdown 或纯文本。"
)
ENCODING_MESSAGE = (
    "无法识别文件编码：既不是 UTF-8，也不是 GB18030/GBK。请先转成 UTF-8。"
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# File signatures of the binary formats an editor is most likely to drop in by
# mistake: images, PDF, office documents (zip), executables, gzip.
_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x7fELF")
_MAGIC += (b"\x1f\x8b", b"BM", b"RIFF", b"\xd0\xcf\x11\xe0")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Share of undecodable bytes we still accept as "text with a few broken
# characters" (truncated saves cut a multi-byte character in half).
_MAX_BROKEN = 0.01

_WIDTH = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_WIDTH |= {code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)}  # Ａ-Ｚ
_WIDTH |= {code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)}  # ａ-ｚ
_WIDTH |= {ord(a): b for a, b in zip("．＃＊｜＞－＋", ".#*|>-+", strict=True)}
_WIDTH |= {ord(space): " " for space in "\u3000\u00a0\u2002\u2003\u2009"}
_WIDTH |= {ord(mark): None for mark in "\u200b\u200c\u200d\ufeff"}


def decode_bytes(data: bytes) -> str:
    """Return the text of `data`, or raise ParseError saying why there is none."""
    if not data.strip():
        raise ParseError(EMPTY_MESSAGE)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if data.startswith(_MAGIC) or b"\x00" in data[:8192]:
        raise ParseError(BINARY_MESSAGE)
    decoded = []
    for encoding in _candidate_encodings(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding in {"utf-8", _declared(data)}:
            return text
        decoded.append(text)
    if decoded:
        # Big5 bytes also decode as GB18030, into nonsense: keep the reading
        # that uses more of the commonest characters.
        return max(decoded, key=_common_share)
    return _decode_damaged(data)


def _declared(data: bytes) -> str:
    """Return the encoding a <meta charset> declares, normalised, or ""."""
    found = _CHARSET.search(data[:4096])
    declared = found.group(1).decode("ascii").lower() if found else ""
    if declared in {"gb2312", "gbk", "x-gbk", "cp936"}:
        return "gb18030"  # GB18030 is a superset; saved "GBK" pages often are.
    if declared in {"big5", "big5-hkscs"}:
        return "cp950"
    return declared


def _candidate_encodings(data: bytes) -> list[str]:
    """Return encodings to try strictly, a declared <meta charset> first."""
    candidates = (_declared(data), "utf-8", "gb18030", "cp950")
    return [enc for enc in dict.fromkeys(candidates) if enc]


# The commonest characters of Chinese text, in both scripts.
_COMMON = frozenset(
    "的是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對"
    "生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法"
    "学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心本前开開但因只从從"
    "病症医醫药藥痛治疗療"
)


def _common_share(text: str) -> float:
    cjk = _CJK.findall(text[:4000])
    return sum(char in _COMMON for char in cjk) / len(cjk) if cjk else 0.0


def _decode_damaged(data: bytes) -> str:
    """Decode text with a few broken bytes, choosing the encoding that breaks less."""
    best = min(
        (data.decode(enc, errors="replace") for enc in ("utf-8", "gb18030")),
        key=lambda text: text.count("\ufffd"),
    )
    if best.count("\ufffd") > max(2, len(best) * _MAX_BROKEN):
        raise ParseError(ENCODING_MESSAGE)
    return best


def check_text(text: str) -> str:
    """Reject text that is really binary data that happened to decode."""
    if not text.strip():
        raise ParseError(EMPTY_MESSAGE)
    sample = text[:8192]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) * 0.05:
        raise ParseError(BINARY_MESSAGE)
    return text


# Words OpenCC leaves in a traditional form that simplified text never uses:
# Hong Kong and Taiwan pages write 甚麼 where the mainland writes 什么.
_AFTER_CONVERSION = (("甚么", "什么"),)


@cache
def _t2s() -> opencc.OpenCC:
    """Build the converter once, on first use, not at import time.

    hk2s is t2s plus the Hong Kong variant forms (衞, 綫, 着): Hong Kong pages
    use them, and Taiwan and mainland text convert exactly as with t2s.
    """
    return opencc.OpenCC("hk2s")


def _convert(text: str) -> str:
    converted = _t2s().convert(text)
    for old, new in _AFTER_CONVERSION:
        converted = converted.replace(old, new)
    return converted


def to_simplified(text: str) -> str:
    """Return `text` in simplified characters when it is written in 繁体.

    Converting only when enough characters change keeps simplified pages
    byte-identical: t2s also rewrites a few characters that are valid in
    simplified text (names, 乾/干), and a simplified page must not be touched.
    """
    converted = _convert(text)
    if converted == text:
        return text
    if len(converted) != len(text):
        return converted
    changed = sum(1 for a, b in zip(text, converted, strict=True) if a != b)
    cjk = len(_CJK.findall(text))
    return converted if changed >= max(2, cjk * 0.005) else text


def fold_width(text: str) -> str:
    """Fold full-width digits, letters, markers and odd spaces to ASCII.

    Chinese punctuation (，：（）) stays as written; patterns accept both widths.
    """
    return text.translate(_WIDTH)


def read_text(data: bytes | str) -> str:
    """Return normalised simplified text for page bytes or an already decoded str."""
    text = data if isinstance(data, str) else decode_bytes(data)
    return fold_width(to_simplified(check_text(text)))
