"""Nothing the user typed is lost: failing saves, changes on disk, backups, one writer."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.model import Document, Stage
from followup_gui.store import backups
from followup_gui.ui import app as app_module
from followup_gui.ui import plain_text
from followup_gui.ui.desktop.single_instance import InstanceServer, wake_running_instance
from followup_gui.ui.dialogs.import_dialog import ImportDialog
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state.clock import FixedClock
from followup_gui.ui.state.commands import AddApplication, ReplaceApplication
from followup_gui.ui.state.store_lock import StoreLock, lock_path

from ..conftest import DEMO_COUNT, DEMO_STORE, v1_demo_text
from .conftest import WindowFactory, when_dialog_opens


def withdraw(window: MainWindow, app_id: str) -> None:
    session = window.session
    app = session.applications[session.index_of(app_id)]
    session.push(ReplaceApplication(session, replace(app, stage=Stage.WITHDRAWN), "x"))


# --------------------------------------------------------------------------- failing saves


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "read-only"),
    ],
)
def test_a_failing_save_keeps_changes_and_says_so(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    words: str,
) -> None:
    window = make_window(demo_copy)
    before = demo_copy.read_bytes()
    real_save = store.save

    def failing(document: Document, path: Path, **_: object) -> None:
        raise store.StoreError(path, "was not saved: " + store.os_error_reason(OSError(code, "x")))

    monkeypatch.setattr(store, "save", failing)
    withdraw(window, "demo-vattern")
    qtbot.waitUntil(lambda: bool(window.session.last_error), timeout=5000)
    assert words in window.banner.text()
    assert window.banner.isVisible()
    assert window.session.dirty
    assert demo_copy.read_bytes() == before
    app = window.session.document.find("demo-vattern")
    assert app is not None and app.stage is Stage.WITHDRAWN  # still in memory

    monkeypatch.setattr(store, "save", real_save)  # the disk has room again
    window.session.save_soon_now()
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=8000)
    assert not window.banner.isVisible()
    saved = store.load(demo_copy).find("demo-vattern")
    assert saved is not None and saved.stage is Stage.WITHDRAWN


def test_a_folder_where_the_file_should_be(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "applications.json"
    window = make_window(path)
    path.mkdir()  # something else made a folder there after start

    def keep_mine(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        next(b for b in dialog.buttons() if "Keep" in b.text() or "Behåll" in b.text()).click()

    when_dialog_opens(keep_mine)
    window.session.push(AddApplication(window.session, store.load(DEMO_STORE).applications[0]))
    qtbot.waitUntil(lambda: bool(window.session.last_error), timeout=5000)
    assert "folder" in window.session.last_error
    assert window.session.dirty
    assert window.proxy.rowCount() == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_folder(qtbot: QtBot, make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    demo_copy.parent.chmod(0o500)
    try:
        withdraw(window, "demo-vattern")
        qtbot.waitUntil(lambda: bool(window.session.last_error), timeout=5000)
    finally:
        demo_copy.parent.chmod(0o700)


def test_quitting_with_unsaved_changes_asks(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    monkeypatch.setattr(
        store, "save", lambda d, p, **_: (_ for _ in ()).throw(store.StoreError(p, "disk full"))
    )
    withdraw(window, "demo-vattern")
    asked: list[bool] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(plain_text, "warning", cancel)
    window.close()
    assert asked
    assert window.isVisible()  # still open: nothing lost
    monkeypatch.undo()
    window.close()
    assert not window.isVisible()


# --------------------------------------------------------------------------- daily backup


def test_the_first_save_of_the_day_makes_a_backup(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    demo_copy.write_text(v1_demo_text(), encoding="utf-8")
    original = demo_copy.read_bytes()
    window = make_window(demo_copy)
    withdraw(window, "demo-vattern")
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)
    listed = backups.list_backups(demo_copy)
    # a format v1 file: its first save also keeps the migration backup
    assert sorted(b.reason for b in listed) == ["", "migration"]
    assert all(b.path.read_bytes() == original for b in listed)


# --------------------------------------------------------------------------- changed on disk


def rewrite_on_disk(path: Path, title: str, app_id: str = "") -> None:
    document = store.load(path)
    index = next(i for i, a in enumerate(document.applications) if a.id == app_id) if app_id else 0
    document.applications[index] = replace(document.applications[index], job_title=title)
    store.save(document, path)


def test_a_change_on_disk_is_reloaded_when_nothing_is_unsaved(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.session.watch()
    rewrite_on_disk(demo_copy, "Changed elsewhere")
    qtbot.waitUntil(
        lambda: any(a.job_title == "Changed elsewhere" for a in window.session.applications),
        timeout=5000,
    )
    assert window.proxy.rowCount() == DEMO_COUNT
    assert "reloaded" in window.statusBar().currentMessage() or window.statusBar().currentMessage()


def test_a_change_on_disk_to_another_application_is_taken_in_beside_unsaved_edits(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    window.session.watch()
    monkeypatch.setattr(window.session, "save_soon_now", lambda: None)  # an edit not yet saved
    withdraw(window, "demo-vattern")
    monkeypatch.undo()
    with qtbot.waitSignal(window.session.merged, timeout=5000):
        rewrite_on_disk(demo_copy, "Changed elsewhere", "demo-kodverket")
    assert not window.session.conflict
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)
    on_disk = store.load(demo_copy)
    assert on_disk.find("demo-kodverket").job_title == "Changed elsewhere"  # type: ignore[union-attr]
    assert on_disk.find("demo-vattern").stage is Stage.WITHDRAWN  # type: ignore[union-attr]
    assert "another program" in window.statusBar().currentMessage() or "annat program" in (
        window.statusBar().currentMessage()
    )


def test_an_application_the_file_lost_is_kept(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A program that read the file just before we saved writes the older version back:
    that looks like a deletion, and a merge never deletes."""
    window = make_window(demo_copy)
    window.session.watch()
    monkeypatch.setattr(window.session, "save_soon_now", lambda: None)
    withdraw(window, "demo-vattern")
    monkeypatch.undo()
    document = store.load(demo_copy)
    document.applications = [a for a in document.applications if a.id != "demo-kodverket"]
    with qtbot.waitSignal(window.session.merged, timeout=5000) as merged:
        store.save(document, demo_copy)
    assert merged.args == [0, 1]
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)
    assert store.load(demo_copy).find("demo-kodverket") is not None


def test_a_change_on_disk_with_unsaved_edits_keeps_the_newer_and_offers_the_other(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    window.session.watch()
    monkeypatch.setattr(window.session, "save_soon_now", lambda: None)  # an edit not yet saved
    withdraw(window, "demo-vattern")
    monkeypatch.undo()
    reports: list[object] = []
    window.session.merge_report.connect(reports.append)
    rewrite_on_disk(demo_copy, "Changed elsewhere", "demo-vattern")  # the one we changed
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert not window.session.conflict  # nothing to decide before saving goes on
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)
    mine = store.load(demo_copy)
    vattern = mine.find("demo-vattern")
    assert vattern is not None
    assert vattern.job_title != "Changed elsewhere"  # ours is newer (stamped when changed)
    assert vattern.stage is Stage.WITHDRAWN
    (clash,) = reports[0].application_clashes  # type: ignore[attr-defined]
    assert clash.other.job_title == "Changed elsewhere"  # theirs is kept for the user


# --------------------------------------------------------------------------- restore


def test_restore_from_backup(qtbot: QtBot, make_window: WindowFactory, demo_copy: Path) -> None:
    backups.daily_backup(demo_copy, dt.date(2026, 11, 20))
    document = store.load(demo_copy)
    del document.applications[:5]
    store.save(document, demo_copy)
    window = make_window(demo_copy)
    assert window.proxy.rowCount() == DEMO_COUNT - 5

    def pick(dialog: QDialog) -> None:
        assert dialog.table.rowCount() == 1  # type: ignore[attr-defined]
        assert dialog.table.item(0, 2).text() == str(DEMO_COUNT)  # type: ignore[attr-defined]
        dialog.accept()

    when_dialog_opens(pick)
    window.restore_action.trigger()
    assert window.proxy.rowCount() == DEMO_COUNT
    kinds = [b.reason for b in backups.list_backups(demo_copy)]
    assert "restore" in kinds  # the shorter file was kept too
    assert len(store.load(demo_copy).applications) == DEMO_COUNT


# --------------------------------------------------------------------------- import, export


def test_export_json_and_csv(make_window: WindowFactory, demo_copy: Path, tmp_path: Path) -> None:
    window = make_window(demo_copy)
    assert window.files.export_to(tmp_path / "copy.json", "json")
    assert store.to_json_obj(store.load(tmp_path / "copy.json")) == store.to_json_obj(
        store.load(demo_copy)
    )
    assert window.files.export_to(tmp_path / "sheet", "csv")
    text = (tmp_path / "sheet.csv").read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("id;Tjänst;Företag")
    assert len(lines) == DEMO_COUNT + 1
    assert "Backend-utvecklare" in text


def test_import_merges_by_id_after_a_preview(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, tmp_path: Path
) -> None:
    other = store.load(DEMO_STORE)
    other.applications[0] = replace(other.applications[0], notes="from the laptop")
    other.applications.append(replace(other.applications[1], id="laptop-1", job_title="Barista"))
    source = tmp_path / "laptop.json"
    store.save(other, source)
    window = make_window(demo_copy)
    seen: dict[str, object] = {}

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        seen["rows"] = dialog.list.count()
        dialog.accept()

    when_dialog_opens(preview)
    assert window.files.import_from(source)
    assert seen["rows"] == 2  # one new, one changed; the identical ones are left alone
    assert window.proxy.rowCount() == DEMO_COUNT + 1
    assert window.session.document.find("demo-kodverket").notes == "from the laptop"  # type: ignore[union-attr]
    assert any(b.reason == "import" for b in backups.list_backups(demo_copy))
    window.undo_action.trigger()  # the whole import in one step
    assert window.proxy.rowCount() == DEMO_COUNT
    assert window.session.document.find("demo-kodverket").notes != "from the laptop"  # type: ignore[union-attr]


def test_import_refuses_an_invalid_file(
    make_window: WindowFactory, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "followup-gui", "schema_version": 1, "applications": 3}))
    window = make_window(demo_copy)
    shown: list[str] = []
    monkeypatch.setattr(plain_text, "warning", lambda *a, **k: shown.append(str(a[2])))
    assert not window.files.import_from(bad)
    assert shown and "applications" in shown[0]
    assert window.proxy.rowCount() == DEMO_COUNT


# --------------------------------------------------------------------------- one writer


def test_lock_is_exclusive_and_a_killed_holder_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    first = StoreLock(path)
    assert first.acquire()
    second = StoreLock(path)
    assert not second.acquire()
    assert str(os.getpid()) in second.holder()
    first.release()
    assert second.acquire()
    second.release()

    holder = subprocess.run(
        [sys.executable, "-c",
         "import sys; from PySide6.QtCore import QLockFile; l = QLockFile(sys.argv[1]); "
         "l.setStaleLockTime(0); assert l.tryLock(100); import os; os._exit(0)",
         str(lock_path(path))],
        check=True, timeout=60,
    )  # fmt: skip
    assert holder.returncode == 0
    assert lock_path(path).exists()  # left behind by a "killed" app
    assert lock_path(path).parent != tmp_path  # in the app's local folder, not the store's
    taker = StoreLock(path)
    assert taker.acquire()
    taker.release()


def test_a_second_start_wakes_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    server = InstanceServer(path)
    assert server.listen()
    with qtbot.waitSignal(server.wake_requested, timeout=5000):
        assert wake_running_instance(path)
    assert not wake_running_instance(tmp_path / "other.json")


def test_a_store_held_by_another_app_opens_read_only(
    make_window: WindowFactory, demo_copy: Path, settings: QSettings, clock: FixedClock
) -> None:
    window = app_module.build_window(
        demo_copy, lang="sv", clock=clock, settings=settings, locked_by="4242 @ laptop"
    )
    assert window is not None
    window.show()
    assert window.session.read_only
    assert "4242 @ laptop" in window.banner.text()
    assert not window.new_action.isEnabled()
    window.close()


def test_open_the_newest_good_backup_keeps_the_bad_file(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path = tmp_path / "applications.json"
    shutil.copyfile(DEMO_STORE, path)
    backups.daily_backup(path, dt.date(2026, 11, 25))
    path.write_text('{"format": "followup-gui", "schema_version": 1, "applications": [{}]}')
    bad = path.read_bytes()
    monkeypatch.setattr(
        app_module, "ask_about_invalid_store", lambda *a, **k: app_module.InvalidChoice.BACKUP
    )
    window = app_module.build_window(path, lang="sv", clock=clock, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.proxy.rowCount() == DEMO_COUNT
    assert path.read_bytes() == bad  # nothing written until there is a change
    withdraw(window, "demo-vattern")
    assert window.session.save_now()
    kept = list(tmp_path.glob("applications.invalid-*.json"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == bad
    assert store.load(path).find("demo-vattern").stage is Stage.WITHDRAWN  # type: ignore[union-attr]
