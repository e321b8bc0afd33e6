"""`yizhi nlp`: one JSON line out per line in, in order, whatever the input."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

REPO_ROOT = Path(__file__).resolve().parents[2]


def _run(task: str, lines: list[str]) -> list[dict]:
    stdout = io.StringIO()
    call_command(
        "nlp",
        task,
        stdin=io.StringIO("".join(f"{line}\n" for line in lines)),
        stdout=stdout,
    )
    return [json.loads(line) for line in stdout.getvalue().splitlines()]


def test_intent_lines_keep_their_order_and_bad_lines_get_a_default() -> None:
    answers = _run(
        "intent",
        [
            json.dumps({"query": "腿抽筋怎么办"}, ensure_ascii=False),
            "not json at all",
            json.dumps({"query": 42}),
            json.dumps(["a list"]),
            "",
            json.dumps({"query": "挂什么科"}, ensure_ascii=False),
        ],
    )
    assert [answer["intent"] for answer in answers] == [
        "治疗方案",
        "其他",
        "其他",
        "其他",
        "其他",
        "就医建议",
    ]


@pytest.mark.parametrize(
    ("task", "payload", "key"),
    [
        ("entities", {"text": "糖尿病人能吃西瓜吗"}, "entities"),
        ("similar", {"query1": "头痛怎么办", "query2": "头疼怎么办"}, "label"),
        ("rank", {"query": "头痛怎么办", "title": "头痛的治疗方法"}, "score"),
        ("department", {"text": "胃疼反酸"}, "department"),
    ],
)
def test_every_task_answers_each_line(task: str, payload: dict, key: str) -> None:
    lines = [json.dumps(payload, ensure_ascii=False), "{", json.dumps(payload)]
    answers = _run(task, lines)
    assert len(answers) == 3
    assert all(key in answer for answer in answers)
    assert answers[0] == answers[2]


def test_many_lines_cross_batches_in_order() -> None:
    queries = [f"第{index}天头痛怎么办" for index in range(150)]
    answers = _run(
        "entities", [json.dumps({"text": q}, ensure_ascii=False) for q in queries]
    )
    assert len(answers) == 150
    assert all(answer["entities"] for answer in answers)


def test_entity_spans_are_offsets_into_the_input() -> None:
    text = "我有糖尿病和高血压"
    (answer,) = _run("entities", [json.dumps({"text": text}, ensure_ascii=False)])
    for entity in answer["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]


def test_the_console_script_reads_stdin() -> None:
    payload = "\n".join(
        [json.dumps({"query": "眼皮一直跳挂什么科"}, ensure_ascii=False), "oops"]
    )
    result = subprocess.run(
        [sys.executable, "-m", "yizhi", "nlp", "intent"],
        input=payload + "\n",
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=True,
        timeout=120,
    )
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert answers == [{"intent": "就医建议"}, {"intent": "其他"}]
    assert "line 2" in result.stderr
