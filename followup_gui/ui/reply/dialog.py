"""The reply dialog: what the employer's mail says, the application it belongs to, and
exactly what confirming will change. Everything can be changed before confirming."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang, format_date, format_datetime
from ...model import Application, Interview, Moment, Stage
from ...reading.reply import Kind, Reply
from ...reading.reply_match import CLOSED_STAGES, Match
from ...rules.reasons import stage_name
from .. import screen_fit
from ..colours import set_style
from ..dialogs.widgets import OptionalDateEdit, date_edit, from_qdate, time_edit, to_qdate
from .changes import ReplyPlan, held_interview, new_stage
from .mail_view import MailView

NEW = ""
"""The application combo's data for "create a new application from the mail"."""


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setAccessibleName(name)
    return widget


class ReplyDialog(QDialog):
    """Shows what was read from the mail; :meth:`plan` is what the user confirmed."""

    def __init__(
        self,
        reply: Reply,
        match: Match,
        applications: Sequence[Application],
        *,
        lang: Lang,
        now: dt.datetime,
        can_attach: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reply, self.match, self.lang, self.now = reply, match, lang, now
        self.apps = {app.id: app for app in applications}
        self.setWindowTitle(self.tr("Reply from the employer"))
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top(applications))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_mail())
        # the changes scroll down on a small screen rather than squeeze their rows (the offered
        # times), and keep the width they need, so they never scroll sideways
        changes = self._build_changes(can_attach)
        scroll = screen_fit.scrolling(changes, "changesScroll")
        scroll.setMinimumWidth(changes.minimumSizeHint().width() + 24)  # room for the bar
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.summary = _plain()
        self.summary.setObjectName("replySummary")
        set_style(
            self.summary,
            "#replySummary { background: palette(alternate-base); padding: 6px 8px;"
            " border-left: 4px solid $info_edge; }",
        )
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Update the application"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._connect()
        self._show_why()
        self._on_kind()
        self.resize(1000, 640)

    # ------------------------------------------------------------------ building

    def _build_top(self, applications: Sequence[Application]) -> QFormLayout:
        form = QFormLayout()
        self.app_combo = QComboBox()
        _named(self.app_combo, self.tr("Application the reply belongs to"))
        chosen = [self.match.id] if self.match.id else []
        first = [*chosen, *self.match.candidates]
        open_apps = sorted(
            (a for a in applications if a.stage not in CLOSED_STAGES and a.id not in first),
            key=lambda a: a.applied_on or dt.date.min,
            reverse=True,
        )
        for app_id in first:
            if app_id in self.apps:
                self._add_app(self.apps[app_id])
        if first and open_apps:
            self.app_combo.insertSeparator(self.app_combo.count())
        for app in open_apps:
            self._add_app(app)
        if self.app_combo.count():
            self.app_combo.insertSeparator(self.app_combo.count())
        self.app_combo.addItem(self.tr("Create a new application from the mail"), NEW)
        self.app_combo.setCurrentIndex(0 if self.match.id else self.app_combo.count() - 1)
        form.addRow(self.tr("&Application:"), self.app_combo)
        self.why = _plain()
        self.why.setObjectName("matchWhy")
        form.addRow("", self.why)
        self.kind_combo = QComboBox()
        _named(self.kind_combo, self.tr("What kind of answer it is"))
        for kind, words in self.kind_words().items():
            self.kind_combo.addItem(words, kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(self.reply.kind.value))
        form.addRow(self.tr("&The answer is:"), self.kind_combo)
        return form

    def _add_app(self, app: Application) -> None:
        self.app_combo.addItem(f"{app.job_title} – {app.company}", app.id)

    def _build_mail(self) -> QWidget:
        box = QGroupBox(self.tr("The mail (what was read is marked)"))
        layout = QVBoxLayout(box)
        self.mail = MailView()
        _named(self.mail, self.tr("The mail's text"))
        self.mail.show_reply(self.reply)
        layout.addWidget(self.mail)
        hint = _plain(self.tr("Grey text (a forward's header, your own quoted mail) was not read."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        return box

    def _build_changes(self, can_attach: bool) -> QWidget:
        box = QGroupBox(self.tr("What will change"))
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        received = self.reply.received
        self.received = _named(date_edit(received), self.tr("The day the mail came"))
        form.addRow(self.tr("&Received:"), self.received)
        self.note = QLineEdit()
        _named(self.note, self.tr("Note for the logged reply"))
        form.addRow(self.tr("&Note:"), self.note)
        self.stage_check = QCheckBox()
        _named(self.stage_check, self.tr("Change the stage"))
        form.addRow(self.stage_check)
        outer.addWidget(self._build_interview())
        outer.addWidget(self._build_promise())
        outer.addWidget(self._build_new_app())
        self.keep_mail = QCheckBox(self.tr("&Keep the mail with the application (as a reply)"))
        self.keep_mail.setChecked(can_attach)
        self.keep_mail.setEnabled(can_attach)
        if not can_attach:
            self.keep_mail.setToolTip(self.tr("The example data has no folder for files."))
        outer.addWidget(self.keep_mail)
        outer.addStretch(1)
        return box

    def _build_interview(self) -> QWidget:
        self.interview_box = QGroupBox(self.tr("The interview"))
        form = QFormLayout(self.interview_box)
        self.option_group = QButtonGroup(self)
        self.options: list[dt.datetime | dt.date] = list(self.reply.interview_options)
        if self.options:
            choices = QWidget()
            column = QVBoxLayout(choices)
            column.setContentsMargins(0, 0, 0, 0)
            for index, option in enumerate(self.options):
                radio = QRadioButton(self._moment_words(option))
                self.option_group.addButton(radio, index)
                column.addWidget(radio)
            form.addRow(_plain(self.tr("They offer these times; pick one:")))
            form.addRow(choices)
        first = self.reply.interview_at or (self.options[0] if self.options else None)
        if first is None:
            first = dt.datetime.combine(self.reply.received + dt.timedelta(days=7), dt.time(10))
        self.interview_day = _named(date_edit(_day(first)), self.tr("Interview date"))
        self.interview_timed = QCheckBox(self.tr("at"))
        _named(self.interview_timed, self.tr("The interview has a time"))
        self.interview_time = _named(
            time_edit(first.time() if isinstance(first, dt.datetime) else None),
            self.tr("Interview time"),
        )
        self.interview_timed.setChecked(isinstance(first, dt.datetime))
        self.interview_time.setEnabled(isinstance(first, dt.datetime))
        row = QHBoxLayout()
        row.addWidget(self.interview_day, 1)
        row.addWidget(self.interview_timed)
        row.addWidget(self.interview_time)
        day_label = QLabel(self.tr("&Date:"))
        day_label.setBuddy(self.interview_day)
        form.addRow(day_label, row)
        self.place = QLineEdit(self.reply.interview_place or "")
        _named(self.place, self.tr("Interview place or link"))
        self.place.setPlaceholderText(self.tr("Address or meeting link (kept in the note)"))
        form.addRow(self.tr("&Place:"), self.place)
        if self.options:
            self.option_group.button(0).setChecked(True)
        return self.interview_box

    def _build_promise(self) -> QWidget:
        self.promise_box = QGroupBox(self.tr("Their answer"))
        form = QFormLayout(self.promise_box)
        promised = self.reply.reply_by or self.reply.received + dt.timedelta(days=14)
        self.reply_by = _named(date_edit(promised), self.tr("They answer by"))
        form.addRow(self.tr("They answer &by:"), self.reply_by)
        self.promise_where = _plain()
        form.addRow(self.promise_where)
        self.todo_box = QGroupBox(self.tr("Your to-do"))
        todo = QFormLayout(self.todo_box)
        self.todo = QLineEdit(self._asked_words())
        _named(self.todo, self.tr("What they ask you for"))
        todo.addRow(self.tr("They ask for:"), self.todo)
        self.respond_by = OptionalDateEdit(self.tr("by"))
        _named(self.respond_by.check, self.tr("They want it by a date"))
        _named(self.respond_by.edit, self.tr("The date they want it by"))
        self.respond_by.set_value(self.reply.respond_by)
        todo.addRow(self.respond_by)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.promise_box)
        layout.addWidget(self.todo_box)
        return column

    def _build_new_app(self) -> QWidget:
        self.new_box = QGroupBox(self.tr("The new application"))
        form = QFormLayout(self.new_box)
        self.new_title = QLineEdit(self.reply.job_title or "")
        _named(self.new_title, self.tr("Job title"))
        self.new_company = QLineEdit(self.reply.employer or "")
        _named(self.new_company, self.tr("Employer"))
        self.new_applied = _named(date_edit(self.reply.received), self.tr("Applied on"))
        form.addRow(self.tr("&Job title:"), self.new_title)
        form.addRow(self.tr("&Employer:"), self.new_company)
        form.addRow(self.tr("Applied &on:"), self.new_applied)
        return self.new_box

    def _connect(self) -> None:
        self.app_combo.currentIndexChanged.connect(self._on_application)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.option_group.idToggled.connect(self._on_option)
        self.interview_timed.toggled.connect(self.interview_time.setEnabled)
        for edit in (self.received, self.reply_by, self.interview_day, self.new_applied):
            edit.dateChanged.connect(self._update)
        self.interview_time.timeChanged.connect(self._update)
        for line in (self.note, self.place, self.todo, self.new_title, self.new_company):
            line.textChanged.connect(self._update)
        for check in (self.stage_check, self.interview_timed, self.keep_mail):
            check.toggled.connect(self._update)
        self.respond_by.changed.connect(self._update)

    # ------------------------------------------------------------------ words

    def kind_words(self) -> dict[Kind, str]:
        return {
            Kind.RECEIPT: self.tr("A receipt (they got your application)"),
            Kind.PROMISE: self.tr("A promise of an answer by a date"),
            Kind.INTERVIEW_INVITATION: self.tr("An invitation to an interview"),
            Kind.REQUEST: self.tr("A request (they want something from you)"),
            Kind.REJECTION: self.tr("A no"),
            Kind.OFFER: self.tr("An offer of the job"),
            Kind.CANCELLED: self.tr("The recruitment was stopped"),
            Kind.OTHER: self.tr("Something else"),
        }

    def _moment_words(self, value: dt.datetime | dt.date) -> str:
        year = self.now.year
        if isinstance(value, dt.datetime):
            return format_datetime(value, self.lang, ref_year=year)
        return format_date(value, self.lang, ref_year=year)

    def _asked_words(self) -> str:
        words = {
            "references": self.tr("references"),
            "test": self.tr("a test"),
            "documents": self.tr("documents"),
            "times": self.tr("times you can meet"),
        }
        return ", ".join(words.get(item, item) for item in self.reply.requested)

    def _default_note(self, kind: Kind) -> str:
        if kind is Kind.RECEIPT:
            return self.tr("Receipt of the application")
        if kind is Kind.CANCELLED:
            return self.tr("The recruitment ended")
        if kind is Kind.OTHER:
            body = self.reply.text[self.reply.body_start : self.reply.body_end]
            words = " ".join(body.split())
            return words if len(words) <= 200 else words[:199] + "…"
        return self.kind_words()[kind]

    # ------------------------------------------------------------------ reading the form

    def kind(self) -> Kind:
        return Kind(self.kind_combo.currentData())

    def target_id(self) -> str | None:
        """The chosen application's id; None for a new application from the mail."""
        data = self.app_combo.currentData()
        return str(data) if data else None

    def target(self) -> Application | None:
        app_id = self.target_id()
        return None if app_id is None else self.apps.get(app_id)

    def received_at(self) -> dt.datetime:
        day = from_qdate(self.received.date())
        if day == self.now.date():
            return self.now.replace(second=0, microsecond=0)
        return dt.datetime.combine(day, dt.time(12, 0))

    def interview(self) -> Interview:
        day = from_qdate(self.interview_day.date())
        if not self.interview_timed.isChecked():
            return Interview(Moment.of_date(day))
        time = self.interview_time.time()
        return Interview(Moment(dt.datetime.combine(day, dt.time(time.hour(), time.minute()))))

    def note_text(self) -> str:
        kind = self.kind()
        parts = [self.note.text().strip()]
        if kind is Kind.INTERVIEW_INVITATION and self.place.text().strip():
            parts.append(self.tr("place: %1").replace("%1", self.place.text().strip()))
        if kind is Kind.REQUEST and self.todo.text().strip():
            todo = self.tr("to do: %1").replace("%1", self.todo.text().strip())
            by = self.respond_by.value()
            if by is not None:
                todo += " " + self.tr("by %1").replace("%1", format_date(by, self.lang))
            parts.append(todo)
        return " – ".join(p for p in parts if p)

    def plan(self) -> ReplyPlan:
        """The change as the form says it now (the kept mail is added by the caller)."""
        kind = self.kind()
        app = self.target()
        current = app.stage if app is not None else Stage.APPLIED
        stage = new_stage(kind, current)
        return ReplyPlan(
            kind=kind,
            at=self.received_at(),
            note=self.note_text(),
            stage=stage if self.stage_check.isChecked() else None,
            interview=self.interview() if kind is Kind.INTERVIEW_INVITATION else None,
            reply_by=from_qdate(self.reply_by.date()) if kind is Kind.PROMISE else None,
            todo=self.todo.text() if kind is Kind.REQUEST else "",
            todo_by=self.respond_by.value() if kind is Kind.REQUEST else None,
        )

    def new_fields(self) -> tuple[str, str, dt.date]:
        """Job title, employer and applied-on date of a new application from the mail."""
        return (
            self.new_title.text().strip(),
            self.new_company.text().strip(),
            from_qdate(self.new_applied.date()),
        )

    # ------------------------------------------------------------------ reacting

    def _on_application(self, *_: object) -> None:
        self._show_why()
        self._sections()

    def _show_why(self) -> None:
        app_id = self.target_id()
        if app_id is None:
            text = self.tr("No application fits the mail: pick one, or create a new one.")
        elif app_id == self.match.id:
            text = self.tr("Chosen because %1.").replace("%1", self.match.why(self.lang))
            if self.match.unsure:
                text += " " + self.tr("Others fit as well: check that it is the right one.")
        else:
            text = self.tr("Chosen by you.")
        self.why.setText(text)

    def _on_kind(self, *_: object) -> None:
        self.note.blockSignals(True)
        self.note.setText(self._default_note(self.kind()))
        self.note.blockSignals(False)
        self._sections()

    def _sections(self) -> None:
        """Show the parts of the form the kind and the application call for."""
        kind = self.kind()
        app = self.target()
        stage = new_stage(kind, app.stage if app is not None else Stage.APPLIED)
        self.stage_check.setVisible(stage is not None)
        if stage is not None:
            now = app.stage if app is not None else Stage.APPLIED
            self.stage_check.setText(
                self.tr("Set the stage to %1 (now: %2)")
                .replace("%1", stage_name(stage, self.lang))
                .replace("%2", stage_name(now, self.lang))
            )
            self.stage_check.setChecked(True)
        self.interview_box.setVisible(kind is Kind.INTERVIEW_INVITATION)
        self.promise_box.setVisible(kind is Kind.PROMISE)
        self.todo_box.setVisible(kind is Kind.REQUEST)
        self.new_box.setVisible(app is None)
        self._update()

    def _on_option(self, index: int, checked: bool) -> None:
        if not checked or not 0 <= index < len(self.options):
            return
        option = self.options[index]
        self.interview_day.setDate(to_qdate(_day(option)))
        timed = isinstance(option, dt.datetime)
        self.interview_timed.setChecked(timed)
        if isinstance(option, dt.datetime):
            self.interview_time.setTime(QTime(option.hour, option.minute))

    def _update(self, *_: object) -> None:
        app = self.target()
        plan = self.plan()
        if plan.kind is Kind.PROMISE:
            index = None if app is None else held_interview(app, plan.at.date())
            self.promise_where.setText(
                self.tr("Becomes the date the ad gave for an answer: the follow-up waits for it.")
                if index is None
                else self.tr("Becomes the answer promised after the interview on %1.").replace(
                    "%1",
                    self._moment_words(app.interviews[index].at.date),  # type: ignore[union-attr]
                )
            )
        title, company, _applied = self.new_fields()
        ok = app is not None or bool(title and company)
        self.ok_button.setEnabled(ok)
        self.summary.setText("\n".join(self.summary_lines(plan, app)))

    def summary_lines(self, plan: ReplyPlan, app: Application | None) -> list[str]:
        """Exactly what confirming does, one line each."""
        lines = []
        if app is None:
            title, company, _ = self.new_fields()
            if title and company:
                lines.append(
                    self.tr("Adds the application “%1” at %2.")
                    .replace("%1", title)
                    .replace("%2", company)
                )
            else:
                lines.append(
                    self.tr("Enter the job title and the employer of the new application.")
                )
        day = self._moment_words(plan.at.date())
        if plan.kind is Kind.RECEIPT:
            lines.append(self.tr("Logs a contact on %1: “%2”.").replace("%1", day))
        else:
            lines.append(self.tr("Logs a reply from the employer on %1: “%2”.").replace("%1", day))
        lines[-1] = lines[-1].replace("%2", plan.note)
        if plan.stage is not None:
            lines.append(
                self.tr("Sets the stage to %1.").replace("%1", stage_name(plan.stage, self.lang))
            )
        if plan.interview is not None:
            at = plan.interview.at
            when = self._moment_words(at.date if at.date_only else at.value)
            lines.append(self.tr("Adds the interview %1.").replace("%1", when))
        if plan.reply_by is not None:
            when = self._moment_words(plan.reply_by)
            lines.append(self.tr("They answer by %1: the advice waits for it.").replace("%1", when))
        if plan.kind is Kind.REQUEST and self.todo.text().strip():
            lines.append(self.tr("Your to-do: send %1.").replace("%1", self.todo.text().strip()))
        if self.keep_mail.isChecked():
            lines.append(self.tr("Keeps the mail with the application, as a reply."))
        return [f"• {line}" for line in lines]


def _day(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
