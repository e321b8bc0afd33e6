"""Side blocks and red flags: the pure parts by table, the pages on the fixture."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yizhi.knowledge.models import Entity, RedFlag
from yizhi.search.understanding.redflags import flags_in_text
from yizhi.web.inline_links import link_names
from yizhi.web.related import RelatedLink, dedupe, title_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("眼皮跳怎么办", "眼皮跳怎么办？"),
        ("眼皮跳 怎么办", "眼皮跳怎么办"),
        ("What is CT", "what is ct?"),
    ],
)
def test_titles_differing_in_punctuation_or_spacing_are_one(first, second) -> None:
    assert title_key(first) == title_key(second)


@given(st.lists(st.sampled_from(["甲", "甲？", "乙", "乙 ", "丙"])))
def test_dedupe_keeps_one_link_per_title(titles) -> None:
    kept = dedupe(RelatedLink(title, "") for title in titles)
    keys = [title_key(link.title) for link in kept]
    assert len(keys) == len(set(keys))
    assert set(keys) == {title_key(t) for t in titles if title_key(t)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("突然一侧肢体无力", ["疑似脑卒中"]),
        ("口角歪斜，言语不清", ["疑似脑卒中"]),
        ("言语不清", []),  # one term of a two-term pattern is not enough
        ("抽搐后意识丧失", ["抽搐伴意识丧失"]),
        ("腿抽筋", []),
        ("", []),
        ("胸口疼出冷汗", ["疑似急性冠脉综合征"]),  # 胸口疼 is the lay word for 胸痛
        ("胸口疼", []),
    ],
)
def test_query_triggers_a_flag_only_when_a_whole_pattern_is_present(
    text, expected
) -> None:
    flags = [
        RedFlag(
            pk=1,
            name="疑似脑卒中",
            patterns=[["一侧肢体无力"], ["口角歪斜", "言语不清"]],
        ),
        RedFlag(pk=2, name="抽搐伴意识丧失", patterns=[["抽搐", "意识丧失"]]),
        RedFlag(pk=3, name="疑似急性冠脉综合征", patterns=[["胸痛", "出冷汗"]]),
    ]
    assert [flag.name for flag in flags_in_text(text, flags)] == expected


def test_link_names_links_the_longest_name_once() -> None:
    entities = [
        Entity(kind="disease", name="痉挛"),
        Entity(kind="disease", name="面肌痉挛"),
    ]
    segments = link_names("擅长面肌痉挛和痉挛", entities)
    assert [s.text for s in segments] == ["擅长", "面肌痉挛", "和", "痉挛"]
    assert segments[1].url.endswith("/disease/%E9%9D%A2%E8%82%8C%E7%97%89%E6%8C%9B/")
    assert segments[3].url and not segments[0].url


def test_disease_page_side_blocks_show_doctors_exams_and_questions(
    client, portal, text_of
) -> None:
    response = client.get(portal.kb.disease.get_absolute_url())
    doctors = text_of(response, "section.side-block related-doctors")
    assert doctors.index("示例甲医生") < doctors.index("示例乙医生")
    assert "示例丙医生" in doctors and "示例数据" in doctors
    assert "肌电图" in text_of(response, "section.side-block related-exams")
    assert portal.question.title in text_of(
        response, "section.side-block related-questions"
    )
    assert portal.article.title in text_of(
        response, "section.side-block related-articles"
    )


def test_disease_page_offers_only_drugs_whose_indications_fit(
    client, web_kb, text_of
) -> None:
    from yizhi.knowledge.choices import Predicate
    from yizhi.knowledge.models import Fact

    listed = {
        "示例对症片": ("用于面肌痉挛", ""),
        "示例抗流感胶囊": ("用于流行性感冒", ""),
        # indicated for the condition, but one finds it and one prevents another
        "示例显像注射液": ("面肌痉挛", "诊断用药"),
        "示例带状疱疹疫苗": ("面肌痉挛", ""),
    }
    for name, (indication, category) in listed.items():
        drug = Entity.objects.create(kind="drug", name=name)
        facts = [(Predicate.INDICATION, indication), (Predicate.CATEGORY, category)]
        for predicate, text in facts:
            if text:
                Fact.objects.create(
                    subject=drug,
                    predicate=predicate,
                    text=text,
                    source=web_kb.source,
                    record="网页测试#药品",
                )
        Fact.objects.create(
            subject=web_kb.disease,
            predicate=Predicate.DRUG,
            text=drug.name,
            target=drug,
            source=web_kb.source,
            record="网页测试#药物",
        )
    response = client.get(web_kb.disease.get_absolute_url())
    drugs = text_of(response, "section.side-block related-drugs")
    assert "示例对症片" in drugs
    for unfit in ("示例抗流感胶囊", "示例显像注射液", "示例带状疱疹疫苗"):
        assert unfit not in drugs
    # The source's own list keeps them, saying what the two agents are.
    listed_by_source = text_of(response, "section#treatment")
    assert "示例显像注射液 未标明 诊断用药" in listed_by_source
    assert "示例带状疱疹疫苗 未标明 疫苗" in listed_by_source
    assert "巴氯芬片" not in drugs  # its indication does not name the condition


def test_symptom_page_warns_when_it_is_part_of_a_red_flag(
    client, web_kb, text_of
) -> None:
    weakness, _ = Entity.objects.get_or_create(kind="symptom", name="一侧肢体无力")
    notice = text_of(client.get(weakness.get_absolute_url()), "aside.emergency")
    assert "疑似脑卒中" in notice
