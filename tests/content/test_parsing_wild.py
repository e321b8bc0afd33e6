"""Pages in the layouts real portals use parse into the structure written here.

A second set of team-written pages (tests/fixtures/pages, listed below), each
in a shape the first set lacks: a table of contents, <dl> lists, old
table-layout pages in GBK, Big5 and Hong Kong 繁体, bold by inline style,
names that open a plain paragraph, doctors' answers, causes grouped under
生理性/病理性 headings, treatment lists in the same shape as the causes.
The parser is held to general rules: no page is special-cased.
"""

from __future__ import annotations

import json
from functools import cache

import pytest
from testsupport import FIXTURES

from yizhi.content.parsing import ParsedPage, ParseError, parse_page

PAGES = FIXTURES / "pages"


@cache
def page(name: str) -> ParsedPage:
    return parse_page((PAGES / name).read_bytes(), source=name)


CAUSES = {
    # a TOC of links above <h2> sections and <h3>1、… causes; treatment after
    "handtremor_toc_h3.html": [
        "生理性震颤",
        "特发性震颤",
        "甲状腺功能亢进",
        "帕金森病",
    ],
    # a text export whose TOC repeats its numbered section lines
    "lowfever_text_toc.txt": [
        "感冒恢复期",
        "结核感染",
        "甲状腺功能亢进",
        "风湿免疫病",
        "生理性低热",
    ],
    # a GBK page laid out in <table>s, causes <br>-separated in one cell
    "snoring_old_table_gbk.html": [
        "肥胖",
        "鼻部疾病",
        "扁桃体肥大",
        "饮酒和服用安眠药",
        "阻塞性睡眠呼吸暂停",
    ],
    # <dl>: each <dt> a cause, its <dd> the explanation
    "swelling_definition_list.html": [
        "久坐久站",
        "下肢静脉曲张",
        "心力衰竭",
        "肾病综合征",
        "药物副作用",
    ],
    # 一、… lines bold by <span style="font-weight: bold">
    "redeyes_span_bold.html": ["用眼过度", "结膜炎", "干眼症", "结膜下出血", "青光眼"],
}


@pytest.mark.parametrize(("name", "causes"), CAUSES.items(), ids=list(CAUSES))
def test_cause_list_of_each_layout(name: str, causes: list[str]) -> None:
    assert [cause.name for cause in page(name).causes] == causes


@pytest.mark.parametrize(
    ("name", "cause", "drugs"),
    [
        ("handtremor_toc_h3.html", "特发性震颤", ["盐酸普萘洛尔片", "扑米酮片"]),
        ("handtremor_toc_h3.html", "生理性震颤", []),
        ("snoring_old_table_gbk.html", "肥胖", []),
        ("swelling_definition_list.html", "心力衰竭", ["呋塞米片"]),
        ("swelling_definition_list.html", "药物副作用", ["苯磺酸氨氯地平片"]),
        ("redeyes_span_bold.html", "结膜炎", ["左氧氟沙星滴眼液"]),
    ],
)
def test_cause_drug_mentions(name: str, cause: str, drugs: list[str]) -> None:
    by_name = {c.name: c for c in page(name).causes}
    assert list(by_name[cause].drugs) == drugs


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("lowfever_text_toc.txt", "低烧是什么原因引起的"),  # not its 1.低烧的常见原因
        ("snoring_old_table_gbk.html", "打呼噜是什么原因"),  # <font><b> in a cell
        ("redeyes_span_bold.html", "眼睛红血丝是怎么回事"),  # <p class=title>
    ],
)
def test_title(name: str, title: str) -> None:
    assert page(name).title == title


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("handtremor_toc_h3.html", "手抖在医学上称为手部震颤"),  # after the TOC
        ("lowfever_text_toc.txt", "低烧一般指体温"),  # under its first section line
        ("snoring_old_table_gbk.html", "打呼噜是睡眠时"),
    ],
)
def test_summary_is_the_lead_paragraph(name: str, start: str) -> None:
    assert page(name).summary.startswith(start)


def test_definition_list_explanations_come_from_dd() -> None:
    cause = page("swelling_definition_list.html").causes[0]
    assert cause.explanation.startswith("长时间保持一个姿势")


def test_table_of_contents_never_becomes_causes_or_advice() -> None:
    text = json.dumps(page("handtremor_toc_h3.html").to_json(), ensure_ascii=False)
    assert "1. 手抖的原因" not in text


@pytest.mark.parametrize("name", list(CAUSES))
def test_every_page_serialises_to_json(name: str) -> None:
    data = page(name).to_json()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


@pytest.mark.parametrize("name", ["travel_not_health.html", "error_404.html"])
def test_pages_that_are_not_health_articles_are_refused(name: str) -> None:
    with pytest.raises(ParseError, match="不像健康科普页面"):
        parse_page((PAGES / name).read_bytes(), source=name)
