"""The email composer: a draft from the template, the guide's checklist beside it.

The draft is written in the application's language (the employer's), whatever the UI
language is. The checklist runs ~150 ms after the last keystroke; spelling joins in as
soon as the dictionary has loaded in a worker thread. Nothing is ever sent from here:
the mail goes to the user's own email program (``mailto:``) or to the clipboard, and the
follow-up is logged only when the user says it was sent.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang, as_lang
from ...model import Application, Profile
from ...writing.checklist import Finding, check_email, rule_ids, rule_title
from ...writing.email_address import AddressProblem, address_problem
from ...writing.messages import email_draft
from ...writing.spelling import Speller
from .. import plain_text
from ..colours import hex_of, is_dark
from .mailto import mailto_url, one_line
from .sent_check import SentBar, SentCheck
from .spell_highlighter import PendingSpeller, SpellTextEdit, load_in_background

CHECK_DELAY_MS = 150
SPELLER_POLL_MS = 40
OK_COLOUR = "ok_text"
FAIL_COLOUR = "error_text"
_STYLE_RULES = ("positive_tone", "no_pressing_questions", "professional_close", "not_casual")
_NOT_CHECKED = {
    "sv": " Stavningen kunde inte kontrolleras (ordlistan saknas).",
    "en": " Spelling was not checked (no dictionary).",
}


class ChecklistView(QWidget):
    """One row per rule: ✓ or ✗, the rule's name and what to do about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.heading = QLabel(self.tr("Checklist"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(8)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unseen Tab stop
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop (issue 23.2)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.rows_box)
        layout.addWidget(scroll, 1)
        self.rows: dict[str, QLabel] = {}

    def set_rules(self, rules: tuple[str, ...]) -> None:
        if tuple(self.rows) == rules:
            return
        for label in self.rows.values():
            self.rows_layout.removeWidget(label)
            label.deleteLater()
        self.rows = {}
        for index, rule in enumerate(rules):
            label = QLabel()
            label.setObjectName(f"check_{rule}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.rows_layout.insertWidget(index, label)
            self.rows[rule] = label

    def show_findings(self, findings: list[Finding], lang: Lang) -> None:
        self.set_rules(tuple(f.rule for f in findings))
        for finding in findings:
            mark, name = ("✓", OK_COLOUR) if finding.ok else ("✗", FAIL_COLOUR)
            colour = hex_of(name, is_dark(self.palette()))
            self.rows[finding.rule].setText(
                f"<table cellspacing='0' cellpadding='0'><tr>"
                f"<td width='22' valign='top' style='color:{colour}; font-weight:bold'>{mark}</td>"
                f"<td><b>{html.escape(rule_title(finding.rule, lang))}</b><br>"
                f"{html.escape(finding.message)}</td></tr></table>"
            )
            self.rows[finding.rule].setProperty("ok", finding.ok)
        passed = sum(f.ok for f in findings)
        text = self.tr("Fine: %1 of %n point(s).", "", len(findings))
        self.summary.setText(text.replace("%1", str(passed)))


class EmailComposer(QWidget):
    """Subject and body from the template, checked as the user types."""

    checked = Signal()
    """The checklist was brought up to date (tests wait for it)."""
    sent = Signal(str)
    """The user confirmed the mail was sent; carries the subject."""

    def __init__(
        self,
        app: Application,
        profile: Profile,
        *,
        kind: str,
        lang: Lang,
        today: dt.date,
        speller: Speller | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.profile = profile
        self.kind = kind
        self.lang = lang
        self.mail_lang: Lang = as_lang(app.language.value)
        self.today = today
        self.skill = ""
        self.speller = speller or Speller.for_language(self.mail_lang)
        self.findings: list[Finding] = []
        self._template = ("", "")
        self._checked_text: tuple[str, str, str] | None = None

        self.to_edit = QLineEdit(app.contact.email)
        self.to_edit.setPlaceholderText(self.tr("The recruiter's email address"))
        self.subject_edit = QLineEdit()
        self.body_edit = SpellTextEdit()
        self.body_edit.setAccessibleName(self.tr("The message"))
        self.body_edit.speller = self.speller
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.ignored.connect(lambda _word: self.recheck(force=True))
        self.body_edit.setMinimumHeight(200)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("To:"), self.to_edit)
        form.addRow(self.tr("Subject:"), self.subject_edit)

        self.open_button = QPushButton(self.tr("Open in email program"))
        self.open_button.setToolTip(
            self.tr("Opens a new mail with this text in your own email program. You send it.")
        )
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copies the subject and the text to the clipboard."))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        for button in (self.open_button, self.copy_button):
            button.setAutoDefault(False)
        self.reset_button = QPushButton(self.tr("Start over from the template"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self._reset_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        hint = QLabel(
            self.tr(
                "Nothing is sent from here: your email program sends the mail when you "
                "press Send there. Red wavy lines mark spelling and unfilled [placeholders] "
                "(right-click for suggestions), blue ones the wording the checklist flags."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("composerHint")
        hint.setStyleSheet("#composerHint { color: palette(placeholder-text); }")

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.body_edit, 1)
        left.addLayout(buttons)
        self.sent_bar = SentBar()
        self.sent_check = SentCheck(self.sent_bar, self)
        self.sent_check.sent.connect(lambda: self.sent.emit(one_line(self.subject()).strip()))
        left.addWidget(self.sent_bar)
        left.addWidget(hint)

        self.checklist = ChecklistView()
        self.checklist.setMinimumWidth(300)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(left, 3)
        layout.addWidget(self.checklist, 2)

        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)
        self._speller_timer = QTimer(self, interval=SPELLER_POLL_MS)
        self._speller_timer.timeout.connect(self._poll_speller)
        self.subject_edit.textChanged.connect(self._schedule)
        self.body_edit.textChanged.connect(self._schedule)

        self.checklist.set_rules(rule_ids(kind))
        self.fill_template()
        if not self.speller.loaded:
            load_in_background(self.speller)
            self._speller_timer.start()

    # ------------------------------------------------------------------ text

    def subject(self) -> str:
        return self.subject_edit.text()

    def body(self) -> str:
        return self.body_edit.toPlainText()

    def set_draft(self, subject: str, body: str) -> None:
        """Put text in both fields (also how tests type Swedish letters)."""
        self.subject_edit.setText(subject)
        self.body_edit.setPlainText(body)
        self.recheck()

    @property
    def edited(self) -> bool:
        """Whether the user changed the text since the template was filled in."""
        return (self.subject(), self.body()) != self._template

    def template(self, kind: str | None = None) -> tuple[str, str]:
        draft = email_draft(
            kind or self.kind, self.app, self.profile, skill=self.skill, today=self.today
        )
        return draft.subject, draft.body

    def fill_template(self) -> None:
        """Replace the text with the template of the current kind."""
        self._template = self.template()
        self.set_draft(*self._template)
        self.body_edit.moveCursor(QTextCursor.MoveOperation.Start)

    def set_kind(self, kind: str) -> None:
        """Another kind of message: a new template, unless that would throw away edits."""
        if kind == self.kind:
            return
        self.kind = kind
        if not self.edited or self._confirm_replace():
            self.fill_template()
        else:
            self.recheck(force=True)

    def set_skill(self, skill: str) -> None:
        """The skill the user picked (phone page): fills the template while it is untouched."""
        skill = " ".join(skill.split())
        if skill == self.skill:
            return
        untouched = not self.edited
        self.skill = skill
        if untouched:
            self.fill_template()

    def _confirm_replace(self) -> bool:
        answer = plain_text.question(
            self,
            self.tr("Replace your text?"),
            self.tr(
                "You have changed the mail. Replace it with the template for the new kind of "
                "message? Answer No to keep your text."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _reset_clicked(self) -> None:
        if not self.edited or self._confirm_replace():
            self.fill_template()

    # ------------------------------------------------------------------ checking

    def _schedule(self) -> None:
        self._timer.start()

    def _poll_speller(self) -> None:
        if self.speller.loaded:
            self._speller_timer.stop()
            self.recheck(force=True)

    @property
    def spelling_ready(self) -> bool:
        return self.speller.loaded

    def recheck(self, *, force: bool = False) -> None:
        """Run the checklist now on the current text."""
        self._timer.stop()
        subject, body = self.subject(), self.body()
        key = (subject, body, self.kind)
        if not force and key == self._checked_text:
            return
        self._checked_text = key
        pending = not self.speller.loaded
        app = self.app
        extra = [w for w in (app.company, app.contact.name, self.profile.name) if w.strip()]
        findings = check_email(
            subject,
            body,
            job_title=app.job_title,
            applied_on=app.applied_on,
            kind=self.kind,
            language=self.mail_lang,
            extra_words=extra,
            speller=PendingSpeller() if pending else self.speller,
        )
        if pending:
            findings = [self._pending(f) for f in findings]
        self.findings = findings
        self.checklist.show_findings(findings, self.mail_lang)
        proofread = [s for f in findings if f.rule == "proofread" for s in f.spans]
        style = [s for f in findings if f.rule in _STYLE_RULES and not f.ok for s in f.spans]
        self.body_edit.set_marks(proofread, style)
        self.checked.emit()

    def _pending(self, finding: Finding) -> Finding:
        suffix = _NOT_CHECKED[self.mail_lang]
        if finding.rule != "proofread" or not finding.message.endswith(suffix):
            return finding
        message = finding.message.removesuffix(suffix) + " " + self.tr("(Checking spelling…)")
        return Finding(finding.rule, finding.ok, message, finding.spans, finding.subject_spans)

    def finding(self, rule: str) -> Finding:
        """The latest result for ``rule`` (raises KeyError when it is not checked)."""
        for finding in self.findings:
            if finding.rule == rule:
                return finding
        raise KeyError(rule)

    def failed(self) -> list[str]:
        return [f.rule for f in self.findings if not f.ok]

    # ------------------------------------------------------------------ sending

    def mail_url(self) -> QUrl:
        return mailto_url(self.to_edit.text(), self.subject(), self.body())

    def address_problem_text(self) -> str:
        """Why the address cannot go into a mail, in words; "" when it can."""
        problem = address_problem(self.to_edit.text())
        if problem is None:
            return ""
        texts = {
            AddressProblem.LIST: self.tr(
                "The address holds a comma or a semicolon. Write one address only: "
                "more would add recipients you did not mean."
            ),
            AddressProblem.LINE_BREAK: self.tr(
                "The address holds a line break or another invisible character. "
                "Write the address again by hand."
            ),
            AddressProblem.SPACE: self.tr("The address holds a space. Remove it."),
            AddressProblem.NOT_ONE_ADDRESS: self.tr(
                "This is not one e-mail address. Write it like name@firma.se."
            ),
        }
        return texts[problem]

    def open_in_mail_program(self) -> None:
        refused = self.address_problem_text()
        if refused:
            plain_text.warning(self, self.tr("Check the address"), refused)
            self.to_edit.setFocus()
            return
        if not self._confirm_failing_points():
            return
        if not QDesktopServices.openUrl(self.mail_url()):
            plain_text.warning(
                self,
                self.tr("No email program"),
                self.tr(
                    "No email program could be opened. Use Copy and paste the mail into "
                    "the program or web mail you use."
                ),
            )
            return
        self.sent_check.opened()

    def copy_to_clipboard(self) -> None:
        if not self._confirm_failing_points():
            return
        QGuiApplication.clipboard().setText(self.clipboard_text())
        self.sent_check.copied()

    def _confirm_failing_points(self) -> bool:
        """A draft that fails checklist points goes out only when the user says so."""
        failing = [f for f in self.findings if not f.ok]
        if not failing:
            return True
        points = "\n".join(f"• {rule_title(f.rule, self.mail_lang)}" for f in failing)
        buttons = QMessageBox.StandardButton
        answer = plain_text.question(
            self,
            self.tr("The mail fails checklist points"),
            self.tr(
                "The mail does not yet pass these points of the checklist:\n%1\n\nUse it anyway?"
            ).replace("%1", points),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes

    def clipboard_text(self) -> str:
        """What Copy puts on the clipboard: the subject, a blank line, the text."""
        return f"{one_line(self.subject()).strip()}\n\n{self.body()}"
