"""Recognising the conflict copies sync services leave beside the store, and taking them in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.model import Document
from followup_gui.store import backups
from followup_gui.store.conflict_copies import (
    DROPBOX,
    GOOGLE_DRIVE,
    NEXTCLOUD,
    ONEDRIVE,
    SYNCTHING,
    ConflictCopy,
    NotReadyError,
    find,
    put_away,
    read_copy,
    service_of,
)

from .factories import make_app

NAME = "applications.json"


@pytest.mark.parametrize(
    ("name", "service"),
    [
        ("applications (Anna's conflicted copy 2026-05-04).json", DROPBOX),
        ("applications (DESKTOP-7K2's conflicted copy 2026-05-04).json", DROPBOX),
        ("applications (Anna's conflicted copy 2026-05-04) (1).json", DROPBOX),
        ("applications (Annas in Konflikt stehende Kopie 2026-05-04).json", DROPBOX),
        ("applications (copie en conflit de Anna 2026-05-04).json", DROPBOX),
        ("applications (Annas motstridiga kopia 2026-05-04).json", DROPBOX),
        ("applications (Case Conflict).json", DROPBOX),
        ("applications (Unicode Encoding Conflict).json", DROPBOX),
        ("applications-DESKTOP-AB12CD3.json", ONEDRIVE),
        ("applications-Annas-Laptop.json", ONEDRIVE),
        ("applications (1).json", GOOGLE_DRIVE),
        ("applications (12).json", GOOGLE_DRIVE),
        ("applications (conflicted copy 2026-05-04 101112).json", NEXTCLOUD),
        ("applications (Conflict Anna 2026-05-04 10-11-12).json", NEXTCLOUD),
        ("applications_conflict-20260504-101112.json", NEXTCLOUD),
        ("applications-conflict-20260504-101112.json", NEXTCLOUD),
        ("applications.sync-conflict-20260504-101112-ABCDEFG.json", SYNCTHING),
    ],
)
def test_each_services_conflict_copies_are_recognised(name: str, service: str) -> None:
    assert service_of(name, NAME) == service


@pytest.mark.parametrize(
    "name",
    [
        "applications.json",  # the store itself
        "applications.json.lock",
        "applications.invalid-20260504-101112.json",  # a broken store kept by the app
        "applications-2026-05-04.json",  # a dated copy the user made
        "applications-export.json",
        "applications (my notes).json",
        "applications (1).json.tmp",  # still being synced
        ".~applications (1).json",
        "~$applications (1).json",
        ".applications.json.abc123.tmp",  # our own temp file
        ".syncthing.applications.json.tmp",
        "applications.sync-conflict-20260504-101112-ABCDEFG.json.partial",
        "applications (conflicted copy 2026-05-04).txt",
        "other (1).json",
        "applications-THIS-NAME-IS-FAR-TOO-LONG.json",
        "applications.sync-conflict-2026-0504-ABCDEFG.json",
        "attachments",
        "backups",
    ],
)
def test_other_names_are_not_conflict_copies(name: str) -> None:
    assert service_of(name, NAME) is None


def test_another_store_name_works_the_same() -> None:
    assert service_of("jobb (1).json", "jobb.json") == GOOGLE_DRIVE
    assert service_of("applications (1).json", "jobb.json") is None


def test_find_lists_copies_oldest_first(tmp_path: Path) -> None:
    store_path = tmp_path / NAME
    store_path.write_text("{}")
    newer = tmp_path / "applications (1).json"
    older = tmp_path / "applications.sync-conflict-20260504-101112-ABCDEFG.json"
    for when, path in ((2000, newer), (1000, older)):
        path.write_text("{}")
        import os

        os.utime(path, (when, when))
    (tmp_path / "applications (2).json.tmp").write_text("{}")
    (tmp_path / "applications (3).json").mkdir()
    assert [c.path for c in find(store_path)] == [older, newer]


def test_half_synced_copies_are_not_ready_and_whole_bad_ones_are_errors(tmp_path: Path) -> None:
    good = store.dumps(Document(applications=[make_app(id="a")])).encode()
    path = tmp_path / "applications (1).json"
    copy = ConflictCopy(path, GOOGLE_DRIVE)
    path.write_bytes(b"")
    with pytest.raises(NotReadyError):
        read_copy(copy)
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(NotReadyError):
        read_copy(copy)
    path.write_bytes(b'{"format": "something else"}\n')
    with pytest.raises(store.StoreError):
        read_copy(copy)
    path.write_bytes(good)
    assert [a.id for a in read_copy(copy).applications] == ["a"]


def test_a_copy_put_away_is_a_backup_that_is_never_pruned(tmp_path: Path) -> None:
    store_path = tmp_path / NAME
    store.save(Document(), store_path)
    data = store.dumps(Document(applications=[make_app(id="a")])).encode()
    now = dt.datetime(2026, 5, 4, 10, 0)
    first, second = tmp_path / "applications (1).json", tmp_path / "applications (2).json"
    first.write_bytes(data)
    second.write_bytes(data)
    one = put_away(ConflictCopy(first, GOOGLE_DRIVE), store_path, now)
    two = put_away(ConflictCopy(second, GOOGLE_DRIVE), store_path, now)
    assert one != two and one.read_bytes() == data == two.read_bytes()
    assert not first.exists() and not second.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]
    kept = [b for b in backups.list_backups(store_path) if b.reason == "conflict-copy"]
    assert len(kept) == 2
    backups.prune(store_path, dt.date(2027, 1, 1))
    assert len([b for b in backups.list_backups(store_path) if b.reason == "conflict-copy"]) == 2
