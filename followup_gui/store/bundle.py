"""Export and import of everything: the store and its attachments in one zip file.

The zip holds ``applications.json`` (the store format itself, so that it can be read
like any store) and ``attachments/<path>`` for each attached file the store refers to.
A plain ``.json`` export stays possible (the store alone, without the files).

Reading a zip is as careful as reading a store: the JSON member goes through
``store.loads`` with the same size cap, member names must be the attachment paths the
store allows (nothing can be written outside the attachments folder), and each file is
copied with a cap on the bytes it really unpacks to (a "zip bomb" stops at the cap).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from ..model import Application, Attachment, Document
from . import (
    ATTACHMENTS_FOLDER,
    MAX_FILE_BYTES,
    StoreError,
    attachments,
    dumps,
    loads,
    os_error_reason,
    read_regular_file,
)

__all__ = [
    "STORE_MEMBER",
    "Bundle",
    "export_zip",
    "import_attachments",
    "is_zip",
    "read_zip",
    "remove_added",
]

STORE_MEMBER = "applications.json"
_PREFIX = ATTACHMENTS_FOLDER + "/"


def is_zip(path: Path) -> bool:
    """Whether ``path`` names a zip export (by its content, not only its name)."""
    import stat  # noqa: PLC0415

    try:  # without waiting on a pipe: only an ordinary file is looked into
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and os.read(fd, 4) == b"PK\x03\x04"
    except OSError:
        return False
    finally:
        os.close(fd)


def export_zip(document: Document, store_path: Path | None, target: Path) -> list[str]:
    """Write the document and its attached files to the zip ``target``; files missing on disk.

    Written beside ``target`` first and renamed over it, private (0600), so that a failed
    export leaves any earlier file whole. Raises ``OSError`` when it cannot be written.
    """
    missing: list[str] = []
    target = Path(target)
    temp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as stream:
            with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(STORE_MEMBER, dumps(document).encode("utf-8"))
                for file in attachments.files_of(document):
                    try:
                        source = (
                            attachments.path_of(store_path, Attachment(file))
                            if store_path is not None
                            else None
                        )
                    except attachments.AttachmentError:
                        source = None
                    if source is None:
                        missing.append(file)
                        continue
                    archive.write(source, _PREFIX + file)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return missing


@dataclass(frozen=True, slots=True)
class Bundle:
    """A zip export as read: its document and where its files are."""

    path: Path
    document: Document
    files: frozenset[str]
    """The attachment paths the zip holds a file for."""


def read_zip(path: Path) -> Bundle:
    """Read a zip export; :class:`StoreError` (naming the zip) when it is not a good one."""
    path = Path(path)
    try:
        read_regular_file(path)  # refuse pipes, devices and huge files before unzipping
    except FileNotFoundError as exc:
        raise StoreError(path, "does not exist") from exc
    except OSError as exc:
        raise StoreError(path, f"cannot be read: {os_error_reason(exc)}") from exc
    except ValueError as exc:
        raise StoreError(path, f"cannot be read as an export ({exc})") from exc
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo(STORE_MEMBER)
            except KeyError:
                raise StoreError(path, f"is a zip file without {STORE_MEMBER}") from None
            if info.file_size > MAX_FILE_BYTES:
                raise StoreError(path, f"holds a {STORE_MEMBER} too large to be a store")
            with archive.open(info) as member:
                data = member.read(MAX_FILE_BYTES + 1)
            files = frozenset(
                name[len(_PREFIX) :]
                for name in archive.namelist()
                if name.startswith(_PREFIX) and not name.endswith("/")
            )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise StoreError(path, f"is not a zip file that can be read ({exc})") from exc
    except OSError as exc:
        raise StoreError(path, f"cannot be read: {os_error_reason(exc)}") from exc
    document = loads(data, f"{path} ({STORE_MEMBER})")
    return Bundle(path, document, files)


def import_attachments(
    bundle: Bundle,
    store_path: Path,
    applications: list[Application],
    today: dt.date,
    added: list[Path] | None = None,
) -> list[Application]:
    """Copy the zip's files of ``applications`` in beside the store; the applications as added.

    A file already here under the same path with the same content is used as it is; any
    other is stored anew in its application's folder (never over an existing file, so
    "cv.pdf" may arrive as "cv (2).pdf"), and the returned copies of the applications
    point at where their files landed. An attachment whose file the zip lacks is kept as a
    record without a file. Raises :class:`attachments.AttachmentError` when a file cannot
    be stored (the disk is full, a file unpacks to more than the cap …); the files this
    call copied are removed again then. ``added`` is given the path of each file copied,
    for the caller to remove should the store that refers to them not be saved
    (:func:`remove_added`).
    """
    mine: list[Path] = []
    try:
        return _import_attachments(bundle, store_path, applications, today, mine)
    except BaseException:
        remove_added(mine)
        raise
    finally:
        if added is not None:
            added.extend(path for path in mine if path.exists())


def remove_added(paths: list[Path]) -> None:
    """Remove the files an import copied in (the import failed after all)."""
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def _import_attachments(
    bundle: Bundle,
    store_path: Path,
    applications: list[Application],
    today: dt.date,
    added: list[Path],
) -> list[Application]:
    result: list[Application] = []
    base = attachments.folder_of(store_path)
    with zipfile.ZipFile(bundle.path) as archive:
        for app in applications:
            moved: list[Attachment] = []
            for attachment in app.attachments:
                member = _PREFIX + attachment.file
                if attachment.file not in bundle.files:
                    moved.append(attachment)
                    continue
                with archive.open(member) as stream:
                    if _same_content(base / attachment.file, stream, archive.getinfo(member)):
                        moved.append(attachment)
                        continue
                with archive.open(member) as stream:
                    stored = attachments.add_bytes(
                        store_path,
                        app.id,
                        attachment.file.rsplit("/", 1)[-1],
                        stream,
                        kind=attachment.kind,
                        today=attachment.added_on or today,
                        note=attachment.note,
                    )
                added.append(base / stored.file)
                moved.append(replace(attachment, file=stored.file, extra=dict(attachment.extra)))
            result.append(replace(app, attachments=moved))
    return result


def _same_content(local: Path, stream: IO[bytes], info: zipfile.ZipInfo) -> bool:
    """Whether ``local`` is an ordinary file holding exactly what ``stream`` unpacks to."""
    try:
        if local.is_symlink() or not local.is_file() or local.stat().st_size != info.file_size:
            return False
        with open(local, "rb") as mine:
            while True:
                theirs = stream.read(1 << 20)
                if theirs != mine.read(len(theirs) or 1):
                    return False
                if not theirs:
                    return True
    except OSError:
        return False
