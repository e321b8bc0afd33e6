"""What a search returns, shared by the command line, the pages and the API.

Frozen dataclasses with plain fields, so each caller renders them its own way
(a table, a template, JSON) without reaching into the index.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class LinkedEntity:
    """An entity the query names, linked to the knowledge base."""

    text: str  # as written in the query
    name: str  # the entity's canonical name
    kind: str  # EntityKind value, or "department"
    url: str
    start: int
    end: int
    # "" for an entity the query names; otherwise how it relates to the named
    # one ("可能原因" for a cause of the symptom the query asks about).
    relation: str = ""


@dataclass(frozen=True, slots=True)
class QueryUnderstanding:
    """What the query asks (intent) and about what (entities, department)."""

    normalised: str
    intent: str  # one of the 11 KUAKE-QIC classes
    entities: tuple[LinkedEntity, ...] = ()
    departments: tuple[str, ...] = ()  # suggested departments, best first


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One indexed item and why it matched."""

    kind: str  # disease symptom drug exam department article question doctor hospital
    key: str  # the item's id within its kind (entity name, primary key…)
    title: str
    url: str
    snippet: str
    score: float
    # Why it matched, for the reader: "名称完全匹配", "意图相符：病因分析"…
    reasons: tuple[str, ...] = ()
    department: str = ""
    is_demo: bool = False


@dataclass(frozen=True, slots=True)
class SearchResponse:
    query: str
    understanding: QueryUnderstanding | None
    hits: tuple[SearchHit, ...] = ()
    total: int = 0
    facets: dict[str, int] = field(default_factory=dict)  # hits per kind
    error: str = ""  # a message for the reader when the query cannot be searched
    took_ms: float = 0.0


@dataclass(frozen=True, slots=True)
class Suggestion:
    text: str
    kind: str
    url: str
    matched_by: str  # "prefix", "pinyin", "initials", "lay_term"
