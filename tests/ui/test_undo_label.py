"""Issue 23: the Undo button names the action ("Undo Log contact"), not the whole job
title, which may be 60 characters long; the title is in its tooltip and status tip."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from followup_gui.ui import plain_text
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state.commands import ReplaceApplication

from .conftest import WindowFactory, when_dialog_opens
from .languages import UiLanguage

LONG = "Senior systemutvecklare med inriktning mot inbyggda system i Jönköping"[:60]


def long_titled(make_window: WindowFactory, demo_copy: Path) -> MainWindow:
    window = make_window(demo_copy, "en")
    session = window.session
    app = session.document.find("demo-vattern")
    assert app is not None
    session.push(ReplaceApplication(session, replace(app, job_title=LONG), "Rename"))
    window.select_application("demo-vattern")
    return window


def test_undo_after_logging_a_contact_names_the_action(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = long_titled(make_window, demo_copy)
    when_dialog_opens(QDialog.accept)
    window.events.log_contact()
    undo = window.undo_action
    assert undo.text() == "&Undo Log contact"  # old code: "&Undo Log contact – Senior …"
    assert LONG not in undo.text()
    assert undo.toolTip() == f"Undo Log contact – {LONG}"
    assert undo.statusTip() == undo.toolTip()
    undo.trigger()  # the rename is next: the redo names the contact, the undo the rename
    assert window.redo_action.text() == "&Redo Log contact"
    assert window.redo_action.toolTip() == f"Redo Log contact – {LONG}"
    assert undo.text() == "&Undo Rename"


def test_undo_after_a_delete_names_the_action_not_the_title(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = long_titled(make_window, demo_copy)
    monkeypatch.setattr(plain_text, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.session.document.find("demo-vattern") is None
    assert window.undo_action.text() == "&Undo Delete application"
    assert LONG in window.undo_action.toolTip()
    window.undo_action.trigger()
    assert window.session.document.find("demo-vattern") is not None
    assert window.undo_action.text() == "&Undo Rename"


def test_nothing_to_undo_has_no_title_in_the_tip(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, "en")
    assert window.undo_action.toolTip() == "Undo"


def test_in_swedish_the_button_says_angra_logga_kontakt(
    make_window: WindowFactory, demo_copy: Path, ui_language: UiLanguage
) -> None:
    ui_language.switch("sv")
    window = make_window(demo_copy, "sv")
    window.select_application("demo-vattern")
    title = window.current_application().job_title  # type: ignore[union-attr]
    when_dialog_opens(QDialog.accept)
    window.events.log_contact()
    assert window.undo_action.text() == "&Ångra Logga kontakt"
    assert window.undo_action.toolTip() == f"Ångra Logga kontakt – {title}"
