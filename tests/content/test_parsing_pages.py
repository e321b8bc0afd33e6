"""Our own test pages, in many layouts, parse into the structure written here.

Each page in tests/fixtures/pages is written by the team on a different topic
and in a different shape (plain text, Markdown, HTML lists and tables, 繁体,
GB18030, prose-only causes, side blocks in several orders), so the parser is
held to rules about structure rather than to the wording of any one site.
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
    path = PAGES / name
    return parse_page(path.read_bytes(), source=name)


CAUSES = {
    "headache_headings.txt": ["睡眠不足", "精神紧张", "偏头痛", "紧张型头痛", "高血压"],
    "diarrhea_markdown.md": [
        "饮食不洁",
        "腹部受凉",
        "乳糖不耐受",
        "急性胃肠炎",
        "肠易激综合征",
    ],
    "insomnia_list.html": [
        "作息不规律",
        "睡前使用手机",
        "焦虑情绪",
        "抑郁症",
        "甲状腺功能亢进",
    ],
    "eyelid_traditional.txt": [
        "用眼过度",
        "睡眠不足",
        "咖啡因摄取过多",
        "干眼症",
        "面肌痉挛",
    ],
    "cough_gb18030.txt": ["感冒后咳嗽", "过敏性咳嗽", "胃食管反流", "长期吸烟"],
    "dizziness_prose.txt": [
        "睡眠不足",
        "长时间低头",
        "低血糖",
        "贫血",
        "颈椎病",
        "耳石症",
        "高血压",
    ],
    "stomachache_table.md": ["饮食不规律", "急性胃炎", "胃溃疡", "功能性消化不良"],
    "backpain_table.html": ["腰肌劳损", "腰椎间盘突出", "泌尿系结石"],
    "tinnitus_bold.md": ["长期接触噪音", "过度疲劳", "中耳炎", "突发性耳聋"],
    "toothache_corner.txt": ["龋齿", "牙髓炎", "智齿冠周炎", "牙周炎"],
    "palpitation_labels.txt": ["情绪紧张", "饮用浓茶咖啡", "心律失常", "贫血"],
    "rash_inline_qa.txt": ["食物过敏", "药物过敏", "接触花粉、尘螨", "冷热刺激"],
    "nosebleed_sides_first.html": [
        "鼻腔干燥",
        "挖鼻或外伤",
        "高血压",
        "血液系统疾病",
    ],
    "fatigue_nested.md": [
        "睡眠不足",
        "饮食不均衡",
        "缺乏运动",
        "贫血",
        "甲状腺功能减退",
        "糖尿病",
    ],
    "hiccup_answer.txt": ["吃饭太快", "喝碳酸饮料", "胃部受凉", "情绪激动"],
    "legcramp_byline.txt": [
        "受凉",
        "疲劳",
        "缺钙",
        "腰椎间盘突出症",
        "下肢动脉硬化闭塞症",
    ],
    "constipation_gbk.html": [
        "膳食纤维摄入太少",
        "喝水不足",
        "长期久坐",
        "肠易激综合征",
    ],
    "heartburn_bom.txt": [
        "吃得太饱或太油腻",
        "饭后马上躺下",
        "肥胖",
        "胃食管反流病",
    ],
    "mouth_ulcer_traditional.html": [
        "熬夜与压力",
        "口腔局部损伤",
        "维生素缺乏",
        "白塞氏病",
    ],
    "hairloss_brackets.html": ["遗传因素", "精神压力", "营养不良", "产后脱发"],
    "handnumb_yishi.txt": [
        "颈椎病",
        "腕管综合征",
        "糖尿病周围神经病变",
        "维生素B12缺乏",
    ],
    "chest_consult.txt": ["焦虑状态", "心肌缺血", "贫血"],
    "kneepain_plain_h2.html": ["骨关节炎", "半月板损伤", "髌骨软化症", "痛风性关节炎"],
    "frequent_urination_traditional.html": [
        "喝水或咖啡因饮料过多",
        "膀胱过动症",
        "泌尿道感染",
        "糖尿病",
    ],
    "headache_video_byline.txt": [
        "休息不好",
        "情绪波动",
        "偏头痛",
        "紧张性头痛",
        "颈椎病",
    ],
    "bloating_consult.txt": ["功能性消化不良", "慢性胃炎", "饮食不规律"],
    "sorethroat_bullets.md": [
        "用嗓过度",
        "空气干燥",
        "急性咽炎",
        "扁桃体炎",
        "反流性咽喉炎",
    ],
    "gumbleeding_plain_headings.txt": ["牙龈炎", "牙周炎", "维生素C缺乏", "血液病"],
    "drymouth_heavy_chrome.html": ["饮水不足", "张口呼吸", "糖尿病", "干燥综合征"],
    # 常见原因/少见原因 groups under 一、病因; the 症状 and 治疗 lists are not causes
    "abdominalpain_sections.md": ["急性胃肠炎", "胆囊炎", "阑尾炎", "肠梗阻"],
}


@pytest.mark.parametrize(("name", "causes"), CAUSES.items(), ids=list(CAUSES))
def test_cause_list_of_each_layout(name: str, causes: list[str]) -> None:
    assert [cause.name for cause in page(name).causes] == causes


def test_at_least_fifteen_health_pages_in_many_formats() -> None:
    suffixes = {path.suffix for path in PAGES.iterdir()}
    assert len(CAUSES) >= 15
    assert {".txt", ".md", ".html"} <= suffixes


@pytest.mark.parametrize(
    ("name", "cause", "drugs"),
    [
        ("headache_headings.txt", "偏头痛", ["布洛芬缓释胶囊", "对乙酰氨基酚片"]),
        ("headache_headings.txt", "高血压", ["苯磺酸氨氯地平片", "缬沙坦胶囊"]),
        ("headache_headings.txt", "睡眠不足", []),
        ("diarrhea_markdown.md", "饮食不洁", ["口服补液盐"]),
        ("diarrhea_markdown.md", "急性胃肠炎", ["蒙脱石散", "双歧杆菌三联活菌胶囊"]),
        ("diarrhea_markdown.md", "肠易激综合征", ["匹维溴铵片"]),
        ("insomnia_list.html", "睡前使用手机", []),  # 褪黑素分泌 is not a drug
        ("insomnia_list.html", "甲状腺功能亢进", ["甲巯咪唑片"]),
        ("eyelid_traditional.txt", "干眼症", ["玻璃酸钠滴眼液"]),
        ("cough_gb18030.txt", "过敏性咳嗽", ["孟鲁司特钠片", "氯雷他定片"]),
        ("stomachache_table.md", "饮食不规律", []),
        ("stomachache_table.md", "胃溃疡", ["奥美拉唑肠溶胶囊", "枸橼酸铋钾胶囊"]),
        ("backpain_table.html", "腰椎间盘突出", ["塞来昔布胶囊"]),
        ("tinnitus_bold.md", "突发性耳聋", ["醋酸泼尼松片"]),
        ("toothache_corner.txt", "智齿冠周炎", ["甲硝唑片", "复方氯己定含漱液"]),
        ("palpitation_labels.txt", "心律失常", ["酒石酸美托洛尔片"]),
        ("rash_inline_qa.txt", "药物过敏", []),  # 青霉素类 is a class
        ("nosebleed_sides_first.html", "鼻腔干燥", ["复方薄荷脑滴鼻液"]),
        ("fatigue_nested.md", "甲状腺功能减退", ["左甲状腺素钠片"]),
        ("legcramp_byline.txt", "腰椎间盘突出症", ["甲钴胺片"]),
        ("constipation_gbk.html", "肠易激综合征", ["乳果糖口服溶液"]),
        ("heartburn_bom.txt", "胃食管反流病", ["铝碳酸镁咀嚼片", "雷贝拉唑钠肠溶片"]),
        ("mouth_ulcer_traditional.html", "维生素缺乏", ["维生素B2片"]),
        ("hairloss_brackets.html", "遗传因素", ["米诺地尔酊"]),
        ("handnumb_yishi.txt", "维生素B12缺乏", ["甲钴胺片"]),
        (
            "kneepain_plain_h2.html",
            "骨关节炎",
            ["双氯芬酸二乙胺乳胶剂", "氨基葡萄糖胶囊"],
        ),
        ("frequent_urination_traditional.html", "膀胱过动症", ["托特罗定锭"]),
    ],
)
def test_cause_drug_mentions(name: str, cause: str, drugs: list[str]) -> None:
    by_name = {c.name: c for c in page(name).causes}
    assert list(by_name[cause].drugs) == drugs


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("headache_headings.txt", "经常头痛是什么原因"),  # brand and nav lines above
        ("insomnia_list.html", "晚上睡不着是什么原因"),  # <h1>, not <title>
        ("eyelid_traditional.txt", "眼皮一直跳是什么原因？"),  # 繁体 converted
        ("rash_inline_qa.txt", "身上起红疙瘩很痒是怎么回事？"),  # 问题： dropped
        ("hiccup_answer.txt", "打嗝停不下来怎么回事"),
        ("mouth_ulcer_traditional.html", "口腔溃疡反复发作的原因"),
    ],
)
def test_title(name: str, title: str) -> None:
    assert page(name).title == title


def test_summary_is_the_lead_paragraph_not_a_list_item() -> None:
    assert page("cough_gb18030.txt").summary.startswith("咳嗽持续不愈")
    assert page("rash_inline_qa.txt").summary.endswith("常见诱因有：")
    assert page("fatigue_nested.md").summary.startswith("浑身乏力")


def test_advice_follows_the_cause_list_and_excludes_the_disclaimer() -> None:
    headache = page("headache_headings.txt")
    assert len(headache.advice) == 1 and headache.advice[0].startswith("日常生活中")
    assert headache.disclaimer.startswith("温馨提示")
    palpitation = page("palpitation_labels.txt")
    assert palpitation.advice[0].startswith("日常建议")  # label item, not a cause


def test_disclaimer_found_in_markdown_emphasis_and_html() -> None:
    assert page("diarrhea_markdown.md").disclaimer.startswith("以上内容仅供参考")
    assert "仅供参考" in page("insomnia_list.html").disclaimer
    assert page("legcramp_byline.txt").disclaimer == ""


def test_related_items_deduplicated_in_text_and_html() -> None:
    titles = [item.title for item in page("headache_headings.txt").related]
    assert titles == [
        "经常头痛是什么原因",
        "头痛恶心想吐是怎么回事",
        "后脑勺疼是什么原因",
    ]
    html_titles = [item.title for item in page("insomnia_list.html").related]
    assert html_titles == ["总是早醒怎么办", "睡前喝牛奶有助于睡眠吗"]
    traditional = page("mouth_ulcer_traditional.html").related
    assert [r.title for r in traditional] == [
        "舌头破了怎么办",
        "嘴角破裂是缺什么维生素",
    ]
    assert all(r.summary for r in traditional)


def test_doctors_with_titles_hospital_department_and_specialty() -> None:
    doctors = page("insomnia_list.html").doctors
    assert [(d.name, d.title, d.academic_title) for d in doctors] == [
        ("示例乙", "副主任医师", ""),
        ("示例丙", "主任医师", "教授"),
    ]
    assert doctors[0].hospital == "示例市第一人民医院"
    assert doctors[0].department == "精神心理科"
    assert doctors[1].specialty == "睡眠障碍、头痛"


def test_side_blocks_before_the_article_are_read() -> None:
    nosebleed = page("nosebleed_sides_first.html")
    (doctor,) = nosebleed.doctors
    assert (doctor.name, doctor.hospital, doctor.department) == (
        "示例戊",
        "示例省人民医院",
        "耳鼻咽喉科",
    )
    (drug,) = nosebleed.drugs
    assert (drug.name, drug.manufacturer) == ("复方薄荷脑滴鼻液", "示例药业有限公司")
    assert drug.indication == "用于鼻腔干燥、鼻塞。"
    assert [q.question for q in nosebleed.qa] == [
        "小孩经常流鼻血怎么办？",
        "流鼻血要不要仰头？",
    ]


def test_drug_and_exam_side_blocks_with_stated_text() -> None:
    backpain = page("backpain_table.html")
    assert [(d.name, d.manufacturer) for d in backpain.drugs] == [
        ("塞来昔布胶囊", "示例制药有限公司"),
        ("双氯芬酸钠缓释片", ""),
    ]
    assert backpain.drugs[1].indication.startswith("用于关节炎")
    assert [e.name for e in backpain.exams] == ["腰椎CT", "尿常规"]
    assert all(e.description for e in backpain.exams)


def test_table_columns_fill_explanation_treatment_and_drugs() -> None:
    cause = page("backpain_table.html").causes[0]
    assert cause.explanation == "久坐久站后酸痛，休息后减轻"
    assert cause.treatment == "热敷、按摩，加强腰背肌锻炼"


def test_symptoms_read_from_the_cause_text() -> None:
    by_name = {c.name: c for c in page("headache_headings.txt").causes}
    assert by_name["偏头痛"].symptoms == ("恶心", "畏光", "怕吵")
    assert by_name["高血压"].symptoms == ("头晕", "耳鸣", "心慌")


@pytest.mark.parametrize(
    ("name", "field", "value"),
    [
        ("headache_headings.txt", "views", 3120),
        ("insomnia_list.html", "views", 15000),  # 阅读 1.5万
        ("cough_gb18030.txt", "views", 862),  # not the 09 of the date before it
        ("palpitation_labels.txt", "views", 432),
        ("diarrhea_markdown.md", "source", "示例健康"),
        ("backpain_table.html", "source", "示例医生网"),
        ("headache_headings.txt", "site", "示例健康网"),
        ("insomnia_list.html", "breadcrumb", ("精神心理科", "失眠")),
        ("constipation_gbk.html", "department", "消化内科"),
    ],
)
def test_metadata(name: str, field: str, value: object) -> None:
    assert getattr(page(name).metadata, field) == value


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("diarrhea_markdown.md", "2025-06-18"),
        ("backpain_table.html", "2024-11-20"),
        ("hiccup_answer.txt", "2025-08-30"),
        ("mouth_ulcer_traditional.html", "2024-09-05"),  # 2024年9月5日
    ],
)
def test_publish_date(name: str, published: str) -> None:
    date = page(name).metadata.published
    assert date is not None and date.isoformat() == published


@pytest.mark.parametrize(
    ("name", "author"),
    [
        ("insomnia_list.html", ("示例甲", "主任医师", "", "")),
        ("hiccup_answer.txt", ("示例己", "主治医师", "", "三甲")),
        ("legcramp_byline.txt", ("示例庚", "副主任医师", "示例市中心医院", "三甲")),
        ("rash_inline_qa.txt", ("示例丁", "主治医师", "示例市皮肤病医院", "")),
    ],
)
def test_author_doctor(name: str, author: tuple[str, str, str, str]) -> None:
    doctor = page(name).metadata.author
    assert doctor is not None
    assert (doctor.name, doctor.title, doctor.hospital, doctor.grade) == author


@pytest.mark.parametrize("name", list(CAUSES))
def test_every_page_serialises_to_json(name: str) -> None:
    data = page(name).to_json()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_json_has_the_documented_keys() -> None:
    data = page("insomnia_list.html").to_json()
    assert {"title", "causes", "related", "doctors", "drugs", "exams", "qa"} <= set(
        data
    )
    assert {"name", "explanation", "drugs"} <= set(data["causes"][0])
    assert {"title", "summary"} <= set(data["related"][0])
    assert {"name", "title", "hospital", "department"} <= set(data["doctors"][0])
    assert data["provenance"] == "insomnia_list.html"


def test_side_blocks_found_by_their_container_when_they_have_no_header() -> None:
    hairloss = page("hairloss_brackets.html")
    assert [r.title for r in hairloss.related] == [
        "洗头时掉多少头发算正常",
        "生姜擦头皮能生发吗",
    ]
    assert hairloss.advice == (
        "如果短时间内成片掉发，或伴有头皮红肿、瘙痒，应到皮肤科就诊。",
    )
    knee = page("kneepain_plain_h2.html")
    assert [r.title for r in knee.related] == ["膝盖积液怎么办"]


def test_consultation_page_reads_question_and_answering_doctor() -> None:
    consult = page("chest_consult.txt")
    assert consult.summary.startswith("最近一周经常觉得胸口发闷")
    author = consult.metadata.author
    assert author is not None
    assert (author.name, author.department) == ("示例辛", "心内科")


def test_heavy_html_chrome_and_inline_spans() -> None:
    drymouth = page("drymouth_heavy_chrome.html")
    assert drymouth.title == "经常口干舌燥是什么原因"  # from <div class="title">
    assert drymouth.metadata.views == 12000  # 1.2万人看过 in its own <span>
    assert drymouth.metadata.breadcrumb == ("内分泌科", "口干")
    author = drymouth.metadata.author
    assert author is not None
    assert (author.name, author.hospital) == ("示例壬", "示例市第三人民医院")
    assert [d.name for d in drymouth.doctors] == ["示例癸"]
    assert drymouth.disclaimer.startswith("声明")


def test_byline_grade_line_and_video_controls() -> None:
    video = page("headache_video_byline.txt")
    assert video.summary.startswith("头痛可能是由于休息不好")
    assert video.advice == ("平时要注意休息，避免过度劳累。",)
    assert video.metadata.author is not None
    assert video.metadata.author.department == "神经内科"


def test_unlabelled_breadcrumb_is_not_the_summary() -> None:
    bloating = page("bloating_consult.txt")
    assert bloating.summary.startswith("胃胀一个多月了")
    assert bloating.metadata.breadcrumb[-1] == "消化内科"


def test_page_chrome_never_reaches_the_output() -> None:
    text = str(page("insomnia_list.html").to_json())
    for chrome in ("下载APP", "Copyright", "这不是正文", "找医生", "color"):
        assert chrome not in text
