"""Parse raw health pages (HTML, Markdown, text) into structured articles.

Pure: no database, no settings. `parse_page` is the one entry point; linking,
import and audit work on the ParsedPage it returns.
"""

from .errors import ParseError
from .model import (
    Cause,
    DiseaseCard,
    Doctor,
    DrugItem,
    ExamItem,
    Metadata,
    ParsedPage,
    QAItem,
    RelatedItem,
)
from .page import parse_page

__all__ = [
    "Cause",
    "DiseaseCard",
    "Doctor",
    "DrugItem",
    "ExamItem",
    "Metadata",
    "ParseError",
    "ParsedPage",
    "QAItem",
    "RelatedItem",
    "parse_page",
]
