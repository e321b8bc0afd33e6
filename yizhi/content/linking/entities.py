"""Look names up in the knowledge base and the directory, with a per-run cache.

A batch import links thousands of names, most of them repeated (the same
drugs and hospitals on every page), so a Linker remembers each answer for the
life of one batch.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models.functions import Length

from yizhi.content.linking.model import Link, LinkedDoctor
from yizhi.content.linking.names import (
    drug_stem,
    is_factor,
    is_product_of,
    name_variants,
)
from yizhi.content.models import LinkStatus
from yizhi.content.parsing import Doctor
from yizhi.directory.models import Doctor as DirectoryDoctor
from yizhi.directory.models import Hospital
from yizhi.knowledge.choices import EntityKind
from yizhi.knowledge.models import Alias, Entity
from yizhi.search.text.normalise import normalise_query

CONDITION_KINDS = (EntityKind.DISEASE, EntityKind.SYMPTOM)


def longest_known_inside(text: str, kinds: Sequence[str]) -> tuple[str, Entity] | None:
    """Return the longest name or alias of an entity of `kinds` inside `text`.

    Titles wrap the complaint in words of their own (晚上睡觉小腿抽筋, 打嗝停不
    下来): every piece of two characters or more is looked up at once, in two
    indexed queries, and the longest known one wins; the earlier one on a tie.
    """
    pieces = {
        text[start:end]
        for start in range(len(text))
        for end in range(start + 2, min(len(text), start + 20) + 1)
    }
    if not pieces:
        return None
    known = dict(
        Entity.objects.filter(name__in=pieces, kind__in=kinds).values_list("name", "pk")
    )
    aliases = Alias.objects.filter(name__in=pieces, entity__kind__in=kinds)
    for name, pk in aliases.values_list("name", "entity_id"):
        known.setdefault(name, pk)
    if not known:
        return None
    best = max(known, key=lambda name: (len(name), -text.index(name)))
    return best, Entity.objects.get(pk=known[best])


class Linker:
    """Link names to entities and directory rows; one instance per batch."""

    def __init__(self) -> None:
        self._entities: dict[tuple[str, tuple[str, ...]], Link] = {}
        self._drugs: dict[str, Link] = {}
        self._doctors: dict[tuple[str, str], LinkedDoctor] = {}

    def entity(self, name: str, kinds: Sequence[str]) -> Link:
        """Link `name` (or a variant spelling) to an entity of one of `kinds`."""
        key = (name, tuple(kinds))
        if key not in self._entities:
            self._entities[key] = self._find(name, kinds)
        return self._entities[key]

    def _find(self, name: str, kinds: Sequence[str]) -> Link:
        for variant in name_variants(normalise_query(name)):
            found = sorted(
                Entity.objects.named(variant).filter(kind__in=kinds),
                key=lambda e: (e.name != variant, list(kinds).index(e.kind), e.pk),
            )
            if found:
                entity = found[0]
                how = "名称" if entity.name == variant else "别名"
                if variant != name:
                    how += f"（{variant}）"
                return Link(name, LinkStatus.ENTITY, entity, how)
        return Link(name)

    def cause(self, name: str) -> Link:
        """Link a cause to a disease or symptom, or mark it a non-disease factor."""
        factor = self.entity(name, (EntityKind.FACTOR,))
        if is_factor(name) or factor.entity is not None:
            return Link(
                name, LinkStatus.FACTOR, factor.entity, factor.matched_by or "因素词表"
            )
        return self.entity(name, CONDITION_KINDS)

    def subject(self, candidates: Sequence[str]) -> Link:
        """Link the first title candidate the knowledge base knows, else the
        longest known condition named inside one, in the same order."""
        for candidate in candidates:
            link = self.entity(candidate, CONDITION_KINDS)
            if link.entity is not None:
                return link
        for candidate in candidates:
            inside = longest_known_inside(normalise_query(candidate), CONDITION_KINDS)
            if inside is not None:
                name, entity = inside
                return Link(candidate, LinkStatus.ENTITY, entity, f"标题中的「{name}」")
        return Link(candidates[0] if candidates else "")

    def drug(self, name: str) -> Link:
        """Link a drug: exact name or alias, then the same generic in another form."""
        if name not in self._drugs:
            self._drugs[name] = self._find_drug(name)
        return self._drugs[name]

    def _find_drug(self, name: str) -> Link:
        link = self.entity(name, (EntityKind.DRUG,))
        if link.entity is not None:
            return link
        stem = drug_stem(normalise_query(name))
        if stem != name and (found := self.entity(stem, (EntityKind.DRUG,))).entity:
            return Link(name, LinkStatus.ENTITY, found.entity, f"通用名（{stem}）")
        products = (
            Entity.objects.filter(kind=EntityKind.DRUG, name__startswith=stem)
            .order_by(Length("name"), "name")
            .only("pk", "kind", "name")[:50]
        )
        for product in products:
            if is_product_of(product.name, stem):
                return Link(name, LinkStatus.ENTITY, product, f"同通用名（{stem}）")
        return Link(name)

    def exam(self, name: str) -> Link:
        return self.entity(name, (EntityKind.EXAM,))

    def doctor(self, doctor: Doctor) -> LinkedDoctor:
        """Find a page's doctor in the directory by name and hospital.

        Without a hospital a name alone is trusted only when the directory
        has exactly one doctor of that name: two 王伟 are two people.
        """
        key = (doctor.name, doctor.hospital)
        if key not in self._doctors:
            self._doctors[key] = self._find_doctor(doctor)
        cached = self._doctors[key]
        return LinkedDoctor(doctor, cached.directory, cached.hospital)

    def _find_doctor(self, doctor: Doctor) -> LinkedDoctor:
        hospital = (
            Hospital.objects.filter(name=doctor.hospital).first()
            if doctor.hospital
            else None
        )
        candidates = DirectoryDoctor.objects.filter(name=doctor.name)
        if hospital is not None:
            found = candidates.filter(hospital=hospital).first()
        elif doctor.hospital:
            found = None
        else:
            matches = list(candidates[:2])
            found = matches[0] if len(matches) == 1 else None
        if found is not None and hospital is None:
            hospital = found.hospital
        return LinkedDoctor(doctor, found, hospital)
