"""Backups beside the store: daily and before risky operations, pruned, restorable."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.store import backups

from .conftest import DEMO_COUNT, DEMO_STORE, v1_demo_text


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "applications.json"
    path.parent.mkdir()
    path.write_bytes(DEMO_STORE.read_bytes())
    return path


def test_daily_backup_once_a_day(store_path: Path) -> None:
    day = dt.date(2026, 11, 26)
    made = backups.daily_backup(store_path, day)
    assert made is not None
    assert made.read_bytes() == store_path.read_bytes()
    assert backups.daily_backup(store_path, day) is None
    assert backups.daily_backup(store_path, day + dt.timedelta(days=1)) is not None
    assert len(backups.list_backups(store_path)) == 2


def test_no_backup_of_a_store_that_does_not_exist_yet(tmp_path: Path) -> None:
    assert backups.daily_backup(tmp_path / "none.json", dt.date(2026, 1, 1)) is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_backups_are_private(store_path: Path) -> None:
    made = backups.daily_backup(store_path, dt.date(2026, 11, 26))
    assert made is not None
    assert made.stat().st_mode & 0o777 == 0o600
    assert made.parent.stat().st_mode & 0o777 == 0o700


def test_retention_keeps_a_week_of_days_and_a_month_of_weeks(store_path: Path) -> None:
    start = dt.date(2026, 10, 1)
    for offset in range(60):
        backups.daily_backup(store_path, start + dt.timedelta(days=offset))
    today = start + dt.timedelta(days=59)
    kept = [b.made_on for b in backups.list_backups(store_path)]
    assert kept[:7] == [today - dt.timedelta(days=n) for n in range(7)]
    older = kept[7:]
    assert all((today - day).days <= backups.WEEKLY_DAYS for day in older)
    weeks = [day.isocalendar()[:2] for day in older]
    assert len(weeks) == len(set(weeks))  # one per week
    assert 3 <= len(older) <= 5


def test_risky_backup_and_restore_keep_the_current_file(store_path: Path) -> None:
    now = dt.datetime(2026, 11, 26, 9, 30, 15)
    before = backups.risky_backup(store_path, "import", now)
    assert before is not None
    assert before.name == "applications-2026-11-26-093015-import.json"
    listed = backups.list_backups(store_path)
    assert listed[0].reason == "import"
    assert listed[0].count_applications() == DEMO_COUNT

    document = store.load(store_path)
    document.applications.pop()
    store.save(document, store_path)
    changed = store_path.read_bytes()

    kept = backups.restore(listed[0], store_path, now + dt.timedelta(minutes=5))
    assert kept is not None
    assert kept.read_bytes() == changed
    assert len(store.load(store_path).applications) == DEMO_COUNT


def test_restore_refuses_a_broken_copy(store_path: Path) -> None:
    folder = backups.backup_dir(store_path)
    folder.mkdir(parents=True)
    broken = folder / "applications-2026-11-20.json"
    broken.write_text("{not json")
    original = store_path.read_bytes()
    backup = backups.list_backups(store_path)[0]
    with pytest.raises(store.StoreError):
        backups.restore(backup, store_path, dt.datetime(2026, 11, 26, 9, 0))
    assert store_path.read_bytes() == original
    assert backups.newest_valid(store_path) is None
    backups.daily_backup(store_path, dt.date(2026, 11, 21))
    valid = backups.newest_valid(store_path)
    assert valid is not None
    assert valid.made_on == dt.date(2026, 11, 21)


def test_before_save_keeps_the_days_copy_and_a_v1_files_migration_copy(store_path: Path) -> None:
    store_path.write_text(v1_demo_text(), encoding="utf-8")
    original = store_path.read_bytes()
    now = dt.datetime(2026, 11, 26, 9, 0)
    made = backups.before_save(store_path, now)
    assert [p.name for p in made] == [
        "applications-2026-11-26.json",
        "applications-2026-11-26-090000-migration.json",
    ]
    assert all(p.read_bytes() == original for p in made)
    store.save(store.load(store_path), store_path)
    assert backups.before_save(store_path, now + dt.timedelta(hours=1)) == []  # now v2, same day


def test_backups_live_in_the_local_data_folder_not_beside_the_store(store_path: Path) -> None:
    made = backups.daily_backup(store_path, dt.date(2026, 11, 20))
    assert made is not None
    assert store_path.parent not in made.parents  # not in the (maybe synced) store folder
    assert sorted(p.name for p in store_path.parent.iterdir()) == [store_path.name]
    other = store_path.parent / "elsewhere" / store_path.name  # another store: its own folder
    assert backups.backup_dir(other) != backups.backup_dir(store_path)


def test_backups_an_older_version_kept_beside_the_store_are_still_found(store_path: Path) -> None:
    legacy = backups.legacy_backup_dir(store_path)
    legacy.mkdir()
    old = legacy / "applications-2026-11-19.json"
    old.write_bytes(store_path.read_bytes())
    backups.daily_backup(store_path, dt.date(2026, 11, 20))
    found = backups.list_backups(store_path)
    assert [b.made_on for b in found] == [dt.date(2026, 11, 20), dt.date(2026, 11, 19)]
    assert found[1].path == old
    document = store.load(store_path)
    del document.applications[:2]
    store.save(document, store_path)
    backups.restore(found[1], store_path, dt.datetime(2026, 11, 21, 9, 0))
    assert store_path.read_bytes() == old.read_bytes()
