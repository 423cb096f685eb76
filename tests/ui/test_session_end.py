"""Issue 29, points 3 and 6: logout, quit, SIGTERM and an uncaught error never lose an edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.ui import plain_text
from followup_gui.ui.desktop import crash_report, session_end
from followup_gui.ui.state import disk_io
from followup_gui.ui.state.commands import ReplaceApplication

from ..conftest import DEMO_STORE, app_env
from .conftest import WindowFactory, when_dialog_opens

APP = "demo-vattern"


class FakeManager:
    """What the session manager offers the app at logout."""

    def __init__(self, interaction: bool) -> None:
        self.interaction = interaction
        self.cancelled = False
        self.released = False

    def allowsInteraction(self) -> bool:
        return self.interaction

    def release(self) -> None:
        self.released = True

    def cancel(self) -> None:
        self.cancelled = True


def edit(window) -> None:  # type: ignore[no-untyped-def]
    session = window.user_session
    app = session.document.find(APP)
    session.push(ReplaceApplication(session, replace(app, notes="mitt senaste"), "Note"))


def notes_on_disk(path: Path) -> str:
    app = store.load(path).find(APP)
    assert app is not None
    return app.notes


def test_logout_saves_the_edit_waiting_in_the_debounce(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    end = session_end.SessionEnd(window, QApplication.instance())  # type: ignore[arg-type]
    edit(window)
    assert notes_on_disk(demo_copy) != "mitt senaste"  # still in the 400 ms debounce
    end.commit_data(FakeManager(interaction=False))  # type: ignore[arg-type]
    assert notes_on_disk(demo_copy) == "mitt senaste"


def failing_disk(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def write(*_: object) -> object:
        raise store.StoreError(path, "could not be written: the disk is full")

    monkeypatch.setattr(disk_io, "write", write)


def test_logout_with_a_failing_save_asks_and_keeps_a_rescue_copy(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    end = session_end.SessionEnd(window, QApplication.instance())  # type: ignore[arg-type]
    edit(window)
    failing_disk(monkeypatch, demo_copy)
    asked: list[str] = []

    def warning(*args: object, **_: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(plain_text, "warning", warning)
    manager = FakeManager(interaction=True)
    end.commit_data(manager)  # type: ignore[arg-type]
    assert asked and "the disk is full" in asked[0]
    assert manager.cancelled and manager.released  # the user stays logged in
    rescued = list(demo_copy.parent.glob("applications.unsaved-*.json"))
    assert len(rescued) == 1 and str(rescued[0]) in asked[0]
    assert store.load(rescued[0]).find(APP).notes == "mitt senaste"  # type: ignore[union-attr]


def test_a_quit_from_anywhere_saves_or_keeps_a_rescue_copy(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    end = session_end.SessionEnd(window, QApplication.instance())  # type: ignore[arg-type]
    edit(window)
    end.about_to_quit()  # QApplication.quit(), Qt's own end
    assert notes_on_disk(demo_copy) == "mitt senaste"
    session = window.user_session
    app = session.document.find(APP)
    assert app is not None
    session.push(ReplaceApplication(session, replace(app, notes="en till"), "Note"))
    failing_disk(monkeypatch, demo_copy)
    end.about_to_quit()
    assert notes_on_disk(demo_copy) == "mitt senaste"
    assert end.rescued is not None and store.load(end.rescued).find(APP).notes == "en till"  # type: ignore[union-attr]


EDIT_THEN_WAIT = textwrap.dedent(
    """
    import runpy, sys
    from dataclasses import replace
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    def edit():
        from followup_gui.ui.main_window import MainWindow
        from followup_gui.ui.state.commands import ReplaceApplication

        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or windows[0].session.loading or not windows[0]._painted:
            QTimer.singleShot(50, edit)
            return
        session = windows[0].session
        old = session.document.find("demo-vattern")
        session.push(ReplaceApplication(session, replace(old, notes="före SIGTERM"), "Note"))
        print("edited", flush=True)

    QTimer.singleShot(0, edit)
    sys.argv = ["followup-gui", "--store", sys.argv[1]]
    runpy.run_module("followup_gui.cli", run_name="__main__")
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX")
def test_sigterm_right_after_an_edit_leaves_the_edit_on_disk(tmp_path: Path) -> None:
    """The real app, started as a user would (the edit is made by a timer in its own event
    loop: 400 ms before the debounce would save it), killed with ``kill -TERM``."""
    path = tmp_path / "applications.json"
    path.write_bytes(DEMO_STORE.read_bytes())
    app = subprocess.Popen(
        [sys.executable, "-c", EDIT_THEN_WAIT, str(path)],
        env=app_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None
        line = app.stdout.readline()
        if line.strip() == "edited":
            app.send_signal(signal.SIGTERM)
        _, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert line.strip() == "edited", err
    assert app.returncode == 0, err
    assert notes_on_disk(path) == "före SIGTERM"  # old code: killed, the edit lost


# ---------------------------------------------------------------------------- 29.6


def test_an_uncaught_error_is_logged_told_and_the_edits_saved(
    make_window: WindowFactory, demo_copy: Path, tmp_path: Path
) -> None:
    window = make_window(demo_copy)
    hook = crash_report.CrashReport(window, tmp_path / "data")
    edit(window)
    seen: list[tuple[str, str]] = []

    def read(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.informativeText(), box.detailedText()))
        box.accept()

    when_dialog_opens(read)
    try:
        raise RuntimeError("a slot broke")
    except RuntimeError as error:
        hook(type(error), error, error.__traceback__)
    assert seen, "the user is told"
    informative, details = seen[0]
    assert "RuntimeError: a slot broke" in details  # behind "Visa detaljer…"
    log = tmp_path / "data" / crash_report.LOG_NAME
    assert str(log) in informative
    assert "RuntimeError: a slot broke" in log.read_text(encoding="utf-8")
    assert notes_on_disk(demo_copy) == "mitt senaste"


def test_an_error_in_close_event_does_not_quit_unasked(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = make_window(demo_copy)
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: caught.append(error))

    def broken() -> None:
        raise OSError("settings could not be written")

    monkeypatch.setattr(window, "_save_settings", broken)
    assert not window.close()  # old code: the exception left closeEvent, the window closed
    assert window.isVisible()
    assert caught and "settings could not be written" in str(caught[0])
    monkeypatch.undo()


def test_the_quit_time_save_catches_what_the_background_save_catches(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    edit(window)

    def broken(*_: object) -> object:
        raise ValueError("an unexpected error in the writer")

    monkeypatch.setattr(disk_io, "write", broken)
    session = window.user_session
    assert session.save_now() is False  # old code: the ValueError escaped to closeEvent
    assert "unexpected error" in session.last_error
