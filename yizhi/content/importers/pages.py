"""`yizhi import pages PATH...`: saved health pages into reviewed-later articles.

Each file is parsed, linked, audited and stored in its own transaction, so a
bad file (empty, binary, not a health article) is reported and skipped while
the rest of the batch goes on, and nothing of it is left in the database.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from yizhi.content.audit import Finding, audit_page
from yizhi.content.duplicates import content_hash, near_duplicate, same_content
from yizhi.content.linking import Linker, link_page
from yizhi.content.models import AuditKind
from yizhi.content.parsing import ParsedPage, ParseError, parse_page
from yizhi.content.store import UNCHANGED, page_source, store_page
from yizhi.knowledge.importers.base import register_importer
from yizhi.knowledge.importers.batch import BatchImporter, BatchReport, RecordFailure

logger = logging.getLogger(__name__)

PAGE_SUFFIXES = frozenset({".html", ".htm", ".txt", ".md"})
DEFAULT_SOURCE = "导入的网页"


@dataclass(frozen=True, slots=True)
class PageFile:
    """One file to import and the key it is stored under."""

    path: Path
    key: str


def page_files(paths: tuple[Path, ...], source: str | None) -> Iterator[PageFile]:
    """Yield every page file under `paths`, keyed by path relative to its folder.

    With `source`, keys read 「source/relative path」, so one editor's batch
    keeps its keys when the folder moves.
    """
    for root in paths:
        if root.is_dir():
            files = sorted(
                p for p in root.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES
            )
            pairs = [(p, p.relative_to(root).as_posix()) for p in files if p.is_file()]
        else:
            pairs = [(root, root.as_posix() if source is None else root.name)]
        for path, relative in pairs:
            yield PageFile(path, f"{source}/{relative}" if source else relative)


def read_reason(error: OSError) -> str:
    """Say in Chinese why a file could not be read."""
    if isinstance(error, FileNotFoundError):
        return "文件不存在"
    if isinstance(error, PermissionError):
        return "没有读取权限"
    return f"无法读取文件（{error.strerror or error}）"


@register_importer
class PagesImporter(BatchImporter):
    name = "pages"
    description = (
        "导入健康科普网页（HTML、Markdown 或纯文本）为待审核文章，链接知识库并审核"
    )
    is_demo = False

    def run(self, *, dry_run: bool = False) -> BatchReport:
        started = time.perf_counter()
        report = BatchReport(importer=self.name, dry_run=dry_run)
        linker = Linker()
        files = list(page_files(self.paths, self.source))
        for item in self._progress(files):
            try:
                outcome = self.import_file(item, linker, report, dry_run=dry_run)
            except ParseError as error:
                report.failures.append(RecordFailure(item.key, str(error)))
                continue
            except OSError as error:
                report.failures.append(RecordFailure(item.key, read_reason(error)))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
        report.seconds = time.perf_counter() - started
        logger.debug("pages: %s", report.summary())
        return report

    def import_file(
        self, item: PageFile, linker: Linker, report: BatchReport, *, dry_run: bool
    ) -> str:
        """Import one file; return created, updated or unchanged."""
        page = parse_page(item.path.read_bytes(), source=item.key)
        fingerprint = content_hash(page)
        with transaction.atomic():
            if other := same_content(fingerprint, source_key=item.key):
                report.findings.append(_copy_finding(page, item.key, other.source_key))
                return UNCHANGED
            linked = link_page(page, linker=linker)
            findings = audit_page(linked)
            if similar := near_duplicate(page, source_key=item.key):
                findings.append(_near_finding(similar.title, similar.source_key))
            stored = store_page(
                linked,
                source_key=item.key,
                source=page_source(self.source or page.metadata.site or DEFAULT_SOURCE),
                fingerprint=fingerprint,
                findings=findings,
                is_demo=self.is_demo,
                linker=linker,
            )
            report.findings += [finding.to_json(item.key) for finding in findings]
            if dry_run:
                transaction.set_rollback(True)
        return stored.outcome

    def _progress(self, files: list[PageFile]) -> list[PageFile]:
        if not self.progress:
            return files
        from tqdm import tqdm

        return tqdm(files, unit="篇", desc="导入网页")


def _copy_finding(page: ParsedPage, key: str, other: str) -> dict[str, str]:
    return Finding(
        AuditKind.DUPLICATE,
        subject=page.title,
        reason=f"内容与已导入的文章（{other}）完全相同，没有重复保存",
    ).to_json(key)


def _near_finding(title: str, key: str) -> Finding:
    return Finding(
        AuditKind.DUPLICATE,
        subject=title,
        reason=f"与已导入的文章《{title}》（{key}）标题相近、病因相同，可能是重复内容",
    )
