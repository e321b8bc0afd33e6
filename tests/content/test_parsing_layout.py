"""Title, byline, body and side blocks are told apart on small inline pages."""

from __future__ import annotations

import pytest

from yizhi.content.parsing import parse_page


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "<html><head><title>偏头痛是什么原因_示例网</title></head><body>"
            "<h1>示例网</h1><h1>偏头痛是什么原因</h1>"
            "<p>偏头痛可能与遗传、激素变化有关，也可能由熬夜诱发。</p></body></html>",
            "偏头痛是什么原因",  # the logo <h1> loses to the article's
        ),
        (
            "<html><head><title>耳鸣的原因 - 示例网</title></head><body>"
            "<p>耳鸣可能与噪音、疲劳有关，也可能由中耳炎引起。</p></body></html>",
            "耳鸣的原因",  # no heading at all: the page <title>, site name cut
        ),
        (
            "首页 > 内科 > 咳嗽的原因\n示例甲 主治医师 三甲\n"
            "咳嗽可能是由于感冒、过敏等原因导致的，需要对症处理。",
            "咳嗽的原因",  # no title line: the last breadcrumb
        ),
        (
            "示例网官网\n查疾病 找医生 找医院\n问题：打喷嚏流鼻涕是感冒吗？\n"
            "打喷嚏流鼻涕可能由感冒、过敏性鼻炎引起，要看有无发热。",
            "打喷嚏流鼻涕是感冒吗？",
        ),
    ],
)
def test_title(page: str, title: str) -> None:
    assert parse_page(page).title == title


def test_short_markdown_page_with_links() -> None:
    page = parse_page(
        "# 失眠怎么回事\n\n失眠可能与压力大、作息乱有关。\n\n相关阅读\n\n"
        "- [早醒怎么办](https://example.org/a)\n- ![图](x.png)[多梦是什么原因](/b)\n"
    )
    assert [c.name for c in page.causes] == ["压力大", "作息乱"]
    assert [r.title for r in page.related] == ["早醒怎么办", "多梦是什么原因"]


def test_disclaimer_under_the_title_does_not_end_the_body() -> None:
    page = parse_page(
        "头晕的原因\n本文仅供参考，不能作为诊断依据。\n"
        "头晕可能与低血糖、贫血有关，也可能由颈椎病引起。\n"
        "1、低血糖：饥饿时出现心慌、出汗。\n2、贫血：面色苍白、乏力。\n"
    )
    assert page.disclaimer.startswith("本文仅供参考")
    assert [c.name for c in page.causes] == ["低血糖", "贫血"]


def test_byline_above_the_title_is_the_author() -> None:
    page = parse_page(
        "示例乙 副主任医师\n示例市中心医院 消化内科\n胃疼是怎么回事\n"
        "胃疼可能与饮食不规律有关，也可能由胃炎、胃溃疡引起。"
    )
    author = page.metadata.author
    assert author is not None
    assert (author.name, author.department) == ("示例乙", "消化内科")


def test_label_list_drops_an_introducing_item_and_a_closing_tip() -> None:
    page = parse_page(
        "小腿抽筋的原因\n小腿抽筋多与缺钙、受凉、疲劳有关。\n"
        "病因分析：小腿抽筋医学上叫腓肠肌痉挛。\n缺钙：血钙低时肌肉兴奋性增高。\n"
        "受凉：夜间腿部受冷容易抽筋。\n疲劳：运动过量后代谢产物堆积。\n"
        "温馨提示：睡前拉伸小腿可以预防。"
    )
    assert [c.name for c in page.causes] == ["缺钙", "受凉", "疲劳"]
    assert page.advice == ("温馨提示：睡前拉伸小腿可以预防。",)


def test_a_group_item_splits_into_the_diseases_it_lists() -> None:
    page = parse_page(
        "耳鸣是怎么回事\n"
        "耳鸣的原因主要有以下几种：\n"
        "1、长期噪音：常戴耳机听音乐。\n"
        "2、高血压、动脉硬化等心脑血管疾病：耳鸣与心跳同步。\n"
    )
    assert [c.name for c in page.causes] == ["长期噪音", "高血压", "动脉硬化"]
    assert page.causes[2].explanation == "耳鸣与心跳同步。"
