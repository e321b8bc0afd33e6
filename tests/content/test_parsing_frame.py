"""What frames the article is read right: the trail without the site's own name,
the title without the site's suffix, a view count printed after the text, and
index pages of links turned away."""

from __future__ import annotations

from functools import cache

import pytest
from testsupport import FIXTURES

from yizhi.content.parsing import ParsedPage, ParseError, parse_page
from yizhi.content.parsing.blocks import Block
from yizhi.content.parsing.catalogue import CATALOGUE_MESSAGE, check_not_catalogue
from yizhi.content.parsing.chrome import (
    breadcrumb,
    title_without_site,
    trail_without_site,
)

PAGES = FIXTURES / "pages"


@cache
def page(name: str) -> ParsedPage:
    return parse_page((PAGES / name).read_bytes(), source=name)


@pytest.mark.parametrize(
    ("text", "crumbs"),
    [
        ("示例39健康网 > 症状库 > 头痛", ("症状库", "头痛")),
        ("首页 › 健康", ("健康",)),  # two entries after 首页 make a trail too
        ("Home > 内科 > 头痛", ("内科", "头痛")),
        ("示例大夫在线 › 神经内科", ("神经内科",)),
        ("www.example.com > 健康 > 头痛", ("健康", "头痛")),
        ("示例康 > 内科 > 神经内科", ("内科", "神经内科")),
        # one site name only: the section after it stays
        ("示例问医生网 > 在线问医生 > 内科", ("在线问医生", "内科")),
        ("示例健康网 > 首页 > 皮肤科", ("皮肤科",)),
        # sections and departments are never the site
        ("女性健康 > 妇科 > 月经不调", ("女性健康", "妇科", "月经不调")),
        ("找医生 > 神经内科 > 专家门诊", ("找医生", "神经内科", "专家门诊")),
        ("首页 > 疾病 > 内科", ("疾病", "内科")),
        ("儿童健康 > 小儿咳嗽", ()),  # two entries and no 首页: not a trail
    ],
)
def test_trail_starts_at_the_first_section(text: str, crumbs: tuple[str, ...]) -> None:
    assert trail_without_site(breadcrumb(Block(text))) == crumbs


def test_a_name_the_page_gives_as_its_source_is_dropped_from_the_trail() -> None:
    trail = ("示例康复", "骨科", "腰痛")
    assert trail_without_site(trail) == trail
    assert trail_without_site(trail, "", "示例康复") == ("骨科", "腰痛")
    assert trail_without_site(("示例", "内科"), "示例网") == ("内科",)
    # a shorter crumb inside the site's name is a section, not the site
    assert trail_without_site(("健康", "耳鼻喉"), "示例健康") == ("健康", "耳鼻喉")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("头痛是什么原因_示例健康网", "头痛是什么原因"),
        ("头痛是什么原因-示例健康", "头痛是什么原因"),
        ("头痛是什么原因|示例网", "头痛是什么原因"),
        ("打呼噜是什么原因 -- 示例健康频道", "打呼噜是什么原因"),
        ("手抖是什么原因引起的_手抖_示例健康网", "手抖是什么原因引起的"),
        ("口臭成因｜7大常见口臭原因 | 示例01健康", "口臭成因｜7大常见口臭原因"),
        ("乙肝-大三阳是什么意思", "乙肝-大三阳是什么意思"),  # a topic after the dash
        ("新冠-奥密克戎", "新冠-奥密克戎"),
        ("注射用β-干扰素", "注射用β-干扰素"),
        ("头痛怎么办 | 头痛的原因", "头痛怎么办 | 头痛的原因"),
    ],
)
def test_title_without_site(title: str, expected: str) -> None:
    assert title_without_site(title) == expected


@pytest.mark.parametrize(
    ("name", "title", "crumbs", "views"),
    [
        # 繁体 HTML: 首頁 › 健康 › 耳鼻喉, <h1> with 「| 示例健康」, a share bar
        # with 閱讀 2.3萬 after the article, related links with counts of their own
        (
            "sorethroat_hk_crumbs_viewbar.html",
            "喉咙痛是什么原因？",
            ("健康", "耳鼻喉"),
            23000,
        ),
        # text export: the site first in the trail, its name after the title,
        # 阅读 8,652 under the disclaimer
        ("earache_brand_crumb.txt", "耳朵疼是什么原因", ("症状库", "耳痛"), 8652),
        # a WeChat-style post whose 阅读 1.2w bar closes the page
        (
            "insomnia_wechat_sections.html",
            None,
            (),
            12000,
        ),
        # the site name in the trail is the one the 来源 line gives
        (
            "handpeel_last_item_advice.txt",
            "手脱皮是什么原因",
            ("皮肤科", "手脱皮"),
            16000,
        ),
        (
            "handnumb_consult_guidance.txt",
            None,
            ("在线问医生", "内科", "神经内科"),
            None,
        ),
        ("handtremor_toc_h3.html", None, ("症状库", "神经内科", "手抖"), 4518),
    ],
)
def test_frame_of_each_page(
    name: str, title: str | None, crumbs: tuple[str, ...], views: int | None
) -> None:
    parsed = page(name)
    if title is not None:
        assert parsed.title == title
    assert parsed.metadata.breadcrumb == crumbs
    assert parsed.metadata.views == views


def test_counts_beside_related_links_are_neither_the_pages_nor_the_titles() -> None:
    parsed = page("sorethroat_hk_crumbs_viewbar.html")
    assert [item.title for item in parsed.related] == [
        "喉咙有痰咳不出怎么办",
        "扁桃体发炎要吃抗生素吗",
    ]


def test_a_count_repeated_down_a_side_list_is_not_the_pages() -> None:
    text = "\n".join(
        [
            "口腔溃疡反复发作是什么原因",
            "口腔溃疡反复发作，多与熬夜、缺乏维生素、局部创伤有关。",
            "1、熬夜：睡眠不足时免疫力下降，溃疡容易反复。",
            "2、缺乏维生素：黏膜修复变慢，溃疡愈合时间延长。",
            "本文仅供参考，不能代替医生诊断。",
            "相关文章",
            "口腔溃疡吃什么好得快",
            "阅读 3.1万",
            "口腔溃疡是上火吗",
            "阅读 2.4万",
        ]
    )
    assert parse_page(text).metadata.views is None


@pytest.mark.parametrize(
    "name", ["neurology_disease_index.html", "digestive_symptom_index.txt"]
)
def test_index_pages_of_links_are_not_articles(name: str) -> None:
    with pytest.raises(ParseError, match="栏目或目录页"):
        parse_page((PAGES / name).read_bytes(), source=name)


def test_short_lists_with_text_around_them_are_not_indexes() -> None:
    links = [Block(name) for name in ("头晕", "耳鸣", "失眠", "乏力", "心慌")]
    prose = Block("头晕的原因很多，常见的有以下几种，下面逐一说明。")
    check_not_catalogue([prose, *links, prose])  # no error
    check_not_catalogue([prose, *links * 2])  # one intro line, ten links: a list
    with pytest.raises(ParseError) as raised:
        check_not_catalogue([prose, *links * 3])
    assert str(raised.value) == CATALOGUE_MESSAGE


def test_a_terse_list_under_a_question_title_is_still_an_article() -> None:
    names = ["感冒", "偏头痛", "高血压", "颈椎病", "熬夜", "鼻窦炎", "青光眼", "贫血"]
    lines = [f"- {name}" for name in names]
    parsed = parse_page("\n".join(["头痛的8个常见原因", *lines, "仅供参考"]))
    assert [cause.name for cause in parsed.causes] == names
