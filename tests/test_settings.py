"""A bad YIZHI_* variable stops the command with a message naming it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from testsupport import REPO_ROOT


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("YIZHI_PAGE_CACHE_SECONDS", "十分钟", "YIZHI_PAGE_CACHE_SECONDS 应是不小于 0"),
        ("YIZHI_PAGE_CACHE_SECONDS", "-1", "YIZHI_PAGE_CACHE_SECONDS 应是不小于 0"),
        ("YIZHI_DATABASE_URL", "mysql://db/yizhi", "只支持 postgresql://"),
    ],
)
def test_bad_setting_is_named_without_a_traceback(
    name: str, value: str, message: str, tmp_path
) -> None:
    env = dict(os.environ, YIZHI_VAR_DIR=str(tmp_path), **{name: value})
    done = subprocess.run(
        [sys.executable, "-m", "yizhi", "kb", "stats"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
