"""Fixtures shared by the whole suite.

Every database test starts from the same small knowledge base: the canonical
department tree plus the team's themed overlay in tests/fixtures/kb, loaded
through the real importers once per session.
"""

from __future__ import annotations

import pytest
from testsupport import FIXTURE_KB


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the fixture knowledge base into the test database once."""
    from yizhi.knowledge.build import build_knowledge_base

    with django_db_blocker.unblock():
        build_knowledge_base(overlay_path=FIXTURE_KB, with_cmekg=False)


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """Start each test with an empty page cache, so no test sees another's pages."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _no_search_index_of_the_checkout(settings, tmp_path_factory):
    """Point the search index away from var/: a test sees an index only when it
    builds one, whether or not `make serve` has built the checkout's."""
    settings.SEARCH_INDEX_DIR = tmp_path_factory.getbasetemp() / "no-search-index"
