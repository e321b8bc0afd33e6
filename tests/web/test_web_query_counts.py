"""Each page costs a fixed number of queries, however many facts it shows.

The budgets are the counts measured on the fixture plus nothing: adding a
section that queries per line fails here first. Close matches cache the known
names, so a search miss is counted after one warm-up.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.models import Entity, Fact


def _budgets(kb) -> list[tuple[str, int]]:
    return [
        (reverse("web:home"), 1),
        (reverse("web:about"), 0),
        (reverse("web:departments"), 2),
        (kb.neurology.get_absolute_url(), 4),
        (kb.disease.get_absolute_url(), 6),
        (kb.stroke.get_absolute_url(), 5),
        (kb.symptom.get_absolute_url(), 7),
        (kb.drug.get_absolute_url(), 5),
        (kb.exam.get_absolute_url(), 7),
        (kb.factor.get_absolute_url(), 6),
        (reverse("web:search") + "?q=面肌痉挛", 2),
        (reverse("web:search") + "?q=面肌", 4),
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
    with django_assert_max_num_queries(6):
        client.get(web_kb.disease.get_absolute_url())
