"""Department suggestions for complaints written for these tests."""

import pytest

from yizhi.search.understanding.department import suggest_department
from yizhi.search.understanding.departments import (
    canonical_departments,
    resolve_department,
)


@pytest.mark.parametrize(
    ("complaint", "department"),
    [
        ("最近老是反酸烧心，胃胀", "消化内科"),
        ("乙肝小三阳需要吃药吗", "感染科"),
        ("血压一直偏高，还心慌", "心血管内科"),
        ("偏头痛好几年了，晚上睡不着", "神经内科"),
        ("血糖控制不好，口渴多尿", "内分泌科"),
        ("咳嗽两周了还有痰", "呼吸内科"),
        ("体检发现尿蛋白两个加号，肌酐偏高", "肾内科"),
        ("缺铁性贫血吃什么补", "血液科"),
        ("类风湿关节炎手指关节肿", "风湿免疫科"),
        ("", "内科"),
    ],
)
def test_suggest_department(complaint: str, department: str) -> None:
    assert suggest_department(complaint).department == department


def test_every_suggestion_is_a_canonical_department() -> None:
    for complaint in ("牙疼", "眼睛干涩", "皮肤起红疹", "腿骨折了", "😀"):
        assert suggest_department(complaint).department in canonical_departments()


@pytest.mark.parametrize(
    ("raw", "nodes"),
    [
        ("心内科", ("心血管内科",)),
        ("骨科；肿瘤科", ("骨科", "肿瘤科")),
        ("传染科", ("感染科",)),
        ("肾脏内科", ("肾内科",)),
    ],
)
def test_resolve_department(raw: str, nodes: tuple[str, ...]) -> None:
    assert resolve_department(raw) == nodes
