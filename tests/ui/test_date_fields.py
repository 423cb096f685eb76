"""Issue 23.1: every date (and time) field takes what a person types, shows what it
understood, and refuses visibly what it cannot read – never a silent different date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from followup_gui.model import Activity, ActivityKind
from followup_gui.ui.colours import hex_of
from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.date_field import DateEdit, TimeEdit
from followup_gui.ui.dialogs.event_dialogs import ContactDialog, InterviewDialog, OtherOfferDialog
from followup_gui.ui.report.activity_dialog import ActivityDialog

from .conftest import DEMO_NOW, close_unasked
from .languages import UiLanguage

TODAY = DEMO_NOW.date()  # Thursday 26 November 2026


def dialog_shown(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def click_into(qtbot: QtBot, field: DateEdit | TimeEdit, x: int) -> None:
    """A click somewhere in the field's text, as a user does; coming into the field selects
    all of it (after the click), so wait for that as a user's next key would."""
    had_focus = field.line.hasFocus()
    qtbot.mouseClick(field.line, Qt.MouseButton.LeftButton, pos=QPoint(x, field.line.height() // 2))
    qtbot.waitUntil(field.line.hasFocus)
    if not had_focus:
        qtbot.waitUntil(lambda: field.line.selectedText() == field.line.text())


def retype(qtbot: QtBot, field: DateEdit | TimeEdit, text: str, *, select_all: bool = True) -> None:
    if select_all:
        qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.line, text)


def application_dialog(qtbot: QtBot) -> ApplicationDialog:
    dialog = ApplicationDialog(None, lang="sv", today=TODAY)
    dialog_shown(qtbot, dialog)
    dialog.title_edit.setText("Butikssäljare")
    dialog.company_edit.setText("Kafferosteriet")
    return dialog


@pytest.mark.parametrize("x", [3, 30, 60])
def test_click_anywhere_ctrl_a_and_type_a_deadline(qtbot: QtBot, x: int) -> None:
    """The user's steps: the deadline 2026-03-09, a click into it, Ctrl+A, 2026-12-09."""
    dialog = application_dialog(qtbot)
    dialog.deadline_edit.set_value(dt.date(2026, 3, 9))
    field = dialog.deadline_edit.edit
    click_into(qtbot, field, x)
    retype(qtbot, field, "2026-12-09")
    assert dialog.deadline_edit.value() == dt.date(2026, 12, 9)
    assert field.understood.text() == "Wednesday 9 December 2026"
    assert dialog.application().deadline == dt.date(2026, 12, 9)


def test_a_click_alone_then_typing_replaces_the_date(qtbot: QtBot) -> None:
    dialog = application_dialog(qtbot)
    field = dialog.applied_edit
    click_into(qtbot, field, 40)
    retype(qtbot, field, "20250930", select_all=False)
    assert dialog.application().applied_on == dt.date(2025, 9, 30)


@pytest.mark.parametrize(
    ("typed", "understood"),
    [
        ("2026-12-09", "Wednesday 9 December 2026"),
        ("20261209", "Wednesday 9 December 2026"),
        ("9/12", "Wednesday 9 December 2026 (year guessed)"),
        ("9 dec", "Wednesday 9 December 2026 (year guessed)"),
        ("9 december 2026", "Wednesday 9 December 2026"),
        ("9 December 2026", "Wednesday 9 December 2026"),
    ],
)
def test_each_way_of_writing_a_date_is_understood_and_shown(
    qtbot: QtBot, typed: str, understood: str
) -> None:
    dialog = application_dialog(qtbot)
    dialog.deadline_edit.check.setChecked(True)
    field = dialog.deadline_edit.edit
    click_into(qtbot, field, 10)
    retype(qtbot, field, typed)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert dialog.deadline_edit.value() == dt.date(2026, 12, 9)
    assert field.understood.text() == understood
    assert field.line.text() == "2026-12-09", "on leaving, the date is written the one way"


def test_what_cannot_be_read_is_refused_visibly_and_nothing_is_saved(qtbot: QtBot) -> None:
    dialog = application_dialog(qtbot)
    dialog.deadline_edit.set_value(dt.date(2026, 12, 4))
    field = dialog.deadline_edit.edit
    click_into(qtbot, field, 10)
    retype(qtbot, field, "31/2")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert not field.is_valid()
    assert field.line.text() == "31/2", "the typed text stays for the user to correct"
    assert "Cannot read" in field.understood.text()
    assert field.understood.isVisible()
    assert "Cannot read" in field.line.accessibleDescription()
    assert hex_of("invalid_border") in field.line.styleSheet()  # a red edge (light or dark)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.deadline_edit.value() == dt.date(2026, 12, 4), "never a different date"
    click_into(qtbot, field, 10)
    retype(qtbot, field, "28/2 2027")
    assert field.is_valid() and save.isEnabled()


def test_arrow_keys_step_a_day_and_page_keys_a_month(qtbot: QtBot) -> None:
    dialog = application_dialog(qtbot)
    field = dialog.applied_edit
    field.setDate(field.date().__class__(2027, 1, 31))
    click_into(qtbot, field, 10)
    qtbot.keyClick(field.line, Qt.Key.Key_PageUp)
    assert field.value() == dt.date(2027, 2, 28)
    qtbot.keyClick(field.line, Qt.Key.Key_Down)
    assert field.value() == dt.date(2027, 2, 27)


def test_interview_dialog_date_and_time_are_typed(qtbot: QtBot) -> None:
    dialog = InterviewDialog(None, now=DEMO_NOW)
    dialog_shown(qtbot, dialog)
    click_into(qtbot, dialog.day, 20)
    retype(qtbot, dialog.day, "3 dec")
    dialog.has_time.setChecked(True)
    assert isinstance(dialog.time, TimeEdit)
    click_into(qtbot, dialog.time, 20)
    retype(qtbot, dialog.time, "1430")
    interview = dialog.interview()
    assert interview.at.value == dt.datetime(2026, 12, 3, 14, 30)
    click_into(qtbot, dialog.time, 20)
    retype(qtbot, dialog.time, "25:00")
    assert not dialog.time.is_valid()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible(), "an unreadable time is not saved"
    assert dialog.time.line.hasFocus()


def test_contact_and_offer_and_activity_dialogs_take_typed_dates(qtbot: QtBot) -> None:
    contact = ContactDialog(None, now=DEMO_NOW, lang="sv")
    dialog_shown(qtbot, contact)
    click_into(qtbot, contact.day, 5)
    retype(qtbot, contact.day, "24 november 2026")
    assert contact.contact().at.date == dt.date(2026, 11, 24)

    offer = OtherOfferDialog(None, today=TODAY)
    dialog_shown(qtbot, offer)
    click_into(qtbot, offer.respond_by, 5)
    retype(qtbot, offer.respond_by, "nonsense")
    assert not offer.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    retype(qtbot, offer.respond_by, "2026-12-01")
    assert offer.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert offer.offer().respond_by == dt.date(2026, 12, 1)

    activity = ActivityDialog(Activity(id="a", on=TODAY, kind=ActivityKind.CV_UPDATED), today=TODAY)
    dialog_shown(qtbot, activity)
    click_into(qtbot, activity.day, 5)
    retype(qtbot, activity.day, "20261102")
    assert activity.activity().on == dt.date(2026, 11, 2)


def test_the_wheel_never_changes_a_date(qtbot: QtBot) -> None:
    dialog = application_dialog(qtbot)
    field = dialog.applied_edit
    before = field.value()
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    for target in (field.line, field.button):
        event = QWheelEvent(
            QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, 120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(target, event)
    assert field.value() == before


def test_in_swedish_the_field_says_what_it_understood_in_swedish(
    qtbot: QtBot, ui_language: UiLanguage
) -> None:
    ui_language.switch("sv")
    dialog = application_dialog(qtbot)
    dialog.deadline_edit.check.setChecked(True)
    field = dialog.deadline_edit.edit
    click_into(qtbot, field, 10)
    retype(qtbot, field, "9 dec")
    assert field.understood.text() == "onsdag 9 december 2026 (året gissat)"
    retype(qtbot, field, "9 dex")
    assert field.understood.text().startswith("Kan inte läsa det som ett datum")


def wheel(target: QWidget) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    event = QWheelEvent(
        QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(target, event)


def test_scrolling_the_form_over_a_drop_down_does_not_change_it(qtbot: QtBot) -> None:
    """Issue 23.5: "Typ av roll" went Annat → Ledarskap while the user scrolled the form."""
    dialog = application_dialog(qtbot)
    dialog.title_edit.setFocus()
    qtbot.waitUntil(dialog.title_edit.hasFocus)
    combos = [c for c in dialog.findChildren(QComboBox) if c.isVisible()]
    assert combos
    before = [c.currentIndex() for c in combos]
    for combo in combos:
        wheel(combo)
    assert [c.currentIndex() for c in combos] == before
    # once the user has chosen to be in it (a click or Tab), the wheel does change it
    role = dialog.role_combo
    role.setFocus()
    qtbot.waitUntil(role.hasFocus)
    index = role.currentIndex()
    wheel(role)
    assert role.currentIndex() != index
