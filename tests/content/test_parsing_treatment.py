"""A cause's treatment is what its text says about treating it, never a copy of it."""

from __future__ import annotations

import re

import pytest
from testsupport import FIXTURES

from yizhi.content.parsing import ParseError, parse_page
from yizhi.content.parsing.treatment import is_treatment_clause, treatment_of

PAGES = FIXTURES / "pages"
SENTENCES = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]")


@pytest.mark.parametrize(
    ("text", "treatment"),
    [
        # mechanism and treatment in one sentence: only the treatment clauses
        (
            "胃酸向上反流刺激食管，常在饭后加重，可遵医嘱服用奥美拉唑肠溶胶囊。",
            "可遵医嘱服用奥美拉唑肠溶胶囊。",
        ),
        # a condition right before the treatment stays with it
        (
            "鼻甲长期肿大的，可以考虑做鼻甲部分切除。",
            "鼻甲长期肿大的，可以考虑做鼻甲部分切除。",
        ),
        (
            "对于缺铁引起的乏力，可在医生指导下补充琥珀酸亚铁片。",
            "对于缺铁引起的乏力，可在医生指导下补充琥珀酸亚铁片。",
        ),
        # a descriptive clause before it does not
        (
            "发作时多伴有畏光，可以遵医嘱服用布洛芬缓释胶囊。",
            "可以遵医嘱服用布洛芬缓释胶囊。",
        ),
        # causes named after treatments: drugs and operations that cause it
        ("部分降压药和抗抑郁药物可能会引起手抖。", ""),
        ("颈部手术、放疗等可能导致神经受损，从而出现麻木。", ""),
        ("长期口服避孕药可导致月经量减少。", ""),
        # relief said of the symptom describes it
        ("夜里平躺后气促，需要坐起来才能缓解。", ""),
        ("腿部酸胀难忍，迫使患者需要不停走动来缓解。", ""),
        # relief said as what to do handles it
        ("多因熬夜引起，补足睡眠后多可自行缓解。", "补足睡眠后多可自行缓解。"),
        # 可能, 可见, 主要, 反应 only look like modals
        ("炎症反应明显时可见局部红肿，主要在夜间出现。", ""),
        ("尿色可以呈深黄色，停用后自然恢复。", ""),
        # going to hospital and being told not to self-medicate
        ("症状加重时要尽快到医院急诊科就诊。", "症状加重时要尽快到医院急诊科就诊。"),
        ("心率会明显减慢，不要自行加量。", "不要自行加量。"),
        # several sentences: each gives its own treatment part
        (
            "血糖长期偏高损伤末梢神经。需要控制血糖。双脚麻木夜间明显。",
            "需要控制血糖。",
        ),
        # a 处理： field label is not part of the treatment
        ("处理：热敷患处，可外用氟比洛芬巴布膏。", "热敷患处，可外用氟比洛芬巴布膏。"),
        # a clause that opens with what to do is an instruction
        ("受凉后小腿肌肉收缩，注意睡觉时盖好被子。", "注意睡觉时盖好被子。"),
        ("烟草刺激气道黏膜，戒烟是最重要的措施。", "戒烟是最重要的措施。"),
        ("注意力不集中、记忆力下降。", ""),  # 注意力 is a noun
        ("", ""),
    ],
)
def test_treatment_of(text: str, treatment: str) -> None:
    assert treatment_of(text) == treatment


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("必要时遵医嘱使用抗生素", True),
        ("医生可能会开具盐酸曲唑酮片", True),
        ("常用甲巯咪唑片控制病情", True),
        ("纠正电解质紊乱", True),
        ("严重时需要做关节镜手术", True),
        ("长期低头常用手机", False),
        ("某些药物如抗精神病药物可能引起面肌痉挛", False),
        ("静息心率可以低到每分钟50次左右", False),
        ("手术、外伤等可能会导致神经损伤", False),
    ],
)
def test_is_treatment_clause(clause: str, expected: bool) -> None:
    assert is_treatment_clause(clause) is expected


def _fixture_causes():
    for path in sorted(PAGES.iterdir()):
        try:
            parsed = parse_page(path.read_bytes(), source=path.name)
        except ParseError:
            continue
        for cause in parsed.causes:
            yield path.name, cause


def test_an_explanation_of_several_sentences_is_never_copied_whole() -> None:
    copies = [
        (name, cause.name)
        for name, cause in _fixture_causes()
        if cause.treatment
        and len(SENTENCES.findall(cause.explanation)) >= 2
        and cause.treatment.replace("\n", "") == cause.explanation.replace("\n", "")
    ]
    assert copies == []


@pytest.mark.parametrize(
    ("name", "cause", "treatment"),
    [
        (
            "appetite_name_paragraphs.txt",
            "慢性胃炎",
            "幽门螺杆菌阳性时需要根除治疗，可遵医嘱使用枸橼酸铋钾胶囊等药物。",
        ),
        ("bradycardia_inline_related.html", "药物影响", "不要自行加量。"),
        ("bradycardia_inline_related.html", "运动员心脏", ""),
        ("dyspnea_reviewed_article.txt", "心力衰竭", ""),
        ("yellowurine_fullwidth.txt", "食物或药物影响", ""),
        ("vomiting_portal_dups.txt", "幽门梗阻", "需要住院治疗，部分患者要做手术。"),
        (
            "neckpain_field_labels.md",
            "落枕",
            "一般几天内自行好转，疼痛明显时可外用氟比洛芬巴布膏。",
        ),
        ("backpain_table.html", "腰肌劳损", "热敷、按摩，加强腰背肌锻炼"),
    ],
)
def test_fixture_cause_treatment(name: str, cause: str, treatment: str) -> None:
    causes = {c.name: c for c in parse_page((PAGES / name).read_bytes()).causes}
    assert causes[cause].treatment == treatment
