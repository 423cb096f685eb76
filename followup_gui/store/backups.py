"""Backups of the store, like Anki's: only when data changes.

They are kept in the app's local data folder for the store (:mod:`.local`), not beside the
store: a store in OneDrive or Dropbox must not sync its backups to every computer. Copies
that older versions kept beside the store (``backups/`` in its folder) are still listed,
restored and pruned.

- Before the first write of each day, the file as it was is copied to
  ``backups/<stem>-YYYY-MM-DD.json``.
- Before a risky operation (import, restore, migration) a copy is made whatever the
  day: ``backups/<stem>-YYYY-MM-DD-HHMMSS-<reason>.json``.
- Kept: every copy of the last 7 days; of older ones, the newest of each ISO week for
  a month (31 days); nothing older.
- Each copy carries the attachments folder as it was, in ``<copy name>.attachments/``
  beside it (files hard-linked where the system allows: the app never changes an
  attachment in place, so a link keeps the old file when the store's copy is removed or
  replaced). A restore puts it back with the store.

Every copy is written with the same atomic, durable, private write as the store.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..model import SCHEMA_VERSION
from . import (
    StoreError,
    atomic_write_bytes,
    attachments,
    load,
    on_disk_version,
    os_error_reason,
    read_regular_file,
)

FOLDER = "backups"
DAILY_DAYS = 7
WEEKLY_DAYS = 31
KEPT_REASONS = frozenset({"conflict-copy"})
"""Copies never pruned: a sync service's conflict copy, taken in, is kept for good."""

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{4}-\d{2}-\d{2})(?:-(?P<time>\d{6})-(?P<reason>[a-z-]+))?\.json$"
)


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made_on: dt.date
    made_at: dt.datetime | None
    """The moment of a copy made before a risky operation (a daily copy has only a day)."""
    reason: str
    """"" for a daily copy, else what it was made before: "import", "restore", …"""

    @property
    def sort_key(self) -> dt.datetime:
        return self.made_at or dt.datetime.combine(self.made_on, dt.time())

    @property
    def attachments(self) -> Path:
        """The copy of the attachments folder made with it (it may not exist)."""
        return attachments_copy(self.path)

    def count_applications(self) -> int | None:
        """How many applications the copy holds, or None if it cannot be read."""
        import json  # noqa: PLC0415

        try:
            data = json.loads(read_regular_file(self.path))
        except (OSError, ValueError):
            return None
        apps = data.get("applications") if isinstance(data, dict) else None
        return len(apps) if isinstance(apps, list) else None

    def is_valid(self) -> bool:
        try:
            load(self.path)
        except StoreError:
            return False
        return True


def backup_dir(store_path: Path) -> Path:
    """Where new copies go: the store's local data folder (see :mod:`.local`)."""
    from .local import folder_for  # noqa: PLC0415

    return folder_for(store_path) / FOLDER


def legacy_backup_dir(store_path: Path) -> Path:
    """Where versions before 2.1 kept them: beside the store."""
    return store_path.parent / FOLDER


def _make_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def attachments_copy(backup_path: Path) -> Path:
    """``backups/<name>.attachments``: the attachments folder kept with a copy of the store."""
    return backup_path.with_name(backup_path.stem + ".attachments")


def _copy(store_path: Path, target: Path) -> Path | None:
    try:
        data = read_regular_file(store_path)
    except FileNotFoundError:
        return None  # nothing to keep yet
    except ValueError as exc:  # a pipe, a device or a huge file: nothing to copy
        raise OSError(f"{store_path} is not a store that can be copied ({exc})") from exc
    _make_dir(target.parent)
    atomic_write_bytes(target, data)
    folder = attachments_copy(target)
    if folder.exists():  # an earlier copy of the same name (risky copies within a second)
        shutil.rmtree(folder)
    attachments.copy_tree(attachments.folder_of(store_path), folder)
    return target


def daily_backup(store_path: Path, today: dt.date) -> Path | None:
    """Copy the store before the day's first write; None if today's copy exists already."""
    target = backup_dir(store_path) / f"{store_path.stem}-{today.isoformat()}.json"
    if target.exists():
        return None
    made = _copy(store_path, target)
    prune(store_path, today)
    return made


def risky_backup(store_path: Path, reason: str, now: dt.datetime) -> Path | None:
    """Copy the store before an import, a restore or a migration."""
    if not re.fullmatch(r"[a-z-]+", reason):
        raise ValueError(f"reason must be lower-case words: {reason!r}")
    stamp = now.strftime("%Y-%m-%d-%H%M%S")
    target = backup_dir(store_path) / f"{store_path.stem}-{stamp}-{reason}.json"
    made = _copy(store_path, target)
    prune(store_path, now.date())
    return made


def migration_backup(store_path: Path, now: dt.datetime) -> Path | None:
    """Copy a store of an older format before the first save writes it as format v2."""
    version = on_disk_version(store_path)
    if version is None or version >= SCHEMA_VERSION:
        return None
    return risky_backup(store_path, "migration", now)


def before_save(store_path: Path, now: dt.datetime) -> list[Path]:
    """The copies to keep before a save: the day's first, and the migration backup."""
    made = [daily_backup(store_path, now.date()), migration_backup(store_path, now)]
    return [path for path in made if path is not None]


def list_backups(store_path: Path) -> list[Backup]:
    """The store's backups, newest first (the local ones and any left beside the store)."""
    found: list[Backup] = []
    seen: set[str] = set()
    for folder in (backup_dir(store_path), legacy_backup_dir(store_path)):
        _list_into(folder, store_path, found, seen)
    found.sort(key=lambda b: b.sort_key, reverse=True)
    return found


def _list_into(folder: Path, store_path: Path, found: list[Backup], seen: set[str]) -> None:
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name in seen:
            continue
        match = _NAME.match(name)
        if match is None or match["stem"] != store_path.stem:
            continue
        try:
            day = dt.date.fromisoformat(match["date"])
            made_at = (
                dt.datetime.combine(day, dt.datetime.strptime(match["time"], "%H%M%S").time())
                if match["time"]
                else None
            )
        except ValueError:
            continue
        seen.add(name)
        found.append(Backup(folder / name, day, made_at, match["reason"] or ""))


def prune(store_path: Path, today: dt.date) -> list[Path]:
    """Remove copies the retention rule no longer keeps; returns what was removed."""
    keep_weeks: set[tuple[int, int]] = set()
    removed = []
    for backup in list_backups(store_path):  # newest first
        age = (today - backup.made_on).days
        if age < DAILY_DAYS or backup.reason in KEPT_REASONS:
            continue
        week = backup.made_on.isocalendar()[:2]
        if age <= WEEKLY_DAYS and week not in keep_weeks:
            keep_weeks.add(week)
            continue
        try:
            backup.path.unlink()
        except OSError:
            continue
        shutil.rmtree(backup.attachments, ignore_errors=True)
        removed.append(backup.path)
    return removed


def newest_valid(store_path: Path) -> Backup | None:
    """The newest backup that loads cleanly (for a store that does not)."""
    for backup in list_backups(store_path):
        if backup.is_valid():
            return backup
    return None


def restore(backup: Backup, store_path: Path, now: dt.datetime) -> Path | None:
    """Put ``backup`` in place of the store, keeping the current file as a backup too.

    The attachments folder kept with the backup replaces the current one (which is kept
    with the copy of the current file); a backup made without one leaves the current
    attachments as they are. Returns the copy made of the current file (None if there was
    none). Raises StoreError if the backup does not load or cannot be written in place.
    """
    load(backup.path)  # refuse a broken copy before anything is touched
    try:
        data = read_regular_file(backup.path)
    except (OSError, ValueError) as error:
        raise StoreError(backup.path, f"cannot be read: {error}") from error
    kept = risky_backup(store_path, "restore", now)
    try:
        atomic_write_bytes(store_path, data)
        if backup.attachments.is_dir():
            attachments.replace_tree(store_path, backup.attachments)
    except OSError as error:
        raise StoreError(store_path, f"could not be restored: {os_error_reason(error)}") from error
    return kept
