"""`yizhi parse FILE [--json]` prints the structure and stores nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from testsupport import FIXTURES

PAGE = FIXTURES / "pages" / "headache_headings.txt"


def run(*args: str) -> str:
    out = StringIO()
    call_command("parse", *args, stdout=out)
    return out.getvalue()


def test_json_output() -> None:
    data = json.loads(run(str(PAGE), "--json"))
    assert data["title"] == "经常头痛是什么原因"
    assert [c["name"] for c in data["causes"]][:2] == ["睡眠不足", "精神紧张"]
    assert data["provenance"] == str(PAGE)


def test_readable_summary() -> None:
    text = run(str(PAGE))
    assert "标题：经常头痛是什么原因" in text
    assert "病因（5）" in text
    assert "提到的药物：布洛芬缓释胶囊、对乙酰氨基酚片" in text
    assert "相关问题（3）" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "文件是空的"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "不是文本文件"),
        ("红烧肉的做法\n五花肉切块。".encode(), "不像健康科普页面"),
    ],
)
def test_bad_file_is_a_command_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(str(path))


def test_missing_file_is_a_command_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="文件不存在"):
        run(str(tmp_path / "missing.html"))


def test_cli_exits_with_status_one_and_the_message(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "yizhi", "parse", str(path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=FIXTURES.parent.parent,
    )
    assert done.returncode == 1
    assert "文件是空的" in done.stderr
    assert "Traceback" not in done.stderr
