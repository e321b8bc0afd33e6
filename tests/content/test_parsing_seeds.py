"""The four real portal pages in ../shared/seeds parse into the expected structure.

The pages are read from ../shared beside the repository (never copied in);
the tests skip when it is absent.
"""

from __future__ import annotations

from functools import cache

import pytest
from testsupport import needs_shared

from yizhi.content.parsing import ParsedPage, parse_page


@cache
def _parsed(prefix: str) -> ParsedPage:
    folder = needs_shared("seeds")
    (path,) = folder.glob(f"{prefix}_*.txt")
    return parse_page(path.read_bytes(), source=path.name)


def seed(prefix: str) -> ParsedPage:
    needs_shared("seeds")
    return _parsed(prefix)


@pytest.mark.parametrize(
    ("prefix", "causes"),
    [
        ("000", ["生理性因素", "焦虑症", "低钙血症", "不安腿综合征", "多发性硬化"]),
        ("001", ["遗传因素", "心理因素和精神压力", "药物副作用", "神经损伤"]),
        ("002", ["神经受压", "面神经炎", "外伤", "感染", "代谢紊乱"]),
        ("003", ["电解质失衡", "肌肉疲劳与血液循环", "神经压迫"]),
    ],
)
def test_seed_cause_list_comes_out_exactly(prefix: str, causes: list[str]) -> None:
    assert [cause.name for cause in seed(prefix).causes] == causes


@pytest.mark.parametrize(
    ("prefix", "cause", "drugs"),
    [
        ("000", "生理性因素", []),
        ("000", "焦虑症", ["盐酸帕罗西汀片", "盐酸舍曲林片", "草酸艾司西酞普兰片"]),
        (
            "000",
            "低钙血症",
            ["维生素D", "碳酸钙D3片", "葡萄糖酸钙片", "骨化三醇软胶囊"],
        ),
        ("000", "不安腿综合征", ["普拉克索片", "盐酸罗匹尼罗片", "加巴喷丁胶囊"]),
        ("000", "多发性硬化", ["注射用β-干扰素", "芬戈莫德胶囊", "特立氟胺片"]),
        ("001", "药物副作用", []),  # drug classes only, no drug names
        ("002", "神经受压", ["布洛芬"]),
        ("002", "面神经炎", ["维生素B1", "甲钴胺"]),
        ("002", "外伤", []),
        ("002", "感染", ["阿莫西林胶囊", "头孢克肟分散片"]),
        ("002", "代谢紊乱", ["氯化钠注射液", "葡萄糖注射液"]),
        ("003", "电解质失衡", []),
    ],
)
def test_seed_cause_drug_mentions(prefix: str, cause: str, drugs: list[str]) -> None:
    by_name = {c.name: c for c in seed(prefix).causes}
    assert list(by_name[cause].drugs) == drugs


def test_seed_000_related_titles_are_deduplicated() -> None:
    titles = [item.title for item in seed("000").related]
    assert len(titles) == len(set(titles)) == 19
    assert titles.count("全身神经跳动是癌症") == 1
    assert "全身神经跳动是癌症吗" in titles  # a different question, kept


def test_seed_000_keeps_advice_and_disclaimer_apart_from_causes() -> None:
    page = seed("000")
    assert page.metadata.views == 2050
    assert page.disclaimer.startswith("温馨提示")
    assert len(page.advice) == 1
    assert "多发性硬化" not in page.advice[0][:10]


SEED_001_DOCTORS = [
    ("石静萍", "主任医师", "", "南京脑科医院", "神经内科"),
    ("葛剑青", "主任医师", "副教授", "南京脑科医院", "神经内科"),
    ("张一峰", "主任医师", "", "大庆市第三医院", "神经内科"),
    ("赵宏伟", "主任医师", "", "绍兴市第七人民医院", "神经内科"),
    ("王再肖", "副主任医师", "", "绍兴市第七人民医院", "神经内科"),
    ("朱梅芳", "主任医师", "", "福州市第四医院", "神经科"),
    ("陈海亮", "副主任医师", "", "福州市第四医院", "神经科"),
    ("郑当", "副主任医师", "", "马鞍山市中医院", "神经内科"),
    ("冶生寿", "主治医师", "", "青海省心脑血管病专科医院", "神经内科"),
    ("陶剑虹", "主治医师", "", "丽水市第二人民医院", "肾内科、神经内科(十二病区)"),
    ("程志安", "主任医师", "教授", "广东省中医院二沙岛分院", "骨科"),
    ("孙大伟", "副主任医师", "副教授", "大庆市第三医院", "精神科"),
]


def test_seed_001_twelve_doctors_with_hospital_department_and_titles() -> None:
    doctors = [
        (d.name, d.title, d.academic_title, d.hospital, d.department)
        for d in seed("001").doctors
    ]
    assert doctors == SEED_001_DOCTORS
    assert all(d.specialty for d in seed("001").doctors)


def test_seed_001_side_blocks_without_headers_are_still_read() -> None:
    page = seed("001")
    assert page.metadata.source == "医联媒体"
    assert [e.name for e in page.exams][:2] == ["疲劳试验", "眼震检查"]
    assert "复方两面针漱齿液" in [d.name for d in page.drugs]
    assert all(d.manufacturer and d.indication for d in page.drugs)
    assert page.qa[0].doctor is not None and page.qa[0].doctor.name == "孙旭红"
    assert len(page.related) == 5


def test_seed_002_drug_block_with_stated_indications() -> None:
    drugs = {d.name: d.indication for d in seed("002").drugs}
    assert list(drugs) == [
        "巴氯芬片",
        "阿比多尔片",
        "注射用亚胺培南西司他丁钠",
        "复方片仔癀软膏",
    ]
    assert "骨骼肌痉挛" in drugs["巴氯芬片"]
    assert "流感病毒" in drugs["阿比多尔片"]
    assert "抗生素" in drugs["注射用亚胺培南西司他丁钠"]
    assert "带状疱疹" in drugs["复方片仔癀软膏"]


def test_seed_002_title_author_card_and_doctors() -> None:
    page = seed("002")
    assert page.title == "引起面部肌肉痉挛的原因"
    author = page.metadata.author
    assert author is not None
    assert (author.name, author.title, author.grade) == ("袁余", "主治医师", "三甲")
    assert page.metadata.published is not None
    assert page.metadata.published.isoformat() == "2024-02-24"
    assert page.card is not None and page.card.exams == ("肌电图",)
    assert len(page.doctors) == 6


def test_seed_003_qa_items_carry_doctor_and_hospital() -> None:
    page = seed("003")
    assert len(page.qa) == 16
    first = page.qa[0]
    assert first.doctor is not None and first.doctor.grade == "三甲"
    assert first.doctor.hospital.endswith("医院")
    assert page.metadata.views == 9039
    assert page.card is not None and page.card.name == "肌肉痉挛"


def test_seed_treatments_are_the_treatment_sentences_only() -> None:
    causes = {c.name: c for c in seed("000").causes}
    restless = causes["不安腿综合征"].treatment
    assert restless.startswith("治疗上") and "障碍性疾病" not in restless
    for cause in seed("000").causes + seed("002").causes:
        assert cause.treatment and cause.treatment != cause.explanation
    # causes named after what causes them (drugs, operations) say nothing
    # about treating them
    assert [c.treatment for c in seed("001").causes] == ["", "", "", ""]
