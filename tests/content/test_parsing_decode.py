"""Page bytes become simplified text, whatever encoding or script they come in."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yizhi.content.parsing import ParseError, parse_page
from yizhi.content.parsing.decode import fold_width, read_text, to_simplified

TEXT = "头痛的原因有哪些？睡眠不足、精神紧张都会引起头痛。"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "gbk", "utf-16-bom"],
)
def test_encodings_are_detected(data: bytes) -> None:
    assert read_text(data) == TEXT


def test_declared_html_charset_is_used_first() -> None:
    html = '<meta charset="gb2312"><p>眼皮跳怎么办</p>'.encode("gb18030")
    assert "眼皮跳怎么办" in read_text(html)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("頭痛是什麼原因引起的", "头痛是什么原因引起的"),
        ("醫師建議多補充維生素", "医师建议多补充维生素"),
        ("头痛是什么原因", "头痛是什么原因"),  # simplified stays as it is
        ("乾隆年间的头痛医案", "乾隆年间的头痛医案"),  # one character is not 繁体
    ],
)
def test_traditional_becomes_simplified(raw: str, expected: str) -> None:
    assert to_simplified(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＣＴ检查", "CT检查"),
        ("１．睡眠不足", "1.睡眠不足"),
        ("头痛\u3000原因", "头痛 原因"),
        ("头痛：原因（一）", "头痛：原因（一）"),  # Chinese punctuation kept
        ("\u200b头痛", "头痛"),
    ],
)
def test_fold_width(raw: str, expected: str) -> None:
    assert fold_width(raw) == expected


@given(st.text())
def test_fold_width_is_idempotent(text: str) -> None:
    assert fold_width(fold_width(text)) == fold_width(text)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "文件是空的"),
        (b"  \n\t\n", "文件是空的"),
        ("", "文件是空的"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "不是文本文件"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "不是文本文件"),
        (bytes(range(256)) * 4, "不是文本文件"),
        ("头痛\x00\x01\x02\x03" * 50, "不是文本文件"),
        (b"\x80\xff" * 300 + "头痛".encode(), "无法识别文件编码"),
    ],
    ids=["empty", "blank", "empty-str", "png", "pdf", "bytes", "nul-str", "garbage"],
)
def test_bad_input_raises_a_clear_message(data: bytes | str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_page(data)


@pytest.mark.parametrize(
    "text",
    [
        "红烧肉的做法\n五花肉切块，冷水下锅焯水。\n1. 炒糖色。\n2. 小火慢炖一小时。",
        "<html><h1>手机电池发热的原因</h1><p>后台程序太多、充电时玩游戏、"
        "电池老化都会让手机发热，建议关闭不用的应用。</p></html>",
        "今天天气晴朗，适合出门散步。",
    ],
    ids=["recipe", "phone", "weather"],
)
def test_page_that_is_not_a_health_article_is_rejected(text: str) -> None:
    with pytest.raises(ParseError, match="不像健康科普页面"):
        parse_page(text)


@given(st.binary(max_size=300))
def test_any_bytes_parse_or_raise_parse_error(data: bytes) -> None:
    try:
        parse_page(data)
    except ParseError:
        pass


def test_big5_bytes_are_not_read_as_gb18030() -> None:
    text = "頭痛是什麼原因引起的？醫師說可能與睡眠不足、壓力過大有關。"
    assert read_text(text.encode("cp950")) == read_text(text.encode("utf-8"))
