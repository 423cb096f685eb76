"""Date and time fields that take what a person types, and say what they understood.

Every date field of the app is a :class:`DateEdit`: a line where ``2026-12-09``,
``20261209``, ``9/12``, ``9 dec`` or ``9 december 2026`` can be typed after a click, after
Ctrl+A, with the mouse anywhere (:func:`followup_gui.reading.typed_dates.read_typed_date`
reads it), the day it understood written out beside it ("onsdag 9 december 2026"), and a
calendar button. What it cannot read turns the field red with a message beside it (and in its
accessible description); the field keeps its last good date, and :func:`unreadable_fields`
lets a dialog refuse to save while one is red: never a silent different date.
Up/Down move a day, Page Up/Down a month, Alt+Down or F4 opens the calendar. The wheel never
changes a date (it scrolls the form). :class:`TimeEdit` is the same for times of day.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...i18n import format_date
from ..colours import set_style
from ..store_error_text import ui_lang

_BAD = "QLineEdit { border: 2px solid $invalid_border; border-radius: 3px; padding: 1px 2px; }"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _label_of(field: QWidget) -> str:
    """The text of the label whose buddy the field is (a form row's label), without its
    mnemonic ampersand and colon; "" when it has none."""
    for label in field.window().findChildren(QLabel):
        if label.buddy() is field:
            text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            return text.strip().rstrip(":").strip()
    return ""


class _TypedField(QWidget):
    """A line to type in, what was understood beside it, and the red state for what was not."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setObjectName("typedField")
        self.understood = QLabel()
        self.understood.setTextFormat(Qt.TextFormat.PlainText)
        self.understood.setObjectName("understood")
        # it takes the room left beside the field and wraps there, so a long message never
        # widens a form (1366×768 at 150 %)
        self.understood.setWordWrap(True)
        self.understood.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.understood.setMinimumWidth(self.understood.fontMetrics().horizontalAdvance("W" * 8))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.line)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._valid = True
        self.line.textEdited.connect(self._read_typed)
        self.line.editingFinished.connect(self._tidy)
        self.line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Coming into the field (a click anywhere in it, Tab) selects all of it, so what is
        typed replaces the date instead of landing in the middle of it; a second click
        places the cursor."""
        if watched is self.line and isinstance(event, QFocusEvent) and event.gotFocus():
            if event.reason() == Qt.FocusReason.MouseFocusReason:
                QTimer.singleShot(0, self._select_all)  # after the click placed the cursor
            else:
                self.line.selectAll()
        return super().eventFilter(watched, event)

    def _select_all(self) -> None:
        if self.line.hasFocus():
            self.line.selectAll()

    # -- what a screen reader hears: the typed line is the control it meets, so it carries
    # the name given to the field, or else the text of the label the form put beside it
    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.line.accessibleName():
            self.line.setAccessibleName(self.accessibleName() or _label_of(self))
        super().showEvent(event)

    # -- for subclasses
    def _read_typed(self, text: str) -> None:
        raise NotImplementedError

    def _tidy(self) -> None:
        raise NotImplementedError

    # -- state
    def is_valid(self) -> bool:
        """Whether the text is a date (time) the field can use; a disabled field always is."""
        return self._valid or not self.isEnabled()

    def text(self) -> str:
        return self.line.text()

    def _set_valid(self, valid: bool, message: str) -> None:
        set_style(self.line, "" if valid else _BAD)
        set_style(self.understood, "" if valid else "color: $error_text;")
        self.understood.setText(message)
        self.line.setAccessibleDescription(message)
        self.line.setToolTip("" if valid else message)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def setEnabled(self, enabled: bool) -> None:
        super().setEnabled(enabled)
        self.understood.setVisible(enabled)
        self.validity_changed.emit(self.is_valid())


class DateEdit(_TypedField):
    """A date field (see the module's text); ``date()``/``setDate()`` as on a QDateEdit."""

    dateChanged = Signal(QDate)  # noqa: N815 - the QDateEdit name its callers use

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = day or dt.date.today()
        self._maximum: dt.date | None = None
        self._minimum: dt.date | None = None
        self.reference: dt.date | None = None
        """The day "today" means, and a year-less date is read near (the app's clock)."""
        self.line.setPlaceholderText("2026-12-09")
        width = self.line.fontMetrics().horizontalAdvance("2026-12-099") + 12
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(width + 60)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the line
        self.button.setAccessibleName(self.tr("Choose in a calendar"))
        self.button.setToolTip(self.tr("Choose in a calendar (Alt+Down)"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar = QCalendarWidget()
        self._calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self._calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
        )
        self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(lambda: self._calendar.setSelectedDate(_qdate(self._day)))
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        self._menu = menu
        self.button.setMenu(menu)
        self._layout.addWidget(self.button)
        self._layout.addWidget(self.understood, 1)
        self._show(self._day)

    # -- QDateEdit's API, as the dialogs use it
    def date(self) -> QDate:
        """The field's date: the last one it could read (see :meth:`is_valid`)."""
        return _qdate(self._day)

    def value(self) -> dt.date:
        return self._day

    def setDate(self, day: QDate) -> None:
        self._change(_pydate(day))
        self._show(self._day)

    def setMaximumDate(self, day: QDate) -> None:
        self._maximum = _pydate(day)
        self._calendar.setMaximumDate(day)

    def setMinimumDate(self, day: QDate) -> None:
        self._minimum = _pydate(day)
        self._calendar.setMinimumDate(day)

    def calendarWidget(self) -> QCalendarWidget:
        return self._calendar

    def open_calendar(self) -> None:
        self.button.showMenu()

    # -- reading
    def _show(self, day: dt.date) -> None:
        with QSignalBlocker(self.line):
            self.line.setText(day.isoformat())
        self._set_valid(True, format_date(day, ui_lang()))

    def _change(self, day: dt.date) -> None:
        if day != self._day:
            self._day = day
            self.dateChanged.emit(_qdate(day))

    def _read_typed(self, text: str) -> None:
        from ...reading.typed_dates import read_typed_date  # dateutil only once a date is typed

        lang = ui_lang()
        typed = read_typed_date(text, self.reference or dt.date.today())
        if typed is None:
            self._set_valid(
                False,
                self.tr("Cannot read this as a date. Type e.g. 2026-12-09, 9/12 or 9 dec."),
            )
            return
        day = typed.day
        if self._maximum is not None and day > self._maximum:
            self._set_valid(
                False, self.tr("%1 has not come yet.").replace("%1", format_date(day, lang))
            )
            return
        if self._minimum is not None and day < self._minimum:
            self._set_valid(
                False, self.tr("%1 is too early.").replace("%1", format_date(day, lang))
            )
            return
        words = format_date(day, lang)
        if typed.year_guessed:
            words = self.tr("%1 (year guessed)").replace("%1", words)
        self._set_valid(True, words)
        self._change(day)

    def _tidy(self) -> None:
        """On leaving the field a readable date is written the one way (2026-12-09); an
        unreadable one stays as typed and red, for the user to correct."""
        if self._valid:
            with QSignalBlocker(self.line):
                self.line.setText(self._day.isoformat())

    def _picked(self, day: QDate) -> None:
        self._change(_pydate(day))
        self._show(self._day)
        self._menu.close()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    def _step(self, days: int = 0, months: int = 0) -> None:
        from ...reading.typed_dates import add_months

        moved = add_months(self._day, months) if months else self._day
        try:
            moved = None if moved is None else moved + dt.timedelta(days=days)
        except OverflowError:
            moved = None
        if moved is None:
            return
        if self._maximum is not None and moved > self._maximum:
            return
        if self._minimum is not None and moved < self._minimum:
            return
        self._change(moved)
        self._show(moved)
        self.line.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key, mods = event.key(), event.modifiers()
            alt = mods & Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_calendar()
                return True
            if not alt and self._valid:
                steps = {
                    Qt.Key.Key_Up: (1, 0),
                    Qt.Key.Key_Down: (-1, 0),
                    Qt.Key.Key_PageUp: (0, 1),
                    Qt.Key.Key_PageDown: (0, -1),
                }
                if key in steps:
                    self._step(*steps[Qt.Key(key)])
                    return True
        return super().eventFilter(watched, event)


class TimeEdit(_TypedField):
    """A time field: ``14:30``, ``14.30``, ``1430``, ``kl 14`` or ``2 pm``; ``time()`` /
    ``setTime()`` as on a QTimeEdit."""

    timeChanged = Signal(QTime)  # noqa: N815

    def __init__(self, moment: dt.time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = moment.replace(second=0, microsecond=0)
        self.line.setPlaceholderText("14:30")
        width = self.line.fontMetrics().horizontalAdvance("14:30 WW") + 16
        self.line.setMaximumWidth(width + 40)
        self.line.setMinimumWidth(width)
        self._layout.addWidget(self.understood, 1)
        self._show()

    def time(self) -> QTime:
        return QTime(self._time.hour, self._time.minute)

    def setTime(self, moment: QTime) -> None:
        self._change(dt.time(moment.hour(), moment.minute()))
        self._show()

    def _show(self) -> None:
        with QSignalBlocker(self.line):
            self.line.setText(self._time.strftime("%H:%M"))
        self._set_valid(True, "")

    def _change(self, moment: dt.time) -> None:
        if moment != self._time:
            self._time = moment
            self.timeChanged.emit(self.time())

    def _read_typed(self, text: str) -> None:
        from ...reading.typed_dates import read_typed_time

        moment = read_typed_time(text)
        if moment is None:
            self._set_valid(False, self.tr("Cannot read this as a time. Type e.g. 14:30."))
            return
        self._set_valid(
            True, "" if text.strip() == moment.strftime("%H:%M") else moment.strftime("%H:%M")
        )
        self._change(moment)

    def _tidy(self) -> None:
        if self._valid:
            self._show()


def unreadable_fields(root: QWidget) -> list[_TypedField]:
    """The enabled, visible date and time fields under ``root`` whose text cannot be read."""
    return [
        field
        for field in root.findChildren(_TypedField)
        if field.isEnabled() and field.isVisibleTo(root) and not field.is_valid()
    ]


def dates_readable(root: QWidget) -> bool:
    """Whether every date and time field in ``root`` can be read; when one cannot, it gets
    the focus (its message is beside it) and the dialog must not save."""
    bad = unreadable_fields(root)
    if bad:
        bad[0].line.setFocus(Qt.FocusReason.OtherFocusReason)
        bad[0].line.selectAll()
    return not bad
