"""Versions that lost a merge, kept for the user ("Ändrad på två datorer").

When two computers changed the same application, the merge keeps the newer and the other
version is written here, in the store's local data folder (:mod:`.local`), until the user
has looked at it: took it instead, or kept the one in the store. The file is JSON:
``{"clashes": [{"id", "found_at", "source", "kept", "other"}]}`` where ``kept`` and
``other`` are application records as in the store (``kept`` null: deleted).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Application
from . import StoreError, atomic_write_bytes, read_regular_file
from .local import folder_for
from .write import application_from_record, application_record

FILE_NAME = "clashes.json"


@dataclass(frozen=True, slots=True)
class KeptVersion:
    """One application in two versions: ``kept`` is in the store, ``other`` is not."""

    app_id: str
    kept: Application | None
    other: Application | None
    found_at: dt.datetime
    source: str
    """Where the other version came from, for the user: "Dropbox", "the file", …"""


def clash_file(store_path: Path) -> Path:
    return folder_for(store_path) / FILE_NAME


def _record(app: Application | None) -> dict[str, Any] | None:
    return None if app is None else application_record(app)


def _app(record: object) -> Application | None:
    return None if record is None else application_from_record(record)


def load(store_path: Path) -> list[KeptVersion]:
    """What is kept for the store; a missing or unreadable file is an empty list."""
    try:
        data = json.loads(read_regular_file(clash_file(store_path)))
        return [
            KeptVersion(
                str(item["id"]),
                _app(item.get("kept")),
                _app(item.get("other")),
                dt.datetime.fromisoformat(item["found_at"]),
                str(item.get("source", "")),
            )
            for item in data["clashes"]
        ]
    except (OSError, ValueError, KeyError, TypeError, StoreError):
        return []


def save(store_path: Path, versions: list[KeptVersion]) -> None:
    path = clash_file(store_path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = {
        "clashes": [
            {
                "id": v.app_id,
                "found_at": v.found_at.isoformat(timespec="seconds"),
                "source": v.source,
                "kept": _record(v.kept),
                "other": _record(v.other),
            }
            for v in versions
        ]
    }
    atomic_write_bytes(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode())
