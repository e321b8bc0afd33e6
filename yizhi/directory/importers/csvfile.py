"""Read the rows of a CSV file that editors or public datasets provide.

Files arrive as UTF-8, UTF-8 with a BOM (what spreadsheet programs write) or
GB18030 (the Chinese medical dialogue dataset, and anything saved by a Chinese
edition of Excel). Some of them hold hundreds of thousands of rows, so rows
are streamed, never read into memory at once.
"""

from __future__ import annotations

import codecs
import csv
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

# Enough bytes to see a few hundred Chinese characters; cutting a multi-byte
# character at the end of the sample is allowed by the incremental decoder.
SAMPLE_BYTES = 64 * 1024
REPLACEMENT = "\ufffd"

# Dataset answers run to a few thousand characters; the default limit of the
# csv module (131072) is kept well clear of, but not lifted to sys.maxsize.
csv.field_size_limit(min(sys.maxsize, 16 * 1024 * 1024))


class CsvFileError(Exception):
    """The file as a whole cannot be read; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data row: its line number in the file and its values by column."""

    line: int
    values: dict[str, str]

    def get(self, column: str) -> str:
        return (self.values.get(column) or "").strip()


def sniff_encoding(sample: bytes) -> str:
    """Return the codec for a file starting with `sample`: utf-8-sig or gb18030.

    GB18030 can decode almost any byte string, so UTF-8 is tried first and
    GB18030 is what is left; "utf-8-sig" also reads files without a BOM.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8-sig"


def read_rows(path: Path, *, required: Sequence[str]) -> Iterator[CsvRow]:
    """Yield the rows of `path` after checking that its header has `required`.

    Undecodable bytes become U+FFFD instead of stopping the file: one damaged
    row is reported by the importer and the rows after it still load.
    """
    try:
        with path.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
    except OSError as error:
        raise CsvFileError(f"无法读取文件：{error.strerror or error}") from error
    if not sample.strip():
        raise CsvFileError("文件是空的")
    if b"\x00" in sample:
        raise CsvFileError("这不是文本 CSV 文件（含二进制数据），请另存为 CSV 后再导入")
    encoding = sniff_encoding(sample)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [name.strip() for name in reader.fieldnames or ()]
        missing = [column for column in required if column not in header]
        if missing:
            raise CsvFileError(
                f"缺少列：{'、'.join(missing)}；第一行应是列名，"
                f"至少包含 {','.join(required)}"
            )
        reader.fieldnames = header
        try:
            for values in reader:
                yield CsvRow(line=reader.line_num, values=values)
        except csv.Error as error:
            raise CsvFileError(
                f"第 {reader.line_num} 行附近 CSV 格式错误（{error}），其后的行未读取"
            ) from error


def csv_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the given files, and the *.csv files inside given folders, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(path.rglob("*.csv"))
        else:
            yield path


def row_problem(row: CsvRow) -> str | None:
    """Return why a row cannot be trusted as a whole, or None."""
    if None in row.values:
        return "列数多于表头（可能有未加引号的逗号）"
    if any(value is None for value in row.values.values()):
        return "列数少于表头"
    if any(REPLACEMENT in value for value in row.values.values()):
        return "含无法解码的字符，请确认文件编码为 UTF-8 或 GB18030"
    return None
