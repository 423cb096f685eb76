"""One writer per store: a lock file in the store's local data folder (not beside it:
a lock in a OneDrive or Dropbox folder is synced, and is a known reason OneDrive stalls).

A lock left by a killed app is taken over (its process is gone). ``agenda`` and the
other read-only commands never take it. The store's own folder is made when missing, but
never the folder the user moved the store to (see ``store.paths.unreachable``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_SUFFIX = ".lock"


def lock_path(store_path: Path) -> Path:
    from ...store.local import folder_for

    return folder_for(store_path) / (store_path.name + LOCK_SUFFIX)


class StoreLock:
    """The lock file that makes one process the store's only writer."""

    def __init__(self, store_path: Path) -> None:
        from ...store.paths import is_chosen

        if not is_chosen(store_path):  # the data folder on a first start, or a --store file's
            store_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # a chosen folder that is missing is a drive not connected, a sync folder not
        # mounted: made here, it would be on the wrong disk (store/paths.unreachable)
        path = lock_path(store_path)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.lock = QLockFile(str(path))
        self.lock.setStaleLockTime(0)  # a lock is stale only when its process is gone

    def acquire(self) -> bool:
        if self.lock.tryLock(100):
            return True
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            return False
        self.lock.removeStaleLockFile()
        return self.lock.tryLock(100)

    def holder(self) -> str:
        """Who holds it, in words for a message: "process 1234 on laptop"."""
        info = self.lock.getLockInfo()  # (pid, hostname, appname), or a falsy value
        if not info:
            return "?"
        pid, host = info[0], info[1]
        return f"{pid} @ {host}"

    def release(self) -> None:
        self.lock.unlock()
