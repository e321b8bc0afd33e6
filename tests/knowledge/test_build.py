"""Building the knowledge base: CMeKG-shaped records, the overlay, idempotence."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from yizhi.knowledge.build import build_knowledge_base
from yizhi.knowledge.choices import EntityKind, Predicate
from yizhi.knowledge.importers.base import ImportFailed
from yizhi.knowledge.importers.cmekg import load_graph
from yizhi.knowledge.lookup import resolve
from yizhi.knowledge.models import Entity, Fact
from yizhi.knowledge.profile import load_profile
from yizhi.knowledge.stats import knowledge_stats

# A miniature graph in CMeKG's own shape, noise included: a trailing 等, a
# glued list, a department outside the tree's spelling, a compound department.
MINI_GRAPH = {
    "偏头痛": {
        "常见症状": ["头痛", "恶心、呕吐", "畏光等"],
        "就诊科室": ["小儿神经科"],
        "检查": ["脑电图检查"],
        "ICD10": ["G43.9"],
        "相关药物": ["布洛芬片"],
    },
    "骨肉瘤": {
        "常见症状": ["骨痛"],
        "就诊科室": ["骨科；肿瘤科"],
        "常见病因": ["遗传因素"],
    },
    "偏头痛症": {"常见症状": ["搏动性头痛"], "就诊科室": ["神经内科"]},
    "布洛芬片": {
        "成份": ["布洛芬"],
        "适应症": ["偏头痛", "发热"],
        "OTC类型": ["乙类OTC"],
        "用法用量": ["口服。成人一次1片，若持续疼痛可间隔4～6小时重复用药一次"],
        "不良反应": ["恶心", "胃部不适"],
    },
}

MINI_OVERLAY = """\
source: 示例：用于测试的参考文献
conditions:
  - name: 偏头痛
    aliases: [偏头痛症]
    summary: 反复发作的一侧或双侧搏动性头痛。
    department: 神经内科
    symptoms: [头痛, 畏光]
    exams: [头颅磁共振]
    red_flags: [雷击样头痛]
red_flags:
  - name: 雷击样头痛
    patterns: [[突发剧烈头痛]]
    reason: 可能是蛛网膜下腔出血。
    action: 立即拨打120。
lay_terms:
  - {term: 偏头疼, entity: 偏头痛, kind: disease}
"""


@pytest.fixture
def mini_sources(tmp_path: Path) -> tuple[Path, Path]:
    graph = tmp_path / "cmekg.pkl"
    graph.write_bytes(pickle.dumps(MINI_GRAPH))
    overlay = tmp_path / "overlay"
    (overlay / "conditions").mkdir(parents=True)
    (overlay / "conditions" / "headache.yaml").write_text(
        MINI_OVERLAY.split("red_flags:\n  - name")[0], encoding="utf-8"
    )
    rules, lay = MINI_OVERLAY.split("red_flags:\n", 1)[1].split("lay_terms:\n")
    (overlay / "red_flags.yaml").write_text(
        "source: 示例\nred_flags:\n" + rules, encoding="utf-8"
    )
    (overlay / "lay_terms.yaml").write_text(
        "source: 示例\nlay_terms:\n" + lay, encoding="utf-8"
    )
    return graph, overlay


def build(sources: tuple[Path, Path]) -> dict:
    graph, overlay = sources
    build_knowledge_base(cmekg_path=graph, overlay_path=overlay)
    return knowledge_stats()


@pytest.mark.django_db
def test_second_build_gives_identical_counts(mini_sources) -> None:
    first = build(mini_sources)
    second = build(mini_sources)
    assert first == second
    assert first["departments"]["unmapped"] == []


@pytest.mark.django_db
def test_overlay_wins_the_department_and_both_provenances_are_kept(
    mini_sources,
) -> None:
    build(mini_sources)
    migraine = Entity.objects.get(kind=EntityKind.DISEASE, name="偏头痛")
    profile = load_profile(migraine)
    assert profile.primary_department.name == "神经内科"
    sources = {fact.source.key for fact in profile.values(Predicate.DEPARTMENT)}
    assert sources == {"overlay", "cmekg"}
    assert [d.name for d in profile.departments] == ["神经内科", "小儿内科"]


@pytest.mark.django_db
def test_cmekg_values_are_cleaned_split_and_linked(mini_sources) -> None:
    build(mini_sources)
    migraine = Entity.objects.get(kind=EntityKind.DISEASE, name="偏头痛")
    symptoms = [fact.text for fact in load_profile(migraine).values(Predicate.SYMPTOM)]
    assert {"头痛", "恶心", "呕吐", "畏光"} <= set(symptoms)
    assert all(
        fact.target is not None for fact in load_profile(migraine).values("symptom")
    )
    drug_fact = Fact.objects.get(subject=migraine, predicate=Predicate.DRUG)
    assert drug_fact.target.name == "布洛芬片"
    assert drug_fact.record == "CMeKG:偏头痛"


@pytest.mark.django_db
def test_record_under_an_overlay_alias_merges_into_that_entity(mini_sources) -> None:
    build(mini_sources)
    assert not Entity.objects.filter(name="偏头痛症").exists()
    fact = Fact.objects.get(text="搏动性头痛", predicate=Predicate.SYMPTOM)
    assert (fact.subject.name, fact.record) == ("偏头痛", "CMeKG:偏头痛症")


@pytest.mark.django_db
def test_compound_department_maps_to_both_departments(mini_sources) -> None:
    build(mini_sources)
    sarcoma = Entity.objects.get(name="骨肉瘤")
    assert {d.name for d in load_profile(sarcoma).departments} == {"骨科", "肿瘤科"}


@pytest.mark.django_db
def test_lay_term_and_icd_code_resolve_to_the_disease(mini_sources) -> None:
    build(mini_sources)
    assert resolve("偏头疼").entity.name == "偏头痛"
    assert resolve("G43.9").entity.name == "偏头痛"
    assert resolve("偏頭痛").entity.name == "偏头痛"  # 繁体


@pytest.mark.django_db
def test_red_flag_rule_is_attached_to_its_condition(mini_sources) -> None:
    build(mini_sources)
    migraine = Entity.objects.get(kind=EntityKind.DISEASE, name="偏头痛")
    assert [flag.name for flag in migraine.red_flags.all()] == ["雷击样头痛"]


@pytest.mark.django_db
def test_dry_run_import_writes_nothing(mini_sources) -> None:
    graph, _ = mini_sources
    before = Fact.objects.count()
    call_command("import", "cmekg", str(graph), "--dry-run", "--json")
    assert Fact.objects.count() == before


def test_broken_package_file_gives_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "cmekg.pkl"
    broken.write_bytes(b"not a pickle")
    with pytest.raises(ImportFailed, match="重新安装"):
        load_graph(broken)


@pytest.mark.django_db
def test_unknown_importer_lists_the_known_ones() -> None:
    with pytest.raises(CommandError, match="可用的有"):
        call_command("import", "nosuchsource")
