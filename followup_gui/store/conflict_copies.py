"""The copies sync services leave beside the store when two computers changed it.

:func:`service_of` knows the names (each service's documented pattern, the localised words
of Dropbox and Nextcloud where they are known); :func:`find` lists those beside a store;
:func:`read_copy` reads one, or says to look again later while it is still being synced
(zero length, a half-written file); :func:`put_away` moves a copy that was merged in into
the store's backups (copied, checked, then removed: never lost).

- Dropbox: ``applications (Anna's conflicted copy 2026-05-04).json`` (older clients put the
  computer's name there; localised: "in Konflikt stehende Kopie", "copie en conflit", …;
  also "(Case Conflict)", "(Unicode Encoding Conflict)", "(white space conflict)").
- OneDrive: ``applications-<COMPUTER>.json`` (the computer's name, at most 15 characters).
- Google Drive: ``applications (1).json``.
- Nextcloud/ownCloud: ``applications (conflicted copy 2026-05-04 101112).json``,
  ``applications (Conflict Anna 2026-05-04 10-11-12).json``,
  ``applications_conflict-20260504-101112.json`` (older clients).
- Syncthing: ``applications.sync-conflict-20260504-101112-ABCDEFG.json``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from . import StoreError, atomic_write_bytes, loads, read_regular_file

DROPBOX = "Dropbox"
ONEDRIVE = "OneDrive"
GOOGLE_DRIVE = "Google Drive"
NEXTCLOUD = "Nextcloud"
SYNCTHING = "Syncthing"

_CONFLICT_WORDS = re.compile(
    r"conflict|konflikt|conflit|conflitt|conflicto|konflik|motstrid|ristiriita", re.IGNORECASE
)
"""The word in a conflicted copy's parenthesis in the languages the services use."""
_NEXTCLOUD_WORDS = re.compile(r"^(?:conflicted copy|conflict)\b", re.IGNORECASE)
_TEMPORARY = (".~", "~$", ".", "~")
_TEMPORARY_ENDS = (".tmp", ".partial", ".part", ".crdownload", "~", ".download")
_NOT_A_COMPUTER = frozenset({"export", "backup", "copy", "kopia", "old", "new", "invalid"})


def service_of(name: str, store_name: str) -> str | None:
    """Which service left ``name`` as a conflict copy of the store ``store_name``, or None.

    Temporary names of a copy still being synced (``.~…``, ``~$…``, ``….tmp``,
    ``….partial``) are None: they are looked at once they have their final name.
    """
    stem, dot, suffix = store_name.rpartition(".")
    if not dot:
        stem, suffix = store_name, ""
    ext = "." + suffix if suffix else ""
    if name == store_name or name.startswith(_TEMPORARY) or name.endswith(_TEMPORARY_ENDS):
        return None
    if not name.endswith(ext) or not name.startswith(stem):
        return None
    middle = name[len(stem) : len(name) - len(ext)]
    if re.fullmatch(r"\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}", middle):
        return SYNCTHING
    if re.fullmatch(r"[_-]conflict-\d{8}-\d{6}", middle):
        return NEXTCLOUD
    if re.fullmatch(r" \(\d{1,3}\)", middle):
        return GOOGLE_DRIVE
    inside = re.fullmatch(r" \((?P<words>[^()]+)\)(?: \(\d{1,3}\))?", middle)
    if inside is not None and _CONFLICT_WORDS.search(inside["words"]):
        words = inside["words"].strip()
        return NEXTCLOUD if _NEXTCLOUD_WORDS.match(words) else DROPBOX
    computer = re.fullmatch(r"-(?P<name>[A-Za-z0-9][A-Za-z0-9-]{0,14})", middle)
    if (
        computer is not None
        and computer["name"].lower() not in _NOT_A_COMPUTER
        and not re.fullmatch(r"[\d-]+", computer["name"])  # a date: a copy the user made
    ):
        return ONEDRIVE
    return None


@dataclass(frozen=True, slots=True)
class ConflictCopy:
    path: Path
    service: str


def find(store_path: Path) -> list[ConflictCopy]:
    """The conflict copies beside the store, oldest first."""
    try:
        entries = list(os.scandir(store_path.parent))
    except OSError:
        return []
    found: list[tuple[float, ConflictCopy]] = []
    for entry in entries:
        service = service_of(entry.name, store_path.name)
        if service is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            mtime = entry.stat().st_mtime
        except OSError:
            continue
        found.append((mtime, ConflictCopy(Path(entry.path), service)))
    found.sort(key=lambda pair: (pair[0], pair[1].path.name))
    return [copy for _, copy in found]


class NotReadyError(Exception):
    """The copy is still being written (empty, cut short, or changing): look again later."""


def read_copy(copy: ConflictCopy) -> Document:
    """The copy's document; :class:`NotReadyError` while it is half-synced, :class:`StoreError`
    for a file that is whole but is not a store (it is then left alone for good)."""
    try:
        before = copy.path.stat()
        data = read_regular_file(copy.path)
        after = copy.path.stat()
    except (OSError, ValueError) as error:
        raise NotReadyError(str(error)) from error
    if not data.strip() or (before.st_size, before.st_mtime_ns) != (
        after.st_size,
        after.st_mtime_ns,
    ):
        raise NotReadyError(f"{copy.path.name} is empty or still being written")
    try:
        return loads(data, copy.path)
    except StoreError as error:
        if not data.rstrip().endswith(b"}"):  # cut short: the rest is still on its way
            raise NotReadyError(str(error)) from error
        raise


def put_away(copy: ConflictCopy, store_path: Path, now: dt.datetime) -> Path:
    """Move the copy into the store's backups (as a "conflict-copy" backup, never pruned):
    written there and read back before the original goes. Returns the new place."""
    from .backups import backup_dir  # noqa: PLC0415

    data = read_regular_file(copy.path)
    folder = backup_dir(store_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    moment = now
    while True:
        target = folder / f"{store_path.stem}-{moment:%Y-%m-%d-%H%M%S}-conflict-copy.json"
        if not target.exists():
            break
        moment += dt.timedelta(seconds=1)
    atomic_write_bytes(target, data)
    if read_regular_file(target) != data:
        raise OSError(f"{target} does not hold what was copied")
    copy.path.unlink()
    return target
