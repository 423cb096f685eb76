"""Issue 18.4: the keyboard never traps the user."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget
from pytestqt.qtbot import QtBot

from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.widgets import date_edit

from ..conftest import DEMO_COUNT
from .conftest import DEMO_NOW, WindowFactory, close_unasked


def test_typing_digits_into_a_date_field(qtbot: QtBot) -> None:
    edit = date_edit(dt.date(2026, 11, 26))
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.line.hasFocus)
    qtbot.keyClicks(edit.line, "20261205")
    assert edit.date().toPython() == dt.date(2026, 12, 5)
    calendar = edit.calendarWidget()
    assert calendar.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    assert calendar.horizontalHeaderFormat() == QCalendarWidget.HorizontalHeaderFormat.ShortDayNames


def test_tab_leaves_the_list_and_reaches_the_panel_buttons(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    table = window.page.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    panel_buttons = {window.panel.follow_up_button, window.panel.log_button}
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] in panel_buttons:
            break
    assert reached[0] is not table, "Tab moves out of the list, not to the next cell"
    assert reached[-1] in panel_buttons


def test_escape_clears_the_search(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    search = window.page.filter_edit
    search.setFocus()
    qtbot.keyClicks(search, "kaffe")
    assert window.proxy.rowCount() < DEMO_COUNT
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert window.proxy.rowCount() == DEMO_COUNT


def test_tab_in_the_ad_and_the_notes_moves_on(qtbot: QtBot) -> None:
    dialog = ApplicationDialog(None, lang="sv", today=DEMO_NOW.date())
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    for box in (dialog.ad_text, dialog.notes_edit):
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert "\t" not in box.toPlainText()
        assert not box.hasFocus()
