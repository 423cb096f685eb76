"""Moving the store to another folder (store/relocate.py) and remembering it (store/paths.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.store import backups, clashes, local, paths, relocate

from .conftest import DEMO_STORE


@pytest.fixture(autouse=True)
def own_local_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "local"
    monkeypatch.setenv(local.ENV, str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return folder


def make_store(folder: Path) -> Path:
    """A store with two attachment files, one in a sub-folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / store.FILE_NAME
    shutil.copyfile(DEMO_STORE, path)
    base = folder / store.ATTACHMENTS_FOLDER
    (base / "app-1").mkdir(parents=True)
    (base / "app-1" / "cv.pdf").write_bytes(b"%PDF cv " * 1000)
    (base / "app-2").mkdir()
    (base / "app-2" / "brev.txt").write_text("Hej!", encoding="utf-8")
    return path


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_move_copies_verifies_and_then_removes_the_old(tmp_path: Path) -> None:
    source = make_store(tmp_path / "old")
    before = tree(tmp_path / "old")
    target_folder = tmp_path / "OneDrive"
    target_folder.mkdir()
    plan = relocate.plan(source, target_folder)
    assert plan.target == target_folder / store.FILE_NAME
    assert not plan.existing
    assert plan.files == ["app-1/cv.pdf", "app-2/brev.txt"]
    relocate.copy(plan)
    relocate.verify(plan)
    assert tree(target_folder) == before
    assert source.exists()  # nothing is removed before the switch
    assert relocate.remove_old(plan) == []
    assert not source.exists()
    assert not (tmp_path / "old" / store.ATTACHMENTS_FOLDER).exists()
    assert store.load(plan.target).applications  # the copy is the store


def test_a_failure_in_the_middle_of_the_copy_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_store(tmp_path / "old")
    before = tree(tmp_path / "old")
    target_folder = tmp_path / "usb"
    target_folder.mkdir()
    real_copy = relocate._copy_file
    calls = []

    def failing(src: Path, dst: Path) -> None:
        calls.append(dst)
        if len(calls) == 2:  # the second attachment: the disk is full
            raise OSError(28, "No space left on device", str(dst))
        real_copy(src, dst)

    monkeypatch.setattr(relocate, "_copy_file", failing)
    plan = relocate.plan(source, target_folder)
    with pytest.raises(relocate.MoveError) as caught:
        relocate.copy(plan)
    assert caught.value.code == relocate.COPY_FAILED
    assert "disk is full" in caught.value.detail
    assert list(target_folder.iterdir()) == []  # the first file and its folders went again
    assert tree(tmp_path / "old") == before


def test_verify_finds_an_attachment_that_differs(tmp_path: Path) -> None:
    source = make_store(tmp_path / "old")
    (tmp_path / "new").mkdir()
    plan = relocate.plan(source, tmp_path / "new")
    relocate.copy(plan)
    (plan.target_attachments / "app-2" / "brev.txt").write_text("Hej då", encoding="utf-8")
    with pytest.raises(relocate.MoveError) as caught:
        relocate.verify(plan)
    assert caught.value.code == relocate.VERIFY_FAILED
    relocate.undo_copy(plan)
    assert list((tmp_path / "new").iterdir()) == []
    assert source.exists()


def test_verify_finds_a_store_copy_that_does_not_load(tmp_path: Path) -> None:
    source = make_store(tmp_path / "old")
    (tmp_path / "new").mkdir()
    plan = relocate.plan(source, tmp_path / "new")
    relocate.copy(plan)
    plan.target.write_bytes(plan.target.read_bytes()[:-40])
    with pytest.raises(relocate.MoveError) as caught:
        relocate.verify(plan)
    assert caught.value.code == relocate.VERIFY_FAILED


@pytest.mark.parametrize(
    ("where", "code"),
    [
        ("old", relocate.SAME),
        ("old/attachments/app-1", relocate.INSIDE),
        ("missing", relocate.NOT_A_FOLDER),
    ],
)
def test_folders_that_cannot_hold_the_store_are_refused_before_anything_is_copied(
    tmp_path: Path, where: str, code: str
) -> None:
    source = make_store(tmp_path / "old")
    with pytest.raises(relocate.MoveError) as caught:
        relocate.plan(source, tmp_path / where)
    assert caught.value.code == code


def test_too_little_space_is_refused_before_anything_is_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_store(tmp_path / "old")
    (tmp_path / "small").mkdir()
    monkeypatch.setattr(shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(10, 10, 10))
    with pytest.raises(relocate.MoveError) as caught:
        relocate.plan(source, tmp_path / "small")
    assert caught.value.code == relocate.NO_SPACE


def test_someone_elses_attachments_folder_is_in_the_way(tmp_path: Path) -> None:
    source = make_store(tmp_path / "old")
    (tmp_path / "new" / "attachments" / "x").mkdir(parents=True)
    (tmp_path / "new" / "attachments" / "x" / "photo.jpg").write_bytes(b"jpg")
    with pytest.raises(relocate.MoveError) as caught:
        relocate.plan(source, tmp_path / "new")
    assert caught.value.code == relocate.IN_THE_WAY


def test_a_store_already_there_is_noticed_and_copy_refuses_to_overwrite_it(
    tmp_path: Path,
) -> None:
    source = make_store(tmp_path / "old")
    other = make_store(tmp_path / "new")
    plan = relocate.plan(source, tmp_path / "new")
    assert plan.existing
    with pytest.raises(relocate.MoveError):
        relocate.copy(plan)
    assert other.read_bytes() == DEMO_STORE.read_bytes()


def test_a_merge_copies_the_attachments_the_other_store_lacks(tmp_path: Path) -> None:
    source = make_store(tmp_path / "old")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / store.FILE_NAME).write_bytes(DEMO_STORE.read_bytes())
    (tmp_path / "new" / "attachments" / "app-2").mkdir(parents=True)
    (tmp_path / "new" / "attachments" / "app-2" / "brev.txt").write_text("Annat", encoding="utf-8")
    plan = relocate.plan(source, tmp_path / "new")
    differing = relocate.copy_attachments(plan)
    assert differing == ["app-2/brev.txt"]
    assert (plan.target_attachments / "app-1" / "cv.pdf").read_bytes().startswith(b"%PDF")
    assert (plan.target_attachments / "app-2" / "brev.txt").read_text(encoding="utf-8") == "Annat"
    left = relocate.remove_old(plan, keep=differing)
    assert (plan.source_attachments / "app-2" / "brev.txt").exists()  # kept: it differs
    assert not (plan.source_attachments / "app-1").exists()
    assert left == [plan.source_attachments]


def test_moving_back_works_like_moving_there(tmp_path: Path) -> None:
    source = make_store(tmp_path / "home")
    before = tree(tmp_path / "home")
    (tmp_path / "OneDrive").mkdir()
    there = relocate.plan(source, tmp_path / "OneDrive")
    relocate.copy(there)
    relocate.verify(there)
    relocate.remove_old(there)
    back = relocate.plan(there.target, tmp_path / "home")
    assert not back.existing
    relocate.copy(back)
    relocate.verify(back)
    relocate.remove_old(back)
    assert tree(tmp_path / "home") == before
    assert list((tmp_path / "OneDrive").iterdir()) == []


def test_local_data_follows_the_store(tmp_path: Path) -> None:
    import datetime as dt

    source = make_store(tmp_path / "old")
    made = backups.risky_backup(source, "import", dt.datetime(2026, 5, 4, 10, 0))
    assert made is not None
    clashes.save(source, [])
    legacy = tmp_path / "old" / "backups"
    legacy.mkdir()
    (legacy / "applications-2026-01-02.json").write_bytes(DEMO_STORE.read_bytes())
    lock = local.folder_for(source) / "applications.json.lock"
    lock.write_text("1")
    target = tmp_path / "new" / store.FILE_NAME
    assert relocate.move_local_data(source, target) == []
    names = sorted(b.path.name for b in backups.list_backups(target))
    assert names == ["applications-2026-01-02.json", made.name]
    assert backups.list_backups(target)[0].attachments.is_dir()  # the files' copy came along
    assert clashes.clash_file(target).exists()
    assert lock.exists()  # the lock is the running app's, not the store's


def test_the_chosen_store_is_remembered_and_forgotten(tmp_path: Path) -> None:
    assert store.default_path() == paths.home_path()
    chosen = tmp_path / "OneDrive" / "Jobb" / store.FILE_NAME
    relocate.remember(chosen)
    assert store.default_path() == chosen
    assert json.loads(paths.location_file().read_text(encoding="utf-8")) == {"store": str(chosen)}
    relocate.remember(paths.home_path())  # moved back: nothing to remember
    assert not paths.location_file().exists()
    assert store.default_path() == paths.home_path()


@pytest.mark.parametrize("content", [b"", b"{", b'{"store": 3}', b'{"store": "relative/a.json"}'])
def test_an_unreadable_note_falls_back_to_the_data_folder(content: bytes) -> None:
    note = paths.location_file()
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_bytes(content)
    assert store.default_path() == paths.home_path()


def test_every_command_opens_the_moved_store(tmp_path: Path) -> None:
    from followup_gui.cli.command import main

    moved = make_store(tmp_path / "OneDrive")
    relocate.remember(moved)
    out = tmp_path / "cal.ics"
    assert main(["calendar", "--out", str(out), "--today", "2026-10-01"]) == 0
    assert out.read_bytes().count(b"BEGIN:VEVENT") > 0
    assert not paths.home_path().exists()
