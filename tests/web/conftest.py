"""A small knowledge base for the page tests, written with the ORM.

The suite-wide fixture knowledge base (tests/fixtures/kb) may already hold some
of these entities; everything here is got-or-created and its facts come from a
source of its own, so the pages show what these tests expect either way.
"""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass

import pytest

from yizhi.knowledge.choices import AliasKind, EntityKind, Predicate, Urgency
from yizhi.knowledge.models import Alias, Department, Entity, Fact, RedFlag, Source


@dataclass(frozen=True)
class WebKB:
    """Handles on the entities the page tests visit."""

    source: Source
    disease: Entity  # 面肌痉挛, in 内科 > 神经内科
    palsy: Entity  # 面神经炎, alias 贝尔面瘫
    stroke: Entity  # 脑卒中, has a red flag
    symptom: Entity  # 肌束颤动, lay term 肉跳, with possible causes
    exam: Entity  # 肌电图
    drug: Entity  # 巴氯芬片, 处方药
    vitamin: Entity  # 示例维生素片, CMeKG-style 甲类OTC and 乙类OTC at once
    factor: Entity  # 示例熬夜, a possible cause of 肌束颤动
    flag: RedFlag  # 疑似脑卒中, on 脑卒中
    neurology: Department


def page_text(response, selector: str = "") -> str:
    """Return the visible text of a page, or of its first `tag.class`/`tag#id`."""
    body = response.content.decode()
    if selector:
        tag, attribute, value = re.split(r"([.#])", selector)
        name = "class" if attribute == "." else "id"
        match = re.search(rf'<{tag} {name}="{value}".*?</{tag}>', body, re.S)
        body = match.group(0) if match else ""
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    return " ".join(text.split())


def _department(name: str, parent: Department | None = None) -> Department:
    found = Department.objects.filter(name=name).first()
    if found is not None:
        return found
    if parent is None:
        return Department.objects.add_root({"name": name})
    return Department.objects.add_child(
        Department.objects.get(pk=parent.pk), {"name": name}
    )


class _Writer:
    """Write facts under the test source, numbering them in order."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.position = 0

    def entity(self, kind: str, name: str, *aliases: tuple[str, str]) -> Entity:
        entity, _ = Entity.objects.get_or_create(kind=kind, name=name)
        for alias, alias_kind in aliases:
            Alias.objects.get_or_create(
                entity=entity, name=alias, kind=alias_kind, source=self.source
            )
        return entity

    def fact(self, subject: Entity, predicate: str, text: str, **extra) -> Fact:
        self.position += 1
        return Fact.objects.create(
            subject=subject,
            predicate=predicate,
            text=text,
            source=self.source,
            record=f"网页测试#{subject.name}",
            position=self.position,
            **extra,
        )


@pytest.fixture
def web_kb(db) -> WebKB:
    source, _ = Source.objects.get_or_create(
        key="web-test", defaults={"title": "示例：网页测试数据", "priority": 50}
    )
    internal = _department("内科")
    neurology = _department("神经内科", internal)
    endocrine = _department("内分泌科", internal)
    emergency = _department("急诊科")
    w = _Writer(source)

    symptom = w.entity(EntityKind.SYMPTOM, "肌束颤动", ("肉跳", AliasKind.LAY))
    twitch = w.entity(EntityKind.SYMPTOM, "面部肌肉抽动")
    exam = w.entity(EntityKind.EXAM, "肌电图")
    factor = w.entity(EntityKind.FACTOR, "示例熬夜")
    drug = w.entity(EntityKind.DRUG, "巴氯芬片", ("示例巴氯芬", AliasKind.BRAND))
    vitamin = w.entity(EntityKind.DRUG, "示例维生素片")
    palsy = w.entity(EntityKind.DISEASE, "面神经炎", ("贝尔面瘫", AliasKind.ALIAS))
    stroke = w.entity(EntityKind.DISEASE, "脑卒中", ("中风", AliasKind.ALIAS))
    anxiety = w.entity(EntityKind.DISEASE, "焦虑症")
    hypocalcemia = w.entity(EntityKind.DISEASE, "低钙血症")
    disease = w.entity(
        EntityKind.DISEASE, "面肌痉挛", ("偏侧面肌痉挛", AliasKind.ALIAS)
    )

    w.fact(disease, Predicate.SUMMARY, "示例概述：一侧面部肌肉不由自主地阵发抽动。")
    w.fact(disease, Predicate.DEPARTMENT, "神经内科", department=neurology)
    w.fact(disease, Predicate.SYMPTOM, "面部肌肉抽动", target=twitch)
    w.fact(disease, Predicate.CAUSE, "示例病因：面神经根部受血管压迫")
    w.fact(disease, Predicate.EXAM, "肌电图", target=exam)
    w.fact(disease, Predicate.TREATMENT, "示例治疗：局部注射")
    w.fact(disease, Predicate.DRUG, "巴氯芬片", target=drug)
    w.fact(disease, Predicate.DRUG, "示例维生素片", target=vitamin)
    w.fact(disease, Predicate.RELATED, "面神经炎", target=palsy)
    w.fact(disease, Predicate.DIFFERENTIAL, "示例鉴别：眼睑痉挛")
    w.fact(disease, Predicate.POPULATION, "示例人群：中老年人")

    w.fact(palsy, Predicate.DEPARTMENT, "神经内科", department=neurology)
    w.fact(stroke, Predicate.DEPARTMENT, "急诊科", department=emergency)
    w.fact(anxiety, Predicate.DEPARTMENT, "神经内科", department=neurology)
    w.fact(anxiety, Predicate.SYMPTOM, "肌束颤动", target=symptom)
    w.fact(hypocalcemia, Predicate.DEPARTMENT, "内分泌科", department=endocrine)
    w.fact(hypocalcemia, Predicate.SYMPTOM, "肌束颤动", target=symptom)

    w.fact(symptom, Predicate.SUMMARY, "示例概述：一小块肌肉不自主地快速跳动。")
    for cause, urgency in ((factor, Urgency.SELF_CARE), (anxiety, Urgency.SOON)):
        w.fact(
            symptom,
            Predicate.POSSIBLE_CAUSE,
            cause.name,
            target=cause,
            detail={
                "how_to_tell": f"示例区分：{cause.name}的特点",
                "see_doctor": f"示例就医：{cause.name}的就医时机",
                "urgency": urgency,
            },
        )

    w.fact(exam, Predicate.SUMMARY, "示例概述：记录肌肉电活动的检查。")

    w.fact(drug, Predicate.GENERIC_NAME, "巴氯芬")
    w.fact(drug, Predicate.OTC, "Rx")
    w.fact(drug, Predicate.INDICATION, "示例适应症：骨骼肌痉挛")
    w.fact(drug, Predicate.ADVERSE_REACTION, "示例不良反应：嗜睡")
    w.fact(drug, Predicate.DOSAGE, "示例用量：口服，一次一片")
    w.fact(vitamin, Predicate.OTC, "甲类OTC")
    w.fact(vitamin, Predicate.OTC, "乙类OTC")

    flag, _ = RedFlag.objects.get_or_create(
        name="疑似脑卒中",
        defaults={
            "patterns": [["一侧肢体无力"]],
            "reason": "示例原因：可能是脑血管堵塞。",
            "action": "示例应对：立即拨打120。",
            "source": source,
            "record": "网页测试#疑似脑卒中",
            "reference": "示例",
        },
    )
    flag.conditions.add(stroke)

    return WebKB(
        source=source,
        disease=disease,
        palsy=palsy,
        stroke=stroke,
        symptom=symptom,
        exam=exam,
        drug=drug,
        vitamin=vitamin,
        factor=factor,
        flag=flag,
        neurology=neurology,
    )


@pytest.fixture
def text_of():
    """Give tests `page_text` without importing conftest by name."""
    return page_text


@dataclass(frozen=True)
class PortalRows:
    """Directory, article and Q&A rows around 面肌痉挛, written for these tests."""

    kb: WebKB
    hospital: object  # 示例第一医院, real row, 三甲, 北京
    demo_hospital: object  # 示例演示医院, is_demo
    specialist: object  # 示例甲医生, 擅长 面肌痉挛, 主任医师
    resident: object  # 示例乙医生, 住院医师, neurology
    demo_doctor: object  # 示例丙医生, is_demo
    article: object  # 示例：脸部肌肉跳是什么原因
    question: object  # 示例：面肌痉挛能治好吗


@pytest.fixture
def portal(web_kb) -> PortalRows:
    from yizhi.content.models import (
        Answer,
        Article,
        ArticleCause,
        ArticleDrug,
        ArticleExam,
        ArticleRelated,
        AuditFinding,
        AuditKind,
        Question,
    )
    from yizhi.directory.models import Doctor, Hospital

    source = web_kb.source
    neurology = web_kb.neurology

    def hospital(name: str, city: str, **extra) -> Hospital:
        found = Hospital.objects.create(
            name=name, city=city, province=city, source=source, record=name, **extra
        )
        found.departments.add(neurology)
        return found

    def doctor(name: str, place: Hospital, **extra) -> Doctor:
        return Doctor.objects.create(
            name=name,
            hospital=place,
            department=neurology,
            source=source,
            record=name,
            **extra,
        )

    first = hospital("示例第一医院", "北京", grade="三甲", address="示例路1号")
    demo_place = hospital("示例演示医院", "上海", grade="二甲", is_demo=True)
    specialist = doctor(
        "示例甲医生",
        first,
        title="主任医师",
        academic_title="教授",
        specialty="面肌痉挛、面神经炎的诊治",
    )
    specialist.specialties.add(web_kb.disease, web_kb.palsy)
    resident = doctor("示例乙医生", first, title="住院医师")
    demo_doctor = doctor("示例丙医生", demo_place, title="主治医师", is_demo=True)

    article = Article.objects.create(
        source_key="web-test/article-1",
        source=source,
        title="示例：脸部肌肉跳是什么原因",
        summary="示例摘要：脸部肌肉跳多与面肌痉挛或面神经炎有关。",
        advice=["示例建议：规律作息，症状持续请到神经内科就诊。"],
        site="示例站点",
        views=1234,
        published=datetime.date(2025, 3, 1),
        department=neurology,
        subject=web_kb.disease,
        content_hash="web-test-article-1",
    )
    spasm = ArticleCause.objects.create(
        article=article,
        position=1,
        name="面肌痉挛",
        explanation="示例说明：面神经受到压迫。",
        treatment="示例治疗：遵医嘱用药。",
        entity=web_kb.disease,
        link="entity",
    )
    ArticleCause.objects.create(
        article=article, position=2, name="面神经炎", entity=web_kb.palsy, link="entity"
    )
    ArticleDrug.objects.create(
        article=article, cause=spasm, position=1, name="巴氯芬片", entity=web_kb.drug
    )
    ArticleDrug.objects.create(
        article=article, cause=spasm, position=2, name="示例抗病毒胶囊"
    )
    ArticleDrug.objects.create(
        article=article,
        position=3,
        name="巴氯芬片",
        entity=web_kb.drug,
        manufacturer="示例制药厂",
    )
    AuditFinding.objects.create(
        article=article,
        kind=AuditKind.DRUG_MISMATCH,
        subject="面肌痉挛",
        drug="示例抗病毒胶囊",
        reason="示例：适应症不涉及面肌痉挛",
    )
    ArticleExam.objects.create(
        article=article, position=1, name="肌电图", entity=web_kb.exam
    )
    for position, title in enumerate(
        [article.title, "示例：眼皮跳怎么办", "示例：眼皮跳怎么办？"], start=1
    ):
        ArticleRelated.objects.create(article=article, position=position, title=title)

    question = Question.objects.create(
        title="示例：面肌痉挛能治好吗",
        body="示例描述：左脸抽动半年。",
        department=neurology,
        source=source,
        record="网页测试#问答1",
        content_hash="web-test-question-1",
    )
    Answer.objects.create(
        question=question, text="示例回答：可以先做肌电图。", doctor=specialist
    )
    Answer.objects.create(
        question=question, text="示例回答：注意休息。", doctor_name="示例医生丁"
    )
    return PortalRows(
        kb=web_kb,
        hospital=first,
        demo_hospital=demo_place,
        specialist=specialist,
        resident=resident,
        demo_doctor=demo_doctor,
        article=article,
        question=question,
    )
