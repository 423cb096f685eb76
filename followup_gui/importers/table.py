"""A CSV file's bytes as a header and rows, whatever spreadsheet wrote it.

Excel in Sweden saves ``;``-separated text in Windows-1252 or UTF-8 with a BOM; Google
Sheets and LinkedIn write ``,``-separated UTF-8; "Unicode text" is tab-separated UTF-16.
The encoding is read from the BOM, else UTF-8 is tried, else Windows-1252 (which decodes
any byte, so a file is never refused for its encoding). The separator is the one of
``;``, ``,`` and tab that the header line holds most of, outside quotes.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from typing import Final

__all__ = ["MAX_BYTES", "Table", "TableError", "decode", "read_table"]

MAX_BYTES: Final = 50_000_000
"""No spreadsheet of job applications is this big; a larger file is refused, not read."""
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


def read_table(data: bytes) -> Table:
    """Header and rows of a CSV file; blank rows are dropped, short rows padded."""
    if len(data) > MAX_BYTES:
        raise TableError(f"the file is larger than {MAX_BYTES // 1_000_000} MB")
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise TableError("the file is empty")
    delimiter = _delimiter(text.lstrip("\n"))
    reader = csv.reader(io.StringIO(text.lstrip("\n")), delimiter=delimiter)
    try:
        headers = [cell.strip() for cell in next(reader)]
        rows: list[list[str]] = []
        lines: list[int] = []
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append([cell.strip() for cell in row] + [""] * (len(headers) - len(row)))
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise TableError(f"line {reader.line_num}: {exc}") from None
    return Table(headers, rows, lines, delimiter, encoding)
