"""A small knowledge base for the page tests, written with the ORM.

The suite-wide fixture knowledge base (tests/fixtures/kb) may already hold some
of these entities; everything here is got-or-created and its facts come from a
source of its own, so the pages show what these tests expect either way.
"""

from __future__ import annotations

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
