"""Doctors' answer pages: the guidance items are advice, and the other doctors'
answers are Q&A items for the page's own question."""

from __future__ import annotations

from functools import cache

import pytest
from testsupport import FIXTURES

from yizhi.content.parsing import ParsedPage, parse_page
from yizhi.content.parsing.advice import advice_of
from yizhi.content.parsing.blocks import Block
from yizhi.content.parsing.prose import enumerate_causes
from yizhi.content.parsing.sections import ANSWERS, QA, header_kind

PAGES = FIXTURES / "pages"


@cache
def page(name: str) -> ParsedPage:
    return parse_page((PAGES / name).read_bytes(), source=name)


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("其他医生回答", ANSWERS),
        ("其他医生回答（2）", ANSWERS),
        ("其他回答(1)", ANSWERS),
        ("更多回答", ANSWERS),
        ("其它医生的回答", ANSWERS),
        ("全部回答：", ANSWERS),
        ("其他网友回答", ANSWERS),
        # answers by the same doctor or site are to other questions
        ("示例医生的其他回答", QA),
        ("本站更多问答", QA),
        ("相关问答", QA),
    ],
)
def test_other_answers_headers(header: str, kind: str) -> None:
    assert header_kind(header) == kind


@pytest.mark.parametrize(
    ("name", "answers"),
    [
        # text export: 其他医生回答（2）, cards over one or three lines
        (
            "kneeswelling_other_answers.txt",
            [
                ("示例辛二", "主治医师", "示例县人民医院", "这个年纪要考虑"),
                ("示例壬三", "主任医师", "示例医科大学附属医院", "软的包多是"),
            ],
        ),
        # HTML: 更多回答, a doctor's answer and one by a member of the public
        (
            "earwax_more_answers.html",
            [
                ("示例甲五", "医师", "示例社区卫生服务中心", "耳道潮湿"),
                (None, "", "", "我之前也是这样"),
            ],
        ),
        (
            "dizzystand_inline_guidance.html",
            [("示例戊八", "主治医师", "示例县医院", "偏瘦")],
        ),
        (
            "stuffynose_answer.txt",
            [("示例辰", "副主任医师", "示例省人民医院", "单侧鼻塞")],
        ),
    ],
)
def test_other_doctors_answers_are_qa_items_for_the_page_question(
    name: str, answers: list[tuple[str | None, str, str, str]]
) -> None:
    parsed = page(name)
    assert len(parsed.qa) == len(answers)
    for item, (doctor, title, hospital, start) in zip(parsed.qa, answers, strict=True):
        assert item.question == parsed.title
        assert item.answer.startswith(start)
        card = item.doctor
        got = (card.name, card.title, card.hospital) if card else None
        assert got == ((doctor, title, hospital) if doctor else None)
    assert parsed.doctors == ()  # answerers are not doctors to consult


def test_answers_stop_at_the_next_header_and_skip_their_times() -> None:
    parsed = page("kneeswelling_other_answers.txt")
    assert all("2025-07" not in item.answer for item in parsed.qa)
    assert [r.title for r in parsed.related] == [
        "膝盖积液自己能吸收吗",
        "滑膜炎要养多久",
    ]
    specialty = parsed.qa[0].doctor.specialty if parsed.qa[0].doctor else ""
    assert specialty == "关节炎、运动损伤"


@pytest.mark.parametrize(
    ("name", "advice", "drugs"),
    [
        # 指导意见： over numbered lines, most without an advice word
        (
            "handnumb_consult_guidance.txt",
            ["1、睡觉时", "2、减少", "3、可以口服甲钴胺片", "4、如果麻木加重"],
            ["甲钴胺片"],
        ),
        (
            "toothcold_answer_guidance.txt",
            ["1、换用", "2、刷牙", "3、牙龈红肿", "4、少吃", "5、楔状缺损"],
            ["复方氯己定含漱液"],
        ),
        # 指导意见：1、…；2、…；3、… inline in one paragraph
        (
            "dizzystand_inline_guidance.html",
            ["1、起身", "2、多喝水", "3、查一下", "4、确诊贫血的"],
            ["多糖铁复合物胶囊"],
        ),
        # 意见建议：… and 指导意见：… on the label's own line
        ("chest_consult.txt", ["意见建议：建议先到心内科"], []),
        (
            "bloating_consult.txt",
            ["指导意见：建议做胃镜"],
            ["多潘立酮片", "健胃消食片"],
        ),
    ],
)
def test_guidance_items_are_advice_and_their_drugs_are_page_drugs(
    name: str, advice: list[str], drugs: list[str]
) -> None:
    parsed = page(name)
    assert len(parsed.advice) == len(advice)
    for line, start in zip(parsed.advice, advice, strict=True):
        assert line.startswith(start)
    assert [drug.name for drug in parsed.drugs] == drugs


def test_the_cause_sentence_of_an_answer_is_not_advice() -> None:
    advice = page("stuffynose_answer.txt").advice
    assert len(advice) == 1
    assert advice[0].startswith("单侧鼻塞时间较长，建议到医院")
    assert "根据你的描述" not in advice[0]


def test_guidance_ends_at_the_next_part_of_the_answer() -> None:
    body = [
        Block("指导意见："),
        Block("1、多喝温水；"),
        Block("2、早睡早起。"),
        Block("病情分析："),
        Block("这种情况多与受凉有关，一般不严重。"),
        Block("有用(3)"),
    ]
    assert advice_of(body, None, "") == ("1、多喝温水；", "2、早睡早起。")


def test_drugs_a_cause_or_the_drug_block_lists_are_not_repeated() -> None:
    parsed = page("childcough_answer_inline.txt")
    names = [drug.name for drug in parsed.drugs]
    assert "孟鲁司特钠咀嚼片" not in names  # named in a cause already


@pytest.mark.parametrize(
    ("sentence", "causes"),
    [
        ("要考虑外耳道炎或外耳道真菌感染，建议检查。", ["外耳道炎", "外耳道真菌感染"]),
        ("初步考虑为急性胃炎。", ["急性胃炎"]),
        ("这个年纪要考虑骨关节炎引起的滑膜炎。", ["骨关节炎"]),
        ("需要考虑到孩子的年龄。", []),  # 考虑到 weighs a fact, names no cause
    ],
)
def test_causes_an_answer_says_to_consider(sentence: str, causes: list[str]) -> None:
    assert enumerate_causes(sentence) == causes


@pytest.mark.parametrize(
    ("name", "causes"),
    [
        ("kneeswelling_other_answers.txt", ["髌前滑囊炎", "膝关节积液", "腘窝囊肿"]),
        ("earwax_more_answers.html", ["体质", "外耳道炎", "外耳道真菌感染"]),
        ("toothcold_answer_guidance.txt", ["牙本质敏感", "牙龈退缩", "楔状缺损"]),
        ("dizzystand_inline_guidance.html", ["体位性低血压", "缺铁性贫血"]),
    ],
)
def test_cause_lists_of_the_answer_pages(name: str, causes: list[str]) -> None:
    assert [cause.name for cause in page(name).causes] == causes
