"""New and edit application: paste the ad, check what was read out of it, fill the rest.

The ad reader (``adtext.analyse``) fills the facts it finds; the user sees which were
found (and the words they came from) and can correct any of them. A field the user
changed by hand is never overwritten by a later read of the ad.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang
from ...model import Application, CompanySize, ContactPerson, Industry, Language, RoleKind, Stage
from ...reading.ad_heading import read_heading
from ...reading.adtext import AdFacts, analyse
from ...rules.reasons import stage_name
from .. import screen_fit
from .found_in_ad import found_html
from .seeking_fields import SeekingFields
from .widgets import (
    EnumCombo,
    OptionalDateEdit,
    date_edit,
    error_label,
    form_state,
    from_qdate,
    may_discard,
    to_qdate,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from ...reading.jobtech import FetchedAd
    from .ad_fill import AdTools

ANALYSE_DELAY_MS = 250


def new_id() -> str:
    return uuid.uuid4().hex[:12]


class ApplicationDialog(QDialog):
    """Edits every field of one application; ``result()`` gives a new record."""

    def __init__(
        self,
        app: Application | None,
        *,
        lang: Lang,
        today: dt.date,
        settings: QSettings | None = None,
        others: Sequence[Application] = (),
        saved_ad: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``saved_ad``: a new ad to keep without applying yet (stage saved, no date)."""
        super().__init__(parent)
        self.lang = lang
        self.original = app
        self._from_ad: set[str] = set()  # fields a fetched ad filled (a new fetch may refill)
        self.fetched: FetchedAd | None = None
        self._filling = False
        self._touched: set[str] = set()
        self.facts = AdFacts()
        self._timer = QTimer(self, singleShot=True, interval=ANALYSE_DELAY_MS)
        self._timer.timeout.connect(self.read_ad)
        if app is None:
            title = self.tr("Save an ad") if saved_ad else self.tr("New application")
        else:
            title = self.tr("Edit saved ad") if app.is_saved_ad else self.tr("Edit application")
        self.setWindowTitle(title)
        screen_fit.resize_within(self, 1060, 720)

        # The form scrolls: on a small screen (1366×768 at 150 %) Save stays in reach.
        form = screen_fit.scrolling(self._form_side(today), "formScroll")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._ad_side())
        splitter.addWidget(form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        from .ad_fill import attach_ad_tools  # the Platsbanken link and the duplicate warning

        self.ad_tools: AdTools = attach_ad_tools(self, settings=settings, others=others)

        if app is not None:
            self._load(app)
        else:  # the combo's first stage is "saved"
            self.stage_combo.set_value(Stage.SAVED if saved_ad else Stage.APPLIED)
        self._show_applied_row()
        self._validate()
        (self.ad_text if app is None else self.title_edit).setFocus()
        self._as_opened = form_state(self)

    def reject(self) -> None:
        """Closing with what the user entered asks first: nothing is lost unasked (18.5)."""
        if form_state(self) == self._as_opened or may_discard(self):
            super().reject()

    # ------------------------------------------------------------------ layout

    def _ad_side(self) -> QWidget:
        box = QGroupBox(self.tr("The job ad"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Paste the whole ad here: the deadline, the ad's own timeline, "
                "how they want to be contacted and the contact person are read "
                "out of it. Check them on the right."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.ad_text = QPlainTextEdit()
        self.ad_text.setTabChangesFocus(True)  # Tab moves on; an ad needs no tab characters
        self.ad_text.setPlaceholderText(self.tr("Paste the job ad here…"))
        self.ad_text.textChanged.connect(self._timer.start)
        layout.addWidget(self.ad_text, 1)
        row = QHBoxLayout()
        self.read_button = QPushButton(self.tr("Read the ad again"))
        self.read_button.setToolTip(
            self.tr("Fill the facts from the ad, also those you changed by hand")
        )
        self.read_button.clicked.connect(lambda: self.read_ad(force=True))
        row.addWidget(self.read_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.found_label.setTextFormat(Qt.TextFormat.RichText)
        self.found_label.setObjectName("foundFacts")
        layout.addWidget(self.found_label)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        form = QFormLayout()
        form.addRow(self.tr("Link to the ad:"), self.url_edit)
        layout.addLayout(form)
        return box

    def _form_side(self, today: dt.date) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)

        job = QGroupBox(self.tr("The job"))
        form = QFormLayout(job)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Accounting assistant"))
        self.title_error = error_label()
        self.company_edit = QLineEdit()
        self.company_error = error_label()
        self.applied_edit = date_edit(today)
        self.stage_combo = EnumCombo((s, stage_name(s, self.lang).capitalize()) for s in Stage)
        self.language_combo = EnumCombo(
            [(Language.SV, self.tr("Swedish")), (Language.EN, self.tr("English"))]
        )
        self.language_combo.setToolTip(self.tr("The language of your letters and calls to them"))
        form.addRow(self.tr("Job title:"), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.tr("Employer:"), self.company_edit)
        form.addRow("", self.company_error)
        form.addRow(self.tr("Applied on:"), self.applied_edit)
        self._today = today
        self.applied_warning = error_label()  # a day in the future is questioned
        form.addRow("", self.applied_warning)
        form.addRow(self.tr("Stage:"), self.stage_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        self.seeking = SeekingFields(form, self)
        self.seeking.town_edited.connect(lambda: self._touch("town"))
        self._job_form = form
        self.stage_combo.currentIndexChanged.connect(self._show_applied_row)
        self.title_edit.textChanged.connect(self._validate)
        self.company_edit.textChanged.connect(self._validate)
        self.applied_edit.dateChanged.connect(self._validate)
        self.applied_edit.dateChanged.connect(self._reread_for_new_date)
        self.applied_edit.validity_changed.connect(self._validate)
        layout.addWidget(job)

        ad = QGroupBox(self.tr("What the ad says"))
        form = QFormLayout(ad)
        self.deadline_edit = OptionalDateEdit(self.tr("has a deadline"), self.tr("Deadline"))
        self.reply_by_edit = OptionalDateEdit(
            self.tr("gives its own timeline"), self.tr("Reply by")
        )
        self.reply_by_edit.setToolTip(self.tr("When the ad says you will hear from them"))
        for field in (self.applied_edit, self.deadline_edit.edit, self.reply_by_edit.edit):
            field.reference = today
        self.rolling_check = QCheckBox(
            self.tr("Rolling selection (may be filled before the deadline)")
        )
        self.no_calls_check = QCheckBox(self.tr("Asks applicants not to call"))
        self.shortlisted_check = QCheckBox(self.tr("Only shortlisted candidates are contacted"))
        self.deadline_warning = error_label()
        form.addRow(self.tr("Deadline:"), self.deadline_edit)
        form.addRow("", self.deadline_warning)
        form.addRow(self.tr("Reply by:"), self.reply_by_edit)
        form.addRow(self.rolling_check)
        form.addRow(self.no_calls_check)
        form.addRow(self.shortlisted_check)
        self.deadline_edit.changed.connect(self._validate)
        self.deadline_edit.edit.validity_changed.connect(self._validate)
        self.reply_by_edit.edit.validity_changed.connect(self._validate)
        for name, widget in (("deadline", self.deadline_edit), ("ad_reply_by", self.reply_by_edit)):
            widget.changed.connect(lambda n=name: self._touch(n))
        for name, check in (
            ("rolling_selection", self.rolling_check),
            ("ad_no_calls", self.no_calls_check),
            ("ad_only_shortlisted_contacted", self.shortlisted_check),
        ):
            check.toggled.connect(lambda _=False, n=name: self._touch(n))
        layout.addWidget(ad)

        employer = QGroupBox(self.tr("The employer and the role"))
        form = QFormLayout(employer)
        self.size_combo = EnumCombo(
            [
                (CompanySize.UNKNOWN, self.tr("Don't know")),
                (CompanySize.SMALL, self.tr("Small company")),
                (CompanySize.LARGE, self.tr("Large company")),
            ]
        )
        self.industry_combo = EnumCombo(
            [
                (Industry.OTHER, self.tr("Other")),
                (Industry.LAW, self.tr("Law")),
                (Industry.FINANCE, self.tr("Finance")),
                (Industry.PUBLIC_SECTOR, self.tr("Public sector")),
            ]
        )
        self.role_combo = EnumCombo(
            [
                (RoleKind.OTHER, self.tr("Other")),
                (RoleKind.SALES, self.tr("Sales")),
                (RoleKind.CUSTOMER_SERVICE, self.tr("Customer service")),
                (RoleKind.LEADERSHIP, self.tr("Leadership")),
            ]
        )
        self.size_combo.setToolTip(self.tr("Decides, with the role, whether a call is a good idea"))
        form.addRow(self.tr("Size:"), self.size_combo)
        form.addRow(self.tr("Industry:"), self.industry_combo)
        form.addRow(self.tr("Kind of role:"), self.role_combo)
        layout.addWidget(employer)

        person = QGroupBox(self.tr("Contact person"))
        form = QFormLayout(person)
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_email_error = error_label()
        self.contact_phone = QLineEdit()
        form.addRow(self.tr("Name:"), self.contact_name)
        form.addRow(self.tr("Email:"), self.contact_email)
        form.addRow("", self.contact_email_error)
        form.addRow(self.tr("Phone:"), self.contact_phone)
        for name, edit in (
            ("contact_name", self.contact_name),
            ("contact_email", self.contact_email),
            ("contact_phone", self.contact_phone),
        ):
            edit.textEdited.connect(lambda _="", n=name: self._touch(n))
        self.contact_email.textChanged.connect(self._validate)
        layout.addWidget(person)

        notes = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Anything you want to remember"))
        self.notes_edit.setMaximumHeight(90)
        notes_layout.addWidget(self.notes_edit)
        layout.addWidget(notes)
        layout.addStretch(1)
        return side

    # ------------------------------------------------------------------ reading the ad

    def _reread_for_new_date(self) -> None:
        if self.ad_text.toPlainText().strip() and not self._filling:
            self._timer.start()

    def _touch(self, name: str) -> None:
        if not self._filling:
            self._touched.add(name)

    def read_ad(self, force: bool = False) -> None:
        """Run the ad reader and fill the facts it found (not those edited by hand).

        The dates are read against "Applied on", so changing it reads them again: an ad
        entered weeks after it was sent keeps its own year-less dates (18.3)."""
        reference = from_qdate(self.applied_edit.date())
        facts = analyse(self.ad_text.toPlainText(), reference)
        self.facts = facts
        if force:
            self._touched.clear()
        self._filling = True
        try:
            self._fill_from(facts)
            heading = read_heading(self.ad_text.toPlainText())
            if heading is not None:  # only empty fields: never over what the user typed
                if not self.title_edit.text().strip():
                    self.title_edit.setText(heading.job_title)
                if not self.company_edit.text().strip():
                    self.company_edit.setText(heading.company)
        finally:
            self._filling = False
        self._show_found(facts)
        self._validate()

    def _fill_from(self, facts: AdFacts) -> None:
        def free(name: str) -> bool:
            return name not in self._touched

        if free("deadline"):
            self.deadline_edit.set_value(facts.deadline)
        if free("ad_reply_by"):
            self.reply_by_edit.set_value(facts.ad_reply_by)
        if free("rolling_selection"):
            self.rolling_check.setChecked(facts.rolling_selection)
        if free("ad_no_calls"):
            self.no_calls_check.setChecked(facts.ad_no_calls)
        if free("ad_only_shortlisted_contacted"):
            self.shortlisted_check.setChecked(facts.ad_only_shortlisted_contacted)
        if free("town") and facts.town:
            self.seeking.town_edit.setText(facts.town)
        for name, edit, value in (
            ("contact_name", self.contact_name, facts.contact_name),
            ("contact_email", self.contact_email, facts.contact_email),
            ("contact_phone", self.contact_phone, facts.contact_phone),
        ):
            if free(name) and value:
                edit.setText(value)

    def _show_found(self, facts: AdFacts) -> None:
        shown = found_html(facts, self.lang, self.fetched) if self.ad_text.toPlainText() else ""
        self.found_label.setText(shown)

    # ------------------------------------------------------------------ values

    def _load(self, app: Application) -> None:
        self._filling = True
        try:
            self.title_edit.setText(app.job_title)
            self.company_edit.setText(app.company)
            self.applied_edit.setDate(to_qdate(app.applied_on or dt.date.today()))
            self.stage_combo.set_value(app.stage)
            self.seeking.set_values(app.town, app.source, app.how)
            self.language_combo.set_value(app.language)
            self.deadline_edit.set_value(app.deadline)
            self.reply_by_edit.set_value(app.ad_reply_by)
            self.rolling_check.setChecked(app.rolling_selection)
            self.no_calls_check.setChecked(app.ad_no_calls)
            self.shortlisted_check.setChecked(app.ad_only_shortlisted_contacted)
            self.size_combo.set_value(app.company_size)
            self.industry_combo.set_value(app.industry)
            self.role_combo.set_value(app.role_kind)
            self.contact_name.setText(app.contact.name)
            self.contact_email.setText(app.contact.email)
            self.contact_phone.setText(app.contact.phone)
            self.url_edit.setText(app.ad_url)
            self.notes_edit.setPlainText(app.notes)
            self.ad_text.blockSignals(True)
            self.ad_text.setPlainText(app.ad_text)
            self.ad_text.blockSignals(False)
        finally:
            self._filling = False
        # what the user saved is what they meant: a later read of the ad does not override it
        self._touched = {
            "deadline",
            "ad_reply_by",
            "rolling_selection",
            "ad_no_calls",
            "ad_only_shortlisted_contacted",
            "contact_name",
            "contact_email",
            "contact_phone",
            "town",
        }
        if app.ad_text:
            self._show_found(analyse(app.ad_text, app.applied_on or dt.date.today()))

    def _validate(self) -> bool:
        problems = 0
        for edit, error, message in (
            (self.title_edit, self.title_error, self.tr("Enter the job title.")),
            (self.company_edit, self.company_error, self.tr("Enter the employer.")),
        ):
            empty = not edit.text().strip()
            error.setText(message)
            error.setVisible(empty)
            problems += empty
        email = self.contact_email.text().strip()
        bad_email = bool(email) and ("@" not in email or " " in email)
        self.contact_email_error.setText(self.tr("This does not look like an email address."))
        self.contact_email_error.setVisible(bad_email)
        deadline = self.deadline_edit.value()
        applied = from_qdate(self.applied_edit.date())
        early = deadline is not None and deadline < applied and not self._is_saved_ad()
        self.deadline_warning.setText(
            self.tr("The deadline is before the day you applied – check the dates.")
        )
        self.deadline_warning.setVisible(early)
        future = applied > self._today
        self.applied_warning.setText(
            self.tr("That day has not come yet – check the date you applied.")
        )
        self.applied_warning.setVisible(future)
        from .date_field import unreadable_fields

        problems += len(unreadable_fields(self))  # each says why beside itself
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(problems == 0)
        return problems == 0

    def accept(self) -> None:
        if self._validate():
            super().accept()

    def _is_saved_ad(self) -> bool:
        return self.stage_combo.value() == Stage.SAVED.value

    def _show_applied_row(self) -> None:
        """A saved ad has not been sent: it has no "applied on" day to show."""
        self._job_form.setRowVisible(self.applied_edit, not self._is_saved_ad())
        self._validate()

    def application(self) -> Application:
        """A new record with the dialog's values (the original is never modified)."""
        from .ad_fill import with_ad_facts

        base = self.original or Application(
            id=new_id(), job_title="", company="", applied_on=dt.date.today()
        )
        app = replace(
            base,
            job_title=self.title_edit.text().strip(),
            company=self.company_edit.text().strip(),
            applied_on=None if self._is_saved_ad() else from_qdate(self.applied_edit.date()),
            deadline=self.deadline_edit.value(),
            rolling_selection=self.rolling_check.isChecked(),
            ad_reply_by=self.reply_by_edit.value(),
            ad_no_calls=self.no_calls_check.isChecked(),
            ad_only_shortlisted_contacted=self.shortlisted_check.isChecked(),
            company_size=CompanySize(self.size_combo.value()),
            industry=Industry(self.industry_combo.value()),
            role_kind=RoleKind(self.role_combo.value()),
            stage=Stage(self.stage_combo.value()),
            language=Language(self.language_combo.value()),
            contact=replace(
                base.contact if self.original else ContactPerson(),
                name=self.contact_name.text().strip(),
                email=self.contact_email.text().strip(),
                phone=self.contact_phone.text().strip(),
            ),
            ad_text=self.ad_text.toPlainText(),
            ad_url=self.url_edit.text().strip(),
            notes=self.notes_edit.toPlainText(),
            town=self.seeking.town(),
            source=self.seeking.source(),
            how=self.seeking.how(),
        )
        return with_ad_facts(self, app)
