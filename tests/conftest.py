"""Fixtures shared by the whole suite.

Every database test starts from the same small knowledge base: the canonical
department tree plus the team's themed overlay in tests/fixtures/kb, loaded
through the real importers once per session.
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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the fixture knowledge base into the test database once."""
    from yizhi.knowledge.build import build_knowledge_base

    with django_db_blocker.unblock():
        build_knowledge_base(overlay_path=FIXTURE_KB, with_cmekg=False)
