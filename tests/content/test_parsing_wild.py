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
    # Markdown bullets with a bold name and a colon; the advice bullets are alike
    "dryeyes_bold_bullets.md": [
        "视疲劳",
        "环境干燥",
        "干眼症",
        "睑板腺功能障碍",
        "干燥综合征",
    ],
    # Taiwan 繁体, <h3>原因1：…</h3>, an advert and a 延伸閱讀 link inside
    "coldhands_traditional_h3label.html": [
        "血液循环不良",
        "贫血",
        "甲状腺功能低下",
        "雷诺氏症",
        "过度节食",
    ],
    # Big5 bytes declared as big5, <ol> items 「名稱：說明」
    "nightsweat_big5.html": [
        "更年期",
        "甲状腺机能亢进",
        "结核病",
        "低血糖",
        "药物副作用",
    ],
    # Hong Kong 繁体 (衞), each bold number line alone above its paragraph
    "badbreath_hk_numberline.html": [
        "口腔卫生欠佳",
        "舌苔过厚",
        "牙周病",
        "口干",
        "鼻窦炎",
        "胃食道逆流",
        "糖尿病",
    ],
    # full-width digits, points and colons: １．饮水过少：…
    "yellowurine_fullwidth.txt": [
        "饮水过少",
        "食物或药物影响",
        "发热",
        "肝炎",
        "尿路感染",
    ],
    # 第一，膀胱炎。… ordinals opening plain paragraphs
    "dysuria_ordinal.txt": ["膀胱炎", "尿道炎", "前列腺炎", "泌尿系结石"],
    # ①②③ causes, then a ①②③ list of what to do under 「…怎么办？」
    "periodlate_circled.txt": [
        "怀孕",
        "精神压力大",
        "体重变化过快",
        "多囊卵巢综合征",
        "甲状腺功能异常",
    ],
    # a doctor's own article: （1）… paragraphs, a comment box, card above the title
    "pruritus_doctor_article.html": [
        "皮肤干燥",
        "湿疹",
        "荨麻疹",
        "胆汁淤积",
        "慢性肾病",
    ],
    # <h3>1.… causes with a 相关阅读 link line between two of them
    "bradycardia_inline_related.html": [
        "运动员心脏",
        "睡眠中的生理变化",
        "病态窦房结综合征",
        "房室传导阻滞",
        "药物影响",
    ],
    # <li><strong>名称</strong>：…</li>, then a second list of warning signs
    "weightloss_li_strong.html": [
        "甲状腺功能亢进",
        "糖尿病",
        "抑郁症",
        "消化道疾病",
        "恶性肿瘤",
    ],
    # bold 生理性原因 / 病理性原因 paragraphs, each over its own <ul>
    "faceflush_categories.html": [
        "情绪激动",
        "环境温度高",
        "饮酒",
        "玫瑰痤疮",
        "激素依赖性皮炎",
        "更年期综合征",
        "高血压",
    ],
    # 繁体 Markdown, ### 1. … headings, then a numbered list of tips
    "tonguecoating_traditional.md": [
        "消化不良",
        "口腔卫生不佳",
        "脾胃虚弱",
        "慢性胃炎",
        "抽烟",
    ],
    # a doctor's answer page: prose summary listing causes, then 一、… headings
    "jointpain_youlai_answer.txt": ["骨关节炎", "类风湿关节炎", "痛风", "腱鞘炎"],
    # 一、名称：正文 on one line
    "footnumb_cn_colon.txt": [
        "坐姿不良",
        "腰椎间盘突出",
        "糖尿病周围神经病变",
        "下肢动脉硬化",
        "维生素B12缺乏",
    ],
    # the portal shape of seed 000 with a doctor list and a repeated question
    "vomiting_portal_dups.txt": ["饮食因素", "急性胃炎", "幽门梗阻", "胃食管反流病"],
    # <b>（一）网球肘</b>医学上叫…: the bold name runs into its text
    "elbowpain_paren_bold.html": [
        "网球肘",
        "高尔夫球肘",
        "尺神经炎",
        "肘关节骨折或脱位",
    ],
    # a doctor's answer enumerating 1、…；2、…； inline in one paragraph
    "childcough_answer_inline.txt": [
        "鼻后滴漏综合征",
        "咳嗽变异性哮喘",
        "胃食管反流",
        "感冒后咳嗽",
    ],
    # Hong Kong: <h2>生理性原因</h2>/<h2>病理性原因</h2> over <h3>1. …</h3>
    "dizzy_hk_grouped.html": ["睡眠不足", "姿势性低血压", "耳水不平衡", "贫血", "中风"],
    # 「以下几种：」 then plain paragraphs opening 「名称。」 or 「名称，」
    "appetite_name_paragraphs.txt": [
        "饮食不规律",
        "情绪低落",
        "慢性胃炎",
        "功能性消化不良",
        "肝炎",
    ],
    # prose only: 「可由A、B、C等生理因素导致，也常见于D、E、F等疾病」
    "nausea_prose_sentence.txt": [
        "饮食不当",
        "晕车",
        "怀孕",
        "急性胃肠炎",
        "胃食管反流病",
        "偏头痛",
    ],
    # a doctor's answer: 「考虑是A或者B引起的，也不排除C」
    "stuffynose_answer.txt": ["慢性鼻炎", "鼻中隔偏曲", "鼻息肉"],
    # GB2312-declared Q&A page: 病情分析：… prose names the causes
    "heelpain_xywy_analysis.html": ["足底筋膜炎", "跟骨骨刺", "跟腱炎"],
    # a WeChat-style post: 01/02 ordinals alone, bold names in styled <span>s
    "insomnia_wechat_sections.html": [
        "睡前饮酒",
        "夜尿增多",
        "焦虑抑郁",
        "睡眠呼吸暂停",
    ],
    # 第一种：受凉引起的腿抽筋: ordinals with a measure word; the topic after 引起的
    "legcramp_tail_phrases.txt": ["受凉", "运动过度", "缺钙", "下肢动脉硬化"],
    # ## 一、… headings, each with **特点**： and **处理**： field lines
    "neckpain_field_labels.md": ["颈肌劳损", "落枕", "颈椎病", "枕神经痛"],
    # a consultation: causes in 病情分析 prose, a numbered 指导意见 list of advice
    "handnumb_consult_guidance.txt": ["睡姿压迫", "腕管综合征", "颈椎病"],
    # 百度健康-like answer: doctor, 已帮助 count, 1.名称：… lines
    "bellyache_answer_help.txt": ["肠痉挛", "消化不良", "急性肠胃炎", "早期阑尾炎"],
    # a reviewed article: 1. name lines alone, then a bare list of red flags
    "dyspnea_reviewed_article.txt": [
        "缺乏锻炼",
        "肥胖",
        "贫血",
        "慢性阻塞性肺疾病",
        "心力衰竭",
    ],
    # Taiwan text export: 【…報導】, picture credit, 延伸閱讀 and reprint lines
    "itchyeyes_twtext.txt": [
        "过敏性结膜炎",
        "干眼症",
        "睑缘炎",
        "病毒性结膜炎",
        "化妆品刺激",
    ],
    # news prose: 一是…；二是…；… inline, the last a group 「A、B等…疾病」
    "tinnitus_news_inline.txt": [
        "长期噪音刺激",
        "突发性耳聋",
        "中耳炎",
        "高血压",
        "动脉硬化",
    ],
    # 1. 2. 3. causes, then 1. 2. 3. treatments of the same shape
    "chestpain_causes_then_treatment.md": [
        "肋间神经痛",
        "肋软骨炎",
        "胃食管反流",
        "心绞痛",
    ],
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
        ("dryeyes_bold_bullets.md", "睑板腺功能障碍", ["妥布霉素地塞米松眼膏"]),
        ("coldhands_traditional_h3label.html", "贫血", ["硫酸亚铁锭"]),
        ("coldhands_traditional_h3label.html", "雷诺氏症", ["硝苯地平"]),
        ("nightsweat_big5.html", "结核病", ["利福平胶囊"]),
        ("badbreath_hk_numberline.html", "胃食道逆流", ["奥美拉唑"]),  # 处方…
        ("yellowurine_fullwidth.txt", "食物或药物影响", ["维生素B2片"]),
        ("dysuria_ordinal.txt", "前列腺炎", ["盐酸坦索罗辛缓释胶囊"]),
        ("periodlate_circled.txt", "多囊卵巢综合征", ["炔雌醇环丙孕酮片"]),
        ("pruritus_doctor_article.html", "湿疹", ["丁酸氢化可的松乳膏"]),
        (
            "bradycardia_inline_related.html",
            "药物影响",
            ["酒石酸美托洛尔片", "地高辛片"],
        ),
        ("weightloss_li_strong.html", "甲状腺功能亢进", ["丙硫氧嘧啶片"]),
        ("tonguecoating_traditional.md", "脾胃虚弱", ["参苓白术散"]),
        ("jointpain_youlai_answer.txt", "痛风", ["秋水仙碱片"]),
        ("footnumb_cn_colon.txt", "糖尿病周围神经病变", ["依帕司他片"]),
        (
            "vomiting_portal_dups.txt",
            "胃食管反流病",
            ["奥美拉唑肠溶胶囊", "枸橼酸莫沙必利片"],
        ),
        ("elbowpain_paren_bold.html", "网球肘", ["双氯芬酸二乙胺乳胶剂"]),
        ("childcough_answer_inline.txt", "咳嗽变异性哮喘", ["孟鲁司特钠咀嚼片"]),
        ("dizzy_hk_grouped.html", "贫血", ["琥珀酸亚铁片"]),
        (
            "chestpain_causes_then_treatment.md",
            "肋间神经痛",
            ["甲钴胺片", "布洛芬缓释胶囊"],
        ),
        ("appetite_name_paragraphs.txt", "功能性消化不良", ["多潘立酮片"]),
        ("appetite_name_paragraphs.txt", "情绪低落", []),
        (
            "stuffynose_answer.txt",
            "慢性鼻炎",
            ["糠酸莫米松鼻喷雾剂"],
        ),  # its own sentence
        ("stuffynose_answer.txt", "鼻息肉", []),
        ("insomnia_wechat_sections.html", "焦虑抑郁", ["盐酸舍曲林片"]),
        ("legcramp_tail_phrases.txt", "缺钙", ["碳酸钙D3片"]),
        ("neckpain_field_labels.md", "枕神经痛", ["卡马西平片", "甲钴胺片"]),
        ("bellyache_answer_help.txt", "肠痉挛", ["颠茄片"]),
        ("dyspnea_reviewed_article.txt", "慢性阻塞性肺疾病", ["噻托溴铵吸入粉雾剂"]),
        ("itchyeyes_twtext.txt", "过敏性结膜炎", ["奥洛他定眼药水"]),  # not the class
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
        ("nightsweat_big5.html", "晚上睡觉一直流汗？盗汗常见原因一次看"),
        ("dizzy_hk_grouped.html", "头晕是什么原因？生理性与病理性原因全拆解"),  # 甚麼
        ("pruritus_doctor_article.html", "皮肤瘙痒是什么原因？"),  # below the card
        ("childcough_answer_inline.txt", "孩子晚上咳嗽白天不咳是什么原因"),
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


def test_prose_causes_are_explained_by_the_sentences_about_them_alone() -> None:
    stuffy = {c.name: c for c in page("stuffynose_answer.txt").causes}
    assert stuffy["慢性鼻炎"].explanation.startswith("如果是慢性鼻炎")
    assert stuffy["鼻中隔偏曲"].explanation.startswith("鼻中隔偏曲明显")
    assert stuffy["鼻息肉"].explanation == ""  # only the listing sentence names it
    heel = page("heelpain_xywy_analysis.html").causes[0]
    assert "典型的表现" in heel.explanation


def test_field_lines_of_a_cause_give_its_treatment() -> None:
    cause = page("neckpain_field_labels.md").causes[1]
    assert cause.explanation.startswith("特点：早上起床后脖子突然疼")
    assert "氟比洛芬巴布膏" in cause.treatment


def test_advice_list_of_an_answer_is_not_its_causes() -> None:
    advice = page("handnumb_consult_guidance.txt").advice
    assert advice[0].startswith("1、睡觉时避免")


def test_decorated_ordinals_stay_out_of_explanations() -> None:
    for cause in page("insomnia_wechat_sections.html").causes:
        assert not any(line.isdigit() for line in cause.explanation.splitlines())


def test_named_paragraphs_keep_their_text_as_explanation() -> None:
    cause = page("appetite_name_paragraphs.txt").causes[0]
    assert cause.explanation.startswith("经常不吃早餐")


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
