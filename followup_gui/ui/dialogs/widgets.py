"""Small reusable widgets: dates that may be empty, combos over enums."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


_SECTION_DIGITS = {
    QDateTimeEdit.Section.YearSection: 4,
    QDateTimeEdit.Section.MonthSection: 2,
    QDateTimeEdit.Section.DaySection: 2,
}
_NEXT_SECTION = {
    QDateTimeEdit.Section.YearSection: QDateTimeEdit.Section.MonthSection,
    QDateTimeEdit.Section.MonthSection: QDateTimeEdit.Section.DaySection,
}


class DateEdit(QDateEdit):
    """Typing 20261205 gives 2026-12-05: the year is selected when the field gets focus,
    and a full section moves on to the next (Qt waits for a "-" otherwise, issue 18.4)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)

    _typed: tuple[QDateTimeEdit.Section, int] | None = None  # section, digits typed in it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        section = self.currentSection()
        super().keyPressEvent(event)
        if not event.text().isdigit() or section not in _SECTION_DIGITS:
            self._typed = None
            return
        typed = self._typed[1] + 1 if self._typed and self._typed[0] == section else 1
        self._typed = (section, typed)
        if typed >= _SECTION_DIGITS[section] and section in _NEXT_SECTION:
            self.setSelectedSection(_NEXT_SECTION[section])


def date_edit(day: dt.date | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, in ISO order so no locale can confuse it;
    the calendar shows week numbers and the days' short names, Monday first."""
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day or dt.date.today()))
    calendar = edit.calendarWidget()
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


def error_label() -> QLabel:
    """A red line under a field, hidden until there is something to say."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #C0392B;")
    label.setWordWrap(True)
    label.hide()
    return label


def may_discard(dialog: QWidget) -> bool:
    """Ask before what the user entered in ``dialog`` is thrown away."""
    from .. import plain_text

    buttons = QMessageBox.StandardButton
    answer = plain_text.question(
        dialog,
        QCoreApplication.translate("ApplicationDialog", "Close without saving?"),
        QCoreApplication.translate(
            "ApplicationDialog", "What you entered here is not saved. Close and lose it?"
        ),
        buttons.Discard | buttons.Cancel,
        buttons.Cancel,
    )
    return answer == buttons.Discard


def form_state(form: QWidget) -> tuple[object, ...]:
    """Everything the user can enter in ``form``, to tell whether it was edited."""
    state: list[object] = []
    for child in form.findChildren(QWidget):
        if isinstance(child, QLineEdit):
            state.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            state.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            state.append(child.currentIndex())
        elif isinstance(child, QAbstractButton) and child.isCheckable():
            state.append(child.isChecked())
    return tuple(state)


def time_edit(moment: dt.time | None = None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    value = moment or dt.time(10, 0)
    edit.setTime(QTime(value.hour, value.minute))
    return edit


class OptionalDateEdit(QWidget):
    """A check box that says whether there is a date, and the date beside it (named
    ``date_name`` for a screen reader, or as the check box is)."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None, *, date_name: str = "") -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = date_edit()
        self.edit.setAccessibleName(date_name or label.replace("&", ""))
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))


class EnumCombo(QComboBox):
    """A combo box whose items are an enum's members, shown with given labels."""

    def __init__(self, items: Iterable[tuple[StrEnum, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for member, label in items:
            self.addItem(label, member.value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, member: StrEnum | str) -> None:
        index = self.findData(str(member))
        if index >= 0:
            self.setCurrentIndex(index)
