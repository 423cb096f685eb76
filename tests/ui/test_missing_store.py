"""At start, the folder the store was moved to is not there: the box that asks what to do
(ui/dialogs/missing_store.py), the lock that does not make that folder, and the app as a
user starts it (a process of its own, the box answered like a user would)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.store import local, paths, relocate
from followup_gui.ui.dialogs import missing_store
from followup_gui.ui.state.store_lock import StoreLock, lock_path

from ..conftest import DEMO_STORE, app_env
from .conftest import when_dialog_opens


@pytest.fixture(autouse=True)
def own_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(local.ENV, str(tmp_path / "local"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def gone(tmp_path: Path) -> Path:
    """The store the note names, on a USB stick that is not connected."""
    path = tmp_path / "media" / "usb" / "Jobb" / store.FILE_NAME
    relocate.remember(path)
    return path


def bring_back(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DEMO_STORE, path)


def press(name: str, then: Callable[[QMessageBox], object] | None = None) -> list[str]:
    """Click the box's button ``name`` when it opens (``then`` runs first); the texts seen."""
    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text() + "\n" + dialog.informativeText())
        if then is not None:
            then(dialog)
        button = dialog.findChild(QPushButton, f"missing_store_{name}")
        assert button is not None
        button.click()

    when_dialog_opens(answer)
    return seen


# --------------------------------------------------------------------------- the lock


def test_the_lock_does_not_make_a_chosen_stores_folder(tmp_path: Path, qtbot: QtBot) -> None:
    path = gone(tmp_path)
    lock = StoreLock(path)
    assert lock.acquire()  # the lock itself is in this computer's local data folder
    lock.release()
    assert lock_path(path).parent.is_dir()
    assert not (tmp_path / "media").exists()


def test_the_lock_still_makes_the_data_folder_on_a_first_start(
    tmp_path: Path, qtbot: QtBot
) -> None:
    lock = StoreLock(paths.home_path())
    assert paths.home_path().parent.is_dir()
    lock.release()


# --------------------------------------------------------------------------- the box


def test_the_box_names_the_folder_in_plain_text_and_has_four_answers(
    tmp_path: Path, qtbot: QtBot
) -> None:
    path = gone(tmp_path)
    problem = paths.unreachable(path)
    assert problem is not None
    found: dict[str, Any] = {}

    def look(box: QMessageBox) -> None:
        found["format"] = box.textFormat()
        found["buttons"] = [b.text() for b in box.buttons()]
        found["default"] = box.defaultButton().objectName()
        found["escape"] = box.escapeButton().objectName()
        found["name"] = box.accessibleName()
        found["description"] = box.accessibleDescription()

    seen = press("quit", look)
    assert missing_store.settle(problem) is None
    assert str(path.parent) in seen[0]
    assert "USB" in seen[0] and "Dropbox" in seen[0]
    assert found["format"] == Qt.TextFormat.PlainText
    assert sorted(found["buttons"]) == sorted(
        [
            "&Try again",
            "&Choose another folder…",
            "&Use this computer's own folder from now on",
            "&Quit",
        ]
    )
    assert found["default"] == "missing_store_try_again"
    assert found["escape"] == "missing_store_quit"
    assert found["name"] == "Your applications cannot be found"
    assert str(path.parent) in str(found["description"])
    assert not (tmp_path / "media").exists()
    assert paths.chosen_path() == path  # quitting forgets nothing


def test_enter_tries_again_and_escape_quits(tmp_path: Path, qtbot: QtBot) -> None:
    path = gone(tmp_path)
    problem = paths.unreachable(path)
    assert problem is not None
    seen: list[str] = []

    def second(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.informativeText())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def first(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.informativeText())
        when_dialog_opens(second)
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    when_dialog_opens(first)
    at = dt.datetime(2026, 11, 26, 9, 41, 7)
    assert missing_store.settle(problem, now=lambda: at) is None
    assert "still not there" not in seen[0]
    assert "Checked again at 09:41:07: still not there." in seen[1]  # Enter did check
    assert not (tmp_path / "media").exists()


def test_try_again_goes_on_once_the_drive_is_back(tmp_path: Path, qtbot: QtBot) -> None:
    path = gone(tmp_path)
    problem = paths.unreachable(path)
    assert problem is not None
    press("try_again", then=lambda _box: bring_back(path))
    assert missing_store.settle(problem) == path
    assert paths.chosen_path() == path


def test_the_box_goes_on_by_itself_when_the_folder_comes_back(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync app that starts after followup-gui (at login): no click needed."""
    monkeypatch.setattr(missing_store, "RECHECK_MS", 50)
    path = gone(tmp_path)
    problem = paths.unreachable(path)
    assert problem is not None
    when_dialog_opens(lambda _box: bring_back(path))
    assert missing_store.settle(problem) == path


def test_a_file_missing_in_its_folder_is_said_so(tmp_path: Path, qtbot: QtBot) -> None:
    path = gone(tmp_path)
    path.parent.mkdir(parents=True)
    problem = paths.unreachable(path)
    assert problem is not None
    seen = press("quit")
    assert missing_store.settle(problem) is None
    assert "Your applications file is not in its folder" in seen[0]
    assert str(path) in seen[0]
    assert list(path.parent.iterdir()) == []


def _pick(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> list[str]:
    """The folder dialog answers ``folder`` (None: Cancel); where it opened."""
    opened: list[str] = []

    def pick(_parent: object, _title: str, start: str) -> str:
        opened.append(start)
        return "" if folder is None else str(folder)

    monkeypatch.setattr(QtWidgets.QFileDialog, "getExistingDirectory", staticmethod(pick))
    return opened


def test_another_folder_with_a_store_is_opened_and_remembered(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = gone(tmp_path)
    (tmp_path / "media").mkdir()
    other = tmp_path / "Dropbox" / store.FILE_NAME
    bring_back(other)
    opened = _pick(monkeypatch, other.parent)
    problem = paths.unreachable(path)
    assert problem is not None
    press("choose")
    assert missing_store.settle(problem) == other
    assert opened == [str(tmp_path / "media")]  # the nearest folder that is there
    assert paths.chosen_path() == other  # the note, as relocate.remember writes it
    assert not path.parent.exists()


def _answer_question(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """The "Start a new list?" question, when it opens after the box; after a No the
    box comes back, and is quit."""

    def reply(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        assert dialog.objectName() != "missing_store_box"
        asked.append(dialog.text())
        if button == QMessageBox.StandardButton.No:
            press("quit")
        dialog.button(button).click()

    when_dialog_opens(reply)


@pytest.mark.parametrize("start_new", [True, False])
def test_a_folder_without_a_store_starts_a_new_list_only_when_asked(
    start_new: bool, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file removed on purpose: the user picks its folder and starts anew there."""
    path = gone(tmp_path)
    path.parent.mkdir(parents=True)
    _pick(monkeypatch, path.parent)
    problem = paths.unreachable(path)
    assert problem is not None
    asked: list[str] = []
    button = QMessageBox.StandardButton.Yes if start_new else QMessageBox.StandardButton.No
    press("choose", then=lambda _box: _answer_question(button, asked))
    if start_new:
        assert missing_store.settle(problem) == path
        assert store.load(path).applications == []
        assert paths.unreachable(path) is None
    else:
        assert missing_store.settle(problem) is None
        assert list(path.parent.iterdir()) == []  # nothing made
    assert len(asked) == 1 and str(path.parent) in asked[0]
    assert paths.chosen_path() == path


def test_a_cancelled_folder_dialog_comes_back_to_the_box(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = gone(tmp_path)
    _pick(monkeypatch, None)
    problem = paths.unreachable(path)
    assert problem is not None
    press("choose", then=lambda _box: press("quit"))
    assert missing_store.settle(problem) is None
    assert paths.chosen_path() == path


def test_this_computers_folder_is_used_from_now_on(tmp_path: Path, qtbot: QtBot) -> None:
    path = gone(tmp_path)
    problem = paths.unreachable(path)
    assert problem is not None
    press("use_home")
    assert missing_store.settle(problem) == paths.home_path()
    assert paths.chosen_path() is None  # forgotten: Settings and the commands agree
    assert store.default_path() == paths.home_path()
    assert not (tmp_path / "media").exists()


# --------------------------------------------------------------------------- the app


DRIVER = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from followup_gui.cli.command import main

answer, bring = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv[:1])
state = {"answered": False}

def poll():
    box = QApplication.activeModalWidget()
    if not state["answered"] and box is not None and box.isVisible():
        assert box.objectName() == "missing_store_box", box.objectName()
        print("box:", box.text().replace("\\n", " "), flush=True)
        if bring:
            target = Path(bring)
            target.parent.mkdir(parents=True)
            target.write_bytes(Path(sys.argv[3]).read_bytes())
        box.findChild(QPushButton, "missing_store_" + answer).click()
        state["answered"] = True
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() != "missing_store_box" and hasattr(widget, "user_session"):
            if widget.isVisible():
                print("window:", widget.user_session.path, flush=True)
                QApplication.exit(0)
                return
    QTimer.singleShot(50, poll)

QTimer.singleShot(0, poll)
sys.exit(main(["--lang", "en"]))
"""


def start(tmp_path: Path, answer: str, bring: str = "") -> subprocess.CompletedProcess[str]:
    env = app_env(tmp_path, FOLLOWUP_GUI_LOCAL_DATA=str(tmp_path / "local"))
    return subprocess.run(
        [sys.executable, "-c", DRIVER, answer, bring, str(DEMO_STORE)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_the_app_asks_before_any_window_or_lock_and_quits_with_2(tmp_path: Path) -> None:
    path = gone(tmp_path)
    result = start(tmp_path, "quit")
    assert result.returncode == 2, result.stderr
    assert f"box: The folder where you keep your applications cannot be found:  {path.parent}" in (
        result.stdout
    )
    assert "window:" not in result.stdout
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "media").exists()
    assert not lock_path(path).exists()
    assert not paths.home_path().exists()


def test_the_app_opens_the_store_once_it_is_back(tmp_path: Path) -> None:
    path = gone(tmp_path)
    result = start(tmp_path, "try_again", bring=str(path))
    assert result.returncode == 0, result.stderr
    assert f"window: {path}" in result.stdout
    assert "Traceback" not in result.stderr


def test_startup_check_exits_2_with_the_message(tmp_path: Path) -> None:
    path = gone(tmp_path)
    env = app_env(tmp_path, FOLLOWUP_GUI_LOCAL_DATA=str(tmp_path / "local"))
    result = subprocess.run(
        [sys.executable, "-m", "followup_gui.cli", "--startup-check", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert str(path.parent) in result.stderr and "--store" in result.stderr
    assert not (tmp_path / "media").exists()
    assert not paths.home_path().exists()


def test_a_first_start_still_makes_nothing_to_ask(tmp_path: Path, qtbot: QtBot) -> None:
    assert paths.unreachable(store.default_path()) is None
    assert QApplication.activeModalWidget() is None
