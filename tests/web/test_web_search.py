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


@pytest.mark.parametrize(
    ("tab", "target"), [("doctor", "/doctors/"), ("hospital", "/hospitals/")]
)
def test_search_tabs_send_the_query_to_the_directory(client, web_kb, tab, target):
    response = client.get(SEARCH, {"q": "神经内科", "tab": tab})
    assert response.status_code == 302
    assert response["Location"].startswith(target + "?q=")


def test_search_query_naming_a_red_flag_shows_the_emergency_notice(
    client, web_kb, text_of
) -> None:
    response = client.get(SEARCH, {"q": "突然一侧肢体无力怎么办"})
    assert "疑似脑卒中" in text_of(response, "aside.emergency")


def test_search_shows_an_answer_card_when_the_query_is_understood(
    client, web_kb, monkeypatch, text_of
) -> None:
    from yizhi.search.results import LinkedEntity, QueryUnderstanding, SearchResponse
    from yizhi.web.views import search as view

    understanding = QueryUnderstanding(
        normalised="身上肉跳是什么原因",
        intent="病因分析",
        entities=(LinkedEntity("肉跳", "肌束颤动", "symptom", "", 2, 4),),
        departments=("神经内科",),
    )
    monkeypatch.setattr(
        view,
        "run_search",
        lambda query, **options: SearchResponse(query, understanding),
    )
    response = client.get(SEARCH, {"q": "身上肉跳是什么原因"})
    card = text_of(response, "section#answer-card")
    assert "肌束颤动可能是什么原因" in card
    assert "示例熬夜" in card and "焦虑症" in card
    assert "建议就诊：神经内科" in card


def test_search_without_an_index_still_lists_names(client, web_kb, text_of) -> None:
    response = client.get(SEARCH, {"q": "面肌"})
    assert "面肌痉挛" in text_of(response, "div#results")
