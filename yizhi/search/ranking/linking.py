"""Link the entities a query names to knowledge-base items, through the index.

The index holds every name and alias of the knowledge base (lay terms
included), so a mention is looked up there first as typed, then under the
lexicon's standard name: the knowledge base's own lay terms win. Parts of the
query the lexicon does not know are looked up as whole names too (甲钴胺 in
「甲钴胺是治什么的」), longest first. For a query asking why (病因分析,
病情诊断), the causes the named symptom or disease lists are linked as well.
"""

from __future__ import annotations

from dataclasses import dataclass

import tantivy

from yizhi.search.index.analysis import exact_form
from yizhi.search.index.registry import url_or
from yizhi.search.ranking.query import ParsedQuery
from yizhi.search.ranking.retrieve import fetch_keys, lookup_names
from yizhi.search.results import LinkedEntity

MENTION_KINDS = {
    "dis": "disease",
    "sym": "symptom",
    "dru": "drug",
    "ite": "exam",
    "pro": "exam",
}
ENTITY_KINDS = ("disease", "symptom", "drug", "exam", "herb", "department")
CAUSE_INTENTS = frozenset({"病因分析", "病情诊断"})
CAUSE_RELATION = "可能原因"
MAX_CAUSES = 16
# Substrings of the query looked up as whole names: two-character names are
# too often CMeKG fragments (面肌, 什么) to trust without the lexicon.
MIN_SUBSTRING = 3
MAX_SUBSTRING = 12
MAX_SUBSTRING_QUERY = 40


@dataclass(frozen=True, slots=True)
class _Span:
    text: str
    standard: str
    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Linking:
    """The linked entities (named first, then related) and their departments."""

    entities: tuple[LinkedEntity, ...] = ()
    departments: tuple[str, ...] = ()


def link_entities(
    searcher: tantivy.Searcher, schema: tantivy.Schema, parsed: ParsedQuery
) -> Linking:
    """Return the entities the query names, then the causes they list."""
    named: list[LinkedEntity] = []
    causes: list[str] = []
    departments: list[str] = []
    for span in _spans(searcher, schema, parsed):
        candidates = lookup_names(searcher, schema, [span.text, span.standard])
        fields = _best(candidates, span.text, span.type)
        if fields is None:
            continue
        named.append(_linked(fields, span.text, span.start, span.end))
        departments += [d for d in fields["departments"] if d not in departments]
        if parsed.intent in CAUSE_INTENTS:
            causes += [key for key in fields["links"] if key not in causes]
    if not named:
        return Linking()
    related = tuple(_causes(searcher, schema, named, causes[:MAX_CAUSES]))
    return Linking((*named, *related), tuple(departments))


def _spans(searcher, schema, parsed: ParsedQuery) -> list[_Span]:
    spans = [_Span(m.text, m.name, m.type, m.start, m.end) for m in parsed.mentions]
    if parsed.pinyin and parsed.mentions:
        return spans  # mentions of the name the pinyin spells
    text = parsed.text
    covered = [False] * len(text)
    for span in spans:
        covered[span.start : span.end] = [True] * (span.end - span.start)
    if len(text) > MAX_SUBSTRING_QUERY:
        return spans
    pieces = {
        text[start:end]: (start, end)
        for start in range(len(text))
        for end in range(
            start + MIN_SUBSTRING, min(len(text), start + MAX_SUBSTRING) + 1
        )
        if not any(covered[start:end])
    }
    known = set()
    for fields in lookup_names(searcher, schema, pieces):
        known.update(name for name in fields["exact_names"] if name in pieces)
    for piece in sorted(known, key=lambda name: (-len(name), pieces[name][0])):
        start, end = pieces[piece]
        if not any(covered[start:end]):
            covered[start:end] = [True] * (end - start)
            spans.append(_Span(piece, piece, "", start, end))
    return sorted(spans, key=lambda span: span.start)


def _causes(searcher, schema, named: list[LinkedEntity], keys: list[str]):
    seen = {(entity.kind, entity.name) for entity in named}
    found = fetch_keys(searcher, schema, keys)
    anchor = named[0]
    for key in keys:
        fields = found.get(key)
        if fields is not None:
            if (fields["kind"], fields["title"]) not in seen:
                yield _linked(
                    fields, anchor.text, anchor.start, anchor.end, CAUSE_RELATION
                )
            continue
        # Causes that are not searchable items (factor entities: 疲劳,
        # 咖啡因) are still part of the answer.
        kind, _, name = key.partition(":")
        yield LinkedEntity(
            text=anchor.text,
            name=name,
            kind=kind,
            url=url_or("web:entity", [kind, name], f"/{kind}/{name}/"),
            start=anchor.start,
            end=anchor.end,
            relation=CAUSE_RELATION,
        )


def _best(candidates: list[dict], text: str, mention_type: str) -> dict | None:
    typed = exact_form(text)
    wanted = MENTION_KINDS.get(mention_type)
    entities = [c for c in candidates if c["kind"] in ENTITY_KINDS]
    if not entities:
        return None
    return min(
        entities,
        key=lambda c: (
            typed not in c["exact_names"],
            c["kind"] != wanted,
            ENTITY_KINDS.index(c["kind"]),
            -c.get("prior", 0.0),
        ),
    )


def _linked(fields: dict, text: str, start: int, end: int, relation: str = ""):
    return LinkedEntity(
        text=text,
        name=fields["title"],
        kind=fields["kind"],
        url=fields["url"],
        start=start,
        end=end,
        relation=relation,
    )
