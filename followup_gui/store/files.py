"""Files on disk: read only ordinary files of bounded size, write atomically and durably."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .limits import MAX_FILE_BYTES
from .paths import StrPath

_KINDS_OF_FILE = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO would wait for a writer for ever
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOINHERIT", 0)
)


def read_regular_file(path: StrPath, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of an ordinary file of at most ``limit`` bytes, checked BEFORE reading.

    A named pipe would block every reader for ever and ``/dev/zero`` (or a link to it)
    would be read until memory runs out: anything but a regular file is refused, as is a
    file over the limit (also one that grows past it while being read). Raises
    ``OSError`` (``FileNotFoundError`` for a missing file, ``IsADirectoryError`` for a
    folder) or ``NotRegularFileError``/``FileTooBigError`` (both ``ValueError``) with the reason.
    """
    fd, info = _open_checked(path, limit)
    try:
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, max(info.st_size + 1 - total, 1 << 16))
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise FileTooBigError(total)
            chunks.append(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def open_regular_file(path: StrPath, limit: int = MAX_FILE_BYTES) -> BinaryIO:
    """An ordinary file of at most ``limit`` bytes opened for reading (as a stream), with
    the same checks as :func:`read_regular_file`; the caller closes it."""
    fd, _info = _open_checked(path, limit)
    try:
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _open_checked(path: StrPath, limit: int) -> tuple[int, os.stat_result]:
    """An open descriptor of ``path`` and its status, once it is known to be an ordinary
    file of at most ``limit`` bytes (see :func:`read_regular_file` for the refusals)."""
    fd = os.open(path, _READ_FLAGS)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            what = next((name for test, name in _KINDS_OF_FILE if test(info.st_mode)), "")
            raise NotRegularFileError(what or "not an ordinary file")
        if info.st_size > limit:
            raise FileTooBigError(info.st_size)
    except BaseException:
        os.close(fd)
        raise
    return fd, info


class NotRegularFileError(ValueError):
    pass


class FileTooBigError(ValueError):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


# --------------------------------------------------------------------------- atomic files

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENOENT: "the file or its folder does not exist",
    errno.EROFS: "the disk is read-only",
    errno.EIO: "the disk reported an input/output error",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EEXIST: "something else is already in the way",
    errno.EMFILE: "too many files are open",
    errno.EBUSY: "the file is in use",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "the disk quota is exceeded"


def os_error_reason(exc: OSError) -> str:
    """An OS error in plain words for the user ("the disk is full")."""
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is None:
        reason = exc.strerror or str(exc) or type(exc).__name__
        reason = reason[:1].lower() + reason[1:]
    return reason


def _temp_prefix(name: str) -> str:
    return f".{name}."


_TEMP_SUFFIX = ".tmp"
_OPEN_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOINHERIT", 0)
)


def _fsync(fd: int) -> None:
    if sys.platform == "darwin":  # pragma: no cover - fsync alone leaves macOS's disk cache
        import fcntl  # noqa: PLC0415

        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
        except OSError:
            pass
        else:
            return
    os.fsync(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; POSIX only (Windows has no O_DIRECTORY)."""
    flag = getattr(os, "O_DIRECTORY", None)
    if flag is None:  # pragma: no cover - Windows
        return
    fd = os.open(folder, os.O_RDONLY | flag)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (network, FUSE) cannot sync a folder; the data is in place.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def atomic_write_bytes(
    path: StrPath,
    data: bytes,
    mode: int = 0o600,
    *,
    replace: Callable[[Path, Path], None] | None = None,
) -> None:
    """Replace ``path`` with ``data`` so that it is either fully old or fully new.

    Writes ``.<name>.<random>.tmp`` in the same folder (created with mode 0700 if missing),
    flushes and fsyncs it, renames it over ``path`` and fsyncs the folder. The new file
    has ``mode`` (0600: private to the user). A symlink at ``path`` is followed, so the
    file it points to is replaced. On any error the temp file is removed, the old file is
    untouched and the ``OSError`` propagates (see :func:`os_error_reason`).
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    folder = target.parent
    if not folder.is_dir():
        os.makedirs(folder, mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)  # the umask may have taken bits away

    prefix = _temp_prefix(target.name)
    for _attempt in range(100):  # pragma: no branch - a clash is astronomically rare
        temp = folder / f"{prefix}{os.urandom(6).hex()}{_TEMP_SUFFIX}"
        try:
            fd = os.open(temp, _OPEN_FLAGS, mode)
        except FileExistsError:  # pragma: no cover
            continue
        break
    else:  # pragma: no cover
        raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))

    try:
        with os.fdopen(fd, "wb", closefd=True) as stream:
            if hasattr(os, "fchmod"):
                os.fchmod(stream.fileno(), mode)  # exactly ``mode``, whatever the umask
            stream.write(data)
            stream.flush()
            _fsync(stream.fileno())
        put = os.replace if replace is None else replace  # os.replace looked up now
        retry_while_shared(lambda: put(temp, target))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_folder(folder)


SHARING_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)
"""Seconds to wait between tries while another program holds the file (1.55 s in all)."""

_WINDOWS_IN_USE = (5, 32, 33)  # ERROR_ACCESS_DENIED, _SHARING_VIOLATION, _LOCK_VIOLATION


def is_sharing_violation(error: OSError) -> bool:
    """Windows: the file is held open for a moment (antivirus, Windows Search, a sync
    client). Access denied is in the list: replacing a file that another program has
    open without delete sharing gives that."""
    return getattr(error, "winerror", None) in _WINDOWS_IN_USE


def retry_while_shared(
    action: Callable[[], None], sleep: Callable[[float], None] = time.sleep
) -> None:
    """``action``, tried again with a short back-off while the file is in use (29.8);
    any other error, or the last sharing violation, propagates."""
    for delay in SHARING_DELAYS:
        try:
            action()
        except OSError as error:
            if not is_sharing_violation(error):
                raise
            sleep(delay)
        else:
            return
    action()


def cleanup_stale_temp_files(path: StrPath) -> list[Path]:
    """Remove ``.<name>.*.tmp`` left beside ``path`` by a save that was killed.

    Call it while holding the single-writer lock, so that no save is in progress.
    Files that cannot be removed are skipped; the removed ones are returned.
    """
    target = Path(path)
    prefix = _temp_prefix(target.name)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if (
            name.startswith(prefix)
            and name.endswith(_TEMP_SUFFIX)
            and len(name) > len(prefix) + len(_TEMP_SUFFIX)
        ):
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return sorted(removed)
