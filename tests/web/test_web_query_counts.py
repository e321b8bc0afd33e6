"""Each page costs a fixed number of queries, however many facts it shows.

The disease page's sixteen: the entity, its facts, aliases and red flags (4),
the department tree and all red-flag rules (2), the drugs' categories for the
imaging agents and vaccines it lists (1), the side blocks: doctors by
specialty and by department (2), drug indications and the condition's names
(3, a fourth for the marks when a drug fits), exam summaries, questions and
articles (3).

The budgets are the counts measured on the fixture plus nothing: adding a
section that queries per line fails here first. Close matches cache the known
names, so a search miss is counted after one warm-up.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.models import Entity, Fact

DISEASE_PAGE_QUERIES = 16


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Count what computing a page costs, not what serving it from cache does."""
    settings.PAGE_CACHE_SECONDS = 0


def _budgets(kb) -> list[tuple[str, int]]:
    return [
        (reverse("web:home"), 2),
        (reverse("web:about"), 7),  # counts per source; cached after the first
        (reverse("web:departments"), 2),
        (kb.neurology.get_absolute_url(), 6),
        (kb.disease.get_absolute_url(), DISEASE_PAGE_QUERIES),
        (kb.stroke.get_absolute_url(), 11),
        (kb.symptom.get_absolute_url(), 12),
        (kb.drug.get_absolute_url(), 7),
        (kb.exam.get_absolute_url(), 9),
        (kb.factor.get_absolute_url(), 8),
        (reverse("web:search") + "?q=面肌痉挛", 2),
        (reverse("web:search") + "?q=面肌", 7),  # a miss checks the name cache (2)
        (reverse("web:doctors"), 5),
        (reverse("web:hospitals"), 4),
        (reverse("web:questions"), 3),
        (reverse("web:robots"), 0),
    ]


def test_pages_stay_within_their_query_budget(
    client, web_kb, django_assert_max_num_queries
) -> None:
    client.get(reverse("web:search") + "?q=面肌")  # warm the close-match cache
    for url, budget in _budgets(web_kb):
        with django_assert_max_num_queries(budget):
            assert client.get(url).status_code in (200, 302), url


@pytest.mark.parametrize("extra", [1, 25])
def test_disease_page_queries_do_not_grow_with_its_drugs(
    client, web_kb, django_assert_max_num_queries, extra
) -> None:
    for number in range(extra):
        drug = Entity.objects.create(kind="drug", name=f"示例加量药{number}")
        for predicate in (Predicate.DRUG, Predicate.SYMPTOM):
            Fact.objects.create(
                subject=web_kb.disease,
                predicate=predicate,
                text=drug.name,
                target=drug,
                source=web_kb.source,
                record="网页测试#加量",
            )
    with django_assert_max_num_queries(DISEASE_PAGE_QUERIES):
        client.get(web_kb.disease.get_absolute_url())
