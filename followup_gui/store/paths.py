"""Where the store is: its file name, the attachments folder beside it, the default path.

The default path is the store in the user's data folder, or the one the user moved it to
(Settings → "Where your applications are kept", :mod:`.relocate` writes it): that choice is kept in
``store-location.json`` in this computer's local data folder (:mod:`.local`), so that the
desktop app and every command (``agenda``, ``import`` …) open the same file when no
``--store`` is given. Reading it costs one small file at start.

A chosen store that is not there is not a first start (:func:`unreachable`): its folder
may be a USB stick or network drive not connected, or a sync folder (Dropbox, OneDrive,
Nextcloud) whose app has not started; starting with a new empty list there would write a
second store that the real one, once back, diverges from. Nothing here creates that folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..i18n import Lang

StrPath = str | os.PathLike[str]
"""A path as the store's functions take it: a string or any path-like object."""

FILE_NAME = "applications.json"

ATTACHMENTS_FOLDER = "attachments"
"""Beside the store: ``attachments/<application folder>/<file>`` (see attachments.py)."""

LOCATION_FILE = "store-location.json"
"""``{"store": "<absolute path>"}``: where the user moved the store on this computer."""


def home_path() -> Path:
    """The store in the user's data folder: where it is until the user moves it."""
    import platformdirs  # noqa: PLC0415 - only needed when no --store is given

    return platformdirs.user_data_path("followup-gui", appauthor=False) / FILE_NAME


def location_file() -> Path:
    from .local import local_root  # noqa: PLC0415

    return local_root() / LOCATION_FILE


def chosen_path() -> Path | None:
    """The store the user moved their applications to, or None (never moved, moved back,
    or the note cannot be read: then the store in the data folder is used)."""
    try:
        with open(location_file(), "rb") as file:
            raw = file.read(65_536)
    except OSError:
        return None
    import json  # noqa: PLC0415 - only when the user moved the store: the start defers it

    try:
        data = json.loads(raw)
    except ValueError:
        return None
    value = data.get("store") if isinstance(data, dict) else None
    if not isinstance(value, str) or not value or "\0" in value:
        return None
    path = Path(value)
    return path if path.is_absolute() else None


def default_path() -> Path:
    """The store opened when no ``--store`` is given: the chosen one, else :func:`home_path`."""
    return chosen_path() or home_path()


def is_chosen(path: Path) -> bool:
    """True when ``path`` is the store the location note names (its folder is the user's
    choice: it is never created for them, see :func:`unreachable`)."""
    chosen = chosen_path()
    return chosen is not None and os.path.abspath(path) == os.path.abspath(chosen)


@dataclass(frozen=True, slots=True)
class Unreachable:
    """The store the user moved their applications to is not there."""

    path: Path
    """The store file the location note names."""
    folder_missing: bool
    """True: its folder cannot be found (a drive not connected, a sync folder not mounted).
    False: the folder is there but the file is not (not synced back yet, or moved or
    removed, e.g. on another computer)."""

    @property
    def folder(self) -> Path:
        return self.path.parent

    def message(self, lang: Lang) -> str:
        """One line for the command line: where the store is expected, what to do."""
        if lang == "sv":
            if self.folder_missing:
                return (
                    f"dina ansökningar sparas i mappen {self.folder} (du flyttade dem dit i "
                    "Inställningar), men den mappen finns inte. Anslut enheten eller starta "
                    "synkappen (Dropbox, OneDrive, Nextcloud) och försök igen, eller ange "
                    "--store SÖKVÄG."
                )
            return (
                f"dina ansökningar ska finnas i {self.path} (du flyttade dem dit i "
                "Inställningar), men filen finns inte där. Om mappen synkas: starta synkappen "
                "och försök igen när den är klar. Om filen har flyttats: välj dess mapp i "
                "followup-guis fönster. Eller ange --store SÖKVÄG."
            )
        if self.folder_missing:
            return (
                f"your applications are kept in the folder {self.folder} (you moved them "
                "there in Settings), but that folder cannot be found. Connect the drive or "
                "start the sync app (Dropbox, OneDrive, Nextcloud) and try again, or give "
                "--store PATH."
            )
        return (
            f"your applications should be in {self.path} (you moved them there in Settings), "
            "but the file is not there. If the folder is synced, start the sync app and try "
            "again when it is done; if the file was moved, choose its folder in followup-gui's "
            "window; or give --store PATH."
        )


def _missing(path: Path) -> bool | None:
    """True when nothing is at ``path``, False when something is, None when the system
    cannot tell (no permission …: reading the store will say why)."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except (OSError, ValueError):
        return None
    return False


def unreachable(path: Path) -> Unreachable | None:
    """Why the store ``path`` cannot be opened as the user's store, or None when it can.

    Only the store the location note names is checked: the data folder's store (and a
    ``--store`` file elsewhere) that does not exist yet is a first start. A chosen store
    whose folder is missing is unreachable, and so is one whose file is missing although
    the folder is there: the note is written only once the store is in that folder (a
    move copies it, or starts an empty one), so a missing file was moved, removed or not
    synced yet, and an empty list in its place would hide that. A user who removed it on
    purpose chooses the folder again (the desktop app offers it).
    """
    if _missing(path) is not True or not is_chosen(path):  # a store there: no note read
        return None
    return Unreachable(path, folder_missing=not os.path.isdir(path.parent))
