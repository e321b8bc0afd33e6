"""Check a linked page for what an editor must fix before publishing it.

Four kinds of finding, each with a reason an editor reads:
- drug_mismatch: a drug listed for the condition (in the drug block) or for
  one cause (in its text) whose indications fit neither;
- missing_disclaimer: the page has no 仅供参考 notice;
- duplicate: an item the page lists twice, or another article with the same
  content (the importer adds those, since it needs the database);
- unlinked_cause: a cause that is neither a known disease or symptom nor a
  non-disease factor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from yizhi.content.linking import LinkedCause, LinkedDrug, LinkedPage
from yizhi.content.models import AuditKind, LinkStatus
from yizhi.knowledge.indications import GENERIC_TERMS, drug_fits
from yizhi.knowledge.models import Entity


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one article; `drug` is set for drug_mismatch only."""

    kind: str
    subject: str
    reason: str
    drug: str = ""
    evidence: str = ""

    def to_json(self, article: str) -> dict[str, Any]:
        found: dict[str, Any] = {"kind": str(self.kind)}
        if self.kind == AuditKind.DRUG_MISMATCH:
            found["drug"] = self.drug
        found.update(subject=self.subject, reason=self.reason, article=article)
        return found


def audit_page(linked: LinkedPage) -> list[Finding]:
    """Return every finding for one linked page, in page order per kind.

    A page that lists one product twice (two makers of 两面针镇痛片) gets one
    finding for it, not two identical ones.
    """
    findings = [
        *drug_findings(linked),
        *_disclaimer_findings(linked),
        *_duplicate_findings(linked),
        *_unlinked_findings(linked),
    ]
    return list(dict.fromkeys(findings))


def page_conditions(linked: LinkedPage) -> list[Entity | str]:
    """Return what the page's drug block is for: its subject and specific causes.

    Broad causes (感染, 外伤) are left out: a page that names 感染 as a cause of
    facial spasm does not make every anti-infective a drug for facial spasm.
    """
    conditions: list[Entity | str] = [linked.subject.entity or linked.subject.name]
    for cause in linked.causes:
        link = cause.link
        if link.status == LinkStatus.ENTITY and link.name not in GENERIC_TERMS:
            conditions.append(cause.link.entity or cause.link.name)
    return [c for c in conditions if c]


def drug_findings(linked: LinkedPage) -> list[Finding]:
    """Check each drug against the conditions it is listed for."""
    findings: list[Finding] = []
    subject = linked.subject.entity or linked.subject.name
    for cause in linked.causes:
        if cause.cause.name in GENERIC_TERMS:
            # 「感染：可用阿莫西林」 names no condition a drug could be checked
            # against; the drug block below is still checked against the subject.
            continue
        conditions = [_cause_condition(cause), subject]
        for drug in cause.drugs:
            findings += _check(drug, [c for c in conditions if c], cause.cause.name)
    block_conditions = page_conditions(linked)
    for drug in linked.drugs:
        findings += _check(drug, block_conditions, linked.subject.name)
    return findings


def _cause_condition(cause: LinkedCause) -> Entity | str:
    if cause.link.status == LinkStatus.ENTITY and cause.link.entity is not None:
        return cause.link.entity
    return cause.cause.name


def _check(drug: LinkedDrug, conditions: list, listed_for: str) -> list[Finding]:
    fit = drug_fits(drug.link.entity or drug.name, conditions, drug.stated_indication)
    if fit.fits is not False:
        return []
    return [
        Finding(
            AuditKind.DRUG_MISMATCH,
            subject=listed_for,
            drug=drug.name,
            reason=f"页面把{drug.name}列为“{listed_for}”的用药，但{fit.reason}",
            evidence=fit.evidence,
        )
    ]


def _disclaimer_findings(linked: LinkedPage) -> list[Finding]:
    if linked.page.disclaimer.strip():
        return []
    return [
        Finding(
            AuditKind.MISSING_DISCLAIMER,
            subject=linked.page.title,
            reason="页面没有“仅供参考、不能代替医生诊断”之类的免责声明，发布前需补上",
        )
    ]


def _duplicate_findings(linked: LinkedPage) -> list[Finding]:
    return [
        Finding(
            AuditKind.DUPLICATE,
            subject=item,
            reason=f"页面重复列出了“{item.split('：', 1)[-1]}”，导入时只保留了一条",
        )
        for item in linked.page.duplicates
    ]


def _unlinked_findings(linked: LinkedPage) -> list[Finding]:
    return [
        Finding(
            AuditKind.UNLINKED_CAUSE,
            subject=cause.cause.name,
            reason=(
                f"病因“{cause.cause.name}”在知识库里找不到对应的疾病或症状，"
                "也不在非疾病因素词表中；请改用规范名称或补充知识库"
            ),
        )
        for cause in linked.causes
        if cause.link.status == LinkStatus.UNLINKED
    ]
