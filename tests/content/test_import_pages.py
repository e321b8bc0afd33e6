"""`yizhi import pages`: stored articles, re-import, bad files, duplicates, Q&A."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from testsupport import FIXTURES

from yizhi.content.importers.demo import DEMO_PAGES, DemoArticlesImporter
from yizhi.content.importers.pages import PagesImporter, page_files
from yizhi.content.models import Article, AuditFinding, Question, ReviewStatus
from yizhi.knowledge.models import Alias, Entity, Source

PAGES = FIXTURES / "pages"
DRUG_BLOCK = FIXTURES / "content" / "facial_spasm_drug_block.txt"


def _run(*paths: Path, source: str | None = None, dry_run: bool = False):
    importer = PagesImporter(paths=paths, source=source)
    return importer.run(dry_run=dry_run)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(DRUG_BLOCK, pages / "spasm.txt")
    shutil.copy(PAGES / "legcramp_byline.txt", pages / "nested_cramp.txt")
    return pages


def test_page_files_are_keyed_by_path_or_source(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "a.md").write_text("x", encoding="utf-8")
    (folder / "skip.json").write_text("{}", encoding="utf-8")
    keys = [item.key for item in page_files((folder,), None)]
    assert keys == ["nested_cramp.txt", "spasm.txt", "sub/a.md"]
    keys = [item.key for item in page_files((folder,), "编辑甲")]
    assert keys[0] == "编辑甲/nested_cramp.txt"


def test_import_stores_linked_articles_needing_review(
    audit_drugs, folder: Path
) -> None:
    report = _run(folder, source="编辑部")
    assert (report.created, report.failures) == (2, [])
    article = Article.objects.get(source_key="编辑部/spasm.txt")
    assert article.status == ReviewStatus.NEEDS_REVIEW
    assert article.source.title == "编辑部"
    assert article.subject.name == "面肌痉挛"
    assert article.department.name == "神经内科"
    assert [c.name for c in article.causes.all()][:2] == ["面神经炎", "感染"]
    assert article.causes.get(name="面神经炎").drugs.get().name == "甲钴胺片"
    assert article.drugs.filter(cause=None).count() == 4
    assert article.related.count() == 2  # the repeated question is stored once
    kinds = set(article.findings.values_list("kind", flat=True))
    assert {"drug_mismatch", "duplicate", "missing_disclaimer"} <= kinds


def test_drugs_the_audit_flags_never_reach_the_page_or_the_api(
    audit_drugs, folder: Path, client
) -> None:
    """The page's own prose stays as written; its drug lists leave these out."""
    _run(folder)
    article = Article.objects.get(source_key="spasm.txt")
    flagged = article.findings.unfit_drug_names()
    assert {"阿比多尔片", "注射用亚胺培南西司他丁钠", "复方片仔癀软膏"} <= flagged
    assert "巴氯芬片" not in flagged
    page = client.get(article.get_absolute_url()).content.decode()
    lists = re.findall(
        r'<p class="cause-drugs">.*?</p>|<section id="drugs">.*?</section>', page, re.S
    )
    parts = client.get(f"/api/v1/articles/{article.pk}").json()
    listed = [d["name"] for c in parts["causes"] for d in c["drugs"]]
    listed += [d["name"] for d in parts["drugs"]]
    assert "巴氯芬片" in listed
    assert "巴氯芬片" in "".join(lists)
    for drug in flagged:
        assert drug not in listed
        assert drug not in "".join(lists)
    # 甲钴胺片 fits no condition of the test knowledge base, and the cause's
    # treatment text names it: the text stays, with a warning beside it.
    assert "甲钴胺片" in flagged
    warning = re.search(r'<p class="note unfit-drugs">(.*?)</p>', page).group(1)
    assert "甲钴胺片" in warning


def test_reimport_updates_in_place_and_replaces_findings(db, folder: Path) -> None:
    _run(folder)
    before = AuditFinding.objects.count()
    again = _run(folder)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert AuditFinding.objects.count() == before
    page = folder / "spasm.txt"
    advice = "症状持续不缓解要及时就诊。"
    notice = "\n温馨提示：以上内容仅供参考，不能代替医生的诊断和治疗。"
    page.write_text(
        page.read_text(encoding="utf-8").replace(advice, advice + notice),
        encoding="utf-8",
    )
    changed = _run(folder)
    assert (changed.updated, changed.unchanged) == (1, 1)
    assert Article.objects.count() == 2
    article = Article.objects.get(source_key="spasm.txt")
    assert not article.findings.filter(kind="missing_disclaimer").exists()


def test_reimport_relinks_when_the_knowledge_base_learns_a_name(
    db, folder: Path
) -> None:
    """Same text, new link: the article is stored again, not left unlinked."""
    _run(folder)
    article = Article.objects.get(source_key="spasm.txt")
    cause = article.causes.get(name="颅内异响")
    assert cause.entity is None
    source = Source.objects.create(key="relink-test", title="示例：补充的别名")
    palsy = Entity.objects.get(kind="disease", name="面神经炎")
    Alias.objects.create(entity=palsy, name="颅内异响", kind="lay", source=source)
    again = _run(folder)
    assert (again.updated, again.unchanged) == (1, 1)
    assert article.causes.get(name="颅内异响").entity == palsy
    assert _run(folder).unchanged == 2  # and a third run changes nothing


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "空"),
        ("binary.html", bytes(range(256)) * 4, "二进制"),
        ("recipe.txt", (PAGES / "recipe_not_health.txt").read_bytes(), "健康"),
    ],
)
def test_bad_files_are_reported_and_the_batch_goes_on(
    db, folder: Path, name: str, data: bytes, reason: str
) -> None:
    (folder / name).write_bytes(data)
    report = _run(folder)
    assert report.created == 2
    assert [f.record for f in report.failures] == [name]
    assert reason in report.failures[0].reason
    assert not Article.objects.filter(source_key=name).exists()


def test_command_exits_one_with_the_summary_on_bad_files(db, folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError) as raised:
        call_command("import", "pages", str(folder), "--json")
    assert raised.value.returncode == 1
    assert Article.objects.count() == 2


def test_the_same_content_under_another_key_is_not_stored_twice(
    db, folder: Path
) -> None:
    shutil.copy(folder / "spasm.txt", folder / "spasm_copy.txt")
    report = _run(folder)
    assert (report.created, report.unchanged) == (2, 1)
    copies = [f for f in report.findings if f["article"] == "spasm_copy.txt"]
    assert copies[0]["kind"] == "duplicate"
    assert "spasm.txt" in copies[0]["reason"]


def test_a_retitled_copy_gets_a_duplicate_finding(db, folder: Path) -> None:
    text = (folder / "spasm.txt").read_text(encoding="utf-8")
    retitled = text.replace("面部肌肉痉挛是什么原因", "面部肌肉痉挛的原因有哪些")
    (folder / "z_retitled.txt").write_text(retitled, encoding="utf-8")
    _run(folder)
    article = Article.objects.get(source_key="z_retitled.txt")
    finding = article.findings.filter(kind="duplicate", reason__contains="spasm.txt")
    assert finding.exists()


def test_dry_run_stores_nothing(db, folder: Path) -> None:
    report = _run(folder, dry_run=True)
    assert report.created == 2
    assert not Article.objects.exists()


def test_qa_items_become_questions_once(db, tmp_path: Path) -> None:
    shutil.copy(PAGES / "drymouth_heavy_chrome.html", tmp_path / "a.html")
    _run(tmp_path / "a.html")
    count = Question.objects.count()
    assert count >= 1
    assert Question.objects.first().answers.exists()
    shutil.copy(PAGES / "drymouth_heavy_chrome.html", tmp_path / "b.html")
    _run(tmp_path / "b.html")  # same content: refused as a duplicate
    assert Question.objects.count() == count


def test_demo_articles_import_as_demo(db) -> None:
    report = DemoArticlesImporter(paths=()).run()
    assert report.failures == []
    assert report.created == len(list(DEMO_PAGES.iterdir()))
    assert Article.objects.filter(is_demo=False).count() == 0
    assert Article.objects.first().source_key.startswith("示例文章/")
