"""Find the lists in an article body: runs of blocks opened by one marker family.

A run is 一、二、三、 or 1. 2. 3. or the <li> of one <ol>, or bold lead-ins,
or contiguous 「标签：正文」 lines, or the rows of one table. Each item spans
the blocks up to the next item; runs nest (1. 2. inside 一、), and every run
knows the item that encloses it, so 「一、病因」 can give context to what it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block
from .leads import lead_items, name_line_items
from .markers import RANK_LABEL, Marker, match_marker
from .tails import opens_advice

LEAD = "lead"  # the family of runs of paragraphs that open with a name
NAME_LINES = "lines"  # the family of runs of short lines that only name

# How far apart two bold lead-ins may be and still be one list.
BOLD_GAP = 4
# A paragraph that opens a new topic, so it cannot continue the last item.
_NEW_TOPIC = re.compile(
    r"^(?:总之|综上|总的来说|总而言之|因此|所以|此外|另外|建议|温馨提示|提醒|注意|平时|日常"
    r"|如果|若|当|一旦|出现.{1,12}时|除此之外|需要注意|特别提醒)"
)


@dataclass(slots=True)
class Run:
    """One list: where its items start and, once measured, where each ends."""

    family: str
    rank: int
    items: list[int]
    markers: list[Marker]
    ends: list[int] = field(default_factory=list)
    parent: tuple[int, int] | None = None  # (run index, item index)
    names: list[str] | None = None  # item names, once causes.py has split them

    @property
    def start(self) -> int:
        return self.items[0]

    @property
    def end(self) -> int:
        return self.ends[-1] if self.ends else self.items[-1] + 1


def find_runs(blocks: list[Block], *, intro: str = "") -> list[Run]:
    """Return every run of two or more items, with item extents and parents.

    `intro` is the text just before the blocks (the summary), which may
    announce a list of unmarked paragraphs (leads.py).
    """
    markers = [match_marker(block) for block in blocks]
    runs = _group(blocks, markers)
    for run in runs:
        run.ends = _extents(run, blocks, markers)
    runs += [
        _lead_run(items, blocks) for items in lead_items(blocks, markers, intro=intro)
    ]
    runs += [
        _name_line_run(items, blocks, markers)
        for items in name_line_items(blocks, markers, intro=intro)
    ]
    # Short names followed by their paragraphs were also read as unmarked
    # headings (blocks.promote_short_headings), which miss the bare names
    # among them; of two runs from one block, the list of names comes first
    # and so wins the tie.
    runs.sort(key=lambda run: (run.start, run.family != NAME_LINES))
    _link_parents(runs)
    return runs


def _lead_run(items: list[int], blocks: list[Block]) -> Run:
    """Make a run of paragraphs that open with a name, one paragraph an item."""
    markers = [Marker(LEAD, RANK_LABEL, None, blocks[i].text) for i in items]
    return Run(LEAD, RANK_LABEL, items, markers, ends=[i + 1 for i in items])


def _name_line_run(
    items: list[int], blocks: list[Block], markers: list[Marker | None]
) -> Run:
    """Make a run of short name lines; a paragraph between two is the first's."""
    names = [Marker(NAME_LINES, RANK_LABEL, None, blocks[i].text) for i in items]
    run = Run(NAME_LINES, RANK_LABEL, items, names)
    run.ends = _extents(run, blocks, markers)
    return run


def _continues(run: Run, marker: Marker, index: int) -> bool:
    last = run.markers[-1]
    if marker.number is not None and last.number is not None:
        return marker.number == last.number + 1
    if marker.family.startswith(("colon", "corner")):
        return index == run.items[-1] + 1
    if marker.family.startswith("bold"):
        return index - run.items[-1] <= BOLD_GAP
    return True


def _group(blocks: list[Block], markers: list[Marker | None]) -> list[Run]:
    open_runs: dict[str, Run] = {}
    done: list[Run] = []

    def close(family: str) -> None:
        done.append(open_runs.pop(family))

    for index, marker in enumerate(markers):
        if marker is None:
            if blocks[index].text.rstrip().endswith(("：", ":")):
                for family in [f for f in open_runs if f.startswith(("bold", "colon"))]:
                    close(family)
            continue
        for family, run in list(open_runs.items()):
            if run.rank > marker.rank:
                close(family)
        run = open_runs.get(marker.family)
        if run is not None and _continues(run, marker, index):
            run.items.append(index)
            run.markers.append(marker)
            continue
        if run is not None:
            close(marker.family)
        open_runs[marker.family] = Run(marker.family, marker.rank, [index], [marker])
    done.extend(open_runs.values())
    return sorted((run for run in done if len(run.items) >= 2), key=lambda r: r.start)


def _extents(run: Run, blocks: list[Block], markers: list[Marker | None]) -> list[int]:
    """Return where each item ends (exclusive).

    The last item has no next item to stop it, so it takes as many following
    blocks as the other items took (the median), and stops earlier at a block
    of an enclosing or sibling list or at a paragraph that opens a new topic.
    """
    ends = run.items[1:]
    spans = [end - start - 1 for start, end in zip(run.items, ends, strict=False)]
    allowed = sorted(spans)[len(spans) // 2] if spans else 0
    index = run.items[-1] + 1
    taken = 0
    while index < len(blocks) and taken < allowed:
        marker = markers[index]
        if marker is not None and marker.rank <= run.rank:
            break
        text = blocks[index].text
        if marker is None and (_NEW_TOPIC.match(text) or opens_advice(text)):
            break
        index += 1
        taken += 1
    return [*ends, index]


def _link_parents(runs: list[Run]) -> None:
    """Point each run at the innermost item of a higher-ranked run holding it."""
    for run in runs:
        best: tuple[int, int] | None = None
        best_rank = -1
        for other_index, other in enumerate(runs):
            if other is run or other.rank >= run.rank:
                continue
            for item_index, (start, end) in enumerate(
                zip(other.items, other.ends, strict=True)
            ):
                if start < run.start < end and other.rank > best_rank:
                    best, best_rank = (other_index, item_index), other.rank
        run.parent = best
