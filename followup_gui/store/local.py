"""The app's own folder for one store, on this computer: never inside a sync folder.

The lock, the rotating backups and the conflict copies taken in live here, keyed by the
store's resolved path, so that nothing but the store, its attachments and the user's own
exports is written in the store's folder (a lock file there is a known reason OneDrive
stalls, and backups there would be synced to every computer). ``FOLLOWUP_GUI_LOCAL_DATA``
points it elsewhere (tests, a portable install).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "FOLLOWUP_GUI_LOCAL_DATA"


def local_root() -> Path:
    """The app's local (not roaming) data folder."""
    override = os.environ.get(ENV)
    if override:
        return Path(override)
    import platformdirs  # noqa: PLC0415

    return platformdirs.user_data_path("followup-gui", appauthor=False, roaming=False) / "local"


def store_key(store_path: os.PathLike[str] | str) -> str:
    """A short name for the store that stays the same for the same file."""
    import hashlib  # noqa: PLC0415 - 3 ms of OpenSSL: a start without --store needs none

    resolved = os.path.realpath(store_path)
    digest = hashlib.sha256(os.fsencode(os.path.normcase(resolved))).hexdigest()[:16]
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in Path(resolved).stem)[:24]
    return f"{stem}-{digest}"


def folder_for(store_path: os.PathLike[str] | str) -> Path:
    """This store's folder in :func:`local_root` (made when something is first kept)."""
    return local_root() / store_key(store_path)
