"""Fixtures for driving the desktop app like a user: a store in tmp_path, a frozen clock,
throwaway settings, and helpers for answering modal dialogs."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from followup_gui.ui import plain_text
from followup_gui.ui.app import build_window
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state.clock import FixedClock

from ..conftest import DEMO_STORE
from .languages import compiled_qm, ui_language  # noqa: F401 - fixtures for every UI test

DEMO_NOW = dt.datetime(2026, 11, 26, 9, 0)


STUCK_DIALOG_MS = 15_000


@pytest.fixture(autouse=True)
def no_stuck_dialogs(qapp: QApplication) -> Iterator[None]:
    """A modal dialog nobody answers would hang the run: close it and fail the test."""
    stuck: list[str] = []
    seen: dict[int, int] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            seen.clear()
            return
        key = id(dialog)
        seen[key] = seen.get(key, 0) + 500
        if seen[key] >= STUCK_DIALOG_MS:
            stuck.append(dialog.windowTitle())
            dialog.close()

    timer = QTimer(interval=500)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    assert not stuck, f"a dialog was left waiting for an answer: {stuck}"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DEMO_NOW)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config folder of the test's own (autostart files land there, not in yours)."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    path = tmp_path / "applications.json"
    shutil.copyfile(DEMO_STORE, path)
    return path


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, settings: QSettings, clock: FixedClock) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(path: Path, lang: str = "sv") -> MainWindow:
        window = build_window(path, lang=lang, clock=clock, settings=settings, interactive=False)  # type: ignore[arg-type]
        assert window is not None  # closed by this fixture, not qtbot: see below
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    # Close them here, so that a test that left unsaved changes on purpose (a failing disk)
    # is not stopped by the "quit and lose them?" question.
    ask = plain_text.warning
    plain_text.warning = lambda *a, **k: QMessageBox.StandardButton.Discard
    try:
        for window in windows:
            window.session.wait_for_save()
            window.user_session.wait_for_save()
            window.close()
            window.deleteLater()
    finally:
        plain_text.warning = ask


def when_dialog_opens(action: Callable[[QDialog], None], timeout_ms: int = 5000) -> None:
    """Run ``action`` on the next modal dialog, as a user would once it has appeared."""
    waited = 0

    def attempt() -> None:
        nonlocal waited
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            action(dialog)
            return
        waited += 20
        if waited > timeout_ms:
            raise AssertionError("no dialog appeared")
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def find_child(parent: QWidget, kind: type, name: str = "") -> QWidget:
    found = parent.findChild(kind, name) if name else parent.findChild(kind)
    assert found is not None, f"no {kind.__name__} {name!r}"
    return found


def close_unasked(dialog: QWidget) -> None:
    """For ``qtbot.addWidget(..., before_close_func=close_unasked)``: a test's entries
    are not the user's, so closing the dialog does not ask about them (18.5)."""
    from followup_gui.ui.dialogs.widgets import form_state

    if hasattr(dialog, "_as_opened"):
        dialog._as_opened = form_state(dialog)
