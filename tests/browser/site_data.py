"""Fill a fresh database for the browser tests and print the ids they visit.

Run in its own process against the server's database (YIZHI_VAR_DIR): the
fixture knowledge base, then a small directory around 面肌痉挛 (two hospitals,
three doctors, demo rows among them), an article and a question, written in
the team's own words; then the search index. Prints one JSON object of ids on
stdout.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

FIXTURE_KB = Path(__file__).resolve().parents[1] / "fixtures" / "kb"


def fill() -> dict[str, int | str]:
    from yizhi.content.models import (
        Answer,
        Article,
        ArticleCause,
        ArticleDrug,
        Question,
    )
    from yizhi.directory.models import Doctor, Hospital
    from yizhi.knowledge.build import build_knowledge_base
    from yizhi.knowledge.models import Department, Entity, Source

    build_knowledge_base(overlay_path=FIXTURE_KB, with_cmekg=False)
    source, _ = Source.objects.get_or_create(
        key="browser-test", defaults={"title": "示例：浏览器测试数据"}
    )
    neurology = Department.objects.get(name="神经内科")
    endocrine = Department.objects.get(name="内分泌科")
    disease = Entity.objects.get(kind="disease", name="面肌痉挛")
    calcium = Entity.objects.get(kind="disease", name="低钙血症")

    def hospital(name: str, place: str, grade: str, demo: bool) -> Hospital:
        province, city = place.split("/")
        found = Hospital.objects.create(
            name=name,
            province=province,
            city=city,
            grade=grade,
            is_demo=demo,
            source=source,
            record=name,
        )
        found.departments.add(neurology, endocrine)
        return found

    # A municipality is its own province: its page must not say 北京市北京.
    north = hospital("示例北城医院", "北京市/北京", "三甲", demo=True)
    east = hospital("示例东岸医院", "上海市/上海", "二甲", demo=True)
    south = hospital("示例南湖医院", "浙江省/杭州", "三甲", demo=False)

    def doctor(name: str, where: Hospital, title: str, department, *treats):
        found = Doctor.objects.create(
            name=name,
            title=title,
            hospital=where,
            department=department,
            specialty="擅长" + "、".join(e.name for e in treats),
            is_demo=where.is_demo,
            source=source,
            record=name,
        )
        found.specialties.add(*treats)
        return found

    chief = doctor("林示例", north, "主任医师", neurology, disease)
    doctor("周示例", east, "主治医师", endocrine, calcium)
    doctor("吴示例", south, "副主任医师", neurology, disease)

    article = Article.objects.create(
        source_key="browser-test/face-twitch",
        source=source,
        title="示例：半边脸抽动是什么原因",
        summary="示例摘要：一侧面部反复抽动，多与面神经受压有关。",
        advice=["示例建议：规律作息，少喝浓茶咖啡。"],
        department=neurology,
        subject=disease,
        content_hash="browser-test-article",
        is_demo=True,
    )
    cause = ArticleCause.objects.create(
        article=article,
        name="面肌痉挛",
        explanation="示例说明：面神经根部受血管压迫，引起一侧面肌阵发抽动。",
        treatment="示例治疗：在神经内科评估后决定。",
        entity=disease,
        position=1,
    )
    ArticleDrug.objects.create(article=article, cause=cause, name="巴氯芬片")
    question = Question.objects.create(
        title="示例：左眼皮跳了一个月怎么办",
        department=neurology,
        source=source,
        record="browser-test#1",
        content_hash="browser-test-question",
    )
    Answer.objects.create(question=question, text="示例回答：先休息。", doctor=chief)
    return {
        "article": article.pk,
        "question": question.pk,
        "doctor": chief.pk,
        "hospital": north.pk,
        "disease": disease.name,
    }


def index() -> None:
    """Build the search index in the server's data folder, as `make serve` does."""
    from yizhi.search.index.build import reindex

    reindex()


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yizhi.settings")
    import django

    django.setup()
    ids = fill()
    index()
    sys.stdout.write(json.dumps(ids, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
