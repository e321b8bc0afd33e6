"""`yizhi audit FILE|--all [--json]`: JSON shape, table and errors."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from testsupport import FIXTURES

from yizhi.content.importers.pages import PagesImporter
from yizhi.content.models import Article

DRUG_BLOCK = FIXTURES / "content" / "facial_spasm_drug_block.txt"


def _audit(*args: str) -> str:
    out = StringIO()
    call_command("audit", *args, stdout=out)
    return out.getvalue()


def test_audit_file_prints_findings_as_json_without_storing(audit_drugs) -> None:
    found = json.loads(_audit(str(DRUG_BLOCK), "--json"))["findings"]
    drugs = [f["drug"] for f in found if f["kind"] == "drug_mismatch"]
    assert "阿比多尔片" in drugs
    assert {f["article"] for f in found} == {str(DRUG_BLOCK)}
    assert all({"kind", "subject", "reason", "article"} <= set(f) for f in found)
    assert not Article.objects.exists()


def test_audit_all_reads_the_stored_findings(audit_drugs) -> None:
    PagesImporter(paths=(DRUG_BLOCK,), source="编辑部").run()
    from_file = json.loads(_audit(str(DRUG_BLOCK), "--json"))["findings"]
    stored = json.loads(_audit("--all", "--json"))["findings"]
    assert [f["kind"] for f in stored] == [f["kind"] for f in from_file]
    assert stored[0]["article"] == "编辑部/facial_spasm_drug_block.txt"


def test_audit_table_names_kind_and_drug(audit_drugs) -> None:
    table = _audit(str(DRUG_BLOCK))
    assert "[药品与病情不符] 阿比多尔片：" in table
    assert "共 " in table


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "请给出要审核的文件"),
        (("--all", "x.txt"), "请给出要审核的文件"),
        (("nowhere.txt",), "路径不存在"),
    ],
)
def test_audit_refuses_unclear_requests(db, args, message) -> None:
    with pytest.raises(CommandError, match=message):
        _audit(*args)


def test_audit_of_an_empty_file_says_so(db, tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="空"):
        _audit(str(empty))
