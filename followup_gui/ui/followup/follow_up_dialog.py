"""The "Följ upp…" dialog: the phone script or the email composer, for one application.

The dialog opens on the channel the verdict recommends and says why; picking the other
channel spells out what that trades away (the guide's comparison). The kind of message
follows the verdict and can be changed. The dialog logs nothing itself: once the user
confirms a call happened or a mail was sent, :meth:`FollowUpDialog.result_contact` holds
the contact and :meth:`FollowUpDialog.result_application` any date learnt on the phone;
the main window turns both into one undoable change.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang
from ...model import Application, Channel, Contact, Moment, Profile, Purpose
from ...rules.advice import DUE_ACTIONS, Action, Verdict
from ...rules.headline import headline
from ...rules.reasons import CHANNEL_RULES, channel_name
from ...writing.channels import channel_tradeoffs
from ...writing.spelling import Speller
from .. import plain_text, screen_fit
from ..colours import set_style
from ..flow_layout import FlowLayout
from .comparison import ComparisonDialog, ComparisonTable, compact_for
from .email_composer import EmailComposer
from .phone_script_pages import PhoneScriptPages, bullets

KIND_PURPOSE: Final[dict[str, Purpose]] = {
    "application_follow_up": Purpose.FOLLOW_UP,
    "interview_follow_up": Purpose.FOLLOW_UP,
    "thank_you": Purpose.THANK_YOU,
    "other_offer": Purpose.OTHER_OFFER,
}
TRADEOFF_STYLE: Final = (
    "#tradeoffs { background: palette(alternate-base); border-left: 4px solid $tradeoff_edge;"
    " padding: 6px 10px; }"
)
NOT_NOW_STYLE: Final = '#headline[notNow="true"] { color: $warning_text; }'


def kind_for(app: Application, verdict: Verdict, now: dt.datetime) -> str:
    """The kind of message the verdict calls for (RULES.md, order of evaluation)."""
    if verdict.action is Action.THANK_YOU:
        return "thank_you"
    if verdict.action is Action.OTHER_OFFER:
        return "other_offer"
    held = any(interview.at.value <= now for interview in app.interviews)
    return "interview_follow_up" if held else "application_follow_up"


class FollowUpDialog(QDialog):
    """Phone script or email composer; see the module docstring for the seam."""

    def __init__(
        self,
        app: Application,
        verdict: Verdict,
        profile: Profile,
        *,
        lang: Lang,
        now: dt.datetime,
        clock: Callable[[], dt.datetime] | None = None,
        speller: Speller | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.verdict = verdict
        self.profile = profile
        self.lang = lang
        self.now = now
        self._clock = clock
        self._calling_confirmed = False
        self.compact = False  # a short dialog: the comparison on one line (see resizeEvent)
        self.comparison_dialog: ComparisonDialog | None = None
        self.recommended: Channel | None = verdict.channel
        self._contact: Contact | None = None
        self._application: Application | None = None
        kind = kind_for(app, verdict, now)

        self.setWindowTitle(self.tr("Follow up – %1").replace("%1", app.job_title))
        self.setMinimumSize(860, 600)
        screen_fit.resize_within(self, 1080, 760)  # the minimum gives way on a small screen

        title = QLabel(f"{app.job_title} – {app.company}")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)  # large text or a narrow dialog: a second line, not a cut
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        self.headline = QLabel(headline(verdict, now, lang, stage=app.stage))
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setProperty("notNow", verdict.action not in DUE_ACTIONS)
        set_style(self.headline, NOT_NOW_STYLE)

        # channel and kind
        self.channel_group = QButtonGroup(self)
        self.channel_buttons: dict[Channel, QPushButton] = {}
        # wraps onto a second line when the text is large or the dialog narrow (issue 28.4)
        channel_row = FlowLayout()
        how = QLabel(self.tr("How:"))
        how.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        channel_row.addWidget(how)
        for channel, name in (
            (Channel.EMAIL, self.tr("Email")),
            (Channel.PHONE, self.tr("Phone call")),
        ):
            if channel is self.recommended:
                name = self.tr("%1 (recommended)").replace("%1", name)  # noqa: PLW2901
            button = QPushButton(name)
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.channel_group.addButton(button)
            self.channel_buttons[channel] = button
            channel_row.addWidget(button)
            button.toggled.connect(lambda on, c=channel: self._show_channel(c) if on else None)
        self.compare_button = QPushButton(self.tr("Compare email and phone"))
        self.compare_button.setCheckable(True)
        self.compare_button.setAutoDefault(False)
        self.compare_button.clicked.connect(self._compare_clicked)
        channel_row.addWidget(self.compare_button)
        how.setMinimumHeight(self.compare_button.sizeHint().height())  # level with the buttons
        kind_row = QHBoxLayout()  # the label stays with its box when the row wraps
        kind_row.setContentsMargins(12, 0, 0, 0)
        kind_label = QLabel(self.tr("Message:"))
        kind_row.addWidget(kind_label)
        self.kind_combo = QComboBox()
        kind_label.setBuddy(self.kind_combo)  # on Linux a combo box is named by its label
        self.kind_combo.setAccessibleName(self.tr("Message"))
        for value, text in (
            ("application_follow_up", self.tr("Follow-up of the application")),
            ("interview_follow_up", self.tr("Follow-up after the interview")),
            ("thank_you", self.tr("Thank-you after the interview")),
            ("other_offer", self.tr("About another offer")),
        ):
            self.kind_combo.addItem(text, value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        kind_row.addWidget(self.kind_combo)
        kind_box = QWidget()
        kind_box.setLayout(kind_row)
        channel_row.addWidget(kind_box)

        self.why_label = QLabel(self._why_text())
        self.why_label.setWordWrap(True)
        self.why_label.setTextFormat(Qt.TextFormat.RichText)

        self.tradeoffs_box = QFrame()
        self.tradeoffs_box.setObjectName("tradeoffs")
        set_style(self.tradeoffs_box, TRADEOFF_STYLE)
        self.tradeoffs_label = QLabel()
        self.tradeoffs_label.setWordWrap(True)
        self.tradeoffs_label.setTextFormat(Qt.TextFormat.RichText)
        self.tradeoffs_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tradeoffs_label.linkActivated.connect(lambda _link: self.open_comparison())
        self.comparison = ComparisonTable(lang)
        box = QHBoxLayout(self.tradeoffs_box)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(18)
        box.addWidget(self.tradeoffs_label, 1)
        box.addWidget(self.comparison, 1)

        # the two channels
        self.phone = PhoneScriptPages(app, profile, kind=kind, lang=lang, now=now)
        self.composer = EmailComposer(
            app, profile, kind=kind, lang=lang, today=now.date(), speller=speller
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.phone)
        self.stack.addWidget(self.composer)
        self.phone.call_logged.connect(self._log_call)
        self.phone.email_requested.connect(lambda: self.set_channel(Channel.EMAIL))
        self.composer.sent.connect(self._log_mail)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for close in self.buttons.buttons():
            if isinstance(close, QPushButton):
                close.setAutoDefault(False)

        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.headline)
        layout.addSpacing(4)
        layout.addLayout(channel_row)
        layout.addWidget(self.why_label)
        layout.addWidget(self.tradeoffs_box)
        layout.addWidget(separator)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)

        self.set_channel(self.recommended or Channel.EMAIL)

    # ------------------------------------------------------------------ channel

    def channel(self) -> Channel:
        return Channel.PHONE if self.stack.currentWidget() is self.phone else Channel.EMAIL

    def set_channel(self, channel: Channel) -> None:
        button = self.channel_buttons[channel]
        if button.isChecked():
            self._show_channel(channel)
        else:
            button.setChecked(True)  # toggled → _show_channel

    def _show_channel(self, channel: Channel) -> None:
        if channel is Channel.PHONE and not self._calling_allowed():
            self.channel_buttons[Channel.EMAIL].setChecked(True)
            return
        if channel is Channel.EMAIL:
            self.composer.set_skill(self.phone.skill())
            self.stack.setCurrentWidget(self.composer)
            self.composer.subject_edit.setFocus()
        else:
            self.stack.setCurrentWidget(self.phone)
            self.phone.next_button.setFocus()
        for button in self.channel_buttons.values():
            font = button.font()
            font.setBold(button.isChecked())
            button.setFont(font)
        self._update_tradeoffs()

    def _calling_allowed(self) -> bool:
        """The ad asks applicants not to call (the verdict says so): confirm first."""
        asks_not_to = self.app.ad_no_calls or any(
            reason.rule == "ad_no_calls" for reason in self.verdict.reasons
        )
        if not asks_not_to or self._calling_confirmed:
            return True
        buttons = QMessageBox.StandardButton
        answer = plain_text.question(
            self,
            self.tr("The ad asks you not to call"),
            self.tr(
                "The ad asks applicants not to call. A call anyway can count against you; "
                "the guide says to respect what the ad asks and to send an email instead. "
                "Open the call script anyway?"
            ),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        self._calling_confirmed = answer == buttons.Yes
        return self._calling_confirmed

    def _why_text(self) -> str:
        channel = self.recommended
        if channel is None:
            return html.escape(
                self.tr("No channel is recommended right now; email is the safe choice.")
            )
        reasons = [
            r.in_language(self.lang).text for r in self.verdict.reasons if r.rule in CHANNEL_RULES
        ]
        lead = self.tr("Recommended: %1.").replace("%1", channel_name(channel, self.lang))
        return f"<b>{html.escape(lead)}</b> " + html.escape(" ".join(reasons))

    @property
    def switched(self) -> bool:
        """Whether the user picked the channel the verdict does not recommend."""
        return self.recommended is not None and self.channel() is not self.recommended

    def _update_tradeoffs(self) -> None:
        chosen = self.channel()
        switched = self.switched
        lead = self._lead_html()
        if self.compact:  # one line; the rest behind "Compare…"
            more = html.escape(self.tr("Compare…"))
            self.tradeoffs_label.setText(f"{lead} <a href='#compare'>{more}</a>")
        elif switched:
            self.tradeoffs_label.setText(lead + bullets(channel_tradeoffs(chosen, self.lang)))
        self.tradeoffs_label.setVisible(switched)
        self.comparison.setVisible(not self.compact)
        self.comparison.set_chosen(chosen)
        shown = switched or (self.compare_button.isChecked() and not self.compact)
        self.tradeoffs_box.setVisible(shown)

    def _lead_html(self) -> str:
        """What choosing the other channel means, in a sentence (empty when not switched)."""
        if not self.switched or self.recommended is None:
            return ""
        lead = (
            self.tr("You chose %1 instead of the recommended %2. What that means:")
            .replace("%1", channel_name(self.channel(), self.lang))
            .replace("%2", channel_name(self.recommended, self.lang))
        )
        return f"<i>{html.escape(lead)}</i>"

    def _compare_clicked(self, _checked: bool = False) -> None:
        if self.compact:  # no room beside the script: the table opens on its own
            self.compare_button.setChecked(False)
            self.open_comparison()
        else:
            self._update_tradeoffs()

    def open_comparison(self) -> ComparisonDialog:
        """The lead, the pros and cons, and the guide's table in a window of their own."""
        lead = self._lead_html()
        if lead:
            lead += bullets(channel_tradeoffs(self.channel(), self.lang))
        dialog = self.comparison_dialog = ComparisonDialog(
            self.lang, self.channel(), lead, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = compact_for(self.height(), self.width(), self.fontMetrics().lineSpacing())
        if compact != self.compact:
            self.compact = compact
            self.compare_button.setText(
                self.tr("Compare…") if compact else self.tr("Compare email and phone")
            )
            self._update_tradeoffs()

    # ------------------------------------------------------------------ kind

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind()
        self.phone.set_kind(kind)
        self.composer.set_kind(kind)

    # ------------------------------------------------------------------ results

    def _moment(self) -> Moment:
        now = self._clock() if self._clock is not None else self.now
        return Moment(now.replace(second=0, microsecond=0))

    def _log_call(self) -> None:
        if not self.phone.reached():
            return
        from ..dialogs.date_field import dates_readable

        if not dates_readable(self.phone):
            return
        self._contact = Contact(
            at=self._moment(),
            channel=Channel.PHONE,
            purpose=KIND_PURPOSE[self.kind()],
            note=self.phone.notes(),
        )
        self._application = self._with_learnt_date(self.phone.learnt_date())
        self.accept()

    def _log_mail(self, subject: str) -> None:
        self._contact = Contact(
            at=self._moment(),
            channel=Channel.EMAIL,
            purpose=KIND_PURPOSE[self.kind()],
            note=subject,
        )
        self._application = None
        self.accept()

    def _with_learnt_date(self, day: dt.date | None) -> Application | None:
        if day is None:
            return None
        index = self.phone.latest_interview_index()
        if index is None:
            return replace(self.app, ad_reply_by=day)
        interviews = list(self.app.interviews)
        interviews[index] = replace(interviews[index], promised_reply_by=day)
        return replace(self.app, interviews=interviews)

    def reject(self) -> None:
        """Closing in the middle of a call would lose its notes: ask first. A mail that
        was copied is asked about now (sent? then it is logged)."""
        pending = self._contact is None and self.composer.sent_check.pending
        if pending and self.composer.sent_check.ask_now():
            return  # logged: the dialog was accepted
        if self._contact is None and not pending and self.composer.edited:
            buttons = QMessageBox.StandardButton
            answer = plain_text.question(
                self,
                self.tr("Close and lose your mail?"),
                self.tr("You have changed the mail. It is not kept when you close. Close anyway?"),
                buttons.Discard | buttons.Cancel,
                buttons.Cancel,
            )
            if answer != buttons.Discard:
                return
        notes = self.phone.notes_edit.toPlainText().strip()
        if self._contact is None and notes:
            answer = plain_text.question(
                self,
                self.tr("Close without logging the call?"),
                self.tr(
                    "Your notes from the call are kept only when you log it. Close and lose them?"
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def result_contact(self) -> Contact | None:
        """The call or mail the user confirmed, or None (nothing to log)."""
        return self._contact

    def result_application(self) -> Application | None:
        """The application with the date learnt on the call, or None if none was learnt.

        A new record (never the one passed in, changed): the contact is not in it.
        """
        return self._application
