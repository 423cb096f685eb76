"""A language change offers to start again, and the new process really opens the store."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from followup_gui import __version__
from followup_gui.ui.desktop import restart
from followup_gui.ui.dialogs.settings_dialog import SettingsDialog
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state import preferences
from followup_gui.ui.state.store_lock import lock_path

from ..conftest import app_env
from .conftest import WindowFactory, when_dialog_opens


def test_the_command_starts_the_same_program_on_the_same_store(tmp_path: Path) -> None:
    store = tmp_path / "mina ansökningar.json"
    assert restart.restart_command(store, frozen=True, executable="C:/App/followup-gui.exe") == [
        "C:/App/followup-gui.exe",
        "--store",
        str(store),
    ]
    command = restart.restart_command(store, frozen=False)
    assert command[:3] == [sys.executable, "-m", "followup_gui.cli"]
    assert "--lang" not in command and "--hidden" not in command
    version = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert version.stdout.strip() == f"followup-gui {__version__}"


def _choose_english_then(answer: str) -> None:
    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        when_dialog_opens(press)
        dialog.accept()

    def press(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        assert box.windowTitle() == "Restart followup-gui?"
        next(b for b in box.buttons() if answer in b.text()).click()

    when_dialog_opens(choose)


def test_later_keeps_the_window_and_says_when(
    make_window: WindowFactory, demo_copy: Path, settings: QSettings, config_home: Path
) -> None:
    window = make_window(demo_copy)
    _choose_english_then("Later")
    window.app_dialogs.show_settings()
    assert preferences.stored_language(settings) == "en"
    assert window.isVisible()
    assert "next time" in window.statusBar().currentMessage()
    assert restart.start_again_if_asked() is None


def test_restart_now_saves_closes_and_asks_for_a_new_start(
    make_window: WindowFactory,
    demo_copy: Path,
    config_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_copy)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    started: list[list[str]] = []

    def popen(command: list[str], **_: object) -> str:
        started.append(command)
        return "started"

    monkeypatch.setattr(subprocess, "Popen", popen)
    _choose_english_then("Restart now")
    window.app_dialogs.show_settings()
    assert not window.isVisible() and quits == [True]
    assert restart.start_again_if_asked() == "started"  # type: ignore[comparison-overlap]
    assert started == [restart.restart_command(demo_copy)]
    assert restart.start_again_if_asked() is None, "one new start, not one per call"


def test_a_window_that_stays_open_starts_nothing(
    make_window: WindowFactory, demo_copy: Path, config_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    monkeypatch.setattr(MainWindow, "quit", lambda self: False)  # e.g. an unresolved conflict
    _choose_english_then("Restart now")
    window.app_dialogs.show_settings()
    assert QCoreApplication.instance().property("followup_restart_store") is None  # type: ignore[union-attr]
    assert restart.start_again_if_asked() is None


_DRIVER = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from followup_gui.cli import command as cli
from followup_gui.ui.desktop import restart
from followup_gui.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
store = Path(sys.argv[1])

def restart_now():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    restart.ask_to_start_again(store)
    window.quit()

QTimer.singleShot(1500, restart_now)
sys.exit(cli.main(["--store", str(store)]))
"""


def _lock_holder(store: Path) -> int | None:
    try:
        first = lock_path(store).read_text().splitlines()[0]
    except (OSError, IndexError):
        return None
    return int(first) if first.isdigit() else None


def test_the_new_process_opens_the_store_once_the_old_one_has_let_it_go(tmp_path: Path) -> None:
    store = tmp_path / "applications.json"
    env = app_env(tmp_path)
    old = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(store)],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert old.returncode == 0, old.stderr
    new_pid = None
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            new_pid = _lock_holder(store)
            if new_pid is not None and new_pid != os.getpid():
                break
            time.sleep(0.1)
        assert new_pid is not None, "the new start never took the store"
        os.kill(new_pid, 0)  # it is running, and holds the lock the old one released
        assert "already running" not in old.stdout
    finally:
        if new_pid is not None:
            os.kill(new_pid, 15)
