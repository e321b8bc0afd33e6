"""The article page: numbered causes, checked drugs, review status, side blocks."""

from __future__ import annotations

import json
import re


def test_article_shows_causes_drugs_and_review_status(client, portal, text_of) -> None:
    response = client.get(portal.article.get_absolute_url())
    assert response.status_code == 200
    causes = text_of(response, "section#causes")
    assert "面肌痉挛" in causes and "示例说明：面神经受到压迫。" in causes
    assert "巴氯芬片处方药" in causes and "请遵医嘱" in causes
    text = text_of(response)
    assert "已导入，待审核" in text
    assert "2025-03-01" in text and "1234 次浏览" in text
    assert "示例建议：规律作息" in text
    assert text_of(response, "nav.crumbs").startswith("首页 > 内科 > 神经内科 > ")


def test_article_introduces_its_subject_and_names_the_makers_it_gave(
    client, portal, text_of
) -> None:
    response = client.get(portal.article.get_absolute_url())
    card = text_of(response, "section#subject-card")
    assert card.startswith("了解疾病：面肌痉挛")
    assert "就诊科室：神经内科" in card
    url = portal.kb.disease.get_absolute_url()
    assert f'<a href="{url}">面肌痉挛</a>' in response.content.decode()
    assert "厂家：示例制药厂" in text_of(response, "section#drugs")


def test_doctor_cards_give_the_hospital_grade(client, portal, text_of) -> None:
    response = client.get(portal.article.get_absolute_url())
    doctors = text_of(response, "section.side-block related-doctors")
    assert "示例第一医院 三甲 · 神经内科" in doctors


def test_article_never_shows_a_drug_the_audit_found_unfit(
    client, portal, text_of
) -> None:
    response = client.get(portal.article.get_absolute_url())
    assert "示例抗病毒胶囊" not in response.content.decode()
    assert "1 种药品" in text_of(response, "p.note hidden-drugs")


def test_article_side_blocks_are_related_and_deduplicated(
    client, portal, text_of
) -> None:
    response = client.get(portal.article.get_absolute_url())
    body = response.content.decode()
    related = text_of(response, "section.side-block related-articles")
    assert related.count("示例：眼皮跳怎么办") == 1  # 怎么办 and 怎么办？ are one
    assert portal.article.title not in related  # never recommends itself
    doctors = text_of(response, "section.side-block related-doctors")
    assert doctors.index("示例甲医生") < doctors.index("示例乙医生")  # specialist first
    assert "肌电图" in text_of(response, "section.side-block related-exams")
    assert 'class="side-block related-questions"' in body


def test_article_json_ld_is_a_medical_web_page_without_review_until_reviewed(
    client, portal
) -> None:
    body = client.get(portal.article.get_absolute_url()).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', body).group(1)
    )
    assert data["@type"] == "MedicalWebPage"
    assert data["about"]["name"] == "面肌痉挛"
    assert "lastReviewed" not in data


def test_reviewed_article_states_last_reviewed(client, portal) -> None:
    from django.utils import timezone

    article = portal.article
    article.status = "reviewed"
    article.reviewed = timezone.now()
    article.save()
    body = client.get(article.get_absolute_url()).content.decode()
    assert '"lastReviewed"' in body
    assert "已审核" in body


def test_missing_article_is_404(client, portal) -> None:
    assert client.get("/article/999999/").status_code == 404
