"""Print audit findings as a table an editor reads in a terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from yizhi.content.models import AuditKind

KIND_LABELS = dict(AuditKind.choices)


def format_findings(findings: Sequence[dict[str, Any]]) -> str:
    """Return one block per article, one line per finding, and a count."""
    if not findings:
        return "没有发现问题。"
    lines: list[str] = []
    article = None
    for finding in findings:
        if finding["article"] != article:
            article = finding["article"]
            lines.append(f"\n{article}")
        label = KIND_LABELS.get(finding["kind"], finding["kind"])
        target = finding.get("drug") or finding["subject"]
        lines.append(f"  [{label}] {target}：{finding['reason']}")
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding["kind"]] = counts.get(finding["kind"], 0) + 1
    total = "，".join(f"{KIND_LABELS.get(k, k)} {n}" for k, n in counts.items())
    lines.append(f"\n共 {len(findings)} 条：{total}")
    return "\n".join(lines).lstrip("\n")
