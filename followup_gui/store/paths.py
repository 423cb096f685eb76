"""Where the store is: its file name, the attachments folder beside it, the default path.

The default path is the store in the user's data folder, or the one the user moved it to
(Settings → "Where your applications are kept", :mod:`.relocate` writes it): that choice is kept in
``store-location.json`` in this computer's local data folder (:mod:`.local`), so that the
desktop app and every command (``agenda``, ``import`` …) open the same file when no
``--store`` is given. Reading it costs one small file at start.
"""

from __future__ import annotations

import os
from pathlib import Path

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
