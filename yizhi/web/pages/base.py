"""The building blocks of an entity page: lines, groups of lines, sections."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, ClassVar

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.dispensing import Dispensing
from yizhi.knowledge.models import Fact
from yizhi.knowledge.profile import EntityProfile
from yizhi.knowledge.redflags import all_rules, flags_for_profile
from yizhi.web.breadcrumbs import Crumb, trail
from yizhi.web.departments import DepartmentIndex
from yizhi.web.related import SideBlocks, question_links
from yizhi.web.seo import entity_ld

LINES_TEMPLATE = "web/sections/lines.html"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a section: text, where it links, and the fact it states."""

    text: str
    url: str = ""
    fact: Fact | None = None
    dispensing: Dispensing | None = None
    agent: str = ""  # 诊断用药 or 疫苗: a listed drug that treats nothing

    @classmethod
    def of(
        cls, fact: Fact, dispensing: Dispensing | None = None, agent: str = ""
    ) -> Line:
        """Link a fact to the entity or department it names, if it names one."""
        url = ""
        if fact.target_id:
            url = fact.target.get_absolute_url()
        elif fact.department_id:
            url = fact.department.get_absolute_url()
        return cls(
            text=fact.text, url=url, fact=fact, dispensing=dispensing, agent=agent
        )


@dataclass(frozen=True, slots=True)
class Group:
    """Lines under one optional subheading (a department, 治疗方法 …)."""

    title: str
    lines: tuple[Any, ...]
    url: str = ""
    hidden: int = 0  # lines left out to keep long lists (500 drugs) readable and fast


@dataclass(frozen=True, slots=True)
class Section:
    """One titled block of a page. A section with no lines is not shown."""

    key: str
    title: str
    groups: tuple[Group, ...]
    template: str = LINES_TEMPLATE
    note: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(group.lines for group in self.groups)


# A section lists at most this many lines; the rest are counted, not shown.
LINE_LIMIT = 40


def capped(facts: list[Fact], limit: int = LINE_LIMIT) -> tuple[list[Fact], int]:
    """Return the first `limit` facts (the source's order) and how many were left."""
    return facts[:limit], max(len(facts) - limit, 0)


def fact_section(profile: EntityProfile, predicate: str, *, title: str = "") -> Section:
    """Return the facts of one predicate as a section titled by its label."""
    facts, hidden = capped(profile.values(predicate))
    return Section(
        key=predicate,
        title=title or Predicate(predicate).label,
        groups=(Group("", tuple(Line.of(fact) for fact in facts), hidden=hidden),),
    )


@dataclass(frozen=True, slots=True)
class SourceNote:
    """A source that says something on the page, its records and references."""

    title: str
    url: str
    records: tuple[str, ...]
    references: tuple[str, ...] = field(default=())


def source_notes(profile: EntityProfile) -> tuple[SourceNote, ...]:
    """List each source behind the page's facts, preferred source first."""
    sources: dict[int, Any] = {}
    records: dict[int, set[str]] = defaultdict(set)
    references: dict[int, set[str]] = defaultdict(set)
    for facts in profile.facts.values():
        for fact in facts:
            sources.setdefault(fact.source_id, fact.source)
            records[fact.source_id].add(fact.record)
            if fact.reference:
                references[fact.source_id].add(fact.reference)
    ordered = sorted(sources.values(), key=lambda source: -source.priority)
    return tuple(
        SourceNote(
            title=source.title,
            url=source.url,
            records=tuple(sorted(records[source.pk])),
            references=tuple(sorted(references[source.pk])),
        )
        for source in ordered
    )


def alias_groups(profile: EntityProfile) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return the entity's other names by kind: (别称, (偏侧面肌痉挛, …)), …"""
    grouped: dict[str, list[str]] = defaultdict(list)
    for alias in profile.aliases:
        label = alias.get_kind_display()
        if alias.name not in grouped[label] and alias.name != profile.entity.name:
            grouped[label].append(alias.name)
    return tuple((label, tuple(names)) for label, names in grouped.items() if names)


class EntityPage:
    """How one kind of entity is shown. Subclasses override `sections`."""

    heading: ClassVar[str] = ""
    template_name: ClassVar[str] = "web/entity.html"

    def sections(self, profile: EntityProfile, index: DepartmentIndex) -> list[Section]:
        return []

    def side_blocks(self, profile: EntityProfile, index: DepartmentIndex) -> SideBlocks:
        """The blocks beside the text; by default the questions that name it."""
        return SideBlocks(questions=question_links(profile.entity.name))

    def structured_data(self, profile: EntityProfile, url: str) -> dict[str, Any]:
        return entity_ld(profile, url)

    def header_fields(self, profile: EntityProfile) -> tuple[tuple[str, str], ...]:
        """Label-value lines under the title (通用名 on a drug page)."""
        return ()

    def crumbs(
        self, profile: EntityProfile, index: DepartmentIndex
    ) -> tuple[Crumb, ...]:
        """首页 > the primary department's path > the entity."""
        return trail(
            Crumb(profile.entity.name),
            departments=index.path(profile.primary_department),
        )

    def context(self, profile: EntityProfile, url: str = "") -> dict[str, Any]:
        """Everything the template shows; `url` is the page's absolute address."""
        index = DepartmentIndex.load()
        entity = profile.entity
        flags = all_rules()
        return {
            "entity": entity,
            "profile": profile,
            "heading": self.heading or entity.get_kind_display(),
            "summary": profile.summary,
            "alias_groups": alias_groups(profile),
            "header_fields": self.header_fields(profile),
            "crumbs": self.crumbs(profile, index),
            "sections": [
                section
                for section in self.sections(profile, index)
                if not section.is_empty
            ],
            "sources": source_notes(profile),
            "red_flags": flags_for_profile(profile, flags),
            "side": self.side_blocks(profile, index),
            "json_ld": self.structured_data(profile, url),
        }
