"""Structured data (schema.org JSON-LD) that search engines read from a page.

Each function returns a plain dict for one page type; the `json_ld` template
filter writes it into the page. Values are only what the page itself shows, so
the structured data never says more than the reader sees.
"""

from __future__ import annotations

from typing import Any

from yizhi.content.models import Article, ReviewStatus
from yizhi.directory.models import Doctor, Hospital
from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.dispensing import Dispensing
from yizhi.knowledge.profile import EntityProfile

CONTEXT = "https://schema.org"
# schema.org's DrugPrescriptionStatus has exactly these two members.
PRESCRIPTION_ONLY = "https://schema.org/PrescriptionOnly"
OVER_THE_COUNTER = "https://schema.org/OTC"
# A few names are enough for a search engine; the page lists the rest.
LIST_LIMIT = 10


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: schema.org readers treat "" and [] as stated facts."""
    return {key: value for key, value in data.items() if value not in ("", [], None)}


def _names(profile: EntityProfile, predicate: str, kind: str) -> list[dict[str, str]]:
    return [
        {"@type": kind, "name": fact.text}
        for fact in profile.values(predicate)[:LIST_LIMIT]
    ]


def _aliases(profile: EntityProfile) -> list[str]:
    return sorted({alias.name for alias in profile.aliases} - {profile.entity.name})


def condition_ld(profile: EntityProfile, url: str) -> dict[str, Any]:
    """A disease or symptom page as a schema.org MedicalCondition."""
    department = profile.primary_department
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "MedicalCondition",
            "name": profile.entity.name,
            "alternateName": _aliases(profile),
            "description": profile.summary,
            "url": url,
            "signOrSymptom": _names(profile, Predicate.SYMPTOM, "MedicalSignOrSymptom"),
            "typicalTest": _names(profile, Predicate.EXAM, "MedicalTest"),
            "drug": _names(profile, Predicate.DRUG, "Drug"),
            "relevantSpecialty": department.name if department else "",
        }
    )


def drug_ld(profile: EntityProfile, url: str, dispensing: Dispensing) -> dict[str, Any]:
    """A drug page as a schema.org Drug, with its dispensing class when known."""
    generic = profile.first(Predicate.GENERIC_NAME)
    status = ""
    if dispensing.is_prescription:
        status = PRESCRIPTION_ONLY
    elif dispensing.is_otc:
        status = OVER_THE_COUNTER
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "Drug",
            "name": profile.entity.name,
            "alternateName": _aliases(profile),
            "nonProprietaryName": generic.text if generic else "",
            "description": profile.summary,
            "url": url,
            "prescriptionStatus": status,
        }
    )


def entity_ld(
    profile: EntityProfile, url: str, dispensing: Dispensing | None = None
) -> dict[str, Any]:
    """Pick the schema.org type of an entity page; other kinds get a web page."""
    kind = profile.entity.kind
    if kind in (EntityKind.DISEASE, EntityKind.SYMPTOM):
        return condition_ld(profile, url)
    if kind == EntityKind.DRUG and dispensing is not None:
        return drug_ld(profile, url, dispensing)
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "MedicalWebPage",
            "name": profile.entity.name,
            "description": profile.summary,
            "url": url,
        }
    )


def physician_ld(doctor: Doctor, url: str) -> dict[str, Any]:
    hospital = doctor.hospital
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "Physician",
            "name": doctor.name,
            "jobTitle": " ".join(
                part for part in (doctor.title, doctor.academic_title) if part
            ),
            "description": doctor.specialty,
            "url": url,
            "medicalSpecialty": doctor.department.name,
            "hospitalAffiliation": {"@type": "Hospital", "name": hospital.name},
            "address": _address(hospital),
        }
    )


def _address(hospital: Hospital) -> dict[str, str]:
    return _compact(
        {
            "@type": "PostalAddress",
            "addressRegion": hospital.province,
            "addressLocality": hospital.city,
            "streetAddress": hospital.address,
            "addressCountry": "CN",
        }
    )


def hospital_ld(hospital: Hospital, url: str) -> dict[str, Any]:
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "Hospital",
            "name": hospital.name,
            "description": hospital.introduction,
            "url": url,
            "telephone": hospital.phone,
            "address": _address(hospital),
        }
    )


def article_ld(article: Article, url: str) -> dict[str, Any]:
    """An article as a MedicalWebPage. `lastReviewed` only once an editor has
    reviewed it: an imported page is not a reviewed one."""
    reviewed = ""
    if article.status == ReviewStatus.REVIEWED and article.reviewed:
        reviewed = article.reviewed.date().isoformat()
    subject = article.subject
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "MedicalWebPage",
            "name": article.title,
            "headline": article.title,
            "description": article.summary,
            "url": url,
            "inLanguage": "zh-CN",
            "datePublished": article.published.isoformat() if article.published else "",
            "dateModified": article.updated.date().isoformat()
            if article.updated
            else "",
            "lastReviewed": reviewed,
            "about": (
                {"@type": "MedicalCondition", "name": subject.name} if subject else None
            ),
        }
    )
