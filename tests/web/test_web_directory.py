"""找医生 and 找医院: filters, profiles, and demo rows marked 示例数据."""

from __future__ import annotations

import pytest
from django.urls import reverse

DOCTORS = reverse("web:doctors")
HOSPITALS = reverse("web:hospitals")


@pytest.mark.parametrize(
    ("params", "expected", "absent"),
    [
        ({}, {"示例甲医生", "示例乙医生", "示例丙医生"}, set()),
        ({"title": "主任医师"}, {"示例甲医生"}, {"示例乙医生"}),
        ({"department": "内科"}, {"示例甲医生", "示例乙医生"}, set()),  # subtree
        ({"department": "急诊科"}, set(), {"示例甲医生"}),
        ({"city": "上海"}, {"示例丙医生"}, {"示例甲医生"}),
        ({"specialty": "面肌痉挛"}, {"示例甲医生"}, {"示例乙医生"}),
        ({"q": "示例第一医院"}, {"示例甲医生", "示例乙医生"}, {"示例丙医生"}),
        ({"title": "不存在的职称"}, {"示例甲医生", "示例丙医生"}, set()),  # dropped
        ({"hospital": "abc"}, {"示例甲医生", "示例丙医生"}, set()),  # dropped
    ],
)
def test_doctor_list_filters(client, portal, text_of, params, expected, absent) -> None:
    response = client.get(DOCTORS, params)
    assert response.status_code == 200
    cards = text_of(response)
    for name in expected:
        assert name in cards, params
    for name in absent:
        assert name not in cards, params


def test_doctor_list_filters_by_hospital_id(client, portal, text_of) -> None:
    response = client.get(DOCTORS, {"hospital": portal.demo_hospital.pk})
    cards = text_of(response)
    assert "示例丙医生" in cards and "示例甲医生" not in cards


def test_demo_doctors_are_marked_on_the_list_and_profile(client, portal) -> None:
    listing = client.get(DOCTORS, {"city": "上海"}).content.decode()
    assert 'class="demo-badge"' in listing
    profile = client.get(portal.demo_doctor.get_absolute_url()).content.decode()
    assert "示例数据" in profile and 'class="demo-badge"' in profile
    assert '<meta name="robots" content="noindex">' in profile
    real = client.get(portal.specialist.get_absolute_url()).content.decode()
    assert 'class="demo-badge"' not in real


def test_doctor_profile_links_specialties_hospital_and_answers(
    client, portal, text_of
) -> None:
    response = client.get(portal.specialist.get_absolute_url())
    body = response.content.decode()
    text = text_of(response)
    assert "主任医师" in text and "教授" in text
    assert f'href="{portal.kb.disease.get_absolute_url()}">面肌痉挛</a>' in body
    assert f'href="{portal.hospital.get_absolute_url()}"' in body
    assert portal.question.title in text_of(response, "section#answers")
    assert text_of(response, "nav.crumbs") == "首页 > 找医生 > 神经内科 > 示例甲医生"
    assert '"@type": "Physician"' in body


def test_hospital_list_filters_by_grade_city_and_department(
    client, portal, text_of
) -> None:
    cards = text_of(client.get(HOSPITALS, {"grade": "三甲"}))
    assert "示例第一医院" in cards and "示例演示医院" not in cards
    cards = text_of(client.get(HOSPITALS, {"city": "上海"}))
    assert "示例演示医院" in cards and "示例第一医院" not in cards
    cards = text_of(client.get(HOSPITALS, {"department": "神经内科"}))
    assert "示例第一医院" in cards
    empty = client.get(HOSPITALS, {"department": "急诊科"})
    assert "没有符合条件的医院" in text_of(empty)


def test_hospital_profile_lists_departments_and_doctors(
    client, portal, text_of
) -> None:
    response = client.get(portal.hospital.get_absolute_url())
    text = text_of(response)
    assert "三级甲等" in text and "示例路1号" in text
    assert "示例甲医生" in text_of(response, "section#doctors")
    assert "神经内科" in text_of(response, "section#departments")
    assert '"@type": "Hospital"' in response.content.decode()
    demo = client.get(portal.demo_hospital.get_absolute_url()).content.decode()
    assert 'class="demo-badge"' in demo


@pytest.mark.parametrize("name", ["web:doctor", "web:hospital", "web:question"])
def test_missing_rows_are_404(client, portal, name) -> None:
    assert client.get(reverse(name, args=[999_999])).status_code == 404


@pytest.mark.parametrize("page", ["0", "-1", "x", "9999"])
def test_lists_survive_odd_page_numbers(client, portal, page) -> None:
    for url in (DOCTORS, HOSPITALS, reverse("web:questions")):
        assert client.get(url, {"page": page}).status_code == 200
