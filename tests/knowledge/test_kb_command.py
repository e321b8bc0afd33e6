"""`yizhi kb show|stats` over the fixture knowledge base."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from yizhi.knowledge.lookup import resolve


def kb_json(capsys, *args: str) -> dict:
    call_command("kb", *args, "--json")
    return json.loads(capsys.readouterr().out)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("面肌痉挛", "面肌痉挛"),
        ("偏侧面肌痉挛", "面肌痉挛"),  # alias
        ("贝尔面瘫", "面神经炎"),  # alias
        ("抽筋", "肌肉痉挛"),  # lay term
        ("面肌痙攣", "面肌痉挛"),  # 繁体
    ],
)
def test_show_resolves_names_and_aliases(capsys, typed: str, name: str) -> None:
    shown = kb_json(capsys, "show", typed)
    assert shown["name"] == name
    assert shown["provenance"]


@pytest.mark.django_db
def test_show_gives_department_path_and_sources(capsys) -> None:
    shown = kb_json(capsys, "show", "面肌痉挛")
    assert shown["department_path"] == ["内科", "神经内科"]
    assert any(fact["record"] for fact in shown["facts"]["symptom"])


@pytest.mark.django_db
def test_unknown_name_says_so_with_close_matches() -> None:
    with pytest.raises(
        CommandError, match=r"知识库中没有「面肌痉孪」；相近的名称：.*面肌痉挛"
    ):
        call_command("kb", "show", "面肌痉孪")


@pytest.mark.django_db
def test_stats_reports_departments_and_no_unmapped_spellings(capsys) -> None:
    stats = kb_json(capsys, "stats")
    assert stats["departments"]["canonical"] <= 60
    assert stats["departments"]["unmapped"] == []
    assert stats["entities"]["disease"] >= 3


@pytest.mark.django_db
@pytest.mark.parametrize(("with_close", "expected"), [(True, True), (False, False)])
def test_resolve_lists_close_names_only_when_asked(with_close, expected) -> None:
    resolution = resolve("面肌痉孪", with_close=with_close)
    assert resolution.entity is None
    assert ("面肌痉挛" in resolution.close) is expected
