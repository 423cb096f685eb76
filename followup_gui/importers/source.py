"""Open a file to import: our JSON store, a CSV, LinkedIn's ``Job Applications.csv`` or its zip.

What kind of file it is comes from its content, not only its name: LinkedIn's export is
recognised by its header (``Application Date, Contact Email, Contact Phone Number,
Company Name, Job Title, Job Url, Resume Name, Question And Answers``), and the zip from
"Get a copy of your data" by the member ``Jobs/Job Applications.csv`` (large exports
split it into ``Job Applications_1.csv``, ``_2`` ...; all are read).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Final

from .. import store
from ..model import Document
from .mapping import Column, guess_mapping
from .table import MAX_BYTES, MAX_ROWS, Table, TableError, read_table

if TYPE_CHECKING:
    from ..store.bundle import Bundle

__all__ = ["LINKEDIN_HEADERS", "ImportFileError", "ImportKind", "ImportSource", "read_source"]

LINKEDIN_HEADERS: Final = (
    "Application Date", "Contact Email", "Contact Phone Number", "Company Name", "Job Title",
    "Job Url", "Resume Name", "Question And Answers",
)  # fmt: skip
_LINKEDIN_MAPPING: Final = {
    "application date": Column.APPLIED_ON,
    "contact email": Column.CONTACT_EMAIL,
    "contact phone number": Column.CONTACT_PHONE,
    "company name": Column.COMPANY,
    "job title": Column.JOB_TITLE,
    "job url": Column.AD_URL,
    "resume name": Column.NOTES,
    "question and answers": Column.NOTES,
}
STORE_MEMBER: Final = "applications.json"
"""The store inside our own zip export (``bundle.STORE_MEMBER``)."""
_LINKEDIN_MEMBER = re.compile(r"(?:^|/)job applications(?:_\d+)?\.csv", re.IGNORECASE)


class ImportKind(StrEnum):
    STORE = "store"
    """A followup-gui JSON store (a backup, an export, another computer's file)."""
    CSV = "csv"
    LINKEDIN = "linkedin"


class ImportFileError(Exception):
    """The file cannot be read as anything we import; the message names file and reason."""


@dataclass(slots=True)
class ImportSource:
    """A read file, before any mapping is applied or anything merged."""

    path: Path
    kind: ImportKind
    document: Document | None = None
    table: Table | None = None
    mapping: list[Column] = field(default_factory=list)
    """The guessed (CSV) or known (LinkedIn) field of each column; the caller may change it."""
    month_first: bool = False
    """Numeric dates are month first (LinkedIn's American ``11/20/24``)."""
    pack: Bundle | None = None
    """Our own zip export (the store and its attached files): the files to copy in."""


def _is_linkedin(headers: list[str]) -> bool:
    names = {h.strip().casefold() for h in headers}
    return {"application date", "company name", "job title", "job url"} <= names


def _from_table(path: Path, table: Table) -> ImportSource:
    if _is_linkedin(table.headers):
        mapping = [
            _LINKEDIN_MAPPING.get(h.strip().casefold(), Column.IGNORE) for h in table.headers
        ]
        return ImportSource(path, ImportKind.LINKEDIN, table=table, mapping=mapping,
                            month_first=True)  # fmt: skip
    return ImportSource(path, ImportKind.CSV, table=table, mapping=guess_mapping(table.headers))


def _read_zip(path: Path, data: bytes) -> ImportSource:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if STORE_MEMBER in archive.namelist():
                return _read_export(path)
            members = sorted(
                (info for info in archive.infolist() if _LINKEDIN_MEMBER.search(info.filename)),
                key=lambda info: info.filename,
            )
            if not members:
                raise ImportFileError(
                    f"{path}: the zip has neither Job Applications.csv (LinkedIn) nor "
                    f"{STORE_MEMBER} (our export)"
                )
            merged: Table | None = None
            for info in members:
                if info.file_size > MAX_BYTES:
                    raise ImportFileError(f"{path}: {info.filename} is too large")
                with archive.open(info) as member:
                    left = MAX_ROWS - (len(merged.rows) if merged else 0)
                    table = read_table(member.read(MAX_BYTES + 1), max_rows=left)
                if len(members) > 1:  # each row's problems name its file
                    table.files = [info.filename.rsplit("/", 1)[-1]] * len(table.rows)
                if merged is None:
                    merged = table
                elif table.headers == merged.headers:
                    merged.rows.extend(table.rows)
                    merged.line_numbers.extend(table.line_numbers)
                    merged.files.extend(table.files)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise ImportFileError(f"{path}: not a readable zip file ({exc})") from None
    except TableError as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    assert merged is not None
    return _from_table(path, merged)


def _read_export(path: Path) -> ImportSource:
    """Our zip export: the store in it, and its attached files to copy in on import."""
    from ..store.bundle import read_zip  # noqa: PLC0415

    try:
        pack = read_zip(path)
    except store.StoreError as exc:
        raise ImportFileError(str(exc)) from exc  # the window words it (store_words)
    return ImportSource(path, ImportKind.STORE, document=pack.document, pack=pack)


def read_source(path: Path) -> ImportSource:
    """Read ``path``; :class:`ImportFileError` (file and reason) when it cannot be imported.

    Only an ordinary file is read (a named pipe would block, a device never end), and at
    most ``4 × MAX_BYTES`` of it. A CSV file is read as a stream, a row at a time, up to
    :data:`~followup_gui.importers.table.MAX_ROWS` rows.
    """
    try:
        stream = store.open_regular_file(path, MAX_BYTES * 4)
    except IsADirectoryError:
        raise ImportFileError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: {store.os_error_reason(exc)}") from None
    except ValueError as exc:  # not an ordinary file, or too large
        raise ImportFileError(f"{path}: cannot be imported ({exc})") from None
    with stream:
        try:
            head = stream.read(1 << 16)
            if head[:4] == b"PK\x03\x04" or (
                path.suffix.lower() == ".json" or head.lstrip()[:1] in (b"{", b"[")
            ):
                data = head + stream.read(MAX_BYTES * 4 + 1 - len(head))
                if len(data) > MAX_BYTES * 4:
                    raise ImportFileError(f"{path}: cannot be imported (it grew while read)")
            else:
                stream.seek(0)
                return _from_table(path, read_table(stream))
        except OSError as exc:
            raise ImportFileError(f"{path}: {store.os_error_reason(exc)}") from None
        except TableError as exc:
            raise ImportFileError(f"{path}: {exc}") from None
    if data[:4] == b"PK\x03\x04":
        return _read_zip(path, data)
    try:
        return ImportSource(path, ImportKind.STORE, document=store.loads(data, path))
    except store.StoreError as exc:
        raise ImportFileError(str(exc)) from exc  # the window words it (store_words)
