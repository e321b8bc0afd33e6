"""`yizhi kb build`: the whole knowledge base from its sources, in order."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone

from yizhi.knowledge.importers.cmekg import CMeKGImporter
from yizhi.knowledge.importers.drafts import ImportReport
from yizhi.knowledge.importers.overlay import OverlayImporter
from yizhi.knowledge.importers.tree import sync_departments
from yizhi.knowledge.models import BuildRun
from yizhi.knowledge.stats import knowledge_stats

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildResult:
    run: BuildRun
    reports: tuple[ImportReport, ...]


def build_knowledge_base(
    *,
    cmekg_path: Path | None = None,
    overlay_path: Path | None = None,
    with_cmekg: bool = True,
    progress: bool = False,
) -> BuildResult:
    """Build departments, CMeKG and the overlay, and record how long it took.

    The overlay runs before CMeKG and again after it. The first run puts the
    overlay's names and lay terms in place, so CMeKG's mention of 低钙血症 or
    抽筋 links to the overlay's entity instead of minting a symptom of that
    name; the second links the overlay's own mentions to CMeKG's entities and
    leaves the overlay's facts as the ones of record. Both runs see the same
    names on every build, which keeps a rebuild identical to the first build.
    """
    started, clock = timezone.now(), time.perf_counter()
    sync_departments()
    overlay = OverlayImporter(path=overlay_path, progress=False)
    overlay.run()
    reports = []
    if with_cmekg:
        reports.append(CMeKGImporter(path=cmekg_path, progress=progress).run())
    reports.append(overlay.run())
    seconds = time.perf_counter() - clock
    run = BuildRun.objects.create(
        started=started,
        seconds=seconds,
        counts={
            "stats": knowledge_stats(),
            "imports": [report.as_dict() for report in reports],
        },
    )
    logger.info("knowledge base built in %.1fs", seconds)
    return BuildResult(run=run, reports=tuple(reports))
