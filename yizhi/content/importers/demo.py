"""`yizhi import demo-articles`: load the sample articles shipped with yizhi.

The pages in yizhi/content/demo are written by the team in the shapes real
portals use, so a fresh `make serve` has articles to show. They are stored
as demo (`Article.is_demo`) under the source 示例文章.
"""

from __future__ import annotations

from pathlib import Path

from yizhi.content.importers.pages import PagesImporter
from yizhi.knowledge.importers.base import register_importer
from yizhi.knowledge.importers.batch import BatchReport

DEMO_PAGES = Path(__file__).resolve().parent.parent / "demo"
DEMO_SOURCE = "示例文章"


@register_importer
class DemoArticlesImporter(PagesImporter):
    name = "demo-articles"
    description = "导入随项目附带的示例科普文章（标记为示例数据）"
    needs_paths = False
    is_demo = True

    def run(self, *, dry_run: bool = False) -> BatchReport:
        self.paths = (DEMO_PAGES,)
        self.source = DEMO_SOURCE
        return super().run(dry_run=dry_run)
