"""The real build: all of CMeKG plus the shipped overlay, through the CLI.

It runs in its own database under a temporary YIZHI_VAR_DIR, so the rest of
the suite keeps its small fixture knowledge base.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

# Every condition the seed pages name among their causes, and the issue's
# examples: each must resolve to one entity with a department.
SEED_CONDITIONS = [
    "面肌痉挛",
    "偏侧面肌痉挛",
    "贝尔面瘫",
    "不宁腿综合征",
    "焦虑症",
    "低钙血症",
    "不安腿综合征",
    "多发性硬化",
    "面神经炎",
    "腰椎间盘突出症",
    "坐骨神经痛",
    "甲状腺功能亢进症",
    "运动神经元病",
    "周围神经病",
    "电解质紊乱",
]


def yizhi(var_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "YIZHI_VAR_DIR": str(var_dir)}
    return subprocess.run(
        [sys.executable, "-m", "yizhi", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    var_dir = tmp_path_factory.mktemp("var")
    done = yizhi(var_dir, "kb", "build", "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    return var_dir


def test_full_build_meets_the_counts(built: Path) -> None:
    stats = json.loads(yizhi(built, "kb", "stats", "--json").stdout)
    assert stats["entities"]["disease"] >= 6000
    assert stats["entities"]["drug"] >= 15000
    assert stats["departments"]["canonical"] <= 60
    assert stats["departments"]["unmapped"] == []
    assert stats["last_build"]["seconds"] > 0


def test_second_build_gives_identical_counts(built: Path) -> None:
    before = json.loads(yizhi(built, "kb", "stats", "--json").stdout)
    assert yizhi(built, "kb", "build", "--json").returncode == 0
    after = json.loads(yizhi(built, "kb", "stats", "--json").stdout)
    before.pop("last_build"), after.pop("last_build")
    assert before == after


def test_seed_conditions_and_lay_terms_resolve_with_a_department(built: Path) -> None:
    shown = yizhi(built, "kb", "show", *SEED_CONDITIONS, "抽筋", "--json")
    assert shown.returncode == 0, shown.stderr
    entities = [json.loads(line) for line in shown.stdout.splitlines()]
    assert len(entities) == len(SEED_CONDITIONS) + 1
    assert all(entity["department"] for entity in entities[:-1])
    assert entities[-1]["name"] == "肌肉痉挛"


def test_unknown_name_exits_1_with_close_matches(built: Path) -> None:
    shown = yizhi(built, "kb", "show", "面肌痉孪")
    assert shown.returncode == 1
    assert "相近的名称" in shown.stderr
    assert "Traceback" not in shown.stderr
