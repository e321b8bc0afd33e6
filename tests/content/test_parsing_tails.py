"""The last item of a list stops at its own end; advice after it is advice."""

from __future__ import annotations

from functools import cache

import pytest
from testsupport import FIXTURES

from yizhi.content.parsing import ParsedPage, parse_page
from yizhi.content.parsing.tails import detach_tail

PAGES = FIXTURES / "pages"


@cache
def page(name: str) -> ParsedPage:
    return parse_page((PAGES / name).read_bytes(), source=name)


@pytest.mark.parametrize(
    ("last", "siblings", "expected"),
    [
        # a sentence opening as advice ends the item
        (
            "3、鼻窦炎，常有黄脓涕。建议到耳鼻喉科检查。",
            ["1、鼻炎，鼻痒打喷嚏；", "2、感冒，伴有低热；"],
            ("3、鼻窦炎，常有黄脓涕。", "建议到耳鼻喉科检查。"),
        ),
        (
            "4、扭伤：落地不稳后踝部肿痛。平时运动前要热身。",
            ["1、痛风：夜里突然红肿。", "2、劳损：走多了就痛。"],
            ("4、扭伤：落地不稳后踝部肿痛。", "平时运动前要热身。"),
        ),
        # siblings closing with advice of their own: it is this item's too
        (
            "3、缺铁：乏力头晕。建议查血常规。",
            ["1、熬夜：白天犯困。建议早睡。", "2、节食：体重下降。"],
            ("3、缺铁：乏力头晕。建议查血常规。", ""),
        ),
        # one-sentence siblings: the item ends with its first whole sentence
        (
            "3、龋齿，牙洞里塞了食物。这几种情况都要少吃甜食。",
            ["1、牙龈炎，刷牙出血；", "2、智齿发炎，牙龈肿痛；"],
            ("3、龋齿，牙洞里塞了食物。", "这几种情况都要少吃甜食。"),
        ),
        # ... unless the next sentence still speaks of the item
        (
            "3、龋齿，牙洞里塞了食物。这种疼痛遇冷热会加重。",
            ["1、牙龈炎，刷牙出血；", "2、智齿发炎，牙龈肿痛；"],
            ("3、龋齿，牙洞里塞了食物。这种疼痛遇冷热会加重。", ""),
        ),
        # ... or the first sentence is only the name
        (
            "3、龋齿。牙洞里塞了食物会痛。",
            ["1、牙龈炎，刷牙出血。", "2、智齿发炎。"],
            ("3、龋齿。牙洞里塞了食物会痛。", ""),
        ),
        # a list of bare names joined by 「；」 ends at its 「。」 ...
        (
            "4.情绪激动。偶尔打嗝喝几口温水多能缓解。",
            ["1.吃饭太快，吞进空气；", "2.受凉；"],
            ("4.情绪激动。", "偶尔打嗝喝几口温水多能缓解。"),
        ),
        # ... unless the next sentence names the item again
        (
            "3、龋齿。龋齿的牙洞里塞了食物会痛。",
            ["1、牙龈炎；", "2、智齿发炎；"],
            ("3、龋齿。龋齿的牙洞里塞了食物会痛。", ""),
        ),
        ("2、受凉。", ["1、疲劳。"], ("2、受凉。", "")),
    ],
)
def test_detach_tail(last: str, siblings: list[str], expected: tuple[str, str]) -> None:
    assert detach_tail(last, siblings) == expected


def test_block_items_end_where_the_page_ended_them() -> None:
    """Without a cue, a numbered paragraph keeps all its sentences."""
    last = "3、缺钙：孕妇常见。可在医生指导下补钙。"
    assert detach_tail(last, ["1、受凉：夜里踢被。"], same_shape=False) == (last, "")


@pytest.mark.parametrize(
    ("name", "last_cause", "explanation", "advice"),
    [
        # an inline 1、…；2、…；3、… list, then 平时… in the same paragraph
        (
            "earitch_inline_tail.txt",
            "真菌性外耳道炎",
            "游泳或掏耳后容易得，耳道里会有白色或黑色的碎屑。",
            "平时不要用挖耳勺",
        ),
        # a doctor's inline answer, then 建议… in the same paragraph
        (
            "childcough_answer_inline.txt",
            "感冒后咳嗽",
            "气道处于高反应状态。",
            "建议带孩子到医院",
        ),
        # bare names joined by 「；」: the list ends at its 「。」
        (
            "burping_semicolon_list.txt",
            "紧张焦虑",
            "",
            "偶尔打几下可以慢慢喝一杯温水",
        ),
        # the last numbered paragraph closes with 平时…
        (
            "handpeel_last_item_advice.txt",
            "手癣",
            "由真菌感染所致，多是一只手的掌心脱皮、发痒，可在医生指导下外用联苯苄唑乳膏。",
            "平时做家务记得戴手套",
        ),
    ],
)
def test_last_item_stops_at_its_own_end(
    name: str, last_cause: str, explanation: str, advice: str
) -> None:
    parsed = page(name)
    cause = parsed.causes[-1]
    assert (cause.name, cause.explanation) == (last_cause, explanation)
    assert parsed.advice and parsed.advice[0].startswith(advice)


def test_the_semicolons_between_inline_items_are_no_items_text() -> None:
    first = page("burping_semicolon_list.txt").causes[0]
    assert (first.name, first.explanation) == ("进食过急", "咽下不少空气")


def test_treatment_of_the_last_item_keeps_to_the_item() -> None:
    cause = page("handpeel_last_item_advice.txt").causes[-1]
    assert cause.treatment == "可在医生指导下外用联苯苄唑乳膏。"
    assert cause.drugs == ("联苯苄唑乳膏",)


@pytest.mark.parametrize(
    ("name", "causes"),
    [
        ("earitch_inline_tail.txt", ["耵聍堆积", "外耳道湿疹", "真菌性外耳道炎"]),
        (
            "handpeel_last_item_advice.txt",
            ["季节性干燥", "接触性皮炎", "汗疱疹", "手癣"],
        ),
    ],
)
def test_cause_lists_of_the_tail_pages(name: str, causes: list[str]) -> None:
    assert [cause.name for cause in page(name).causes] == causes


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # a clause that opens with 平时/建议 starts the page's advice
        ("3、胃食管反流，平时要少吃多餐。", ("3、胃食管反流", "平时要少吃多餐。")),
        # 最好/注意 inside a sentence are still about the item
        ("3、突发性耳聋，属于急症，最好一周内开始治疗。", None),
        ("3、颈椎病，长期低头引起，注意颈部保暖。", None),
        # ... and open advice as a sentence of their own
        (
            "3、颈椎病，长期低头引起。注意颈部保暖。",
            ("3、颈椎病，长期低头引起。", "注意颈部保暖。"),
        ),
        # a name running on into advice
        ("3、胃食管反流建议到医院检查。", ("3、胃食管反流", "建议到医院检查。")),
    ],
)
def test_where_advice_opens_in_the_last_item(
    last: str, expected: tuple[str, str] | None
) -> None:
    siblings = ["1、鼻炎，鼻痒；", "2、哮喘，夜里咳；"]
    assert detach_tail(last, siblings, same_shape=False) == (expected or (last, ""))
