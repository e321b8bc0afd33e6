"""The side blocks of a page: 相关医生, 相关药品, 相关检查, 相关问答, 相关推荐.

Each block is computed from the knowledge base and the directory, never from
what an imported page happened to list, and costs one or two queries however
long it is. Blocks are de-duplicated by title (seed 000 lists one question
twice). A block with nothing in it is not shown.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils.http import urlencode

from yizhi.content.models import Article, Question
from yizhi.directory.models import Doctor
from yizhi.knowledge.agents import agent_kind
from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.dispensing import Dispensing, dispensing_classes
from yizhi.knowledge.indications import condition_terms, find_match
from yizhi.knowledge.models import Department, Entity, Fact
from yizhi.knowledge.profile import EntityProfile
from yizhi.web.departments import DepartmentIndex

DOCTOR_LIMIT = 6
BLOCK_LIMIT = 6
# Drugs whose indications are read per query when choosing related drugs.
INDICATION_CHUNK = 50
SNIPPET_LENGTH = 60

_NOT_TITLE_CHARS = re.compile(r"[\s\W_]+")


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """One line of a side block: where it goes and a short note under it."""

    title: str
    url: str
    note: str = ""
    dispensing: Dispensing | None = None


@dataclass(frozen=True, slots=True)
class SideBlocks:
    """Everything a page shows beside its main text; empty blocks are hidden."""

    doctors: tuple[Doctor, ...] = ()
    drugs: tuple[RelatedLink, ...] = ()
    exams: tuple[RelatedLink, ...] = ()
    questions: tuple[RelatedLink, ...] = ()
    articles: tuple[RelatedLink, ...] = ()
    # The 找医生 list with the same department chosen, for "更多医生".
    doctors_url: str = ""

    @property
    def is_empty(self) -> bool:
        return not (
            self.doctors or self.drugs or self.exams or self.questions or self.articles
        )


def title_key(title: str) -> str:
    """Fold a title for de-duplication: punctuation and spaces do not count."""
    return _NOT_TITLE_CHARS.sub("", title).lower()


def dedupe(
    links: Iterable[RelatedLink], *, seen: Iterable[str] = ()
) -> list[RelatedLink]:
    """Drop links whose title repeats an earlier one (or one in `seen`)."""
    keys = {title_key(title) for title in seen}
    kept = []
    for link in links:
        key = title_key(link.title)
        if key and key not in keys:
            keys.add(key)
            kept.append(link)
    return kept


def snippet(text: str, length: int = SNIPPET_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def entity_summary(entity: Entity | None, length: int = SNIPPET_LENGTH) -> str:
    """The start of what the knowledge base says an entity is, or ""."""
    if entity is None:
        return ""
    fact = Fact.objects.about(entity, Predicate.SUMMARY).first()
    return snippet(fact.text, length) if fact else ""


def search_url(query: str) -> str:
    return f"{reverse('web:search')}?{urlencode({'q': query})}"


def doctors_for(
    entity: Entity | None,
    departments: Sequence[Department],
    *,
    limit: int = DOCTOR_LIMIT,
) -> tuple[Doctor, ...]:
    """Doctors whose 擅长 names the disease first, then doctors of its department.

    A specialist in the disease is the better match, so they come first; the
    department's doctors (its subtree: 内科 includes 神经内科) fill the block,
    most senior first and real doctors before demo ones.
    """
    base = Doctor.objects.select_related("hospital", "department")
    found: list[Doctor] = []
    if entity is not None:
        found = list(base.treating(entity).by_seniority()[:limit])
    if departments and len(found) < limit:
        found += (
            base.in_department(departments[0])
            .exclude(pk__in=[doctor.pk for doctor in found])
            .by_seniority()[: limit - len(found)]
        )
    return tuple(found)


def fitting_drugs(
    condition: Entity | None, facts: Sequence[Fact], *, limit: int = BLOCK_LIMIT
) -> tuple[RelatedLink, ...]:
    """Drugs the knowledge base links to a condition whose indications fit it.

    A link alone is not enough: CMeKG lists antibiotics under conditions they
    do not treat. Each drug must state an indication naming the condition, an
    alias or one of its symptoms (knowledge.indications); a drug that states
    none is left out too, since nothing vouches for it, and so are imaging
    agents and vaccines (knowledge.agents), which treat nothing. Indications
    and categories of all the drugs come a chunk per query, the condition's
    names in two.
    """
    if condition is None:
        return ()
    drugs: dict[int, Entity] = {}
    for fact in facts:
        if fact.target_id:
            drugs.setdefault(fact.target_id, fact.target)
    if not drugs:
        return ()
    terms = condition_terms(condition)
    chosen: list[Entity] = []
    candidates = list(drugs)
    # A common disease links hundreds of drugs; reading their indications a
    # chunk at a time stops as soon as the block is full.
    for start in range(0, len(candidates), INDICATION_CHUNK):
        chunk = candidates[start : start + INDICATION_CHUNK]
        said: dict[str, dict[int, list[str]]] = {
            Predicate.INDICATION: defaultdict(list),
            Predicate.CATEGORY: defaultdict(list),
        }
        rows = (
            Fact.objects.filter(subject_id__in=chunk, predicate__in=list(said))
            .order_by("-source__priority", "position")
            .values_list("subject_id", "predicate", "text")
        )
        for subject, predicate, text in rows:
            said[predicate][subject].append(text)
        indications, categories = said[Predicate.INDICATION], said[Predicate.CATEGORY]
        chosen += [
            drugs[pk]
            for pk in chunk
            if indications[pk]
            and not agent_kind(drugs[pk].name, categories[pk])
            and find_match(indications[pk], terms)
        ]
        if len(chosen) >= limit:
            break
    chosen = chosen[:limit]
    marks = dispensing_classes(chosen)
    return tuple(
        RelatedLink(drug.name, drug.get_absolute_url(), dispensing=marks.get(drug.pk))
        for drug in chosen
    )


def exam_links(
    exams: Sequence[Entity], *, limit: int = BLOCK_LIMIT
) -> tuple[RelatedLink, ...]:
    """Exams with the first line of what each is for, in one query."""
    shown = list({exam.pk: exam for exam in exams}.values())[:limit]
    summaries: dict[int, str] = {}
    rows = (
        Fact.objects.filter(
            subject_id__in=[exam.pk for exam in shown], predicate=Predicate.SUMMARY
        )
        .order_by("-source__priority", "position")
        .values_list("subject_id", "text")
    )
    for subject, text in rows:
        summaries.setdefault(subject, snippet(text))
    return tuple(
        RelatedLink(exam.name, exam.get_absolute_url(), summaries.get(exam.pk, ""))
        for exam in shown
    )


def question_links(
    name: str, *, exclude: int | None = None, limit: int = BLOCK_LIMIT
) -> tuple[RelatedLink, ...]:
    """Questions whose title names the entity, newest first, repeats dropped."""
    if not name:
        return ()
    found = Question.objects.filter(title__contains=name).exclude(pk=exclude)
    rows = found.order_by("-created", "pk").values_list("pk", "title", "body")
    links = (
        RelatedLink(title, reverse("web:question", args=[pk]), snippet(body))
        for pk, title, body in rows[: limit * 2]
    )
    return tuple(dedupe(links)[:limit])


def department_questions(
    department_ids: Sequence[int],
    *,
    exclude: int | None = None,
    limit: int = BLOCK_LIMIT,
) -> tuple[RelatedLink, ...]:
    """The newest questions filed under some departments, repeats dropped."""
    if not department_ids:
        return ()
    rows = (
        Question.objects.filter(department_id__in=department_ids)
        .exclude(pk=exclude)
        .order_by("-created", "-pk")
        .values_list("pk", "title", "body")[: limit * 2]
    )
    links = (
        RelatedLink(title, reverse("web:question", args=[pk]), snippet(body))
        for pk, title, body in rows
    )
    return tuple(dedupe(links)[:limit])


def article_links(
    entity: Entity | None,
    *,
    exclude: int | None = None,
    seen: Iterable[str] = (),
    limit: int = BLOCK_LIMIT,
) -> tuple[RelatedLink, ...]:
    """Articles about the entity, or listing it among their causes."""
    if entity is None:
        return ()
    rows = (
        Article.objects.filter(Q(subject=entity) | Q(causes__entity=entity))
        .exclude(pk=exclude)
        .distinct()
        .order_by("-published", "-pk")
        .values_list("pk", "title", "summary")[: limit * 2]
    )
    links = (
        RelatedLink(title, reverse("web:article", args=[pk]), snippet(summary))
        for pk, title, summary in rows
    )
    return tuple(dedupe(links, seen=seen)[:limit])


def doctors_list_url(departments: Sequence[Department]) -> str:
    """The 找医生 list filtered to the first department, or unfiltered."""
    url = reverse("web:doctors")
    return (
        f"{url}?{urlencode({'department': departments[0].name})}"
        if departments
        else url
    )


def condition_blocks(
    profile: EntityProfile, index: DepartmentIndex, *, with_drugs: bool
) -> SideBlocks:
    """Side blocks of a disease or symptom page.

    Doctors by specialty, then by department; exams the knowledge base lists;
    drugs only on disease pages, linked by the knowledge base and fitting by
    their indications (never from text an imported page wrote).
    """
    entity = profile.entity
    departments = profile.departments[:1]
    exams = [fact.target for fact in profile.values(Predicate.EXAM) if fact.target_id]
    return SideBlocks(
        doctors=doctors_for(entity, departments),
        drugs=(
            fitting_drugs(entity, profile.values(Predicate.DRUG)) if with_drugs else ()
        ),
        exams=exam_links(exams),
        questions=question_links(entity.name),
        articles=article_links(entity),
        doctors_url=doctors_list_url(departments),
    )
