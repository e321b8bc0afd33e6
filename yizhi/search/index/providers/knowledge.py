"""Documents for knowledge-base entities (diseases, symptoms, drugs, exams,
herbs) and for departments.

A full rebuild reads each kind in three bulk queries (entities, aliases, facts)
instead of one query per entity: the real knowledge base has ~50k searchable
entities and ~800k facts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from math import log1p

from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.models import Alias, Department, DepartmentAlias, Entity, Fact
from yizhi.search.index.documents import IndexDocument, document_key, join_sentences
from yizhi.search.index.registry import Provider, register_provider, url_or

# Facts that say what an entity is about, by kind, in the order the body
# lists them. Long lists (adverse reactions) are left out: they would make every
# drug match every symptom.
BODY_PREDICATES: dict[str, tuple[str, ...]] = {
    EntityKind.DISEASE: (
        Predicate.SUMMARY,
        Predicate.SYMPTOM,
        Predicate.POSSIBLE_CAUSE,
        Predicate.CAUSE,
        Predicate.DRUG,
        Predicate.TREATMENT,
        Predicate.EXAM,
        Predicate.COMPLICATION,
    ),
    EntityKind.SYMPTOM: (Predicate.SUMMARY, Predicate.POSSIBLE_CAUSE, Predicate.CAUSE),
    EntityKind.DRUG: (
        Predicate.SUMMARY,
        Predicate.INDICATION,
        Predicate.GENERIC_NAME,
        Predicate.CATEGORY,
        Predicate.DRUG_TYPE,
    ),
    EntityKind.EXAM: (Predicate.SUMMARY, Predicate.CATEGORY),
    EntityKind.HERB: (Predicate.EFFICACY, Predicate.INDICATION, Predicate.NATURE),
}
# What a fact lets an entity answer, for the intent fit in ranking.
PREDICATE_TAGS = {
    Predicate.POSSIBLE_CAUSE: "causes",
    Predicate.CAUSE: "causes",
    Predicate.SYMPTOM: "symptoms",
    Predicate.TREATMENT: "treatment",
    Predicate.DRUG: "treatment",
    Predicate.INDICATION: "indication",
    Predicate.EFFICACY: "indication",
    Predicate.COMPLICATION: "complication",
    Predicate.EXAM: "exam",
    Predicate.DEPARTMENT: "department",
}
ITEMS_PER_PREDICATE = 8
# Dosage forms at the end of a drug's name. People ask about 甲钴胺, the shelf
# says 甲钴胺片: the name without its form is indexed as one more name.
DOSAGE_FORM = re.compile(
    r"(分散片|缓释片|控释片|肠溶片|泡腾片|咀嚼片|含片|片|胶囊|软胶囊|颗粒|口服液|"
    r"注射液|注射剂|滴眼液|滴丸|丸|散|膏|乳膏|软膏|凝胶|喷雾剂|气雾剂|糖浆|栓|贴|"
    r"混悬液|溶液|口服溶液|合剂|酊|搽剂)$"
)
MIN_STEM_CHARS = 2
SNIPPET_CHARS = 90
# Curated overlay entries are the pages most worth landing on.
OVERLAY_SOURCE = "overlay"
OVERLAY_PRIOR = 20.0


@dataclass
class _Gathered:
    """What the bulk queries found about one entity."""

    aliases: list[str] = field(default_factory=list)
    facts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    departments: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    fact_count: int = 0
    curated: bool = False


class EntityProvider(Provider):
    """Entities of one kind, with aliases, department and key facts as body."""

    model = None  # the knowledge base changes by `yizhi kb build`, then reindex

    def count(self) -> int:
        return Entity.objects.of_kind(self.kind).count()

    def documents(self) -> Iterator[IndexDocument]:
        entities = Entity.objects.of_kind(self.kind).values_list("id", "name")
        gathered = _gather(self.kind)
        for pk, name in entities.iterator(chunk_size=5000):
            yield entity_document(self.kind, name, gathered.get(pk) or _Gathered())


def _gather(kind: str) -> dict[int, _Gathered]:
    found: dict[int, _Gathered] = defaultdict(_Gathered)
    aliases = Alias.objects.filter(entity__kind=kind).values_list("entity_id", "name")
    for pk, alias in aliases.iterator(chunk_size=10000):
        found[pk].aliases.append(alias)
    facts = (
        Fact.objects.filter(subject__kind=kind)
        .filter(predicate__in=(*BODY_PREDICATES[kind], Predicate.DEPARTMENT))
        .order_by("subject_id", "-source__priority", "position")
        .values_list(
            "subject_id",
            "predicate",
            "text",
            "target__kind",
            "target__name",
            "department__name",
            "source__key",
        )
    )
    for (
        pk,
        predicate,
        text,
        target_kind,
        target_name,
        department,
        source,
    ) in facts.iterator(chunk_size=20000):
        _add_fact(found[pk], predicate, text, target_kind, target_name, department)
        found[pk].curated |= source == OVERLAY_SOURCE
    return found


def _add_fact(gathered, predicate, text, target_kind, target_name, department):
    gathered.fact_count += 1
    if predicate == Predicate.DEPARTMENT:
        name = department or text
        if name and name not in gathered.departments:
            gathered.departments.append(name)
        return
    values = gathered.facts[predicate]
    if len(values) < ITEMS_PER_PREDICATE:
        values.append(text)
    if predicate in {Predicate.POSSIBLE_CAUSE, Predicate.CAUSE} and target_name:
        gathered.links.append(document_key(target_kind, target_name))


def entity_document(kind: str, name: str, gathered: _Gathered) -> IndexDocument:
    """Return the document of one entity from what was gathered about it."""
    summary = " ".join(gathered.facts.get(Predicate.SUMMARY, ()))
    parts = [summary] if summary else []
    for predicate in BODY_PREDICATES[kind]:
        values = gathered.facts.get(predicate)
        if predicate != Predicate.SUMMARY and values:
            parts.append(f"{Predicate(predicate).label}：{'、'.join(values)}")
    body = join_sentences(parts)
    tags = {PREDICATE_TAGS[p] for p in gathered.facts if p in PREDICATE_TAGS}
    if gathered.departments:
        tags.add("department")
    prior = log1p(gathered.fact_count) + (OVERLAY_PRIOR if gathered.curated else 0.0)
    names = (name, *gathered.aliases)
    if kind == EntityKind.DRUG:
        names += tuple(_drug_stem(n) for n in names[:2])
    return IndexDocument(
        key=document_key(kind, name),
        kind=kind,
        title=name,
        url=url_or("web:entity", [kind, name], f"/{kind}/{name}/"),
        names=(name, *dict.fromkeys(n for n in names if n and n != name)),
        body=body,
        snippet=body[:SNIPPET_CHARS],
        departments=tuple(gathered.departments),
        tags=tuple(sorted(tags)),
        links=tuple(dict.fromkeys(gathered.links)),
        prior=prior,
    )


def _drug_stem(name: str) -> str:
    stem = DOSAGE_FORM.sub("", name)
    return stem if len(stem) >= MIN_STEM_CHARS else ""


def _entity_provider(kind: str, label: str) -> type[EntityProvider]:
    return register_provider(
        type(
            f"{kind.title()}Provider", (EntityProvider,), {"kind": kind, "label": label}
        )
    )


DiseaseProvider = _entity_provider(EntityKind.DISEASE.value, "疾病")
SymptomProvider = _entity_provider(EntityKind.SYMPTOM.value, "症状")
DrugProvider = _entity_provider(EntityKind.DRUG.value, "药品")
ExamProvider = _entity_provider(EntityKind.EXAM.value, "检查")
HerbProvider = _entity_provider(EntityKind.HERB.value, "中药材")


@register_provider
class DepartmentProvider(Provider):
    """Departments of the canonical tree, with their other spellings."""

    kind = "department"
    label = "科室"

    def count(self) -> int:
        return Department.objects.count()

    def documents(self) -> Iterator[IndexDocument]:
        aliases: dict[int, list[str]] = defaultdict(list)
        for pk, name in DepartmentAlias.objects.values_list("department_id", "name"):
            aliases[pk].append(name)
        for department in Department.objects.all():
            yield department_document(department, aliases.get(department.pk, ()))

    def key_for(self, instance: Department) -> str:
        return document_key(self.kind, instance.name)


def department_document(
    department: Department, aliases: Iterable[str]
) -> IndexDocument:
    """Return the document of one department."""
    return IndexDocument(
        key=document_key("department", department.name),
        kind="department",
        title=department.name,
        url=url_or(
            "web:department", [department.name], f"/department/{department.name}/"
        ),
        names=(department.name, *aliases),
        body=department.description,
        snippet=department.description[:SNIPPET_CHARS],
        departments=(department.name,),
        tags=("department",),
        prior=5.0,
    )
