"""Issue 23.2: every Tab stop is a visible control, in reading order (no hidden scroll area
swallows what the user types), and the phone script keeps the focus on its last page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from followup_gui.model import Channel
from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.followup.phone_script_pages import AFTER_PAGE

from .conftest import DEMO_NOW, close_unasked
from .test_follow_up_dialog import DialogFactory, demo, make_dialog  # noqa: F401 - fixtures

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView)


def tab_stops(qtbot: QtBot, start: QWidget, count: int = 60) -> list[QWidget]:
    """Where Tab takes the focus from ``start``, as a keyboard user presses it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    stops = []
    for _ in range(count):
        focused = QApplication.focusWidget()
        assert focused is not None, "the focus went nowhere"
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, f"the focus went nowhere after {type(focused).__name__}"
        if now is start:
            break
        stops.append(now)
    return stops


def assert_visible_controls(stops: list[QWidget]) -> None:
    for widget in stops:
        kind = type(widget).__name__
        assert widget.isVisible(), f"an invisible Tab stop: {kind} {widget.objectName()!r}"
        assert isinstance(widget, CONTROLS) or not isinstance(widget, QAbstractScrollArea), (
            f"a Tab stop on a bare scroll area: {kind} {widget.objectName()!r}"
        )


def test_keyboard_entry_of_a_new_application_reaches_the_title_next(qtbot: QtBot) -> None:
    """The user's steps: the link, then Tab – the next field to type in is the job title."""
    dialog = ApplicationDialog(None, lang="sv", today=DEMO_NOW.date())
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    stops = tab_stops(qtbot, dialog.url_edit)
    assert_visible_controls(stops)
    typed_into = [w for w in stops if isinstance(w, (QLineEdit, QPlainTextEdit))]
    assert typed_into[0] is dialog.title_edit
    assert typed_into[1] is dialog.company_edit
    dialog.url_edit.setFocus()
    qtbot.waitUntil(dialog.url_edit.hasFocus)
    while not dialog.title_edit.hasFocus():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.title_edit, "Butikssaljare")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Kafferosteriet")
    assert dialog.title_edit.text() == "Butikssaljare"
    assert dialog.company_edit.text() == "Kafferosteriet"


def test_the_phone_script_has_no_hidden_stop_and_keeps_the_focus_on_its_last_page(
    make_dialog: DialogFactory,  # noqa: F811
    qtbot: QtBot,
) -> None:
    dialog = make_dialog("demo-kaffeservice")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    if dialog.channel() is not Channel.PHONE:
        dialog.set_channel(Channel.PHONE)
    phone = dialog.phone
    assert_visible_controls(tab_stops(qtbot, phone.next_button))
    phone.next_button.setFocus()
    qtbot.waitUntil(phone.next_button.hasFocus)
    while phone.page() < AFTER_PAGE:
        qtbot.keyClick(phone.next_button, Qt.Key.Key_Space)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible(), "the focus is lost on the last page"
    page = phone.pages.currentWidget()
    assert page is not None and page.isAncestorOf(focused)
