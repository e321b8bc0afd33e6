"""Query intent on queries written for these tests."""

import pytest

from yizhi.search.understanding.intent import INTENTS, classify_intent


@pytest.mark.parametrize(
    ("query", "intent"),
    [
        ("腿抽筋怎么办", "治疗方案"),
        ("偏头痛吃什么药好", "治疗方案"),
        ("甲状腺结节有哪些症状，要怎么治疗", "治疗方案"),
        ("高血压是什么原因引起的", "病因分析"),
        ("全身神经跳动什么原因", "病情诊断"),
        ("早上起来头晕恶心是怎么回事", "病情诊断"),
        ("眼皮一直跳挂什么科", "就医建议"),
        ("北京哪家医院看癫痫比较好", "就医建议"),
        ("做一次胃镜要多少钱", "医疗费用"),
        ("尿酸偏高是什么意思", "指标解读"),
        ("糖尿病人能不能吃西瓜", "注意事项"),
        ("胃溃疡饮食要注意什么", "注意事项"),
        ("枸杞泡水喝有什么功效", "功效作用"),
        ("甲钴胺是治什么的", "功效作用"),
        ("腿抽筋吃什么", "治疗方案"),
        ("感冒吃什么好", "注意事项"),
        ("甲亢不治疗会有什么后果", "后果表述"),
        ("乙肝会传染吗", "疾病表述"),
        ("怀孕二十周", "其他"),
        ("", "其他"),
    ],
)
def test_classify_intent(query: str, intent: str) -> None:
    assert classify_intent(query).intent == intent


def test_traditional_characters_get_the_same_intent() -> None:
    assert classify_intent("頭痛怎麼辦").intent == classify_intent("头痛怎么办").intent


@pytest.mark.parametrize("query", ["😀😀😀", "\x00\x1f", "头" * 10_000, "<b>x</b>"])
def test_classify_intent_always_answers_a_known_intent(query: str) -> None:
    assert classify_intent(query).intent in INTENTS
