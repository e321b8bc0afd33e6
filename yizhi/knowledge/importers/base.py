"""The importer base class and the registry `yizhi import NAME` looks in."""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any, ClassVar, TypeVar

from django.db import transaction

from yizhi.knowledge.importers.batch import BatchImporter
from yizhi.knowledge.importers.drafts import (
    EntityDraft,
    ImportReport,
    RedFlagDraft,
    Rejection,
)
from yizhi.knowledge.importers.writer import KnowledgeWriter
from yizhi.knowledge.models import Source

logger = logging.getLogger(__name__)

IMPORTERS: dict[str, type[Importer] | type[BatchImporter]] = {}
RegisteredT = TypeVar("RegisteredT", bound=type)


class ImportFailed(Exception):
    """The source cannot be read at all; the message says how to fix it."""


def register_importer(cls: RegisteredT) -> RegisteredT:
    """Make `cls` available as `yizhi import <cls.name>`."""
    IMPORTERS[cls.name] = cls
    return cls


def get_importer(name: str, **options: Any) -> Importer | BatchImporter:
    try:
        cls = IMPORTERS[name]
    except KeyError:
        known = "、".join(sorted(IMPORTERS))
        raise ImportFailed(f"没有名为 {name} 的导入器；可用的有：{known}") from None
    return cls(**options)


class Importer(ABC):
    """Read a source, normalise each record to a draft, write all in one transaction."""

    name: ClassVar[str]  # what `yizhi import NAME` accepts
    source: ClassVar[str]  # Source.key stored with every fact
    source_title: ClassVar[str]
    source_url: ClassVar[str] = ""
    source_licence: ClassVar[str] = ""
    priority: ClassVar[int] = 10

    def __init__(self, *, progress: bool = False) -> None:
        self.progress = progress

    @abstractmethod
    def read(self) -> Iterator[Any]:
        """Yield records as the source has them. I/O only, no cleaning."""

    @abstractmethod
    def normalise(self, record: Any) -> EntityDraft | Rejection | None:
        """Turn one raw record into a draft, say why not, or skip it (None). Pure."""

    def red_flags(self) -> list[RedFlagDraft]:
        """Red-flag rules the source defines; most sources define none."""
        return []

    def run(self, *, dry_run: bool = False) -> ImportReport:
        """Normalise every record, then replace the source's knowledge at once.

        One transaction for the whole source: a failure leaves the previous
        knowledge as it was, never half of each.
        """
        started = time.perf_counter()
        report = ImportReport(source=self.source, dry_run=dry_run)
        drafts: list[EntityDraft] = []
        for record in self.read():
            report.records += 1
            outcome = self.normalise(record)
            if isinstance(outcome, Rejection):
                report.rejections.append(outcome)
            elif outcome is not None:
                drafts.append(outcome)
        flags = self.red_flags()
        with transaction.atomic():
            source = self.get_source()
            writer = KnowledgeWriter(source, progress=self.progress)
            report.facts, report.aliases, report.red_flags = writer.replace(
                drafts, flags
            )
            report.entities_created = writer.entities_created
            if dry_run:
                transaction.set_rollback(True)
        report.seconds = time.perf_counter() - started
        logger.info(
            "imported %s: %d records, %d facts, %d rejected in %.1fs",
            self.source,
            report.records,
            report.facts,
            len(report.rejections),
            report.seconds,
        )
        return report

    def get_source(self) -> Source:
        source, _ = Source.objects.update_or_create(
            key=self.source,
            defaults={
                "title": self.source_title,
                "url": self.source_url,
                "licence": self.source_licence,
                "priority": self.priority,
            },
        )
        return source
