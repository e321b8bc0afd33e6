"""What a reader does on the portal, in a real browser, at desktop and phone size.

Each journey clicks through the pages as a person would (no direct jumps after
the first address) and checks what they must see on the way: the answer card,
the disease page, the related doctors, the 示例数据 marks, the disclaimer.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def expect_ordinary_page(page) -> None:
    """Every page: a breadcrumb, one disclaimer, and nothing wider than the screen."""
    assert page.locator(".disclaimer").count() == 1
    assert "仅供参考" in page.locator(".disclaimer").inner_text()
    assert page.locator("nav.crumbs").count() == 1
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1, f"page is {overflow}px wider than the viewport"


def test_search_answer_card_disease_related_doctor_profile(page, site) -> None:
    page.goto(site("/"))
    form = page.locator("#search-form")
    form.locator("input[name=q]").fill("面部抽动是什么原因")
    form.locator("input[name=q]").press("Enter")
    page.wait_for_url(re.compile(r"/search\?"))

    card = page.locator("#answer-card")
    assert card.is_visible()
    assert "面肌痉挛" in card.inner_text()
    expect_ordinary_page(page)

    card.get_by_role("link", name="面肌痉挛", exact=True).first.click()
    page.wait_for_url(re.compile(r"/disease/"))
    assert page.locator("h1").first.inner_text().startswith("面肌痉挛")
    expect_ordinary_page(page)

    doctors = page.locator(".related-doctors .doctor-card")
    assert doctors.count() >= 1
    related = page.locator(".related-doctors").inner_text()
    assert "林示例" in related
    # 擅长 text that opens with 擅长 is not labelled 擅长 a second time.
    assert "擅长面肌痉挛" in related
    assert "擅长：擅长" not in related
    page.locator(".related-doctors a.doctor-name", has_text="林示例").click()
    page.wait_for_url(re.compile(r"/doctor/\d+/"))

    assert "林示例" in page.locator("h1").first.inner_text()
    body = page.locator("main").inner_text()
    assert "主任医师" in body
    assert "示例北城医院" in body
    assert page.locator(".demo-badge").first.is_visible()
    expect_ordinary_page(page)


def test_find_a_hospital_with_a_grade_filter(page, site) -> None:
    page.goto(site("/hospitals/"))
    assert page.locator(".hospital-card").count() == 3
    filters = page.locator("#filters")
    filters.locator("select[name=grade]").select_option("三甲")
    filters.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"grade=%E4%B8%89%E7%94%B2|grade=三甲"))

    cards = page.locator(".hospital-card")
    assert cards.count() == 2
    for text in cards.all_inner_texts():
        assert "三甲" in text
    demo = page.locator(".hospital-card", has_text="示例北城医院")
    assert demo.locator(".demo-badge").inner_text() == "示例数据"
    assert "北京市北京" not in demo.inner_text()
    real = page.locator(".hospital-card", has_text="示例南湖医院")
    assert real.locator(".demo-badge").count() == 0
    assert "浙江省杭州" in real.inner_text()
    expect_ordinary_page(page)

    page.locator("a.hospital-name", has_text="示例北城医院").click()
    page.wait_for_url(re.compile(r"/hospital/\d+/"))
    assert "示例北城医院" in page.locator("h1").first.inner_text()
    assert "北京市" in page.locator("main").inner_text()
    assert "北京市北京" not in page.locator("main").inner_text()
    expect_ordinary_page(page)


def test_article_page_shows_causes_review_status_and_disclaimer(page, site) -> None:
    page.goto(site(f"/article/{site.ids['article']}/"))
    article = page.locator("article.article")
    assert "半边脸抽动" in article.locator("h1").inner_text()
    causes = page.locator("ol.causes > li.cause")
    assert causes.count() == 1
    assert "面肌痉挛" in causes.first.inner_text()
    assert "待审核" in page.locator(".review-status").inner_text()
    expect_ordinary_page(page)

    causes.first.get_by_role("link", name="面肌痉挛").first.click()
    page.wait_for_url(re.compile(r"/disease/"))
    assert page.locator("h1").first.inner_text().startswith("面肌痉挛")


def test_api_docs_and_search_answer_json(page, site) -> None:
    response = page.goto(site("/api/v1/search?q=面肌痉挛"))
    assert response.status == 200
    assert response.json()["disclaimer"]
    response = page.goto(site("/api/v1/doctors?limit=abc"))
    assert response.status == 422
    assert "limit" in response.json()["error"]["message"]
