"""A CSV file's bytes as a header and rows, whatever spreadsheet wrote it.

Excel in Sweden saves ``;``-separated text in Windows-1252 or UTF-8 with a BOM; Google
Sheets and LinkedIn write ``,``-separated UTF-8; "Unicode text" is tab-separated UTF-16.
The encoding is read from the BOM, else UTF-8 is tried, else Windows-1252 (which decodes
any byte, so a file is never refused for its encoding). The separator is the one of
``;``, ``,`` and tab that the header line holds most of, outside quotes.

The file is read as a stream, a row at a time, and refused past :data:`MAX_ROWS` rows or
:data:`MAX_BYTES` bytes: refusing a million-row file takes a fraction of a second and
little memory, instead of reading it all first.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Final

__all__ = ["MAX_BYTES", "MAX_ROWS", "Table", "TableError", "decode", "read_table"]

MAX_BYTES: Final = 50_000_000
"""No spreadsheet of job applications is this big; a larger file is refused, not read."""
MAX_ROWS: Final = 100_000
"""Rows of one import (all files of a zip together). A job search of ten years, twenty
applications a week, is about 10,000 rows; a larger file is not a list of applications."""
_MAX_CELL: Final = 1_000_000
"""Characters of one cell (csv's own default is 131,072): longer than any text the store
keeps (200,000), so that a too long cell is reported for its row, not the whole file."""
_ROWS_SHOWN: Final = f"{MAX_ROWS:,}".replace(",", " ")
_DELIMITERS: Final = (";", ",", "\t")


class TableError(ValueError):
    """The bytes are not a table we can read (the message says why)."""


@dataclass(slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    line_numbers: list[int] = field(default_factory=list)
    """The file line each row starts on (the header is line 1), for messages per row."""
    delimiter: str = ","
    encoding: str = "utf-8"
    files: list[str] = field(default_factory=list)
    """The file each row comes from, where a table is made of several (a zip's CSV files);
    empty for one file."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise TableError(f"the file is not valid {name}: {exc.reason}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _count_outside_quotes(line: str, char: str) -> int:
    count, quoted = 0, False
    for c in line:
        if c == '"':
            quoted = not quoted
        elif c == char and not quoted:
            count += 1
    return count


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: _count_outside_quotes(header, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])  # ties: ";" first, as Swedish Excel
    if counts[best] == 0:
        raise TableError("the first line has no columns separated by ; , or tab")
    return best


class _Capped(io.RawIOBase):
    """A binary stream that refuses to give more than ``limit`` bytes."""

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        super().__init__()
        self._stream = stream
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._stream.read(min(len(view), self._left + 1))
        self._left -= len(data)
        if self._left < 0:
            raise TableError(f"the file is larger than {MAX_BYTES // 1_000_000} MB")
        view[: len(data)] = data
        return len(data)


def _encodings(stream: IO[bytes]) -> tuple[str, ...]:
    """The encodings to try, in order, from the byte order mark."""
    head = stream.read(4)
    stream.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        return ("utf-8-sig",)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ("utf-16",)
    return ("utf-8", "cp1252")


def _text_lines(stream: IO[bytes], encoding: str) -> io.TextIOWrapper:
    errors = "replace" if encoding == "cp1252" else "strict"
    binary = io.BufferedReader(_Capped(stream, MAX_BYTES))
    return io.TextIOWrapper(binary, encoding=encoding, errors=errors, newline=None)


def read_table(data: bytes | IO[bytes], *, max_rows: int = MAX_ROWS) -> Table:
    """Header and rows of a CSV file; blank rows are dropped, short rows padded.

    ``data`` is the file's bytes or a seekable binary stream of them (read a row at a
    time). More than ``max_rows`` rows, or more than :data:`MAX_BYTES` bytes, are refused.
    """
    if isinstance(data, bytes | bytearray):
        if len(data) > MAX_BYTES:
            raise TableError(f"the file is larger than {MAX_BYTES // 1_000_000} MB")
        data = io.BytesIO(data)
    if csv.field_size_limit() < _MAX_CELL:  # a long cell is one row's problem, not the file's
        csv.field_size_limit(_MAX_CELL)
    encodings = _encodings(data)
    for encoding in encodings:
        data.seek(0)
        try:
            return _read_rows(_text_lines(data, encoding), encoding, max_rows)
        except UnicodeDecodeError as exc:
            if encoding == "utf-8":
                continue  # not UTF-8 after all: Windows-1252 reads any byte
            raise TableError(f"the file is not valid {encoding}: {exc.reason}") from None
    raise AssertionError("cp1252 decodes any byte")  # pragma: no cover


def _read_rows(lines: Iterator[str], encoding: str, max_rows: int) -> Table:
    header = next((line for line in lines if line.strip()), None)
    if header is None:
        raise TableError("the file is empty")
    delimiter = _delimiter(header)
    reader = csv.reader(itertools.chain([header], lines), delimiter=delimiter)
    try:
        headers = [cell.strip() for cell in next(reader)]
        rows: list[list[str]] = []
        numbers: list[int] = []
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                if len(rows) >= max_rows:
                    raise TableError(
                        f"the file has more than {_ROWS_SHOWN} rows; a job search has far "
                        "fewer, so this is not a list of applications (split it, or import "
                        "the rows you need)"
                    )
                rows.append([cell.strip() for cell in row] + [""] * (len(headers) - len(row)))
                numbers.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise TableError(f"line {reader.line_num}: {exc}") from None
    return Table(headers, rows, numbers, delimiter, encoding)
