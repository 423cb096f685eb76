"""Settings → "Var sparas dina ansökningar" → Flytta…: the store and its attachments move to
another folder, the window follows, the choice holds for the next start (issue 26.1)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.store import backups, local, paths, relocate
from followup_gui.ui.controllers.store_move import Existing, StoreMover
from followup_gui.ui.dialogs.settings_dialog import SettingsDialog
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state.commands import ReplaceApplication
from followup_gui.ui.state.store_lock import StoreLock

from ..conftest import DEMO_STORE
from .conftest import WindowFactory, when_dialog_opens


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store in the app's own data folder (the default one), with an attached file."""
    monkeypatch.setenv(local.ENV, str(tmp_path / "local"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = paths.home_path()
    path.parent.mkdir(parents=True)
    shutil.copyfile(DEMO_STORE, path)
    first = store.load(path).applications[0].id
    folder = path.parent / "attachments" / first
    folder.mkdir(parents=True)
    (folder / "cv.pdf").write_bytes(b"%PDF my cv")
    return path


@pytest.fixture
def window(home: Path, make_window: WindowFactory) -> MainWindow:
    made = make_window(home)
    lock = StoreLock(home)  # what run() takes before the window
    assert lock.acquire()
    made.store_lock = lock
    made.user_session.watch()
    return made


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(
        "followup_gui.ui.plain_text.warning",
        lambda _parent, title, text, *a, **k: told.append(f"{title}: {text}"),
    )
    return told


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(
        QtWidgets.QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )


def held_by_us(path: Path) -> bool:
    """Whether this process holds the store's lock (another lock on it cannot be taken)."""
    probe = StoreLock(path)
    if probe.acquire():
        probe.release()
        return False
    return True


def test_move_from_settings_moves_everything_and_the_window_follows(
    qtbot: QtBot, window: MainWindow, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    onedrive = tmp_path / "OneDrive" / "Jobb"
    onedrive.mkdir(parents=True)
    choose_folder(monkeypatch, onedrive)
    app_id = window.user_session.applications[0].id
    before = home.read_bytes()
    kept_backup = backups.risky_backup(home, "import", window.clock.now())
    assert kept_backup is not None
    shown: list[str] = []

    def move_and_close(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        box = dialog.store_place
        assert box is not None
        shown.append(box.path_label.text())
        assert not box.back_button.isVisible()
        qtbot.mouseClick(box.move_button, qtbot_left())
        shown.append(box.path_label.text())
        assert box.back_button.isVisible()  # "Flytta tillbaka"
        dialog.reject()  # a move is not undone by Cancel

    when_dialog_opens(move_and_close)
    window.app_dialogs.show_settings()

    target = onedrive / "applications.json"
    assert shown == [str(home), str(target)]
    assert target.read_bytes() == before
    assert (onedrive / "attachments" / app_id / "cv.pdf").read_bytes() == b"%PDF my cv"
    assert not home.exists()
    assert not (home.parent / "attachments").exists()
    assert window.user_session.path == target
    assert store.default_path() == target  # the next start without --store opens it
    assert held_by_us(target)
    assert not held_by_us(home)
    assert [b.path.name for b in backups.list_backups(target)] == [kept_backup.name]
    assert "OneDrive" in window.statusBar().currentMessage()

    # edits go to the new place, and a change there by another program is noticed
    session = window.user_session
    first = session.applications[0]
    session.push(ReplaceApplication(session, replace(first, notes="efter flytten"), "test"))
    assert session.save_now()
    assert "efter flytten" in target.read_text(encoding="utf-8")
    assert not home.exists()
    other = store.load(target)
    other.applications[1] = replace(other.applications[1], notes="från datorn hemma")
    store.save(other, target)
    qtbot.waitUntil(lambda: session.applications[1].notes == "från datorn hemma", timeout=5000)


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_move_back_brings_it_home_again(
    window: MainWindow, home: Path, tmp_path: Path, warnings: list[str]
) -> None:
    before = home.read_bytes()
    dropbox = tmp_path / "Dropbox"
    dropbox.mkdir()
    mover = StoreMover(window)
    assert mover.move_to(dropbox, window)
    assert mover.move_back(window)
    assert warnings == []
    assert home.read_bytes() == before
    assert window.user_session.path == home
    assert not paths.location_file().exists()
    assert store.default_path() == home
    assert list(dropbox.iterdir()) == []
    assert held_by_us(home)


def test_a_failure_in_the_middle_leaves_the_app_on_the_old_store(
    window: MainWindow, home: Path, tmp_path: Path, warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    usb = tmp_path / "usb"
    usb.mkdir()
    real = relocate._copy_file

    def full(source: Path, target: Path) -> None:
        if target.name == home.name:  # the attachments went; the store does not fit
            raise OSError(28, "No space left on device", str(target))
        real(source, target)

    monkeypatch.setattr(relocate, "_copy_file", full)
    before = home.read_bytes()
    assert not StoreMover(window).move_to(usb, window)
    assert len(warnings) == 1
    assert "the disk is full" in warnings[0]
    assert "Inget har flyttats" in warnings[0] or "Nothing was moved" in warnings[0]
    assert list(usb.iterdir()) == []
    assert home.read_bytes() == before
    assert window.user_session.path == home
    assert store.default_path() == home
    assert held_by_us(home)
    assert not held_by_us(usb / home.name)


def test_a_folder_with_a_store_offers_merge_and_merges(
    qtbot: QtBot, window: MainWindow, home: Path, tmp_path: Path, warnings: list[str]
) -> None:
    onedrive = tmp_path / "OneDrive"
    onedrive.mkdir()
    theirs = store.load(home)
    mine_only = theirs.applications.pop(0)  # the other computer never had the first one
    extra = replace(theirs.applications[0], id="from-the-laptop", job_title="Från laptopen")
    theirs.applications.append(extra)
    store.save(theirs, onedrive / "applications.json")
    questions: list[str] = []

    def merge(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        questions.append(dialog.text())
        names = ("Slå ihop", "Merge")
        button = next(
            b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") in names
        )
        button.click()

    when_dialog_opens(merge)
    assert StoreMover(window).move_to(onedrive, window)
    assert warnings == []
    assert questions and str(onedrive) in questions[0]
    target = onedrive / "applications.json"
    ids = {a.id for a in window.user_session.applications}
    assert {mine_only.id, "from-the-laptop"} <= ids
    assert {a.id for a in store.load(target).applications} == ids
    assert (onedrive / "attachments" / mine_only.id / "cv.pdf").exists()
    assert not home.exists()
    reasons = {b.reason for b in backups.list_backups(target)}
    assert {"before-merge", "before-move"} <= reasons  # both were backed up first
    assert window.user_session.path == target
    assert not window.user_session.dirty


def test_use_that_one_opens_the_store_there_and_leaves_ours(
    window: MainWindow, home: Path, tmp_path: Path, warnings: list[str]
) -> None:
    onedrive = tmp_path / "OneDrive"
    onedrive.mkdir()
    theirs = store.load(home)
    theirs.applications = theirs.applications[:3]
    store.save(theirs, onedrive / "applications.json")
    before = home.read_bytes()
    mover = StoreMover(window)
    mover.ask_existing = lambda *_: Existing.USE
    assert mover.move_to(onedrive, window)
    assert len(window.user_session.applications) == 3
    assert window.user_session.path == onedrive / "applications.json"
    assert home.read_bytes() == before  # ours is left where it was
    assert store.default_path() == onedrive / "applications.json"


def test_cancel_changes_nothing(window: MainWindow, home: Path, tmp_path: Path) -> None:
    onedrive = tmp_path / "OneDrive"
    onedrive.mkdir()
    shutil.copyfile(DEMO_STORE, onedrive / "applications.json")
    mover = StoreMover(window)
    mover.ask_existing = lambda *_: Existing.CANCEL
    assert not mover.move_to(onedrive, window)
    assert window.user_session.path == home
    assert held_by_us(home)
    assert not held_by_us(onedrive / "applications.json")
    assert store.default_path() == home


def test_a_store_opened_with_store_option_cannot_be_moved_and_says_why(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, settings: object
) -> None:
    window = make_window(demo_copy)
    dialog = SettingsDialog(
        window.settings, lang="en", tray_available=True, mover=StoreMover(window)
    )
    qtbot.addWidget(dialog)
    box = dialog.store_place
    assert box is not None
    assert box.path_label.text() == str(demo_copy)
    assert not box.move_button.isEnabled()
    assert "--store" in box.note.text()
    QApplication.processEvents()
