"""Small dialogs for what happens after applying: interviews, contacts, another offer.

Each returns a new record (or None when cancelled); the caller turns it into an undoable
change of the application.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang
from ...model import Channel, Contact, Interview, Moment, OtherOffer, Purpose
from ...rules.reasons import channel_name
from ..colours import set_style
from .widgets import EnumCombo, OptionalDateEdit, date_edit, from_qdate, time_edit, to_qdate


def _moment_of(day: dt.date, time: dt.time | None) -> Moment:
    return Moment.of_date(day) if time is None else Moment(dt.datetime.combine(day, time))


class _FormDialog(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)  # it names the job
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        set_style(self.error, "color: $error_text;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        """Nothing is saved while a date or time cannot be read (it is red, and says why)."""
        from .date_field import dates_readable

        if dates_readable(self):
            super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        """The keyboard starts in the first field, not on OK (made before the fields)."""
        item = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole) if self.form.rowCount() else None
        first = item.widget() if item is not None else None
        if first is not None and self.focusWidget() in (None, *self.buttons.buttons()):
            first.setFocus(Qt.FocusReason.TabFocusReason)
        super().showEvent(event)


class InterviewDialog(_FormDialog):
    def __init__(
        self, interview: Interview | None, *, now: dt.datetime, parent: QWidget | None = None
    ):
        super().__init__(
            self.tr("Interview"),
            self.tr(
                "When is (or was) the interview? If they said when you will hear from them, "
                "enter that too: the follow-up waits for it."
            ),
            parent,
        )
        self.original = interview
        at = interview.at if interview else Moment(now.replace(hour=10, minute=0))
        self.day = date_edit(at.date)
        self.has_time = QCheckBox(self.tr("at"))
        self.time = time_edit(at.value.time() if not at.date_only else None)
        self.time.setAccessibleName(self.tr("Time"))
        self.has_time.setChecked(not at.date_only)
        self.has_time.toggled.connect(self.time.setEnabled)
        self.time.setEnabled(not at.date_only)
        self.promised = OptionalDateEdit(self.tr("they promised a reply by"))
        self.promised.set_value(interview.promised_reply_by if interview else None)
        self.form.addRow(self.tr("Date:"), self.day)
        self.form.addRow(self.has_time, self.time)
        self.form.addRow(self.tr("Reply:"), self.promised)

    def interview(self) -> Interview:
        day = from_qdate(self.day.date())
        time = self.time.time()
        moment = _moment_of(
            day, dt.time(time.hour(), time.minute()) if self.has_time.isChecked() else None
        )
        extra = dict(self.original.extra) if self.original else {}
        return Interview(at=moment, promised_reply_by=self.promised.value(), extra=extra)


class ContactDialog(_FormDialog):
    def __init__(
        self,
        contact: Contact | None,
        *,
        now: dt.datetime,
        lang: Lang,
        purpose: Purpose = Purpose.FOLLOW_UP,
        channel: Channel = Channel.EMAIL,
        parent: QWidget | None = None,
    ):
        super().__init__(
            self.tr("Log contact"),
            self.tr(
                "Log a call you made, a mail you sent or an answer you got, so the advice "
                "knows about it."
            ),
            parent,
        )
        self.original = contact
        at = contact.at.value if contact else now
        self.day = date_edit(at.date())
        self.time = time_edit(at.time())
        self.channel = EnumCombo((c, channel_name(c, lang).capitalize()) for c in Channel)
        self.channel.set_value(contact.channel if contact else channel)
        self.purpose = EnumCombo(
            [
                (Purpose.FOLLOW_UP, self.tr("Follow-up of the application")),
                (Purpose.THANK_YOU, self.tr("Thank-you after an interview")),
                (Purpose.OTHER_OFFER, self.tr("About another offer")),
                (Purpose.REPLY, self.tr("Reply from the employer")),
                (Purpose.OTHER, self.tr("Something else")),
            ]
        )
        self.purpose.set_value(contact.purpose if contact else purpose)
        self.note = QLineEdit(contact.note if contact else "")
        self.note.setPlaceholderText(self.tr("What was said, e.g. their timeline"))
        self.form.addRow(self.tr("Date:"), self.day)
        self.form.addRow(self.tr("Time:"), self.time)
        self.form.addRow(self.tr("Channel:"), self.channel)
        self.form.addRow(self.tr("About:"), self.purpose)
        self.form.addRow(self.tr("Note:"), self.note)

    def contact(self) -> Contact:
        day = from_qdate(self.day.date())
        time = self.time.time()
        extra = dict(self.original.extra) if self.original else {}
        return Contact(
            at=Moment(dt.datetime.combine(day, dt.time(time.hour(), time.minute()))),
            channel=Channel(self.channel.value()),
            purpose=Purpose(self.purpose.value()),
            note=self.note.text().strip(),
            extra=extra,
        )


class OtherOfferDialog(_FormDialog):
    def __init__(self, offer: OtherOffer | None, *, today: dt.date, parent: QWidget | None = None):
        super().__init__(
            self.tr("Another offer"),
            self.tr(
                "A concrete offer from another employer that you must answer by a date is "
                "the one good reason to get in touch early."
            ),
            parent,
        )
        self.original = offer
        self.noted = date_edit(offer.noted_on if offer else today)
        self.respond_by = date_edit(offer.respond_by if offer else today + dt.timedelta(days=7))
        self.form.addRow(self.tr("Offer received:"), self.noted)
        self.form.addRow(self.tr("Must answer by:"), self.respond_by)
        for field in (self.noted, self.respond_by):
            field.dateChanged.connect(self._validate)
            field.validity_changed.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        ok = self.respond_by.date() >= self.noted.date()
        self.error.setText(self.tr("The answer date cannot be before the day you got the offer."))
        self.error.setVisible(not ok)
        readable = self.noted.is_valid() and self.respond_by.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok and readable)
        return ok and readable

    def offer(self) -> OtherOffer:
        extra = dict(self.original.extra) if self.original else {}
        return OtherOffer(
            noted_on=from_qdate(self.noted.date()),
            respond_by=from_qdate(self.respond_by.date()),
            extra=extra,
        )

    def set_dates(self, noted: dt.date, respond_by: dt.date) -> None:
        self.noted.setDate(to_qdate(noted))
        self.respond_by.setDate(to_qdate(respond_by))
