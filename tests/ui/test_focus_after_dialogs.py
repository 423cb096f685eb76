"""Issue 23: after a dialog closes, the main window has focus again, so that its shortcuts
(Ctrl+Q, Ctrl+N, …) work at once, whether the dialog was closed with Escape or accepted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui.ui import plain_text
from followup_gui.ui.main_window import MainWindow

from .conftest import WindowFactory, close_unasked, when_dialog_opens

APP = "demo-vattern"


def escape(dialog: QDialog) -> None:
    """Escape, pressed where the dialog's focus is, as a user would."""
    close_unasked(dialog)  # nothing typed here is the user's: closing does not ask
    target = QApplication.focusWidget()
    assert target is not None and dialog.isAncestorOf(target), "the dialog has no focus"
    QTest.keyClick(target, Qt.Key.Key_Escape)


def accept(dialog: QDialog) -> None:
    fill = FILL.get(type(dialog).__name__)
    if fill is not None:
        fill(dialog)
    dialog.accept()


def _fill_application(dialog: QDialog) -> None:
    title = getattr(dialog, "title_edit", None)
    company = getattr(dialog, "company_edit", None)
    if title is not None and not title.text():
        QTest.keyClicks(title, "Lagerarbetare")
    if company is not None and not company.text():
        QTest.keyClicks(company, "Acme AB")


FILL: dict[str, Callable[[QDialog], None]] = {"ApplicationDialog": _fill_application}

ACTIONS = ["new", "edit", "log", "interview", "offer", "settings", "guide", "shortcuts",
           "follow_up"]  # fmt: skip


def once_active(dialog: QDialog, then: Callable[[QDialog], None], waited: int = 0) -> None:
    """``then`` once the dialog is the active window, as it is when a user sees it."""
    if QApplication.activeWindow() is dialog or waited > 2000:
        then(dialog)
    else:
        QTimer.singleShot(20, lambda: once_active(dialog, then, waited + 20))


def focus_is_home(window: MainWindow) -> bool:
    focus = QApplication.focusWidget()
    return (
        QApplication.activeWindow() is window
        and focus is not None
        and (focus is window or window.isAncestorOf(focus))
    )


@pytest.mark.parametrize("close", [escape, accept], ids=["escape", "accept"])
@pytest.mark.parametrize("name", ACTIONS)
def test_the_window_has_focus_after_a_dialog_closes(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    close: Callable[[QDialog], None],
) -> None:
    monkeypatch.setattr(plain_text, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = make_window(demo_copy, "en")
    window.select_application(APP)
    action = window.actions_by_name[name]
    assert action.isEnabled(), name
    seen: list[QDialog] = []

    def act(dialog: QDialog) -> None:
        seen.append(dialog)
        close(dialog)

    when_dialog_opens(lambda dialog: once_active(dialog, act))
    action.trigger()
    assert seen, "no dialog opened"
    qtbot.waitUntil(lambda: focus_is_home(window), timeout=2000)  # old code: no window active


def test_ctrl_q_quits_at_once_after_help_is_closed_with_escape(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, "en")
    when_dialog_opens(lambda dialog: once_active(dialog, escape))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: focus_is_home(window), timeout=2000)
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
