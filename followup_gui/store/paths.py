"""Where the store is: its file name, the attachments folder beside it, the default path."""

from __future__ import annotations

import os
from pathlib import Path

StrPath = str | os.PathLike[str]
"""A path as the store's functions take it: a string or any path-like object."""

FILE_NAME = "applications.json"

ATTACHMENTS_FOLDER = "attachments"
"""Beside the store: ``attachments/<application folder>/<file>`` (see attachments.py)."""


def default_path() -> Path:
    """The store in the user's data folder (``--store`` overrides it)."""
    import platformdirs  # noqa: PLC0415 - only needed when no --store is given

    return platformdirs.user_data_path("followup-gui", appauthor=False) / FILE_NAME
