"""The five language tasks behind `yizhi nlp`, as JSON-in, JSON-out functions.

Each task takes a batch of decoded input objects and returns one answer object
per input, in order. `answer_lines` wraps a task for line-oriented use: a line
that is not a JSON object, or lacks a field, gets the task's default answer and
a warning on the log, so a caller never loses or misaligns a line.
"""

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

logger = logging.getLogger(__name__)

Payload = dict[str, Any]
# Lines are answered in batches so the sentence encoder embeds many texts in one
# forward pass; 64 keeps the first answer quick for interactive use.
BATCH_SIZE = 64


@dataclass(frozen=True, slots=True)
class NlpTask:
    """One task: the input fields it needs, its answer function and default."""

    name: str
    fields: tuple[str, ...]
    run: Callable[[list[Payload]], list[Payload]]
    default: Payload
    help: str
    optional: dict[str, Any] = field(default_factory=dict)


def _intent(batch: list[Payload]) -> list[Payload]:
    from yizhi.search.understanding.intent import classify_intent

    return [{"intent": classify_intent(item["query"]).intent} for item in batch]


def _entities(batch: list[Payload]) -> list[Payload]:
    from yizhi.search.understanding.entities import find_entities

    return [
        {
            "entities": [
                {
                    "start": mention.start,
                    "end": mention.end,
                    "type": mention.type,
                    "text": mention.text,
                    "name": mention.name,
                }
                for mention in find_entities(item["text"])
            ]
        }
        for item in batch
    ]


def _similar(batch: list[Payload]) -> list[Payload]:
    from yizhi.search.understanding.similarity import judge_pairs

    judgements = judge_pairs([(item["query1"], item["query2"]) for item in batch])
    return [{"label": judgement.label} for judgement in judgements]


def _rank(batch: list[Payload]) -> list[Payload]:
    from yizhi.search.understanding.relevance import score_pairs

    scores = score_pairs([(item["query"], item["title"]) for item in batch])
    return [{"score": round(score, 6)} for score in scores]


def _department(batch: list[Payload]) -> list[Payload]:
    from yizhi.search.understanding.department import suggest_department

    return [
        {"department": suggest_department(item["text"]).department} for item in batch
    ]


TASKS: dict[str, NlpTask] = {
    task.name: task
    for task in (
        NlpTask("intent", ("query",), _intent, {"intent": "其他"}, "查询意图（11 类）"),
        NlpTask("entities", ("text",), _entities, {"entities": []}, "医学实体识别"),
        NlpTask(
            "similar", ("query1", "query2"), _similar, {"label": 0}, "两个问题是否同义"
        ),
        NlpTask("rank", ("query", "title"), _rank, {"score": 0.0}, "标题相关度"),
        NlpTask(
            "department", ("text",), _department, {"department": "内科"}, "建议挂号科室"
        ),
    )
}


def _decode(task: NlpTask, line: str, number: int) -> Payload | None:
    """Return the input object of one line, or None (logged) if it is unusable."""
    try:
        payload = json.loads(line)
    except ValueError as error:
        logger.warning("line %d: not JSON (%s); default answer given", number, error)
        return None
    if not isinstance(payload, dict):
        logger.warning("line %d: not a JSON object; default answer given", number)
        return None
    missing = [name for name in task.fields if not isinstance(payload.get(name), str)]
    if missing:
        logger.warning(
            "line %d: missing text field(s) %s; default answer given",
            number,
            ", ".join(missing),
        )
        return None
    return payload


def _answer_batch(task: NlpTask, payloads: list[Payload | None]) -> list[Payload]:
    """Answer a batch; if the batch fails, answer its items one by one."""
    usable = [payload for payload in payloads if payload is not None]
    try:
        answers = iter(task.run(usable)) if usable else iter(())
        return [
            next(answers) if payload is not None else dict(task.default)
            for payload in payloads
        ]
    except Exception:
        logger.exception("%s: batch failed, answering line by line", task.name)
    results = []
    for payload in payloads:
        try:
            results.append(task.run([payload])[0] if payload else dict(task.default))
        except Exception:
            logger.exception(
                "%s: input %r failed; default answer given", task.name, payload
            )
            results.append(dict(task.default))
    return results


def answer_lines(
    task: NlpTask, lines: Iterable[str], *, batch_size: int = BATCH_SIZE
) -> Iterator[str]:
    """Yield exactly one JSON answer line (no newline) per input line, in order."""
    numbered = enumerate(lines, start=1)
    while batch := list(islice(numbered, batch_size)):
        payloads = [_decode(task, line, number) for number, line in batch]
        for answer in _answer_batch(task, payloads):
            yield json.dumps(answer, ensure_ascii=False)
