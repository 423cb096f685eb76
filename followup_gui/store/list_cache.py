"""What the main list shows, kept aside so that a big store paints before it is read.

Decoding and checking a 17 MB store costs more than starting Qt, yet the list needs
only a few fields per application and each one's verdict. After a full load the window
writes those here, with the list's order and the whole record of the application listed
first (its verdict panel is on screen too). A later start trusts the cache only when this
version of the app wrote it, the store is the very file it was made from (same size,
modification and change times, inode and device, or at least the same size and
checksums) and no verdict can have changed since (:func:`advice.stable_until`); it
paints from the cache and reads the store right after.

A store in a sync folder often comes back changed by the app on another computer, yet
mostly the same. So the cache also keeps a checksum of each application's record as our
writer lays it out (:func:`pieces`); a start reuses the rows of the records whose bytes
are unchanged and reads and judges only the others (:func:`updated`), before it
reads the whole file right after the first paint as usual.

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


FORMAT = 5
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
_TUPLE, _INT, _ROW_LENGTHS = frozenset({tuple}), frozenset({int}), frozenset({ROW_LENGTH})

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


def read_whole(path: Path) -> tuple[Identity, bytes] | None:
    """The file's identity and bytes, read in one go; None when it cannot be read, is no
    store (not a regular file, or too big) or changed while it was read."""
    from .files import read_regular_file  # noqa: PLC0415 - only when the cache is not enough

    before = file_identity(path)
    try:
        data = read_regular_file(path)
    except (OSError, ValueError):
        return None
    if before is None or file_identity(path) != before:
        return None
    return before, data


_APPS_START = b'\n "applications": [\n'
_APPS_BETWEEN = b"\n  },\n  {\n"
_APPS_END = b"\n ]"


def pieces(data: bytes) -> list[memoryview] | None:
    """The store file cut where our writer (:mod:`.write`, indent 1) puts the applications:
    the part before them, each one's record from ``{`` to ``}``, the part after.

    None when it is not laid out so (another program wrote it, or no application is in
    it). JSON text holds no line break inside a string, so a cut never falls inside one;
    whether the pieces really are applications is for whoever reads them to check.
    """
    start = data.find(_APPS_START)
    if start < 0:
        return None
    at = start + len(_APPS_START)
    end = data.find(_APPS_END, at)
    if end < 0:
        return None
    view = memoryview(data)
    cuts = [view[:at]]
    find, between = data.find, len(_APPS_BETWEEN)
    while (cut := find(_APPS_BETWEEN, at, end)) >= 0:
        cuts.append(view[at : cut + 4])  # with its closing "\n  }"
        at = cut + between - 4  # at the next "  {\n"
    cuts.append(view[at:end])
    cuts.append(view[end:])
    return cuts


def piece_sums(cuts: Sequence[memoryview]) -> list[int]:
    """One number per piece: its CRC-32 and, above it, its length."""
    crc32 = zlib.crc32
    return [crc32(piece) | (len(piece) << 32) for piece in cuts]


def record_sums(data: bytes, ids: Sequence[str]) -> list[int]:
    """The :func:`piece_sums` of a store file that holds the applications ``ids`` in this
    order, each piece starting with its id as our writer puts it; else none."""
    from json.encoder import encode_basestring  # noqa: PLC0415 - after the first paint

    cuts = pieces(data) if ids else None
    if cuts is None or len(cuts) != len(ids) + 2:
        return []
    for piece, app_id in zip(cuts[1:-1], ids, strict=True):
        start = f'  {{\n   "id": {encode_basestring(app_id)},\n'.encode()
        if piece[: len(start)] != start:
            return []
    return piece_sums(cuts)


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
    sums: list[int] = []  # noqa: RUF012 - a named tuple's default, never changed
    """The :func:`piece_sums` of the file, one per row and two more; empty when the file
    is not in our writer's layout."""

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
    sums: Sequence[int] = (),
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
        sums=list(sums) if len(sums) == len(rows) + 2 else [],
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
            cache.sums,
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
        (identity, made_at, valid_until, rows, records, order, sorted_by, content, sums) = (
            marshal.loads(payload)
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
            sums=sums,
        )
        well_formed = (
            len(cache.identity) == 5
            and len(cache.content) == 2
            and type(rows) is list
            and type(records) is dict
            and type(order) is list
            and type(sorted_by) is str
            and set(map(type, rows)) <= _TUPLE  # map and set: the checks run in C
            and set(map(len, rows)) <= _ROW_LENGTHS
            and (not order or sorted(order) == list(range(len(rows))))  # each row once
            and type(sums) is list
            and (not sums or len(sums) == len(rows) + 2)
            and set(map(type, sums)) <= _INT
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

    The file is known by its identity; when only that changed, by the checksums of its
    records (:func:`updated`: the rows of changed records are made anew) or, for a
    file not in our writer's layout, of the whole file (same size). The cache keeps the
    identity it was made for, so that the app, once it has read the file, writes it anew
    for this one.
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
    if cache.sums:  # the rows of the records not changed are good still
        whole = read_whole(store_path)
        if whole is None:
            return None
        return updated(cache, whole[1], now)
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


# ------------------------------------------------------------- after another computer
# The list cache brought up to date with a store file that another program changed.
#
# Once the store lives in a sync folder, the app on another computer writes it now and then:
# a new identity, and a few applications changed among thousands. Reading and checking all
# of them before the first paint costs more than starting Qt, so the list is made from the
# cache's rows for every record whose bytes are the same as when the cache was made
# (:func:`pieces`), and only the changed records are read, checked and judged.
#
# This is a preview like any other: the app reads the whole file right after the first
# paint, shows the list it really holds and, if the file is not valid after all, says so as
# at any start. Whatever cannot be shown for certain (a changed record that is not a valid
# application, an id twice, many changes at once) gives no preview: the store is then read
# in full before the window is made.

MAX_CHANGED_SHARE = 0.25
"""Above this share of changed records the file is read whole before the first paint:
reading them one by one would cost more than that."""


def updated(cache: ListCache, data: bytes, now: dt.datetime) -> ListCache | None:
    """``cache`` for the store file ``data``, judged at ``now``; None if it cannot be.

    The result keeps the cache's identity (that of the file it was made for), so that it
    is written anew once the file is read.
    """
    row_of_sum = {total: index for index, total in enumerate(cache.sums[1:-1])}
    cut = cut_like(data, cache.sums, row_of_sum)
    if cut is None:
        return None
    cuts, sums = cut
    if sums == cache.sums:
        return cache  # the same content
    records = cuts[1:-1]
    changed = sum(1 for total in sums[1:-1] if total not in row_of_sum)
    if changed > MAX_CHANGED_SHARE * len(records) and changed > 1:
        return None
    from ..rules.advice import assess, stable_until  # noqa: PLC0415 - rows need no rules
    from .errors import StoreError  # noqa: PLC0415 - only after another program
    from .write import application_from_record  # noqa: PLC0415

    rows: list[Row] = []
    kept: set[str] = set()
    read: dict[str, dict[str, Any]] = {}
    valid_until = cache.valid_until
    for piece, total in zip(records, sums[1:-1], strict=True):
        index = row_of_sum.get(total)
        if index is not None:
            same = cache.rows[index]
            kept.add(same[ID])
            rows.append(same)
            continue
        record = _record(piece)
        if record is None:
            return None
        try:
            app = application_from_record(record)
        except StoreError:
            return None
        rows.append(row(app, assess(app, now)))
        read[app.id] = record
        if app.interviews:
            valid_until = min(valid_until, stable_until(app, now))
    if len(kept | read.keys()) != len(rows):
        return None  # an id twice: the whole read says where
    same_rows = rows == cache.rows
    return cache._replace(
        valid_until=valid_until,
        rows=cache.rows if same_rows else rows,
        records={i: r for i, r in cache.records.items() if i in kept} | read,
        order=cache.order if same_rows else [],
        sums=sums,
    )


_CRC = 0xFFFFFFFF


def cut_like(
    data: bytes, old: list[int], row_of_sum: dict[int, int]
) -> tuple[list[memoryview], list[int]] | None:
    """:func:`pieces` of ``data`` and their :func:`piece_sums`, found
    faster for a file whose pieces were ``old``: where the record expected next is, by
    its length and checksum, no search is needed (searching 17 MB for the cuts costs three
    times their checksums). An old record holds no cut, so the pieces are the same."""
    start = data.find(_APPS_START)
    if start < 0:
        return None
    at = start + len(_APPS_START)
    view, crc32, startswith = memoryview(data), zlib.crc32, data.startswith
    cuts, sums = [view[:at]], [crc32(view[:at]) | (at << 32)]
    records, expected = old[1:-1], 0
    count = len(records)
    while True:
        for index in (expected, expected + 1)[: max(0, count - expected)]:
            total = records[index]
            stop = at + (total >> 32)
            last = startswith(_APPS_END, stop)
            ends = last or startswith(_APPS_BETWEEN, stop - 4)
            if ends and crc32(view[at:stop]) == total & _CRC:
                expected = index + 1
                break
        else:  # a record changed, added or moved: search for its end
            cut = data.find(_APPS_BETWEEN, at)
            end = data.find(_APPS_END, at, len(data) if cut < 0 else cut)
            if end < 0 and cut < 0:
                return None
            last = end >= 0
            stop = end if last else cut + 4
            total = crc32(view[at:stop]) | ((stop - at) << 32)
            index = row_of_sum.get(total, -1)
            if index >= 0:
                expected = index + 1
        cuts.append(view[at:stop])
        sums.append(total)
        if last:
            cuts.append(view[stop:])
            sums.append(crc32(cuts[-1]) | ((len(data) - stop) << 32))
            return cuts, sums
        at = stop + 2  # after the ",\n" between two records


def _record(piece: memoryview) -> dict[str, Any] | None:
    """One application's record from its piece of the file, read as strictly as the
    whole file is; None when it is not even a JSON object."""
    from .decode import _decode, _may_hold_surrogates, _refuse_lone_surrogates  # noqa: PLC0415
    from .errors import StoreError  # noqa: PLC0415
    from .paths import FILE_NAME  # noqa: PLC0415

    try:
        text = str(piece, "utf-8")
        record = _decode(text, FILE_NAME)
        if _may_hold_surrogates(text):
            _refuse_lone_surrogates(record, FILE_NAME)
    except (UnicodeDecodeError, StoreError):
        return None
    return record if type(record) is dict else None
