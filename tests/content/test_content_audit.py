"""The audit of a linked page: drugs against indications, disclaimer, repeats, links."""

from __future__ import annotations

import pytest
from testsupport import FIXTURES, needs_shared

from yizhi.content.audit import audit_page
from yizhi.content.linking import link_page
from yizhi.content.models import LinkStatus
from yizhi.content.parsing import parse_page

DRUG_BLOCK = FIXTURES / "content" / "facial_spasm_drug_block.txt"


def _audit(path):
    linked = link_page(parse_page(path.read_bytes(), source=path.name))
    return linked, audit_page(linked)


@pytest.fixture
def drug_block(audit_drugs):
    return _audit(DRUG_BLOCK)


def test_subject_and_causes_are_linked(drug_block) -> None:
    linked, _ = drug_block
    assert linked.subject.entity.name == "面肌痉挛"  # via 面部肌肉痉挛
    links = {c.cause.name: c.link for c in linked.causes}
    assert links["面神经炎"].status == LinkStatus.ENTITY
    assert links["面神经炎"].entity.name == "面神经炎"
    assert links["外伤"].status == LinkStatus.FACTOR
    assert links["疲劳"].status == LinkStatus.FACTOR
    assert links["颅内异响"].status == LinkStatus.UNLINKED


def test_drug_block_flags_the_antiviral_antibiotic_and_ointment_only(
    drug_block,
) -> None:
    _, findings = drug_block
    flagged = {f.drug for f in findings if f.kind == "drug_mismatch"}
    assert {"阿比多尔片", "注射用亚胺培南西司他丁钠", "复方片仔癀软膏"} <= flagged
    assert "巴氯芬片" not in flagged


def test_a_drug_listed_twice_is_reported_once(audit_drugs, tmp_path) -> None:
    """Two makers of one product on the page are one mistake, not two."""
    use = "用于甲型、乙型流感病毒引起的上呼吸道感染\n\n"
    block = f"阿比多尔片\n\n{use}"
    makers = "".join(
        f"阿比多尔片\n阿比多尔片 {maker}药业有限...\n\n{use}" for maker in ("甲", "乙")
    )
    text = DRUG_BLOCK.read_text(encoding="utf-8")
    page = tmp_path / "twice.txt"
    assert block in text
    page.write_text(text.replace(block, makers), encoding="utf-8")
    linked, findings = _audit(page)
    assert [d.name for d in linked.drugs].count("阿比多尔片") == 2
    flagged = [f.drug for f in findings if f.kind == "drug_mismatch"]
    assert flagged.count("阿比多尔片") == 1


def test_every_finding_says_why(drug_block) -> None:
    _, findings = drug_block
    kinds = {f.kind for f in findings}
    assert kinds == {
        "drug_mismatch",
        "missing_disclaimer",
        "duplicate",
        "unlinked_cause",
    }
    assert all(f.reason for f in findings)
    unlinked = [f for f in findings if f.kind == "unlinked_cause"]
    # 感染 is unlinked too: the fixture knowledge base has no such entry.
    assert [f.subject for f in unlinked] == ["感染", "颅内异响"]


def test_finding_json_has_the_documented_shape(drug_block) -> None:
    _, findings = drug_block
    mismatch = next(f for f in findings if f.kind == "drug_mismatch")
    assert list(mismatch.to_json("a.txt")) == [
        "kind",
        "drug",
        "subject",
        "reason",
        "article",
    ]
    other = next(f for f in findings if f.kind == "missing_disclaimer")
    assert "drug" not in other.to_json("a.txt")


def test_seed_002_flags_the_three_wrong_drugs_and_not_baclofen(audit_drugs) -> None:
    _, findings = _audit(needs_shared("seeds", "002_9250f46d23239eae.txt"))
    flagged = {f.drug for f in findings if f.kind == "drug_mismatch"}
    assert {"阿比多尔片", "注射用亚胺培南西司他丁钠", "复方片仔癀软膏"} <= flagged
    assert "巴氯芬片" not in flagged


def test_seed_000_reports_its_repeated_related_question(audit_drugs) -> None:
    _, findings = _audit(needs_shared("seeds", "000_10d195d739343171.txt"))
    repeated = [f.subject for f in findings if f.kind == "duplicate"]
    assert repeated == ["相关推荐：全身神经跳动是癌症"]


def test_seed_001_flags_every_drug_it_lists_for_facial_spasm_once(
    audit_drugs,
) -> None:
    """None of the five treats facial spasm; 两面针镇痛片, listed by two makers,
    is for 肠痉挛 and 胆绞痛."""
    linked, findings = _audit(needs_shared("seeds", "001_12d22d7f07aa481c.txt"))
    flagged = [f.drug for f in findings if f.kind == "drug_mismatch"]
    assert sorted(flagged) == sorted({d.name for d in linked.drugs})
    assert "两面针镇痛片" in flagged
