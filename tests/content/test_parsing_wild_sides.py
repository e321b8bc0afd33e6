"""The metadata and side blocks of pages in real portal layouts.

Companion to test_parsing_wild.py, on the same team-written pages: site names
from <title> suffixes, counts and dates in full-width or 繁体 forms, authors
spread over several elements or sharing a line with a date, disclaimers in
brackets or under the side blocks, related items, doctors, exams and Q&A.
"""

from __future__ import annotations

import json
from functools import cache

import pytest
from testsupport import FIXTURES

from yizhi.content.parsing import ParsedPage, parse_page

PAGES = FIXTURES / "pages"


@cache
def page(name: str) -> ParsedPage:
    return parse_page((PAGES / name).read_bytes(), source=name)


@pytest.mark.parametrize(
    ("name", "field", "value"),
    [
        ("handtremor_toc_h3.html", "site", "示例健康网"),  # <title> …_示例健康网
        ("bradycardia_inline_related.html", "site", "示例家庭医生在线"),  # …-site
        ("badbreath_hk_numberline.html", "site", "示例01健康"),
        ("handtremor_toc_h3.html", "views", 4518),  # 阅读：4,518
        ("pruritus_doctor_article.html", "views", 3562),  # 3562人已读
        ("yellowurine_fullwidth.txt", "views", 182),  # full-width digits
        ("appetite_name_paragraphs.txt", "views", 13000),
        ("coldhands_traditional_h3label.html", "views", 2306),
        ("bradycardia_inline_related.html", "breadcrumb", ("心血管内科",)),  # 正文
        ("periodlate_circled.txt", "source", "示例女性健康"),
        ("legcramp_tail_phrases.txt", "views", 34000),  # 阅读量：3.4w
        ("neckpain_field_labels.md", "views", 2600),  # 浏览 2.6k
        ("bellyache_answer_help.txt", "source", "示例健康医典"),  # 内容来源：
        ("itchyeyes_twtext.txt", "source", ""),  # （圖片來源：…） is a credit
        ("tinnitus_news_inline.txt", "source", "示例都市报"),
        ("snoring_old_table_gbk.html", "source", "示例晚报"),
    ],
)
def test_metadata(name: str, field: str, value: object) -> None:
    assert getattr(page(name).metadata, field) == value


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("yellowurine_fullwidth.txt", "2025-02-14"),  # ２０２５－０２－１４
        ("nightsweat_big5.html", "2023-11-16"),  # 2023/11/16
        ("coldhands_traditional_h3label.html", "2024-12-03"),  # 2024年12月3日
        ("periodlate_circled.txt", "2025-04-09"),
        ("snoring_old_table_gbk.html", "2012-06-05"),
        ("heelpain_xywy_analysis.html", "2024-10-08"),
    ],
)
def test_publish_date(name: str, published: str) -> None:
    date = page(name).metadata.published
    assert date is not None and date.isoformat() == published


@pytest.mark.parametrize(
    ("name", "author"),
    [
        # name, titles, hospital and department in four <span>s and a <p>
        (
            "heelpain_xywy_analysis.html",
            ("示例子", "主治医师", "示例县人民医院", "骨科"),
        ),
        # a card above the title: name and titles on separate lines
        (
            "pruritus_doctor_article.html",
            ("示例巳", "主任医师", "示例大学第一医院", "皮肤科"),
        ),
        # 「审核专家：… · 2025-07-07 · 阅读 8,231」
        (
            "weightloss_li_strong.html",
            ("示例未", "主任医师", "示例医科大学附属医院", "内分泌科"),
        ),
        ("nightsweat_big5.html", ("示例寅", "主治医师", "示例纪念医院", "新陈代谢科")),
        (
            "dysuria_ordinal.txt",
            ("示例丑", "副主任医师", "示例大学附属第二医院", "泌尿外科"),
        ),
        (
            "elbowpain_paren_bold.html",
            ("示例王五", "副主任医师", "示例市骨科医院", "运动医学科"),
        ),
        (
            "childcough_answer_inline.txt",
            ("示例赵六", "主治医师", "示例儿童医院", "儿科"),
        ),
        ("chestpain_causes_then_treatment.md", ("示例钱七", "主治医师", "", "")),
        # 本文医学审核：… 主任中医师 inside styled <span>s
        (
            "insomnia_wechat_sections.html",
            ("示例孙八", "主任中医师", "示例中医院", "针灸科"),
        ),
        (
            "legcramp_tail_phrases.txt",
            ("示例周九", "副主任中医师", "示例中医医院", "骨伤科"),
        ),
        (
            "handnumb_consult_guidance.txt",
            ("示例吴十", "主治医师", "示例市第二人民医院", "神经内科"),
        ),
        (
            "dyspnea_reviewed_article.txt",
            ("示例冯二", "主治医师", "示例医科大学附属医院", "呼吸科"),
        ),
        (
            "bellyache_answer_help.txt",
            ("示例郑一", "副主任医师", "示例大学附属医院", "消化内科"),
        ),
    ],
)
def test_author_doctor(name: str, author: tuple[str, str, str, str]) -> None:
    doctor = page(name).metadata.author
    assert doctor is not None
    assert (doctor.name, doctor.title, doctor.hospital, doctor.department) == author


def test_author_academic_title_and_grade() -> None:
    pruritus = page("pruritus_doctor_article.html").metadata.author
    assert pruritus is not None and pruritus.academic_title == "教授"
    elbow = page("elbowpain_paren_bold.html").metadata.author
    assert elbow is not None and elbow.grade == "三甲"


@pytest.mark.parametrize(
    ("name", "disclaimer"),
    [
        (
            "badbreath_hk_numberline.html",
            "本文只供参考，不能取代医生的专业意见。",
        ),  # 【】
        ("snoring_old_table_gbk.html", "本文仅供参考，不作为诊断依据"),  # （）
        ("dizzy_hk_grouped.html", "以上资料只供参考，如有疑问请向医生查询。"),
        (
            "coldhands_traditional_h3label.html",
            "本文仅供参考，不能取代专业医师的诊断与治疗。",
        ),
        # printed under the related questions, not as their summary
        (
            "heelpain_xywy_analysis.html",
            "免责声明：以上回答仅代表医生个人意见，仅供参考，不作为诊断及医疗依据。",
        ),
        ("stuffynose_answer.txt", "以上回答仅供参考，不能作为诊断和治疗的依据。"),
    ],
)
def test_disclaimer(name: str, disclaimer: str) -> None:
    assert page(name).disclaimer == disclaimer


@pytest.mark.parametrize(
    ("name", "related"),
    [
        (
            "handtremor_toc_h3.html",
            ["手抖是缺什么维生素", "年轻人手抖是怎么回事", "手抖是帕金森的前兆吗"],
        ),
        (
            "heelpain_xywy_analysis.html",
            ["脚后跟疼走路都困难怎么办", "足底筋膜炎能自愈吗"],
        ),
        (
            "coldhands_traditional_h3label.html",
            ["手脚发麻是中风前兆吗？", "贫血吃什么补最快？"],
        ),
        ("badbreath_hk_numberline.html", ["牙齿敏感怎么办？", "洗牙多久一次最好？"]),
        ("pruritus_doctor_article.html", ["湿疹反复发作怎么办", "荨麻疹要忌口吗"]),
        (
            "bradycardia_inline_related.html",
            ["心律不齐吃什么药", "心电图ST段压低是什么意思"],
        ),
        (
            "dryeyes_bold_bullets.md",
            ["眼睛干涩滴什么眼药水好", "长期看电脑眼睛疼怎么缓解"],
        ),
        (
            "vomiting_portal_dups.txt",
            ["吃完饭就吐是什么原因", "饭后恶心想吐怎么回事", "小孩吃完饭就吐怎么办"],
        ),
        ("dizzy_hk_grouped.html", ["耳鸣是什么原因？", "低血压有什么症状？"]),
        # bare questions under 相关问答, with no answers shown
        ("handnumb_consult_guidance.txt", ["手麻是脑梗的前兆吗", "颈椎病手麻怎么缓解"]),
    ],
)
def test_related_titles_deduplicated(name: str, related: list[str]) -> None:
    assert [item.title for item in page(name).related] == related


def test_related_summaries_and_the_duplicate_they_drop() -> None:
    vomiting = page("vomiting_portal_dups.txt")
    assert all(item.summary for item in vomiting.related)
    assert vomiting.duplicates == ("相关推荐：吃完饭就吐是什么原因？",)
    assert page("heelpain_xywy_analysis.html").related[-1].summary == ""


def test_side_doctors_and_exams() -> None:
    weightloss = page("weightloss_li_strong.html")
    assert [
        (d.name, d.title, d.hospital, d.department, d.specialty)
        for d in weightloss.doctors
    ] == [
        ("示例申", "副主任医师", "示例市人民医院", "内分泌科", "甲状腺疾病、糖尿病"),
        ("示例酉", "主治医师", "示例市中医院", "消化内科", "胃肠疾病"),
    ]
    assert [e.name for e in weightloss.exams] == ["甲状腺功能检查", "空腹血糖"]
    assert weightloss.exams[1].description.startswith("早晨空腹抽血")
    vomiting = page("vomiting_portal_dups.txt")
    assert [(d.name, d.academic_title) for d in vomiting.doctors] == [
        ("示例张三", ""),
        ("示例李四", "副教授"),
    ]


def test_qa_under_a_related_questions_header_in_html() -> None:
    qa = page("swelling_definition_list.html").qa
    assert [(q.question, q.doctor.name if q.doctor else "") for q in qa] == [
        ("脚肿是肾不好吗？", "示例戌"),
        ("孕妇脚肿怎么办？", "示例亥"),
    ]
    assert qa[0].answer.startswith("脚肿不一定是肾病")


def test_credits_and_reprint_notes_are_chrome() -> None:
    text = json.dumps(page("itchyeyes_twtext.txt").to_json(), ensure_ascii=False)
    assert "图片来源" not in text and "授权转载" not in text
    news = json.dumps(page("tinnitus_news_inline.txt").to_json(), ensure_ascii=False)
    assert "（记者" not in news


def test_link_lines_and_editor_credits_are_chrome() -> None:
    text = json.dumps(
        page("bradycardia_inline_related.html").to_json(), ensure_ascii=False
    )
    assert "相关阅读" not in text and "责任编辑" not in text
    cold = json.dumps(
        page("coldhands_traditional_h3label.html").to_json(), ensure_ascii=False
    )
    assert "延伸阅读" not in cold and "广告" not in cold


def test_treatment_lists_after_the_causes_become_advice() -> None:
    advice = page("chestpain_causes_then_treatment.md").advice
    assert any(line.startswith("1. 药物治疗") for line in advice)
    assert page("periodlate_circled.txt").advice[0] == "月经推迟怎么办？"
