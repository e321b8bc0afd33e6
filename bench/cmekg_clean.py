"""Measure what cleaning does to the CMeKG graph: drops by rule, kinds, departments.

Run: .venv/bin/python bench/cmekg_clean.py [--samples N] [--predicate P ...]

Prints, for the installed PyCMeKG package: raw and kept values per predicate
family (cleaned record by record, as the importer does), how many pieces each
fragment rule drops with a few distinct raw values that lost one, how
subjects classify, which department spellings stay unmapped, and with
--predicate the raw → clean pairs of that predicate that changed.
Deterministic: subjects and values are taken in sorted order.
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import time
from collections import Counter, defaultdict
from pathlib import Path

from yizhi.knowledge.classify import classify_subject
from yizhi.knowledge.departments import DepartmentTree
from yizhi.knowledge.normalise.clean import clean_values
from yizhi.knowledge.normalise.predicates import NAME_LIST_PREDICATES

Graph = dict[str, dict[str, list[str]]]


def load_graph() -> Graph:
    spec = importlib.util.find_spec("pyCMeKG")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PyCMeKG is not installed: pip install PyCMeKG==0.2.5")
    path = Path(next(iter(spec.submodule_search_locations))) / "model" / "cmekg.pkl"
    with path.open("rb") as handle:
        return pickle.load(handle)  # noqa: S301 - data file of a pinned package


def family(predicate: str) -> str:
    return "name" if predicate in NAME_LIST_PREDICATES else "statement"


def count_values(graph: Graph) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Clean every record as the importer does; count raw, kept and dropped."""
    raw: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    drops: Counter[str] = Counter()
    for subject in sorted(graph):
        for predicate, values in graph[subject].items():
            raw[family(predicate)] += len(values)
            kept[family(predicate)] += len(clean_values(predicate, values, drops=drops))
    return raw, kept, drops


def drop_examples(graph: Graph, samples: int) -> dict[str, list[str]]:
    """Return, per rule, the first distinct raw values that lost a piece to it."""
    examples: dict[str, list[str]] = defaultdict(list)
    pairs = sorted(
        {(p, v) for record in graph.values() for p, vs in record.items() for v in vs}
    )
    for predicate, value in pairs:
        drops: Counter[str] = Counter()
        clean_values(predicate, [value], drops=drops)
        for code in +drops:
            if len(examples[code]) < samples:
                examples[code].append(f"{predicate}:{value}")
    return examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=5, help="examples per rule")
    parser.add_argument("--predicate", action="append", default=[], help="show pairs")
    args = parser.parse_args()
    graph = load_graph()

    started = time.perf_counter()
    raw, kept, drops = count_values(graph)
    seconds = time.perf_counter() - started
    print(f"values, raw → kept (importer path, {seconds:.1f} s)")
    for name in ("name", "statement"):
        print(f"  {name:9} {raw[name]:>7} → {kept[name]:>7}")

    examples = drop_examples(graph, args.samples)
    print("\ndropped, by rule (pieces; examples are raw values)")
    for code, count in drops.most_common():
        print(f"  {code:14} {count:>6}  {' | '.join(examples.get(code, []))}")

    kinds = Counter(classify_subject(name, record) for name, record in graph.items())
    print("\nsubjects:", ", ".join(f"{kind} {n}" for kind, n in kinds.most_common()))

    tree = DepartmentTree.load()
    raws = {raw for record in graph.values() for raw in record.get("就诊科室", ())}
    print(
        f"\ndepartments: {len(raws)} spellings, unmapped {tree.unmapped(sorted(raws))}"
    )

    for predicate in args.predicate:
        values = sorted(
            {v for record in graph.values() for v in record.get(predicate, ())}
        )
        print(f"\n{predicate}: {len(values)} distinct raw values; changed ones:")
        for value in values:
            cleaned = clean_values(predicate, [value])
            if cleaned != [value]:
                print(f"  {value!r} → {cleaned}")


if __name__ == "__main__":
    main()
