"""What the main list shows, kept aside so that a big store paints before it is read.

Decoding and checking a 17 MB store costs more than starting Qt, yet the list needs
only a few fields per application and each one's verdict. After a full load the window
writes those here, with the list's order and the whole record of the application listed
first (its verdict panel is on screen too). A later start trusts the cache only when this
version of the app wrote it, the store is the very file it was made from (same size,
modification and change times, inode and device, or at least the same size and
checksums) and no verdict can have changed since (:func:`advice.stable_until`); it
paints from the cache and reads the store right after.

The file is ``marshal`` data behind a header and a CRC-32: ten times faster to read
than JSON, written only by this module, and refused whole when anything is off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import __version__

if TYPE_CHECKING:
    from ..model import Application
    from ..rules.advice import Verdict


FORMAT = 4
_MAGIC = b"followup-gui list cache\n"
# marshal differs between Pythons, and verdicts may differ between versions of the app
_HEADER = _MAGIC + f"{FORMAT} {__version__} {sys.version_info[0]}.{sys.version_info[1]}\n".encode()
_CRC_BYTES = 4

Row = tuple[Any, ...]
"""One application as the list needs it; the fields are named by the constants below."""

(
    ID,
    TITLE,
    COMPANY,
    APPLIED,
    STAGE,
    ACTION,
    EARLIEST,
    LATEST,
    CHANNEL,
    DUE_AT,
    INTERVIEW_AT,
    URGENT,
) = range(12)
ROW_LENGTH = 12
"""Dates are day numbers (``date.toordinal``), moments ISO text, enums their values."""

Identity = tuple[int, int, int, int, int]
"""A file as the system sees it: size, mtime and ctime in ns, inode, device."""


def file_identity(path: Path) -> Identity | None:
    """None when the file cannot be looked at (then nothing is cached for it)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


Checksums = tuple[int, int]
"""A file's content in brief: its CRC-32 and Adler-32."""


def checksums(path: Path) -> tuple[Identity, Checksums] | None:
    """The file's identity and the checksums of its content, read in one go.

    None when it cannot be read or changed while it was read. For a copy of a store, or
    one a sync tool wrote again unchanged: a new identity, the same content.
    """
    before = file_identity(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a pipe would block the read, a device never end it
    except OSError:
        return None
    crc, adler = 0, 1
    try:
        with open(path, "rb") as file:  # in pieces: the app holds the store already
            while piece := file.read(_PIECE):
                crc, adler = zlib.crc32(piece, crc), zlib.adler32(piece, adler)
    except OSError:
        return None
    if before is None or file_identity(path) != before:
        return None
    return before, (crc, adler)


_PIECE = 1 << 20


def _day(value: dt.date | None) -> int | None:
    return None if value is None else value.toordinal()


def _moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def row(app: Application, verdict: Verdict) -> Row:
    """The list's view of one application and its verdict."""
    channel = verdict.channel
    return (
        app.id,
        app.job_title,
        app.company,
        _day(app.applied_on) or 0,
        app.stage.value,
        verdict.action.value,
        _day(verdict.earliest),
        _day(verdict.latest),
        None if channel is None else channel.value,
        _moment(verdict.due_at),
        _moment(verdict.interview_at),
        verdict.urgent,
    )


class ListCache(NamedTuple):
    """The list of one store file (a named tuple: cheaper to define at start-up)."""

    identity: Identity
    made_at: dt.datetime
    """The moment the verdicts are for."""
    valid_until: dt.datetime
    """The first moment at which one of them may differ."""
    rows: list[Row]
    """In the store's order."""
    records: dict[str, dict[str, Any]]
    """Whole store records (JSON objects) of the applications likely listed first."""
    order: list[int] = []  # noqa: RUF012 - a named tuple's default, never changed
    """The rows' indices as the list showed them, for the sort named ``sorted_by``."""
    sorted_by: str = ""
    """The list's name for its sort; the order is only used for that same sort."""
    content: Checksums = (0, 0)
    """The store file's checksums, to know it again under another identity."""

    def order_for(self, sort: str) -> list[int] | None:
        """The rows in the list's order for ``sort``, if that is the order kept."""
        if sort != self.sorted_by or len(self.order) != len(self.rows):
            return None
        return self.order

    def holds_at(self, now: dt.datetime) -> bool:
        return self.made_at <= now < self.valid_until


def build(
    identity: Identity,
    applications: Sequence[Application],
    rows: Sequence[Row],
    now: dt.datetime,
    records: Iterable[dict[str, Any]] = (),
    *,
    order: Sequence[int] = (),
    sorted_by: str = "",
    content: Checksums = (0, 0),
) -> ListCache:
    """The cache for ``applications`` as read from the file ``identity``, judged at ``now``.

    ``rows`` are theirs (:func:`row`), in the same order: the list has them already.
    """
    from ..rules.advice import next_midnight, stable_until  # noqa: PLC0415 - reading needs neither

    until = next_midnight(now)
    for app in applications:
        if app.interviews:
            until = min(until, stable_until(app, now))
    return ListCache(
        identity=identity,
        made_at=now,
        valid_until=until,
        rows=list(rows),
        records={str(record["id"]): record for record in records},
        order=list(order),
        sorted_by=sorted_by,
        content=content,
    )


def dumps(cache: ListCache) -> bytes:
    payload = marshal.dumps(
        (
            list(cache.identity),
            cache.made_at.isoformat(),
            cache.valid_until.isoformat(),
            cache.rows,
            cache.records,
            cache.order,
            cache.sorted_by,
            list(cache.content),
        )
    )
    return _HEADER + zlib.crc32(payload).to_bytes(_CRC_BYTES, "big") + payload


def loads(data: bytes) -> ListCache | None:
    """The cache in ``data``; None when it is from another version, damaged or malformed."""
    if not data.startswith(_HEADER):
        return None
    start = len(_HEADER) + _CRC_BYTES
    payload = memoryview(data)[start:]
    if zlib.crc32(payload) != int.from_bytes(data[len(_HEADER) : start], "big"):
        return None
    try:
        (identity, made_at, valid_until, rows, records, order, sorted_by, content) = marshal.loads(
            payload
        )
        cache = ListCache(
            identity=tuple(identity),
            made_at=dt.datetime.fromisoformat(made_at),
            valid_until=dt.datetime.fromisoformat(valid_until),
            rows=rows,
            records=records,
            order=order,
            sorted_by=sorted_by,
            content=tuple(content),
        )
        well_formed = (
            len(cache.identity) == 5
            and len(cache.content) == 2
            and type(rows) is list
            and type(records) is dict
            and type(order) is list
            and type(sorted_by) is str
            and all(type(r) is tuple and len(r) == ROW_LENGTH for r in rows)
            and (not order or sorted(order) == list(range(len(rows))))  # each row once
        )
    except (ValueError, TypeError, EOFError):
        return None
    return cache if well_formed else None


def path_for(folder: Path, store_path: Path) -> Path:
    """Where the cache of ``store_path`` lives in ``folder`` (one file per store)."""
    name = os.fsencode(os.path.abspath(store_path))  # the file's identity guards the rest
    return folder / f"list-{zlib.crc32(name):08x}{zlib.adler32(name):08x}.cache"


def read(cache_file: Path, store_path: Path, now: dt.datetime) -> ListCache | None:
    """The cache for ``store_path`` if it describes that file as it is now, at ``now``.

    The file is known by its identity; when only that changed (same size), by its
    checksums. The cache keeps the identity it was made for, so that the app, once it
    has read the file, writes it anew for this one.
    """
    identity = file_identity(store_path)
    if identity is None:
        return None
    try:
        data = cache_file.read_bytes()
    except OSError:
        return None
    cache = loads(data)
    if cache is None or not cache.holds_at(now):
        return None
    if cache.identity == identity:
        return cache
    if cache.identity[0] != identity[0] or cache.content == (0, 0):
        return None
    again = checksums(store_path)
    if again is None or again[1] != cache.content:
        return None
    return cache


def _private_folder(folder: Path) -> None:
    """The cache folder holds titles and employers: only the user may look in (0700)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and (folder.stat().st_mode & 0o777) != 0o700:
        os.chmod(folder, 0o700)


def write(cache_file: Path, cache: ListCache) -> bool:
    """Write the cache (replacing the file whole); False when it could not be written.

    It is only a cache: no fsync, and a failure costs the next start its head start.
    """
    temp = cache_file.with_name(f".{cache_file.name}.{os.getpid()}.tmp")
    try:
        _private_folder(cache_file.parent)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # private, as the store
        with open(fd, "wb") as out:
            if hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), 0o600)  # a leftover temp file keeps its old mode
            out.write(dumps(cache))
        os.replace(temp, cache_file)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return False
    return True
