"""A request is the user's to-do on the panel (RULES.md: "request: a contact `reply` with
what was asked; the panel shows it as the user's to-do") until it is marked done, and
marking it done is one step that Ctrl+Z takes back."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from followup_gui.model import Contact, Moment, Purpose
from followup_gui.reading.reply import Kind
from followup_gui.rules.todos import TODO, TODO_BY, TODO_DONE, open_todos
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.reply.dialog import ReplyDialog

from .conftest import WindowFactory, when_dialog_opens
from .languages import UiLanguage
from .test_main_window import click_ok, wait_saved

REQUEST = """Hej Anna,

Tack för intervjun i går! Innan vi går vidare vill vi gärna ha två referenser. Kan du \
skicka dem senast fredag
11 december?

Hälsningar
Sara Holm
Kodverket AB
sara.holm@kodverket.example
"""
APP = "demo-kodverket"


def paste_request(window: MainWindow, text: str = REQUEST) -> None:
    QGuiApplication.clipboard().setText(text)
    seen: list[ReplyDialog] = []

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyDialog)
        seen.append(dialog)
        assert dialog.target_id() == APP
        assert dialog.kind() is Kind.REQUEST
        assert dialog.respond_by.value() == dt.date(2026, 12, 11)  # not next Friday
        click_ok(dialog)

    when_dialog_opens(confirm)
    window.paste_reply_action.trigger()
    assert seen


def saved_contacts(path: Path) -> list[dict[str, object]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    [app] = [a for a in data["applications"] if a["id"] == APP]
    return list(app["contacts"])


def test_a_confirmed_request_stays_on_the_panel_until_it_is_marked_done(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, ui_language: UiLanguage
) -> None:
    ui_language.switch("sv")
    window = make_window(demo_copy, lang="sv")
    window.select_application(APP)
    box = window.panel.todos
    assert not box.isVisibleTo(window.panel)  # nothing asked yet
    paste_request(window)

    assert box.isVisibleTo(window.panel)
    [label] = box.labels
    assert label.text() == "Att göra: skicka referenser (senast fredag 11 december)"
    wait_saved(qtbot, window)
    [asked] = [c for c in saved_contacts(demo_copy) if TODO in c]
    assert (asked["purpose"], asked[TODO], asked[TODO_BY]) == ("reply", "referenser", "2026-12-11")

    [done] = box.buttons
    assert done.text() == "Klar"
    assert done.accessibleName() == "Markera som klar: referenser"
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    app = window.session.document.find(APP)
    assert app is not None and open_todos(app) == []
    assert not box.isVisibleTo(window.panel)
    sent = app.contacts[-1]
    assert (sent.purpose, sent.note) == (Purpose.OTHER, "Skickat: referenser")
    assert sent.at.value == dt.datetime(2026, 11, 26, 9, 0)
    assert "ångra med Ctrl+Z" in window.statusBar().currentMessage()
    wait_saved(qtbot, window)
    [asked] = [c for c in saved_contacts(demo_copy) if TODO in c]
    assert asked[TODO_DONE] == "2026-11-26"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app = window.session.document.find(APP)
    assert app is not None and [t.what for t in open_todos(app)] == ["referenser"]
    assert "Skickat: referenser" not in [c.note for c in app.contacts]
    assert box.isVisibleTo(window.panel) and len(box.buttons) == 1
    wait_saved(qtbot, window)
    [asked] = [c for c in saved_contacts(demo_copy) if TODO in c]
    assert TODO_DONE not in asked


def test_a_to_do_past_its_date_says_so_and_english_reads_english(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    app = window.session.document.find(APP)
    assert app is not None
    asked = Contact(
        Moment(dt.datetime(2026, 11, 16, 9, 0)),
        purpose=Purpose.REPLY,
        note="A request",
        extra={TODO: "a test", TODO_BY: "2026-11-20"},
    )
    window.events.edit(replace(app, contacts=[*app.contacts, asked]), "test")
    window.select_application(APP)
    [label] = window.panel.todos.labels
    assert label.text() == "To do: send a test (was due Friday 20 November)"


def test_a_read_only_file_shows_the_to_do_without_its_button(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    app = window.session.document.find(APP)
    assert app is not None
    asked = Contact(Moment(dt.datetime(2026, 11, 20, 9, 0)), extra={TODO: "references"})
    window.events.edit(replace(app, contacts=[*app.contacts, asked]), "test")
    window.select_application(APP)
    window.page.set_read_only(True)
    box = window.panel.todos
    assert box.isVisibleTo(window.panel)
    assert box.labels[0].text() == "To do: send references"
    assert not box.buttons[0].isVisibleTo(window.panel)
    window.page.set_read_only(False)
    assert box.buttons[0].isVisibleTo(window.panel)
