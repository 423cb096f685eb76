"""The phone call, one page at a time: prepare, four steps, then what came of it.

The words come from :func:`followup_gui.writing.messages.phone_script` in the application's
language, filled with the user's name, the title and the one skill typed on the first
page. The notes field stays beside every page, so the user can write during the call.
Nothing is logged unless the user says the call happened (RULES.md, "The phone script").
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang
from ...model import Application, Profile
from ...writing.messages import PhoneScript, phone_script
from ..colours import set_style
from ..dialogs.widgets import OptionalDateEdit, to_qdate
from ..list.labels import caption

STEPS = 4
BEFORE_PAGE = 0
AFTER_PAGE = STEPS + 1
SAY_STYLE = (
    "#say { background: $say_bg; color: $say_text; border-left: 4px solid $say_edge;"
    " padding: 10px 12px; }"
)
WARN_STYLE = (
    "#neverAsk { background: $never_bg; color: $never_text; border-left: 4px solid $never_edge;"
    " padding: 6px 10px; }"
)


def bullets(items: Iterable[str]) -> str:
    rows = "".join(f"<li style='margin-bottom:3px'>{html.escape(i)}</li>" for i in items)
    return f"<ul style='margin:0 0 0 -18px'>{rows}</ul>"


def _label(text: str = "", *, rich: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _title(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def _caption(text: str) -> QLabel:
    return caption(text, top_margin=6)


class AdViewer(QDialog):
    """The saved ad, in a window of its own that can stay open during the call."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The ad – %1").replace("%1", title))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(520, 420)


class StepPage(QWidget):
    """One step of the call: its heading, the words to say, and tips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.title = _title()
        self.say_caption = _caption(self.tr("Say something like:"))
        self.say = _label(rich=False)
        self.say.setObjectName("say")
        set_style(self.say, SAY_STYLE)
        self.say.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.say.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.say.setFont(font)
        self.tips_caption = _caption(self.tr("Tips"))
        self.tips = _label()
        for widget in (self.title, self.say_caption, self.say, self.tips_caption, self.tips):
            self.layout_.addWidget(widget)


class PhoneScriptPages(QWidget):
    """Before the call, the four steps, and the outcome, with Back/Next between them."""

    call_logged = Signal()
    """The user confirmed the call happened and asked to log it."""
    email_requested = Signal()
    """Not reached: the user would rather write an email."""
    page_changed = Signal(int)

    def __init__(
        self,
        app: Application,
        profile: Profile,
        *,
        kind: str,
        lang: Lang,
        now: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.profile = profile
        self.kind = kind
        self.lang = lang
        self.now = now
        self.today = now.date()
        self.script: PhoneScript = self._script("")
        self.ad_viewer: AdViewer | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._scrolled(self._before_page()))
        self.steps: list[StepPage] = []
        for index in range(STEPS):
            page = StepPage()
            if index == 2:
                self._add_question_choice(page)
            self.steps.append(page)
            self.pages.addWidget(self._scrolled(page))
        self.pages.addWidget(self._scrolled(self._after_page()))

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            self.tr("What they say: their timeline, the next step, names…")
        )
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notes during the call"))
        notes = QVBoxLayout()
        notes.setContentsMargins(0, 0, 0, 0)
        notes.addWidget(_caption(self.tr("Notes during the call")))
        notes.addWidget(self.notes_edit, 1)
        notes_hint = _label(self.tr("Saved with the call when you log it."), rich=False)
        notes_hint.setObjectName("notesHint")
        notes_hint.setStyleSheet("#notesHint { color: palette(placeholder-text); }")
        notes.addWidget(notes_hint)

        self.back_button = QPushButton(self.tr("‹ Back"))
        self.back_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.clicked.connect(self.next_page)
        self.back_button.setAutoDefault(False)
        self.next_button.setAutoDefault(False)
        self.step_label = QLabel()
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.pages, 1)
        left.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(left, 3)
        layout.addLayout(notes, 2)

        self._fill()
        self.go_to(BEFORE_PAGE)

    # ------------------------------------------------------------------ building

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(page)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop (issue 23.2)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        return scroll

    def _before_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Before you call")))
        person = self.app.contact
        if person.phone:
            who = person.name or self.app.company
            call = self.tr("Call %1 on %2.").replace("%1", who).replace("%2", person.phone)
        else:
            call = self.tr("No phone number is saved – look for one in the ad.")
        self.call_label = _label(html.escape(call))
        layout.addWidget(self.call_label)
        self.before_list = _label()
        layout.addWidget(self.before_list)

        self.ad_button = QPushButton(self.tr("Show the ad"))
        self.ad_button.setAutoDefault(False)
        self.ad_button.clicked.connect(self.show_ad)
        if not self.app.ad_text.strip():
            self.ad_button.setEnabled(False)
            self.ad_button.setToolTip(self.tr("No ad text is saved for this application."))
        ad_row = QHBoxLayout()
        ad_row.addWidget(self.ad_button)
        ad_row.addStretch(1)
        layout.addLayout(ad_row)

        skill_caption = _caption(self.tr("One skill of yours to mention"))
        layout.addWidget(skill_caption)
        self.skill_edit = QLineEdit()
        skill_caption.setBuddy(self.skill_edit)
        self.skill_edit.setPlaceholderText(
            self.tr("e.g. B2B sales, customer meetings, Excel – ideally one the ad asks for")
        )
        self.skill_edit.setClearButtonEnabled(True)
        self.skill_edit.textChanged.connect(self._fill)
        layout.addWidget(self.skill_edit)
        return page

    def _add_question_choice(self, page: StepPage) -> None:
        page.layout_.addWidget(_caption(self.tr("Pick the one question you will ask:")))
        self.question_group = QButtonGroup(self)
        self.question_buttons: list[QRadioButton] = []
        for index in range(1 + len(self.script.good_questions)):
            button = QRadioButton()
            self.question_group.addButton(button, index)
            self.question_buttons.append(button)
            page.layout_.addWidget(button)
        self.question_buttons[0].setChecked(True)
        self.question_group.idToggled.connect(self._question_toggled)
        page.layout_.addWidget(_caption(self.tr("Never ask")))
        self.never_ask = _label()
        self.never_ask.setObjectName("neverAsk")
        set_style(self.never_ask, WARN_STYLE)
        page.layout_.addWidget(self.never_ask)

    def _after_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("After the call")))
        layout.addWidget(_caption(self.tr("Did you reach them?")))
        self.reached_radio = QRadioButton(self.tr("Yes – we talked"))
        self.not_reached_radio = QRadioButton(
            self.tr("No – nobody answered, or we agreed that I call another time")
        )
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.addButton(self.reached_radio)
        self.outcome_group.addButton(self.not_reached_radio)
        layout.addWidget(self.reached_radio)
        layout.addWidget(self.not_reached_radio)

        self.reached_box = QWidget()
        reached = QVBoxLayout(self.reached_box)
        reached.setContentsMargins(0, 6, 0, 0)
        reached.addWidget(_caption(self.tr("What did you learn?")))
        latest = self.latest_interview_index()
        if latest is None:
            label = self.tr("They gave a timeline: they reply by")
            where = self.tr(
                "Saved as the reply date the recruitment goes by, so the follow-up is "
                "planned from it."
            )
        else:
            label = self.tr("They promised a reply by")
            where = self.tr(
                "Saved as the reply date promised after the interview, so the next "
                "follow-up waits for it."
            )
        self.timeline_edit = OptionalDateEdit(label)
        self.timeline_edit.edit.setDate(to_qdate(self.today + dt.timedelta(days=7)))
        reached.addWidget(self.timeline_edit)
        self.timeline_hint = _label(html.escape(where))
        reached.addWidget(self.timeline_hint)
        self.after_list = _label()
        reached.addWidget(self.after_list)
        self.log_button = QPushButton(self.tr("Log the call"))
        self.log_button.setAutoDefault(False)
        self.log_button.clicked.connect(self.call_logged)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_button)
        log_row.addStretch(1)
        reached.addLayout(log_row)

        self.not_reached_box = QWidget()
        missed = QVBoxLayout(self.not_reached_box)
        missed.setContentsMargins(0, 6, 0, 0)
        missed.addWidget(
            _label(
                html.escape(
                    self.tr(
                        "Nothing is logged, so the advice still says to follow up. Try again "
                        "another time – or write an email instead."
                    )
                )
            )
        )
        self.email_button = QPushButton(self.tr("Write an email instead"))
        self.email_button.setAutoDefault(False)
        self.email_button.clicked.connect(self.email_requested)
        email_row = QHBoxLayout()
        email_row.addWidget(self.email_button)
        email_row.addStretch(1)
        missed.addLayout(email_row)

        layout.addWidget(self.reached_box)
        layout.addWidget(self.not_reached_box)
        self.reached_box.hide()
        self.not_reached_box.hide()
        self.reached_radio.toggled.connect(self._outcome_changed)
        self.not_reached_radio.toggled.connect(self._outcome_changed)
        return page

    # ------------------------------------------------------------------ content

    def _script(self, skill: str) -> PhoneScript:
        return phone_script(self.app, self.profile, skill=skill, kind=self.kind, today=self.today)

    def set_kind(self, kind: str) -> None:
        if kind != self.kind:
            self.kind = kind
            self._fill()

    def skill(self) -> str:
        return " ".join(self.skill_edit.text().split())

    def _fill(self) -> None:
        script = self.script = self._script(self.skill())
        self.before_list.setText(bullets(script.before))
        for page, step in zip(self.steps, script.steps, strict=True):
            page.title.setText(step.title)
            page.say.setText(step.say)
            page.tips.setText(bullets(step.tips))
        questions = [script.steps[2].say, *script.good_questions]
        for button, question in zip(self.question_buttons, questions, strict=False):
            button.setText(question)
        chosen = max(self.question_group.checkedId(), 0)
        self.steps[2].say.setText(questions[chosen])
        self.never_ask.setText("<br>".join(f"⚠ {html.escape(item)}" for item in script.never_ask))
        self.after_list.setText(bullets(script.after[1:]))

    def _question_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._fill()

    def chosen_question(self) -> str:
        return self.steps[2].say.text()

    def show_ad(self) -> None:
        if self.ad_viewer is None:
            self.ad_viewer = AdViewer(self.app.job_title, self.app.ad_text, self)
            self.ad_viewer.setWindowFlag(Qt.WindowType.Window)
        if self.ad_viewer.isVisible():
            self.ad_viewer.raise_()  # already open behind the dialog: bring it forward
            self.ad_viewer.activateWindow()
        else:
            self.ad_viewer.show()

    # ------------------------------------------------------------------ navigation

    def page(self) -> int:
        return self.pages.currentIndex()

    def go_to(self, index: int) -> None:
        index = max(BEFORE_PAGE, min(AFTER_PAGE, index))
        had_focus = self.next_button.hasFocus()
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index > BEFORE_PAGE)
        self.next_button.setVisible(index < AFTER_PAGE)
        if index == BEFORE_PAGE:
            text = self.tr("Before the call")
            self.next_button.setText(self.tr("Start the call ›"))
        elif index == AFTER_PAGE:
            text = self.tr("After the call")
        else:
            text = self.tr("Step %1 of %2").replace("%1", str(index)).replace("%2", str(STEPS))
            self.next_button.setText(
                self.tr("The call is over ›") if index == STEPS else self.tr("Next ›")
            )
        self.step_label.setText(text)
        if had_focus and not self.next_button.isVisible():  # the last page: focus its first control
            self._focus_first_on_page()
        self.page_changed.emit(index)

    def _focus_first_on_page(self) -> None:
        page = self.pages.currentWidget()
        widget = page.nextInFocusChain() if page is not None else None
        while page is not None and widget is not page and widget is not None:
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_page(self) -> None:
        self.go_to(self.page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.page() - 1)

    # ------------------------------------------------------------------ outcome

    def _outcome_changed(self) -> None:
        self.reached_box.setVisible(self.reached_radio.isChecked())
        self.not_reached_box.setVisible(self.not_reached_radio.isChecked())

    def reached(self) -> bool:
        return self.reached_radio.isChecked()

    def learnt_date(self) -> dt.date | None:
        return self.timeline_edit.value() if self.reached() else None

    def notes(self) -> str:
        """The notes as one line for the contact log."""
        lines = [" ".join(line.split()) for line in self.notes_edit.toPlainText().splitlines()]
        return " · ".join(line for line in lines if line)

    def latest_interview_index(self) -> int | None:
        """The interview a learnt reply date belongs to: the latest held, else the latest."""
        interviews = self.app.interviews
        if not interviews:
            return None
        held = [i for i, iv in enumerate(interviews) if iv.at.value <= self.now]
        pool = held or list(range(len(interviews)))
        return max(pool, key=lambda i: interviews[i].at.value)
