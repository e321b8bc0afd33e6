"""Pick the cause list out of an article body and read each cause.

Any page may hold several lists: causes, then ways to relieve, then tips.
Candidate runs (runs.py) are scored by what surrounds them (「原因有以下几点」
before, 「病因」 as the enclosing heading, the causes the summary names) and
by what their items are called (causes are short noun phrases; advice items
start with verbs; section names are 病因/症状/治疗). The best run wins;
without one, the causes listed in prose are used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import ROW, Block
from .details import (
    LIST_MARKER,
    SENTENCE,
    build_cause,
    explained_cause,
    plain,
    split_item,
    table_cause,
)
from .model import Cause
from .prose import enumerate_causes, split_list
from .runs import Run, find_runs
from .tails import detach_tail

# Sentences of general advice name a cause only to say what to avoid.
GENERAL_ADVICE = re.compile(r"^(?:平时|日常|生活中|建议|注意|避免|预防|温馨提示|提醒)")
MAX_PROSE_BLOCKS = 12  # the sentences about prose causes follow them closely
CAUSE_WORDS = re.compile(
    r"原因|病因|因素|诱因|引起|导致|所致|造成|诱发|引发|为什么|怎么回事|怎么了|由于|有关|相关|以下几"
)
TREATMENT_WORDS = re.compile(
    r"治疗|缓解|预防|建议|意见|注意|怎么办|护理|饮食|方法|措施|调理|改善|应对|处理|用药|吃什么"
    r"|怎么治|如何"
)
SECTION_NAMES = re.compile(
    r"^(?:概述|简介|概况|定义|病因|原因|病因分析|常见原因|主要原因|症状|表现|临床表现|诊断"
    r"|鉴别诊断|检查|治疗|治疗方法|预防|护理|饮食|饮食调理|注意事项|并发症|预后|危害"
    r"|怎么办|就医|就医建议|建议|日常|生活|调理|缓解|用药|总结|结论|病情分析|指导意见"
    r"|医生建议|专家建议|温馨提示|什么是.{1,10}|.{1,10}(?:的原因|的症状|的治疗|的预防|怎么办))$"
)
SYMPTOM_WORDS = re.compile(r"症状|表现|危害|并发症|检查|诊断|鉴别|特点")
ADVICE_NAMES = re.compile(
    r"^(?:总之|综上|总结|小结|温馨提示|注意事项|特别提醒|提醒|提示|预防|如何|怎么|怎样|日常"
    r"|生活|护理|饮食|就医|何时|什么时候|什么情况|哪些情况|出现.{0,8}时|专家|医生)"
    r"|(?:建议|提示|提醒|注意事项|须知|小贴士|方法|措施|办法|怎么办|预防|护理|就医|就诊"
    r"|看医生|注意什么|吃什么|如何治疗|怎么治疗|治疗)[？?]?$"
)
ACTION_START = re.compile(
    r"^(?:多|少|避免|保持|注意|适当|补充|服用|使用|调整|规律|戒|饮|吃|喝|按摩|热敷|冷敷|休息"
    r"|及时|定期|坚持|控制|减少|增加|可以|尽量|不要|别|勿|禁|睡前|每天|养成|学会|放松)"
)
# Items named as questions are an article's sections (怎么治疗, 挂什么科), never
# causes, which are named as things (肋间神经痛, 睡眠不足).
QUESTION_NAMES = re.compile(r"怎么|什么|如何|哪些|为什么|多久|吗$|[？?]$|挂.{0,2}科$")
# Advice said inside an item name: 「睡觉时避免把手压在身下」.
ACTION_INSIDE = re.compile(r"避免|不要|尽量|注意|应该|建议|如果|可以|需要|及时")
GROUPED_NAME = re.compile(
    r"^(?P<listed>[^等]{2,30}?)等[\u4e00-\u9fff]{0,6}?(?:疾病|病变|病症|问题)$"
)
CATEGORY_NAMES = re.compile(
    r"^(?:生理|病理|疾病|非疾病|其他|其它|全身|局部|外部|内部|心理|环境|生活|先天|后天"
    r"|原发|继发|器质|功能|良性|危险)性?的?(?:原因|因素|病因|诱因)$"
)


@dataclass(frozen=True, slots=True)
class CauseList:
    """The causes found and the index after the last block they used."""

    causes: tuple[Cause, ...]
    end: int | None  # None when the causes came from prose
    tail: str = ""  # advice cut off the end of the last item (tails.py)


def find_causes(blocks: list[Block], *, title: str, summary: str) -> CauseList:
    """Return the cause list of an article body (blocks after the summary)."""
    runs = find_runs(blocks, intro=summary)
    listed = enumerate_causes(summary) if summary else []
    scored = [
        (_score(run, position, runs, blocks, title, summary, listed), position)
        for position, run in enumerate(runs)
    ]
    scored = [(score, position) for score, position in scored if score > 0]
    if scored:
        _, best = max(scored, key=lambda pair: (pair[0], -pair[1]))
        chosen = _flatten_categories(best, runs, blocks)
        read = [_causes_of(run, blocks) for run in chosen]
        causes = tuple(c for found in read for c in found.causes)
        if causes:
            last = max(read, key=lambda found: found.end or 0)
            return CauseList(_dedupe(causes), last.end, last.tail)
    for text in [summary, *_prose_candidates(blocks)]:
        names = enumerate_causes(text)
        if len(names) >= 2 or (names and text is summary):
            texts = [summary, *(block.text for block in blocks[:MAX_PROSE_BLOCKS])]
            return CauseList(_prose_causes(names, texts), None)
    return CauseList((), None)


def _prose_causes(names: list[str], texts: list[str]) -> tuple[Cause, ...]:
    """Build causes listed in a sentence from the sentences about each one.

    A sentence that names one cause alone (「如果是慢性鼻炎，可以…」) explains
    it; the sentence listing them all explains none.
    """
    sentences = [
        LIST_MARKER.sub("", sentence.strip())
        for text in texts
        for sentence in SENTENCE.findall(plain(text))
        if not GENERAL_ADVICE.match(sentence.strip())
    ]
    causes = []
    for name in names:
        own = [
            sentence
            for sentence in sentences
            if name in sentence
            and not any(other != name and other in sentence for other in names)
        ]
        causes.append(explained_cause(name, "".join(own)))
    return tuple(causes)


def _prose_candidates(blocks: list[Block]) -> list[str]:
    """Return paragraphs that may state causes in prose, most likely first.

    Paragraphs under a 「病因」/「原因」 heading come first, then the opening
    paragraphs that use cause words.
    """
    under_heading = []
    for index, block in enumerate(blocks):
        if len(block.text) <= 16 and re.search(r"原因|病因|诱因|为什么", block.text):
            under_heading += [b.text for b in blocks[index + 1 : index + 4]]
    opening = [b.text for b in blocks[:6] if CAUSE_WORDS.search(b.text)]
    return under_heading + opening


def item_names(run: Run, blocks: list[Block]) -> list[str]:
    """Return the name each item of `run` opens with.

    Scoring asks for a run's names several times; they are split once.
    """
    if run.names is None:
        run.names = [split_item(marker.rest)[0] for marker in run.markers]
    return run.names


def _trimmed(run: Run, blocks: list[Block]) -> int:
    """Return how many leading items are causes; trailing advice items drop.

    So do trailing section names: an unmarked heading (症状, 检查) right
    after a list of bare names continues the run but starts the next part.
    """
    names = item_names(run, blocks)
    count = len(names)
    while count and _ends_causes(names[count - 1]):
        count -= 1
    return count


def _ends_causes(name: str) -> bool:
    return bool(ADVICE_NAMES.search(name) or SECTION_NAMES.match(name))


def _skipped(run: Run, blocks: list[Block]) -> int:
    """Return how many leading items only introduce the list (病因分析, 概述)."""
    names = item_names(run, blocks)[: _trimmed(run, blocks)]
    skip = 0
    while len(names) - skip > 2 and SECTION_NAMES.match(names[skip]):
        skip += 1
    return skip


def _end(run: Run, blocks: list[Block]) -> int:
    """Return where the cause items of `run` stop; dropped advice items follow."""
    count = _trimmed(run, blocks)
    return run.ends[count - 1] if count else run.start


def _context(run: Run, runs: list[Run], blocks: list[Block]) -> str:
    parts = []
    if run.parent is not None:
        parent_run, item = run.parent
        parts.append(item_names(runs[parent_run], blocks)[item])
    start = run.start
    lower = max(0, start - 2)
    if run.parent is not None:
        lower = max(lower, runs[run.parent[0]].items[run.parent[1]] + 1)
    if start and _is_label(blocks[start - 1]):
        # 「指导意见：」 right above the list names it; the paragraph above
        # that belongs to another part of the answer.
        lower = start - 1
    parts.extend(block.text for block in blocks[lower:start])
    if blocks[start].kind == ROW:
        parts.append(blocks[start].text)
    return " ".join(parts)


def _is_label(block: Block) -> bool:
    text = block.text.strip("* ")
    return block.kind == "heading" or (len(text) <= 12 and text.endswith(("：", ":")))


def _overlap(names: list[str], listed: list[str]) -> float:
    if not names or not listed:
        return 0.0
    hits = sum(any(a in b or b in a for b in listed) for a in names)
    return hits / len(names)


def _score(
    run: Run,
    position: int,
    runs: list[Run],
    blocks: list[Block],
    title: str,
    summary: str,
    listed: list[str],
) -> float:
    names = item_names(run, blocks)[_skipped(run, blocks) : _trimmed(run, blocks)]
    if run.family.startswith("row"):
        names = names[1:] if _has_header(run, blocks) else names
    if len(names) < 2:
        return 0.0
    context = _context(run, runs, blocks)
    if position == 0 or run.start <= 1:
        context += summary[-60:]
    section = sum(bool(SECTION_NAMES.match(n)) for n in names) / len(names)
    actions = sum(_is_action(n) for n in names) / len(names)
    long_names = sum(len(n) > 16 for n in names) / len(names)
    questions = sum(bool(QUESTION_NAMES.search(n)) for n in names) / len(names)
    score = 1.0
    score += 2.0 * bool(CAUSE_WORDS.search(context))
    if not CAUSE_WORDS.search(context):
        score -= 3.0 * bool(TREATMENT_WORDS.search(context))
        score -= 2.0 * bool(SYMPTOM_WORDS.search(context))
    score += 3.0 * _overlap(names, listed)
    score += 1.0 * bool(CAUSE_WORDS.search(title))
    score -= 4.0 * section + 3.0 * actions + 1.5 * long_names + 4.0 * questions
    score -= 0.3 * position
    return score


def _is_action(name: str) -> bool:
    """Say whether an item name tells what to do rather than naming a cause."""
    return bool(ACTION_START.match(name) or ACTION_INSIDE.search(name))


def _has_header(run: Run, blocks: list[Block]) -> bool:
    first = blocks[run.start]
    return first.level == 1 or bool(
        re.search(r"原因|病因|因素|名称|说明|解释|症状|表现|药|治疗|项目", first.text)
        and all(len(cell) <= 8 for cell in first.cells)
    )


def _is_category_run(run: Run, blocks: list[Block]) -> bool:
    """Say whether the cause items of `run` are groups (生理性原因, 病理性原因)."""
    names = item_names(run, blocks)[: _trimmed(run, blocks)]
    return len(names) >= 2 and all(_is_category(name) for name in names)


def _is_category(name: str) -> bool:
    """Say whether an item names a group of causes (病理性原因, 少见原因)."""
    return bool(CATEGORY_NAMES.match(name)) or (
        len(name) <= 8 and name.endswith(("原因", "病因", "诱因"))
    )


def _flatten_categories(best: int, runs: list[Run], blocks: list[Block]) -> list[Run]:
    """Replace 「一、生理性原因 二、病理性原因」 by the lists nested in them."""
    run = runs[best]
    outer = best
    if run.parent is not None and _is_category_run(runs[run.parent[0]], blocks):
        outer = run.parent[0]
    if not _is_category_run(runs[outer], blocks):
        return [run]
    groups = _trimmed(runs[outer], blocks)
    nested = [
        r
        for r in runs
        if r.parent is not None and r.parent[0] == outer and r.parent[1] < groups
    ]
    return nested or [run]


def _causes_of(run: Run, blocks: list[Block]) -> CauseList:
    """Read the cause items of one run, and where they end."""
    count = _trimmed(run, blocks)
    if run.family.startswith("row"):
        rows = [blocks[i] for i in run.items[:count]]
        header = rows[0].cells if _has_header(run, blocks) else ()
        found = [table_cause(row.cells, header) for row in rows[1 if header else 0 :]]
        return CauseList(tuple(found), _end(run, blocks))
    texts = [
        (run.markers[item].rest, [b.text for b in blocks[start + 1 : end]])
        for item, (start, end) in enumerate(zip(run.items, run.ends, strict=True))
    ][_skipped(run, blocks) : count]
    end, tail = _end(run, blocks), ""
    if texts:
        siblings = [" ".join([rest, *following]) for rest, following in texts[:-1]]
        rest, tail = detach_tail(texts[-1][0], siblings, same_shape=False)
        if tail:
            # The advice closed the item's first block; what followed is advice too.
            texts[-1] = (rest, [])
            end = run.items[count - 1] + 1
    causes = [
        cause
        for rest, following in texts
        for cause in _expand_group(build_cause(rest, following))
    ]
    return CauseList(tuple(c for c in causes if c.name), end, tail)


def _expand_group(cause: Cause) -> list[Cause]:
    """Split 「高血压、动脉硬化等心脑血管疾病」 into the diseases it names.

    The group word after 等 only classifies; the listed names are what the
    knowledge base can link, and each shares the item's explanation.
    """
    found = GROUPED_NAME.match(cause.name)
    names = split_list(found.group("listed")) if found else []
    if not names:
        return [cause]
    return [explained_cause(name, cause.explanation) for name in names]


def _dedupe(causes: tuple[Cause, ...]) -> tuple[Cause, ...]:
    seen: dict[str, Cause] = {}
    for cause in causes:
        seen.setdefault(cause.name, cause)
    return tuple(seen.values())
