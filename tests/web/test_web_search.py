"""/search?q=: exact names and aliases redirect; everything else gets a clean page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from yizhi.web.views.search import MAX_QUERY_LENGTH, clean_query

SEARCH = reverse("web:search")


@pytest.mark.parametrize(
    ("query", "kind", "name"),
    [
        ("面肌痉挛", "disease", "面肌痉挛"),  # the name
        ("偏侧面肌痉挛", "disease", "面肌痉挛"),  # an alias
        ("贝尔面瘫", "disease", "面神经炎"),
        ("肉跳", "symptom", "肌束颤动"),  # a lay term
        (" 面肌痙攣 ", "disease", "面肌痉挛"),  # traditional, with spaces
        ("巴氯芬片", "drug", "巴氯芬片"),
    ],
)
def test_search_redirects_on_an_exact_or_alias_hit(
    client, web_kb, query, kind, name
) -> None:
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 302
    assert response["Location"] == reverse("web:entity", args=[kind, name])


def test_search_lists_close_matches_and_names_containing_the_query(
    client, web_kb, text_of
) -> None:
    response = client.get(SEARCH, {"q": "面肌"})
    assert response.status_code == 200
    results = text_of(response, "div#results")
    assert "面肌痉挛" in results
    assert 'class="result"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["", "   ", "\x00\x01", "x" * 5000, "<script>alert(1)</script>", "%", "';--"],
)
def test_search_answers_odd_input_with_a_page(client, web_kb, query) -> None:
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  面肌痉挛 ", "面肌痉挛"),
        ("面肌\x00痉挛", "面肌痉挛"),  # control characters dropped
        ("vitamin   c", "vitamin c"),  # runs of spaces folded
        ("面肌\u200b痉挛", "面肌痉挛"),  # a zero-width space pasted from chat
        ("\t\n", ""),
    ],
)
def test_clean_query(raw: str, expected: str) -> None:
    assert clean_query(raw) == expected


def test_clean_query_caps_the_length() -> None:
    assert len(clean_query("痉" * 10_000)) == MAX_QUERY_LENGTH
