"""Paths and skips shared by test modules.

Kept out of conftest.py: pytest may load several conftest modules under the
same name, so importing constants from "conftest" is not reliable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"
FIXTURE_KB = FIXTURES / "kb"
SHARED = REPO_ROOT.parent / "shared"


def needs_shared(*parts: str) -> Path:
    """Return a path under ../shared, or skip the test saying it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} beside the repository")
    return path
