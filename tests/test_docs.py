"""The developer docs list every setting the code reads."""

import re
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

SETTINGS_SOURCE = REPO_ROOT / "yizhi" / "settings.py"
SETTINGS_DOC = REPO_ROOT / "docs" / "settings.md"


def test_every_setting_read_by_the_code_is_documented() -> None:
    used = set(re.findall(r"\b(YIZHI_[A-Z_]+)\b", SETTINGS_SOURCE.read_text()))
    documented = set(re.findall(r"`(YIZHI_[A-Z_]+)`", SETTINGS_DOC.read_text()))
    assert used, "settings.py reads no YIZHI_ variable; the pattern is wrong"
    assert used - documented == set()


def test_cli_docs_match_the_commands_help() -> None:
    from yizhi.clidocs import CLI_DOC, render_cli_docs

    assert CLI_DOC.read_text(encoding="utf-8") == render_cli_docs(), (
        "docs/cli.md is out of date: run `make docs`"
    )
