"""Attachments: the user's files (the ad, the CV, the letter, a reply) kept beside the store.

A file is *copied* into ``attachments/<application folder>/`` beside the store, never
linked, so that moving or deleting the original loses nothing and the store's folder holds
everything a backup or an export needs. Folders are private (0700), files too (0600).
The store holds paths relative to the attachments folder (``a1/cv.pdf``); ``store.load``
refuses any that would lead outside it, and :func:`path_of` checks again before a file is
opened. The app never changes an attachment in place: a file is added whole (written
beside, then renamed) or removed, which lets backups share the files by hard links.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import re
import shutil
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..model import Attachment, AttachmentKind, Document
from . import ATTACHMENTS_FOLDER, attachment_path_problem, os_error_reason
from .files import retry_while_shared

__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "AttachmentError",
    "add",
    "add_bytes",
    "app_folder_name",
    "copy_tree",
    "files_of",
    "folder_of",
    "guess_kind",
    "path_of",
    "referenced",
    "remove",
    "remove_unreferenced",
    "replace_tree",
]

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
"""The largest file attached: a scanned letter or a PDF ad is a few MB."""

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{n}" for n in range(10)} | {f"LPT{n}" for n in range(10)}
)
_WINDOWS_RESERVED_TOO = frozenset(
    {"CONIN$", "CONOUT$", "CLOCK$"} | {f"{port}{n}" for port in ("COM", "LPT") for n in "¹²³"}
)
_CHUNK = 1 << 20


class AttachmentError(Exception):
    """An attachment that cannot be added, found or opened, explained for the user."""


def folder_of(store_path: Path) -> Path:
    """The attachments folder beside the store file."""
    return Path(store_path).parent / ATTACHMENTS_FOLDER


def app_folder_name(app_id: str) -> str:
    """The folder of one application's files: its id where that is a plain, portable name.

    An id with other characters (a slash, a space, ``..``, a name Windows reserves) gets
    ``id-`` and a digest of it instead, so that no id can steer a file elsewhere.
    """
    if (
        _SAFE_ID.fullmatch(app_id)
        and not app_id.endswith(".")
        and app_id.split(".", maxsplit=1)[0].upper() not in _WINDOWS_RESERVED
    ):
        return app_id
    return "id-" + hashlib.sha256(app_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]


_KIND_WORDS = (
    (AttachmentKind.CV, ("cv", "resume", "résumé", "meritförteckning")),
    (AttachmentKind.LETTER, ("brev", "letter", "ansökan", "cover")),
    (AttachmentKind.REPLY, ("svar", "reply", "answer", "besked", "kallelse")),
    (AttachmentKind.AD, ("annons", "advert", "ad", "jobb", "job", "platsbanken")),
)


def guess_kind(name: str) -> AttachmentKind:
    """What a file probably is, from the words of its name ("Personligt brev.pdf" → letter).

    Only a first guess for the list; the user can change it.
    """
    words = set(re.split(r"[^a-zåäöéü]+", Path(name).stem.lower()))
    for kind, hints in _KIND_WORDS:
        if words.intersection(hints):
            return kind
    return AttachmentKind.OTHER


def _private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and (folder.stat().st_mode & 0o777) != 0o700:
        os.chmod(folder, 0o700)


def _inside(base: Path, target: Path) -> bool:
    real_base = os.path.realpath(base)
    return os.path.realpath(target).startswith(real_base + os.sep)


def path_of(store_path: Path, attachment: Attachment) -> Path:
    """Where ``attachment``'s file is on disk, for opening it with the system's viewer.

    Raises :class:`AttachmentError` when its path would lead outside the attachments
    folder (also through a symbolic link made since the store was read) or the file is
    missing.
    """
    problem = attachment_path_problem(attachment.file)
    if problem is not None:
        raise AttachmentError(f"{attachment.file}: {problem}")
    base = folder_of(store_path)
    target = base / attachment.file
    if not _inside(base, target):
        raise AttachmentError(f"{attachment.file} leads outside the attachments folder")
    if not target.is_file():
        raise AttachmentError(f"{attachment.file} is missing from {base}")
    return target


def _windows_reserved(name: str) -> bool:
    """Whether Windows reads ``name`` as a device: CON, aux.txt, nul.tar.gz, COM¹ …"""
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    return stem in _WINDOWS_RESERVED or stem in _WINDOWS_RESERVED_TOO


def _clean_name(name: str) -> str:
    """A file name safe in any folder: no separators, no control characters, not hidden,
    and one Windows can open (no device name such as ``CON`` or ``nul.pdf``, no trailing
    dot or space, which Windows drops)."""
    name = re.sub(r'[\x00-\x1f/\\:*?"<>|]', "_", name).strip().lstrip(".").rstrip(". ")
    if not name or name in (".", ".."):
        name = "file"
    if _windows_reserved(name):
        name = "_" + name
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    if len(name) > 120:  # most file systems allow 255 bytes; leave room for " (2)"
        suffix = suffix[:20]
        stem = stem[: 120 - len(suffix) - 1] if suffix else name[:120]
    return f"{stem}.{suffix}" if suffix else stem


def _numbered(name: str, number: int) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        return f"{name} ({number})"
    return f"{stem} ({number}).{suffix}"


def _open_source(source: Path) -> tuple[IO[bytes], int]:
    """The user's file opened for reading, refused unless an ordinary file within the cap."""
    try:
        fd = os.open(
            source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        )
    except OSError as exc:
        raise AttachmentError(f"{source} cannot be read: {os_error_reason(exc)}") from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "not an ordinary file"
        raise AttachmentError(f"{source} is {what}; only files can be attached")
    if info.st_size > MAX_ATTACHMENT_BYTES:
        os.close(fd)
        raise AttachmentError(_too_big(source, info.st_size))
    return os.fdopen(fd, "rb"), info.st_size


def _too_big(name: object, size: int) -> str:
    mib = 1024 * 1024
    return (
        f"{name} is too large to attach ({size / mib:.0f} MB; at most "
        f"{MAX_ATTACHMENT_BYTES // mib} MB)"
    )


def _write_new(folder: Path, name: str, stream: IO[bytes], limit: int) -> str:
    """Copy ``stream`` to a new file in ``folder`` named ``name`` or ``name (2)`` …; its name.

    Written to a hidden temporary file first, then linked under a free name, so that a
    half-written file never carries the real name and an existing file is never replaced.
    """
    temp = folder / f".adding-{os.urandom(6).hex()}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            if hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), 0o600)
            total = 0
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise AttachmentError(_too_big(name, total))
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        for number in range(1, 10_000):
            candidate = name if number == 1 else _numbered(name, number)
            try:
                _claim(temp, folder / candidate)
            except FileExistsError:
                continue
            return candidate
        raise AttachmentError(f"no free file name for {name} in {folder}")
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def _claim(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target`` unless that name is taken (FileExistsError)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError as exc:  # no hard links here (FAT, some network shares)
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from exc
        os.replace(temp, target)


def add_bytes(
    store_path: Path,
    app_id: str,
    name: str,
    stream: IO[bytes],
    *,
    kind: AttachmentKind = AttachmentKind.OTHER,
    today: dt.date,
    note: str = "",
) -> Attachment:
    """Store what ``stream`` holds as a new file of application ``app_id`` (see :func:`add`)."""
    base = folder_of(store_path)
    folder = base / app_folder_name(app_id)
    try:
        _private_dir(base)
        _private_dir(folder)
        if not _inside(base, folder / "x"):
            raise AttachmentError(f"{folder} leads outside the attachments folder")
        stored = _write_new(folder, _clean_name(name), stream, MAX_ATTACHMENT_BYTES)
    except OSError as exc:
        raise AttachmentError(
            f"could not copy {name} into {folder}: {os_error_reason(exc)}"
        ) from exc
    return Attachment(f"{folder.name}/{stored}", kind, today, note)


def add(
    store_path: Path,
    app_id: str,
    source: Path,
    *,
    kind: AttachmentKind = AttachmentKind.OTHER,
    today: dt.date,
    note: str = "",
) -> Attachment:
    """Copy the user's file ``source`` in as an attachment of ``app_id``; the new record.

    The copy is private (0600) in ``attachments/<application folder>/`` and keeps the
    original's name, numbered when taken ("cv (2).pdf"). Raises :class:`AttachmentError`
    for a folder, a pipe or device, a file over :data:`MAX_ATTACHMENT_BYTES`, or a write
    that fails (the disk is full …); nothing is left behind then.
    """
    stream, _size = _open_source(Path(source))
    with stream:
        return add_bytes(
            store_path, app_id, Path(source).name, stream, kind=kind, today=today, note=note
        )


def remove(store_path: Path, attachment: Attachment) -> bool:
    """Delete the attachment's file; False when it was already gone or is not ours to touch."""
    if attachment_path_problem(attachment.file) is not None:
        return False
    base = folder_of(store_path)
    target = base / attachment.file
    if not _inside(base, target) or target.is_symlink():
        return False
    try:
        target.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise AttachmentError(
            f"could not remove {attachment.file}: {os_error_reason(exc)}"
        ) from exc
    with contextlib.suppress(OSError):
        target.parent.rmdir()  # only when it is empty
    return True


def referenced(document: Document) -> set[str]:
    """The attachment paths the document refers to."""
    return {a.file for app in document.applications for a in app.attachments}


def _files(base: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(base, followlinks=False):
        dirs[:] = [d for d in dirs if not Path(root, d).is_symlink()]
        for name in files:
            yield Path(root, name)


def remove_unreferenced(store_path: Path, document: Document) -> list[Path]:
    """Delete files no application refers to any more (after removals the user cannot undo).

    Call it when the undo history is gone (on closing the window) and the document is
    saved. Hidden temporary files of an interrupted copy go too.
    """
    base = folder_of(store_path)
    if not base.is_dir():
        return []
    keep = referenced(document)
    removed: list[Path] = []
    for path in _files(base):
        relative = path.relative_to(base).as_posix()
        if relative in keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    for root, dirs, _files_here in os.walk(base, topdown=False):
        for name in dirs:
            with contextlib.suppress(OSError):
                Path(root, name).rmdir()
    return sorted(removed)


# --------------------------------------------------------------------------- copies of the folder


def copy_tree(source: Path, target: Path) -> int:
    """Copy the attachments folder ``source`` to the new folder ``target``; files copied.

    Files are hard-linked where the system allows (the app never changes a file in place,
    so a link is as good as a copy and costs no space), else copied. Symbolic links are
    skipped. ``target`` must not exist yet.
    """
    count = 0
    if not source.is_dir():
        return count
    _private_dir(target.parent)
    target.mkdir(mode=0o700)
    for path in _files(source):
        if path.is_symlink() or (path.name.endswith(".tmp") and path.name.startswith(".")):
            continue
        relative = path.relative_to(source)
        destination = target / relative
        _private_dir(destination.parent)
        try:
            os.link(path, destination)
        except OSError:
            shutil.copyfile(path, destination)
            os.chmod(destination, 0o600)
        count += 1
    return count


def replace_tree(store_path: Path, source: Path) -> None:
    """Put the copy ``source`` in place of the store's attachments folder (for a restore).

    The new folder is built beside the old one and swapped in by renames, so that a
    failure leaves the old one whole.
    """
    base = folder_of(store_path)
    suffix = os.urandom(6).hex()
    building = base.with_name(f".{base.name}.restoring-{suffix}")
    old = base.with_name(f".{base.name}.old-{suffix}")
    copy_tree(source, building)
    if base.exists():
        os.rename(base, old)
    os.rename(building, base)
    shutil.rmtree(old, ignore_errors=True)


def files_of(document: Document) -> Iterable[str]:
    """Every attachment path of the document, each once, in the document's order."""
    seen: set[str] = set()
    for app in document.applications:
        for attachment in app.attachments:
            if attachment.file not in seen:
                seen.add(attachment.file)
                yield attachment.file


def unshare(path: Path) -> bool:
    """Give ``path`` an inode of its own when backups share it by hard link; True if so.

    Backups link the attachments instead of copying them (issue 29.11): that is right
    while nobody writes a file in place, but the user opens an attachment to read *or
    edit* it, and an editor that saves in place would change every backup with it. So
    before it is opened, a shared file is copied and the copy renamed over it: the
    backups keep the old inode, the store's name gets the new one, and the user's edit
    goes where they expect it (opening a temporary copy instead would lose it).
    """
    info = os.stat(path)
    if info.st_nlink <= 1:
        return False
    temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.unshare")
    try:
        shutil.copy2(path, temp)
        retry_while_shared(lambda: os.replace(temp, path))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return True


def private_copy(path: Path, folder: Path) -> Path:
    """A read-only copy of ``path`` in ``folder``, to show when the file may not be
    touched (a read-only window, a file that cannot be unshared)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    shutil.copyfile(path, target)
    os.chmod(target, stat.S_IRUSR)
    return target
