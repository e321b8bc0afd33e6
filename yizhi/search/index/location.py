"""Where the index lives on disk.

Read from settings on each call (never at import time), so tests and the
benchmark can point it elsewhere with `settings.SEARCH_INDEX_DIR`.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings


def index_dir() -> Path:
    """Return the directory of the live index (it may not exist yet)."""
    return Path(settings.SEARCH_INDEX_DIR)
