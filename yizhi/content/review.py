"""Audit findings for the `audit` command: of files on disk, or of stored articles.

Both give the JSON shape the command prints, one dict per finding with
kind, drug (drug_mismatch only), subject, reason and article.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from yizhi.content.audit import audit_page
from yizhi.content.importers.pages import page_files
from yizhi.content.linking import Linker, link_page
from yizhi.content.models import AuditFinding, AuditKind
from yizhi.content.parsing import ParseError, parse_page


def audit_files(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Parse, link and audit files without storing anything.

    A file that does not parse raises ParseError naming the file: an audit
    that silently skipped a file would look like a clean one.
    """
    linker = Linker()
    findings: list[dict[str, Any]] = []
    for item in page_files(tuple(paths), None):
        try:
            page = parse_page(item.path.read_bytes(), source=item.key)
        except ParseError as error:
            raise ParseError(f"{item.key}：{error}") from error
        linked = link_page(page, linker=linker)
        findings += [finding.to_json(item.key) for finding in audit_page(linked)]
    return findings


def stored_findings() -> list[dict[str, Any]]:
    """Return the findings stored for every imported article."""
    rows = AuditFinding.objects.select_related("article").order_by(
        "article__source_key", "pk"
    )
    return [_row_json(row) for row in rows]


def _row_json(row: AuditFinding) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": row.kind}
    if row.kind == AuditKind.DRUG_MISMATCH:
        found["drug"] = row.drug
    found.update(subject=row.subject, reason=row.reason, article=row.article.source_key)
    return found
