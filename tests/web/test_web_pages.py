"""The encyclopedia pages render what the knowledge base says, with provenance."""

from __future__ import annotations

import pytest
from django.urls import reverse

from yizhi.knowledge.choices import Predicate
from yizhi.knowledge.models import Entity, Fact, Source

DISCLAIMER = "本站内容仅供参考，不能替代医生诊断；如有不适请及时就医。"


def _urls(kb) -> list[str]:
    return [
        reverse("web:home"),
        reverse("web:about"),
        reverse("web:departments"),
        kb.neurology.get_absolute_url(),
        reverse("web:department", args=["内科"]),
        reverse("web:search") + "?q=不存在的名字",
        reverse("web:search"),
        *(
            entity.get_absolute_url()
            for entity in (
                kb.disease,
                kb.palsy,
                kb.stroke,
                kb.symptom,
                kb.exam,
                kb.drug,
                kb.vitamin,
                kb.factor,
            )
        ),
    ]


def test_every_page_renders_with_the_disclaimer_once(client, web_kb) -> None:
    for url in _urls(web_kb):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.content.decode().count(DISCLAIMER) == 1, url
        assert '<html lang="zh-CN">' in response.content.decode(), url


def test_disease_page_shows_breadcrumb_symptoms_department_and_exams(
    client, web_kb, text_of
) -> None:
    response = client.get(web_kb.disease.get_absolute_url())
    assert text_of(response, "nav.crumbs") == "首页 > 内科 > 神经内科 > 面肌痉挛"
    text = text_of(response)
    for heading in (
        "疾病百科",
        "概述",
        "常见症状",
        "检查",
        "就诊科室",
        "治疗与常用药物",
    ):
        assert heading in text
    assert "偏侧面肌痉挛" in text  # alias under the title
    body = response.content.decode()
    assert f'href="{reverse("web:entity", args=["symptom", "面部肌肉抽动"])}"' in body
    assert f'href="{reverse("web:entity", args=["exam", "肌电图"])}"' in body
    assert f'href="{web_kb.neurology.get_absolute_url()}"' in body
    assert "示例：网页测试数据" in text  # the 来源 section names the source


def test_disease_page_marks_each_linked_drug(client, web_kb, text_of) -> None:
    response = client.get(web_kb.disease.get_absolute_url())
    treatment = text_of(response, "section#treatment")
    assert "巴氯芬片 处方药" in treatment
    # CMeKG-style 甲类 and 乙类 at once: the stricter OTC class is shown.
    assert "示例维生素片 甲类OTC" in treatment
    assert "mark-rx" in response.content.decode()


def test_red_flag_entity_shows_the_emergency_notice(client, web_kb, text_of) -> None:
    notice = text_of(client.get(web_kb.stroke.get_absolute_url()), "aside.emergency")
    assert "紧急提示" in notice
    flag = web_kb.flag
    assert flag.name in notice and flag.reason in notice and flag.action in notice


def test_entity_without_red_flags_has_no_notice(client, web_kb) -> None:
    body = client.get(web_kb.exam.get_absolute_url()).content.decode()
    assert 'class="emergency"' not in body


def test_symptom_page_lists_causes_and_diseases_by_department(
    client, web_kb, text_of
) -> None:
    response = client.get(web_kb.symptom.get_absolute_url())
    text = text_of(response)
    assert "可能原因" in text
    causes = text_of(response, "section#causes")
    assert "示例熬夜 可先自我观察" in causes
    assert "示例区分：示例熬夜的特点" in causes
    assert "示例就医：示例熬夜的就医时机" in causes
    assert "焦虑症" in causes
    listed = text_of(response, "section#diseases")
    assert "内科 › 内分泌科 低钙血症" in listed  # under its department's path
    assert "焦虑症" in listed


def test_drug_page_shows_dispensing_label_and_dosage_as_stated(
    client, web_kb, text_of
) -> None:
    text = text_of(client.get(web_kb.drug.get_absolute_url()))
    assert "通用名 巴氯芬" in text
    assert "商品名 示例巴氯芬" in text
    assert "处方药" in text and "须凭医生处方" in text
    assert "示例用量：口服，一次一片" in text
    assert "请遵医嘱" in text


def test_drug_page_says_when_sources_disagree(client, web_kb, text_of) -> None:
    text = text_of(client.get(web_kb.vitamin.get_absolute_url()))
    assert "甲类OTC" in text
    assert "标注不一致" in text


def test_drug_page_sets_aside_an_otc_mark_only_cmekgs_otc_field_gives(
    client, web_kb, text_of
) -> None:
    """That field calls heparin injections 甲类OTC; it cannot make a drug OTC."""
    cmekg, _ = Source.objects.get_or_create(key="cmekg", defaults={"title": "CMeKG"})
    drug = Entity.objects.create(kind="drug", name="示例肝素注射液")
    Fact.objects.create(
        subject=drug,
        predicate=Predicate.OTC,
        text="甲类OTC",
        source=cmekg,
        record="CMeKG:示例肝素注射液",
    )
    text = text_of(client.get(drug.get_absolute_url()), "section#dispensing")
    assert "未标明" in text and "没有可靠地标明处方类别" in text
    assert "“甲类OTC”" in text and "本页未采用" in text
    assert "可在药店购买" not in text


def test_exam_page_lists_the_diseases_that_use_it(client, web_kb, text_of) -> None:
    response = client.get(web_kb.exam.get_absolute_url())
    assert "示例概述：记录肌肉电活动的检查。" in text_of(response)
    assert "面肌痉挛" in text_of(response, "section#diseases")


def test_factor_page_lists_what_it_may_cause(client, web_kb, text_of) -> None:
    mentions = text_of(client.get(web_kb.factor.get_absolute_url()), "section#mentions")
    assert "可能由此引起的症状 肌束颤动" in mentions


def test_alias_in_the_address_redirects_to_the_entity(client, web_kb) -> None:
    response = client.get(reverse("web:entity", args=["disease", "偏侧面肌痉挛"]))
    assert response.status_code == 301
    assert response["Location"] == web_kb.disease.get_absolute_url()


def test_department_page_lists_children_and_its_diseases(
    client, web_kb, text_of
) -> None:
    response = client.get(reverse("web:department", args=["内科"]))
    text = text_of(response)
    assert "神经内科" in text and "内分泌科" in text
    assert "面肌痉挛" in text and "低钙血症" in text  # from the children, too
    leaf = client.get(web_kb.neurology.get_absolute_url())
    assert text_of(leaf, "nav.crumbs") == "首页 > 内科 > 神经内科"


@pytest.mark.parametrize("page", ["0", "9999", "x", ""])
def test_department_page_survives_odd_page_numbers(client, web_kb, page) -> None:
    url = web_kb.neurology.get_absolute_url() + f"?page={page}"
    assert client.get(url).status_code == 200


def test_home_shows_the_department_grid_and_example_questions(
    client, web_kb, text_of
) -> None:
    response = client.get(reverse("web:home"))
    text = text_of(response)
    assert "按科室查找" in text and "神经内科" in text
    assert f"{reverse('web:search')}?q=" in response.content.decode()
