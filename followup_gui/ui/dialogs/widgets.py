"""Small reusable widgets: dates that may be empty, combos over enums."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QTimeEdit,
    QWidget,
)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, in ISO order so no locale can confuse it."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def time_edit(moment: dt.time | None = None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    value = moment or dt.time(10, 0)
    edit.setTime(QTime(value.hour, value.minute))
    return edit


class OptionalDateEdit(QWidget):
    """A check box that says whether there is a date, and the date beside it."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = date_edit()
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
