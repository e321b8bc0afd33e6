"""HTML becomes blocks that keep headings, list items and table rows."""

from __future__ import annotations

from yizhi.content.parsing.blocks import (
    HEADING,
    ITEM,
    PARA,
    ROW,
    Block,
    explode_inline_lists,
    text_blocks,
)
from yizhi.content.parsing.markup import html_blocks, looks_like_html

HTML = """<html><head><title>头痛_示例网</title>
<meta name="description" content="头痛的常见原因"><script>var x = 1;</script></head>
<body><nav><a>首页</a></nav>
<h1>头痛的原因</h1>
<p>头痛多与
睡眠有关。</p>
<ol><li><strong>睡眠不足</strong>：熬夜。</li><li><p>精神紧张</p></li></ol>
<table><tr><th>原因</th><th>说明</th></tr><tr><td>受凉</td><td>吹风后</td></tr></table>
<div class="footer">版权</div>
</body></html>"""


def test_html_blocks_keep_structure() -> None:
    blocks, title, description = html_blocks(HTML)
    assert title == "头痛_示例网"
    assert description == "头痛的常见原因"
    kinds = [(b.kind, b.text) for b in blocks]
    assert kinds[:4] == [
        (HEADING, "头痛的原因"),
        (PARA, "头痛多与睡眠有关。"),  # a source line break inside Chinese text
        (ITEM, "**睡眠不足**：熬夜。"),
        (ITEM, "精神紧张"),  # <p> inside <li> stays an item
    ]
    rows = [b for b in blocks if b.kind == ROW]
    assert [r.cells for r in rows] == [("原因", "说明"), ("受凉", "吹风后")]
    assert rows[0].level == 1  # header row
    assert blocks[2].group == blocks[3].group != 0
    assert "footer" in blocks[-1].hints
    assert all("var x" not in b.text and "首页" not in b.text for b in blocks)


def test_looks_like_html() -> None:
    assert looks_like_html(HTML)
    assert not looks_like_html("头痛的原因\n1. 睡眠不足\n2. 精神紧张")
    assert not looks_like_html("血压<140/90 mmHg 为正常")


def test_text_blocks_read_markdown() -> None:
    text = (
        "# 标题\n\n- 甲\n- 乙\n\n| 原因 | 说明 |\n|---|---|\n| 受凉 | 吹风 |\n---\n正文"
    )
    blocks = text_blocks(text)
    assert [(b.kind, b.text) for b in blocks] == [
        (HEADING, "标题"),
        (ITEM, "甲"),
        (ITEM, "乙"),
        (ROW, "原因 | 说明"),
        (ROW, "受凉 | 吹风"),
        (PARA, "正文"),
    ]
    assert blocks[3].level == 1


def test_inline_numbered_list_is_exploded() -> None:
    (block,) = text_blocks("常见原因有：1.吃饭太快；2.受凉；3.情绪激动。")
    pieces = explode_inline_lists([block])
    assert [p.text for p in pieces] == [
        "常见原因有：",
        "1.吃饭太快；",
        "2.受凉；",
        "3.情绪激动。",
    ]
    assert [p.inline for p in pieces] == [False, True, True, True]


def test_decimals_and_single_markers_are_not_exploded() -> None:
    blocks = [Block("每次服用1.5克，1.遵医嘱。"), Block("①只有一项")]
    assert explode_inline_lists(blocks) == blocks


def test_layout_table_cells_become_paragraphs() -> None:
    """A cell holding <br>-separated lines is a page column, not a value."""
    html = (
        "<table><tr><td><a>首页</a></td><td><b>标题</b><br>第一段。<br>"
        "1、肥胖：颈部脂肪多。<br>2、鼻炎：鼻塞。</td></tr></table>"
    )
    blocks, _, _ = html_blocks(html)
    assert [(b.kind, b.text) for b in blocks] == [
        (PARA, "首页"),
        (PARA, "**标题**"),
        (PARA, "第一段。"),
        (PARA, "1、肥胖：颈部脂肪多。"),
        (PARA, "2、鼻炎：鼻塞。"),
    ]


def test_data_table_with_nested_layout_table_outside_stays_rows() -> None:
    html = (
        "<table><tr><td><p>正文。</p><p>第二段。</p>"
        "<table><tr><th>原因</th><th>说明</th></tr>"
        "<tr><td>受凉</td><td>吹风后</td></tr></table></td></tr></table>"
    )
    blocks, _, _ = html_blocks(html)
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        (PARA, "正文。"),
        (PARA, "第二段。"),
    ]
    assert [b.cells for b in blocks if b.kind == ROW] == [
        ("原因", "说明"),
        ("受凉", "吹风后"),
    ]


def test_definition_list_terms_are_items_and_definitions_paragraphs() -> None:
    blocks, _, _ = html_blocks(
        "<dl><dt>久坐</dt><dd>回流变慢。</dd><dt>静脉曲张</dt><dd>瓣膜不全。</dd></dl>"
    )
    assert [(b.kind, b.text) for b in blocks] == [
        (ITEM, "久坐"),
        (PARA, "回流变慢。"),
        (ITEM, "静脉曲张"),
        (PARA, "瓣膜不全。"),
    ]
    assert blocks[0].group == blocks[2].group != 0


def test_inline_bold_style_reads_as_bold() -> None:
    blocks, _, _ = html_blocks(
        '<p><span style="font-weight: bold;">一、结膜炎</span></p>'
        '<p><span style="font-weight:700">二、干眼症</span>泪液少。</p>'
        '<p><span style="font-weight:normal">三、普通</span></p>'
    )
    assert [b.text for b in blocks] == [
        "**一、结膜炎**",
        "**二、干眼症**泪液少。",
        "三、普通",
    ]
