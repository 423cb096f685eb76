"""Small reusable widgets: dates that may be empty, combos over enums."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from .date_field import DateEdit, TimeEdit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date | None = None) -> DateEdit:
    """A date field that takes what a person types and shows what it understood
    (:mod:`.date_field`); the calendar button shows week numbers, Monday first."""
    from .date_field import DateEdit

    return DateEdit(day or dt.date.today())


def error_label() -> QLabel:
    """A red line under a field, hidden until there is something to say."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    from ..colours import set_style

    set_style(label, "color: $error_text;")
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


def time_edit(moment: dt.time | None = None) -> TimeEdit:
    """A time field that takes 14:30, 14.30, 1430 or "kl 14" (:mod:`.date_field`)."""
    from .date_field import TimeEdit

    return TimeEdit(moment or dt.time(10, 0))


class OptionalDateEdit(QWidget):
    """A check box that says whether there is a date, and the date beside it (named
    ``date_name`` for a screen reader, or as the check box is)."""

    changed = Signal()

    def __init__(self, label: str, date_name: str = "", parent: QWidget | None = None) -> None:
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


class FormCombo(QComboBox):
    """A combo box in a form that scrolls: the mouse wheel changes it only once it has the
    focus (a click or Tab), so scrolling past it never picks another item (issue 23.5)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give it focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the form around it scrolls instead


class EnumCombo(FormCombo):
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
