"""Put a newly written store in place only if the file is still the one we read.

Another program (a sync folder, a script) may write the store while the window saves it.
Checking the file on the window's thread and renaming later on a worker left a gap in
which the other program's version was silently replaced (issue 13.A). Here the check
and the replace happen together, in the worker, at the last moment:

- On Linux the new file and the old one trade places in one atomic step
  (``renameat2(RENAME_EXCHANGE)``). The old file is then beside us under the temp name,
  so we can look at it *after* the swap: if it is not the one we expected, the two are
  swapped back and nothing of the other program's is lost, however close the writes.
  No reader ever sees the store missing.
- Elsewhere (or on a file system without that call) the check is made right before an
  ordinary ``os.replace``; the gap that remains is the time of one ``stat``.

A file that was absent must still be absent: it is created with ``os.link``, which fails
when someone else created it first.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

Signature = tuple[int, int, int]
"""What a file looked like: (mtime in ns, size, inode)."""

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class ChangedOnDisk(Exception):  # noqa: N818 - a state, not a failure of ours
    """The store is no longer the file the save was based on; it was left as it is."""


COARSE_MTIME_NS = 10_000_000
"""FAT keeps modification times in 2 s steps, exFAT in 10 ms ones."""


def signature(path: Path) -> Signature | None:
    """The file's signature, following symlinks; None when it is absent or unreadable.

    On FAT and exFAT (no inode numbers, coarse times) a rewrite of the same size within
    the same time step would look unchanged (issue 29.8): there the third part is a
    checksum of the content instead of the inode. A time that is a whole number of
    10 ms steps is taken as coarse; elsewhere that happens once in ten million saves,
    and costs only the checksum.
    """
    try:
        info = os.stat(path)
    except OSError:
        return None
    if info.st_ino != 0 and info.st_mtime_ns % COARSE_MTIME_NS != 0:
        return (info.st_mtime_ns, info.st_size, info.st_ino)
    import zlib  # noqa: PLC0415 - only on such file systems

    try:
        with open(path, "rb") as stream:
            content = stream.read(info.st_size + 1)
    except OSError:
        return None
    return (info.st_mtime_ns, len(content), -1 - zlib.crc32(content))


def _renameat2() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # noqa: PLC0415 - looked up on the first save, not at start-up

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - no C library to ask
        return None
    function = getattr(libc, "renameat2", None)
    if function is None:  # pragma: no cover - glibc older than 2.28
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    function.argtypes += [ctypes.c_uint]
    function.restype = ctypes.c_int
    return cast("Callable[..., int]", function)


def __getattr__(name: str) -> object:
    """``_EXCHANGE``, the C library's ``renameat2`` (None without it), found on first use:
    loading ``ctypes`` and the C library is no part of painting the window."""
    if name != "_EXCHANGE":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    function = globals()["_EXCHANGE"] = _renameat2()
    return function


def exchange(first: Path, second: Path) -> None:
    """Swap two names atomically; ``OSError`` (``ENOSYS`` without support)."""
    function = cast("Callable[..., int] | None", sys.modules[__name__]._EXCHANGE)
    if function is None:
        raise OSError(errno.ENOSYS, "atomic exchange is not available here")
    result = function(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result != 0:
        import ctypes  # noqa: PLC0415 - loaded already, by _renameat2

        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(first))


def kept_path(target: Path, now: dt.datetime) -> Path:
    """Where a version of another program's is kept when it cannot be put back."""
    return target.with_name(f"{target.stem}.kept-{now:%Y%m%d-%H%M%S-%f}{target.suffix}")


class GuardedReplace:
    """A ``replace(temp, target)`` for :func:`store.save` that refuses a changed target.

    ``expected`` is the target's signature when the save was decided (None: absent).
    After a successful call, :attr:`written` is the signature of the file now in place,
    taken from our own file, so a write by someone else right after is still noticed.
    """

    def __init__(self, expected: Signature | None) -> None:
        self.expected = expected
        self.written: Signature | None = None

    def __call__(self, temp: Path, target: Path) -> None:
        ours = signature(temp)
        if self.expected is None:
            self._create(temp, target)
        else:
            try:
                self._swap(temp, target)
            except _NoExchange:
                if signature(target) != self.expected:
                    raise ChangedOnDisk(str(target)) from None
                os.replace(temp, target)
        self.written = ours

    def _create(self, temp: Path, target: Path) -> None:
        try:
            os.link(temp, target)
        except FileExistsError:
            raise ChangedOnDisk(str(target)) from None
        except OSError:  # no hard links on this file system
            if os.path.lexists(target):
                raise ChangedOnDisk(str(target)) from None
            os.replace(temp, target)
            return
        os.unlink(temp)

    def _swap(self, temp: Path, target: Path) -> None:
        ours = signature(temp)
        try:
            exchange(temp, target)
        except OSError as error:
            if error.errno in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise _NoExchange from None
            if error.errno == errno.ENOENT:  # the target went away meanwhile
                raise ChangedOnDisk(str(target)) from None
            raise
        if signature(temp) == self.expected:
            os.unlink(temp)  # the old file, as we expected it
            return
        # Someone wrote in between: their file is now at ``temp``. Put it back.
        exchange(temp, target)
        if signature(temp) != ours:
            # Yet another write replaced ours between the two swaps: the newest goes
            # back in place and the one before it is kept beside it, so nothing is lost.
            exchange(temp, target)
            os.replace(temp, kept_path(target, dt.datetime.now()))
        raise ChangedOnDisk(str(target))


class _NoExchange(Exception):  # noqa: N818
    """This system or file system cannot swap two names atomically."""
