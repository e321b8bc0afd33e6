"""Reading CSV files in the encodings editors and datasets use."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from testsupport import FIXTURES

from yizhi.directory.importers.csvfile import (
    CsvFileError,
    csv_files,
    read_rows,
    sniff_encoding,
)

DATASETS = FIXTURES / "datasets"
COLUMNS = ("department", "title", "ask", "answer")


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        (codecs.BOM_UTF8 + "科室".encode(), "utf-8-sig"),
        ("科室,标题".encode(), "utf-8-sig"),
        ("科室,标题".encode("gb18030"), "gb18030"),
        ("神经内科".encode()[:-1], "utf-8-sig"),  # a character cut by the sample
        (b"department,title", "utf-8-sig"),  # plain ASCII
    ],
)
def test_sniff_encoding(sample: bytes, expected: str) -> None:
    assert sniff_encoding(sample) == expected


@pytest.mark.parametrize("name", ["qa_utf8.csv", "qa_gb18030.csv", "qa_bom.csv"])
def test_every_encoding_reads_to_the_same_columns(name: str) -> None:
    rows = list(read_rows(DATASETS / name, required=COLUMNS))
    assert rows
    assert all(row.get("department") and row.get("answer") for row in rows)
    assert rows[0].line == 2  # the header is line 1


def test_gb18030_file_reads_as_chinese() -> None:
    rows = list(read_rows(DATASETS / "qa_gb18030.csv", required=COLUMNS))
    assert rows[0].get("title") == "吃完饭胃胀"


def test_missing_columns_name_the_columns() -> None:
    with pytest.raises(CsvFileError, match="缺少列：title、ask、answer"):
        list(read_rows(DATASETS / "qa_wrong_header.csv", required=COLUMNS))


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "文件是空的"), (b"\x89PNG\r\n\x1a\n\x00\x00", "不是文本 CSV")],
)
def test_unreadable_files_say_why(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(CsvFileError, match=message):
        list(read_rows(path, required=COLUMNS))


def test_folders_expand_to_their_csv_files(tmp_path: Path) -> None:
    (tmp_path / "b.csv").write_text("x")
    (tmp_path / "a.csv").write_text("x")
    (tmp_path / "notes.txt").write_text("x")
    assert [path.name for path in csv_files([tmp_path])] == ["a.csv", "b.csv"]
