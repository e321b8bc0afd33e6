"""问答: the list by department and a question with its answers."""

from __future__ import annotations

from django.urls import reverse


def test_question_list_filters_by_department(client, portal, text_of) -> None:
    url = reverse("web:questions")
    assert portal.question.title in text_of(client.get(url, {"department": "内科"}))
    other = client.get(url, {"department": "急诊科"})
    assert portal.question.title not in text_of(other)


def test_question_page_shows_answers_with_their_doctors(
    client, portal, text_of
) -> None:
    response = client.get(portal.question.get_absolute_url())
    answers = text_of(response, "section#answers")
    assert "示例回答：可以先做肌电图。" in answers
    assert "示例甲医生" in answers and "示例医生丁" in answers
    assert "示例第一医院 三甲" in answers  # a directory doctor's hospital grade
    assert text_of(response, "nav.crumbs") == (
        f"首页 > 问答 > 神经内科 > {portal.question.title}"
    )


def test_home_lists_questions_once_the_site_has_them(client, portal, text_of) -> None:
    response = client.get(reverse("web:home"))
    assert portal.question.title in text_of(response, "section.questions")
