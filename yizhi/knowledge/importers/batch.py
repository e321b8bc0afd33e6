"""Importers of records that are not knowledge-base facts: pages, Q&A, directory rows.

They share `yizhi import NAME PATH...` with the knowledge importers but work
per record: a bad file or row is reported and skipped, the rest of the batch
goes on, and each record is written in its own transaction so nothing is left
half-written.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class RecordFailure:
    """One file or row that could not be imported, and why, in words an editor reads."""

    record: str
    reason: str


@dataclass(slots=True)
class BatchReport:
    """What one batch import created, updated, left alone and refused."""

    importer: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[RecordFailure] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    dry_run: bool = False

    @property
    def records(self) -> int:
        return self.created + self.updated + self.unchanged + len(self.failures)

    def as_dict(self) -> dict[str, Any]:
        return {
            "importer": self.importer,
            "records": self.records,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": len(self.failures),
            "failures": [
                {"record": failure.record, "reason": failure.reason}
                for failure in self.failures
            ],
            "findings": self.findings,
            "seconds": round(self.seconds, 2),
            "dry_run": self.dry_run,
        }

    def summary(self) -> str:
        verb = "检查" if self.dry_run else "导入"
        return (
            f"{verb}完成：新建 {self.created}，更新 {self.updated}，"
            f"未变 {self.unchanged}，失败 {len(self.failures)}，"
            f"用时 {self.seconds:.1f} 秒"
        )


class BatchImporter(ABC):
    """Import many files (or many rows of a file) one record at a time.

    `source` is the provenance an editor gives (`--source`); without it each
    record's path is its provenance.
    """

    name: ClassVar[str]  # what `yizhi import NAME` accepts
    description: ClassVar[str]  # one line for `yizhi import --help`
    needs_paths: ClassVar[bool] = True  # False for generated data such as the demo set

    def __init__(
        self,
        *,
        paths: Sequence[Path],
        source: str | None = None,
        progress: bool = False,
    ) -> None:
        self.paths = tuple(paths)
        self.source = source
        self.progress = progress

    @abstractmethod
    def run(self, *, dry_run: bool = False) -> BatchReport:
        """Import every record, reporting failures instead of raising on them."""
