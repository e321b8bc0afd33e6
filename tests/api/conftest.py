"""Directory and content rows for the API tests, written with the ORM.

The suite-wide fixture knowledge base supplies the entities and the department
tree; these rows add two hospitals, three doctors (one of them demo data), two
articles and a question around 面肌痉挛, in the team's own words.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from yizhi.content.models import (
    Answer,
    Article,
    ArticleCause,
    ArticleDrug,
    AuditFinding,
    AuditKind,
    Question,
    ReviewStatus,
)
from yizhi.directory.models import Doctor, Hospital
from yizhi.knowledge.models import Department, Entity, RedFlag, Source


@dataclass(frozen=True)
class ApiRows:
    source: Source
    capital: Hospital  # 北京, 三甲, 神经内科
    coast: Hospital  # 上海, 二甲, demo
    chief: Doctor  # 主任医师, 神经内科, 擅长 面肌痉挛
    attending: Doctor  # 主治医师, 内分泌科
    demo: Doctor  # demo, 上海
    article: Article
    rejected: Article
    question: Question
    disease: Entity


@pytest.fixture
def rows(db) -> ApiRows:
    source = Source.objects.create(key="api-test", title="示例：接口测试数据")
    neurology = Department.objects.get(name="神经内科")
    endocrine = Department.objects.get(name="内分泌科")
    disease = Entity.objects.get(kind="disease", name="面肌痉挛")

    def hospital(name: str, city: str, grade: str, **extra) -> Hospital:
        return Hospital.objects.create(
            name=name, city=city, grade=grade, source=source, record=name, **extra
        )

    capital = hospital("示例北城医院", "北京", "三甲")
    capital.departments.add(neurology, endocrine)
    coast = hospital("示例东岸医院", "上海", "二甲", is_demo=True)
    coast.departments.add(endocrine)

    def doctor(name: str, where: Hospital, department: Department, **extra) -> Doctor:
        return Doctor.objects.create(
            name=name,
            hospital=where,
            department=department,
            source=source,
            record=name,
            **extra,
        )

    chief = doctor(
        "示例甲", capital, neurology, title="主任医师", specialty="面肌痉挛、头痛"
    )
    chief.specialties.add(disease)
    attending = doctor("示例乙", capital, endocrine, title="主治医师")
    demo = doctor("示例丙", coast, endocrine, title="副主任医师", is_demo=True)

    article = Article.objects.create(
        source_key="api-test/article",
        source=source,
        title="示例：面部抽动是什么原因",
        summary="示例摘要",
        department=neurology,
        subject=disease,
        content_hash="a",
    )
    cause = ArticleCause.objects.create(
        article=article, name="面肌痉挛", entity=disease, position=1
    )
    ArticleDrug.objects.create(article=article, cause=cause, name="巴氯芬片")
    ArticleDrug.objects.create(article=article, name="示例抗病毒药", position=2)
    AuditFinding.objects.create(
        article=article,
        kind=AuditKind.DRUG_MISMATCH,
        subject="面肌痉挛",
        drug="示例抗病毒药",
        reason="示例：适应症与面肌痉挛无关",
    )
    rejected = Article.objects.create(
        source_key="api-test/rejected",
        source=source,
        title="示例：退回的文章",
        status=ReviewStatus.REJECTED,
        content_hash="b",
    )
    question = Question.objects.create(
        title="示例：眼角一直跳怎么办",
        department=neurology,
        source=source,
        record="q1",
        content_hash="c",
    )
    Answer.objects.create(question=question, text="示例回答", doctor=chief)
    return ApiRows(
        source=source,
        capital=capital,
        coast=coast,
        chief=chief,
        attending=attending,
        demo=demo,
        article=article,
        rejected=rejected,
        question=question,
        disease=disease,
    )


class FakeSearch:
    """Stands in for yizhi.search.service: records calls, returns fixed results."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []

    def search(self, query: str, **options):
        from yizhi.search.results import (
            QueryUnderstanding,
            SearchHit,
            SearchResponse,
        )

        self.calls.append((query, options))
        hit = SearchHit(
            kind="disease",
            key="面肌痉挛",
            title="面肌痉挛",
            url="/disease/面肌痉挛/",
            snippet="示例摘要",
            score=1.0,
            reasons=("名称完全匹配",),
        )
        understanding = QueryUnderstanding(normalised=query, intent="就医建议")
        return SearchResponse(
            query=query, understanding=understanding, hits=(hit,), total=1
        )

    def suggest(self, prefix: str, **options):
        from yizhi.search.results import Suggestion

        self.calls.append((prefix, options))
        return [Suggestion("面肌痉挛", "disease", "/disease/面肌痉挛/", "initials")]


@pytest.fixture
def fake_search(monkeypatch) -> FakeSearch:
    import sys

    fake = FakeSearch()
    monkeypatch.setitem(sys.modules, "yizhi.search.service", fake)
    return fake


@pytest.fixture
def chest_pain_rule(db) -> RedFlag:
    """A red-flag rule for 胸痛 with 出冷汗, which 胸口疼 (lay) also triggers."""
    source = Source.objects.create(key="api-flag-test", title="示例来源")
    return RedFlag.objects.create(
        name="示例急性冠脉综合征",
        patterns=[["胸痛", "出冷汗"]],
        reason="示例：胸痛伴出冷汗可能是心肌梗死。",
        action="示例：立即拨打120。",
        source=source,
        record="示例",
        reference="示例",
    )
