"""The side panel: what to do about the selected application, when, how and why.

Everything shown comes from the verdict ``advice.assess`` computed; the panel only
words and arranges it, and offers the buttons that act on it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QActionGroup, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang, format_date, format_datetime
from ...model import Application, Channel, Stage
from ...rules.advice import Action, Verdict
from ...rules.headline import headline
from ...rules.reasons import action_name, channel_name, stage_name
from ...writing.channels import channel_tradeoffs
from ..announce import AnnouncedLabel
from ..colours import set_style
from ..flow_layout import FlowLayout
from ..plain_text import escape
from .attachments_box import AttachmentsBox
from .channel_grid import ChannelGrid
from .closing import CloseAndMoveOnButton
from .details import details_html
from .icons import action_icon
from .labels import caption
from .timeline import TimelineWidget
from .todo_box import TodoBox
from .waiting import waiting_for

_WARNINGS = frozenset(
    {
        "one_follow_up",
        "thank_you_missed",
        "only_shortlisted_contacted",
        "silence_consider_closing",
        "window_long_passed",
        "deadline_passed",
    }
)
EVENT_ROLE = Qt.ItemDataRole.UserRole + 10


def _label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    return caption(text, top_margin=8)


class VerdictPanel(QScrollArea):
    """Shows one application's verdict; emits what the user asks to do about it."""

    follow_up_requested = Signal()
    log_contact_requested = Signal()
    reply_requested = Signal()  # "Got a reply…": log the answer, perhaps move the stage on
    paste_reply_requested = Signal()  # "Paste a reply…": read the employer's mail
    interview_requested = Signal()
    other_offer_requested = Signal()
    edit_requested = Signal()
    applied_requested = Signal()
    stage_requested = Signal(str)
    close_requested = Signal(str)  # "close it and move on", with the stage to close with
    event_edit_requested = Signal(str, int)  # kind ("interview", "contact", "offer"), index
    event_remove_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unseen Tab stop: it scrolls to its buttons
        self.lang: Lang = "sv"
        self.app: Application | None = None
        self.verdict: Verdict | None = None
        self.follow_up_available = True
        self.read_only = False
        self._shown: tuple[int, int, dt.datetime, str] | None = None

        body = QWidget()
        body.setObjectName("verdictBody")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)

        self.title = _label(selectable=True)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        layout.addWidget(self.title)

        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # it names the job
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        big = self.headline.font()
        big.setPointSizeF(big.pointSizeF() * 1.45)
        big.setWeight(QFont.Weight.DemiBold)
        self.headline.setFont(big)
        self.headline_icon = QLabel()
        self.announced = AnnouncedLabel(self.headline)  # said when another app is selected
        self.headline_icon.setFixedSize(32, 32)
        headline_row = QHBoxLayout()
        headline_row.setSpacing(10)
        headline_row.addWidget(self.headline_icon, 0, Qt.AlignmentFlag.AlignTop)
        headline_row.addWidget(self.headline, 1)
        layout.addLayout(headline_row)

        self.window_line = _label()
        layout.addWidget(self.window_line)
        self.todos = TodoBox(layout)  # what the employer asked for, until it is done

        self.warning = _label()
        self.warning.setObjectName("warning")
        set_style(self.warning, "#warning { background: palette(alternate-base); padding: 6px 8px;"
                  " border-left: 4px solid $warning_edge; }")  # fmt: skip
        layout.addWidget(self.warning)
        self.close_button = CloseAndMoveOnButton()  # under the silence hint, when it shows
        self.close_button.close_requested.connect(self.close_requested)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = FlowLayout()  # wraps on a narrow panel instead of widening it
        self.follow_up_button = QPushButton(self.tr("Follow up…"))
        self.follow_up_button.setDefault(True)
        self.follow_up_button.clicked.connect(self.follow_up_requested)
        self.log_button = QPushButton(self.tr("Log contact…"))
        self.log_button.clicked.connect(self.log_contact_requested)
        self.reply_button = QPushButton(self.tr("Got a reply…"))  # and set the stage it leads to
        self.reply_button.clicked.connect(self.reply_requested)
        self.reply_button.setToolTip(self.tr("An answer by phone, or one you type in yourself"))
        self.paste_reply_button = QPushButton(self.tr("Paste a reply…"))  # the employer's mail
        self.paste_reply_button.setToolTip(self.tr("Paste or drop the employer's mail: it is read"))
        self.paste_reply_button.clicked.connect(self.paste_reply_requested)
        self.interview_button = QPushButton(self.tr("Interview…"))
        self.interview_button.clicked.connect(self.interview_requested)
        self.offer_button = QPushButton(self.tr("Other offer…"))
        self.offer_button.clicked.connect(self.other_offer_requested)
        self.applied_button = QPushButton(self.tr("I have applied…"))
        self.applied_button.setToolTip(self.tr("Turn this saved ad into an application"))
        self.applied_button.clicked.connect(self.applied_requested)
        buttons.addWidget(self.applied_button)
        self.stage_button = QToolButton()
        self.stage_button.setText(self.tr("Stage"))
        self.stage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.stage_menu = QMenu(self.stage_button)
        self.stage_button.setMenu(self.stage_menu)
        for button in self._action_buttons():  # one flow that wraps, to keep the window's width
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.timeline = TimelineWidget()
        layout.addWidget(self.timeline)

        layout.addWidget(_heading(self.tr("Why")))
        self.reasons = _label(selectable=True)
        layout.addWidget(self.reasons)

        self.channel_heading = _heading(self.tr("Channel"))
        layout.addWidget(self.channel_heading)
        self.channel_text = _label()
        layout.addWidget(self.channel_text)
        self.comparison = ChannelGrid()  # three columns, or one under another when narrow
        layout.addWidget(self.comparison)
        self.tradeoffs = _label()
        layout.addWidget(self.tradeoffs)

        layout.addWidget(_heading(self.tr("Interviews, contacts and offers")))
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("Interviews, contacts and offers"))
        self.events.setWordWrap(True)  # a long entry wraps instead of running off the side
        self.events.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.events.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.events.setMaximumHeight(140)
        self.events.itemActivated.connect(self._edit_event)
        self.events.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.events.customContextMenuRequested.connect(self._event_menu)
        layout.addWidget(self.events)
        event_buttons = QHBoxLayout()
        self.edit_event_button = QPushButton(self.tr("Edit…"))
        self.edit_event_button.clicked.connect(lambda: self._edit_event(self.events.currentItem()))
        self.remove_event_button = QPushButton(self.tr("Remove"))
        self.remove_event_button.clicked.connect(self._remove_current_event)
        event_buttons.addWidget(self.edit_event_button)
        event_buttons.addWidget(self.remove_event_button)
        event_buttons.addStretch(1)
        layout.addLayout(event_buttons)
        self.events.currentRowChanged.connect(self._update_event_buttons)

        layout.addWidget(_heading(self.tr("Attached files")))
        self.attachments = AttachmentsBox()
        layout.addWidget(self.attachments)

        layout.addWidget(_heading(self.tr("Details")))
        self.details = _label(selectable=True)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.show_application(None, None, dt.datetime.now(), "sv")

    # ------------------------------------------------------------------ filling

    def show_application(
        self, app: Application | None, verdict: Verdict | None, now: dt.datetime, lang: Lang
    ) -> None:
        shown = (id(app), id(verdict), now, lang)
        if shown == self._shown and app is self.app and verdict is self.verdict:
            return  # the same thing again (a keystroke in the search box, say)
        self._shown = shown
        if app is None or self.app is None or app.id != self.app.id:
            self.verticalScrollBar().setValue(0)  # another application: start at its top
        self.app, self.verdict, self.lang = app, verdict, lang
        self.todos.show_for(app, now.date(), lang)
        if app is None or verdict is None:
            self.title.setText("")
            self.headline.setText(self.tr("Select an application to see what to do next."))
            self.headline_icon.clear()
            for widget in (self.window_line, self.warning, self.channel_text, self.tradeoffs):
                widget.hide()
            self.timeline.show_application(None, None, now.date(), lang)
            self.reasons.setText("")
            self.reasons.setToolTip("")
            self.details.setText("")
            self.events.clear()
            self.attachments.show_attachments(None, lang)
            self.comparison.clear()
            self._set_buttons_enabled(False)
            self.applied_button.hide()
            self.close_button.show_for(None, editable=False)
            return
        self._set_buttons_enabled(True)
        self.title.setText(f"{escape(app.job_title)} – {escape(app.company)}")
        self.announced.show(app.id, headline(verdict, now, lang, stage=app.stage))
        self.headline_icon.setPixmap(action_icon(verdict.action).pixmap(32, 32))
        self.headline_icon.setAccessibleName(action_name(verdict.action.value, lang))
        self._fill_window(verdict, now)
        self._fill_warning(verdict)
        self._fill_reasons(verdict)
        self._fill_channel(verdict)
        self.timeline.show_application(app, verdict, now.date(), lang)
        self._fill_events(app, now)
        self.reply_button.setEnabled(app.applied_on is not None)  # a saved ad has no answer yet
        self._fill_details(app)
        self.attachments.show_attachments(app, lang)
        self.applied_button.setVisible(app.is_saved_ad and not self.read_only)
        self.applied_button.setDefault(app.is_saved_ad)
        self.follow_up_button.setDefault(not app.is_saved_ad)
        self._fill_stage_menu(app)
        self.follow_up_button.setEnabled(
            self.follow_up_available and verdict.action not in (Action.CLOSED, Action.APPLY)
        )
        self.close_button.show_for(verdict, editable=not self.read_only)

    def _action_buttons(self) -> tuple[QPushButton | QToolButton, ...]:
        return (self.follow_up_button, self.log_button, self.reply_button, self.paste_reply_button,
                self.interview_button, self.offer_button, self.stage_button)  # fmt: skip

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in self._action_buttons():
            button.setEnabled(enabled)
        self._update_event_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only file: nothing can be logged or changed, so those buttons go."""
        self.read_only = read_only
        self.close_button.show_for(self.verdict, editable=not read_only)
        self.attachments.set_editable(not read_only)
        self.todos.set_editable(not read_only)
        self.applied_button.setVisible(
            not read_only and self.app is not None and self.app.is_saved_ad
        )
        for button in (*self._action_buttons(), self.edit_event_button, self.remove_event_button):
            button.setVisible(not read_only)

    def _fill_window(self, verdict: Verdict, now: dt.datetime) -> None:
        first, last = verdict.earliest, verdict.latest
        if verdict.action is Action.APPLY:
            first = last  # a saved ad has its deadline only
        waits = verdict.action is Action.AWAIT_REPLY and not verdict.has("window_long_passed")
        if first is None or last is None or verdict.action is Action.CLOSED or waits:
            self.window_line.hide()
            return
        year = now.year
        start = format_date(first, self.lang, ref_year=year)
        end = format_date(last, self.lang, ref_year=year)
        if verdict.action is Action.THANK_YOU and verdict.due_at is not None:
            text = self.tr("Send it before %1.").replace(
                "%1", format_datetime(verdict.due_at, self.lang, ref_year=year)
            )
        elif verdict.action is Action.INTERVIEW_SCHEDULED:
            text = self.tr("Interview on %1.").replace("%1", start)
        elif verdict.action is Action.APPLY:
            text = self.tr("Last day to apply: %1.").replace("%1", start)
        elif first == last:
            text = self.tr("Window: %1.").replace("%1", start)
        else:
            text = self.tr("Window: %1 to %2.").replace("%1", start).replace("%2", end)
        if verdict.action is Action.FOLLOW_UP and last < now.date():
            text += " " + self.tr(
                "The window has passed – a follow-up now is still better than none."
            )
        self.window_line.setText(escape(text))
        self.window_line.show()

    def _fill_warning(self, verdict: Verdict) -> None:
        notes = [r for r in verdict.reasons if r.rule in _WARNINGS]
        if not notes:
            self.warning.hide()
            return
        self.warning.setText("<br>".join(f"⚠ {escape(r.text)}" for r in notes))
        self.warning.show()

    def _fill_reasons(self, verdict: Verdict) -> None:
        items = []
        for reason in verdict.reasons:
            if reason.rule in _WARNINGS:
                continue
            source = self.tr("Guide: %1").replace("%1", reason.section)
            items.append(
                f"<p style='margin:0 0 6px 0'>{escape(reason.text)}<br>"
                f"<span style='color:palette(placeholder-text); font-size:small'>"
                f"{escape(source)}</span></p>"
            )
        if not items:  # "Why" is never empty: say what the app is waiting for
            items.append(f"<p style='margin:0'>{escape(waiting_for(verdict.action))}</p>")
        self.reasons.setText("".join(items))
        # The rules' ids are for those who want the details, never in the text itself.
        rules = ", ".join(reason.rule for reason in verdict.reasons)
        self.reasons.setToolTip(self.tr("Details: the rules behind this (%1)").replace("%1", rules))

    def _fill_channel(self, verdict: Verdict) -> None:
        self.comparison.clear()
        channel = verdict.channel
        visible = channel is not None and verdict.action in (
            Action.WAIT,
            Action.FOLLOW_UP,
            Action.OTHER_OFFER,
        )
        for widget in (self.channel_heading, self.channel_text, self.tradeoffs, self.comparison):
            widget.setVisible(visible)
        if not visible or channel is None:
            return
        self.channel_text.setText(
            escape(self.tr("Recommended: %1.").replace("%1", channel_name(channel, self.lang)))
        )
        self.comparison.fill(channel, self.tr("Property"), self.lang)
        other = Channel.PHONE if channel is Channel.EMAIL else Channel.EMAIL
        points = channel_tradeoffs(other, self.lang)
        title = self.tr("If you choose %1 instead:").replace("%1", channel_name(other, self.lang))
        self.tradeoffs.setText(
            f"<i>{escape(title)}</i><ul style='margin-top:2px'>"
            + "".join(f"<li>{escape(p)}</li>" for p in points)
            + "</ul>"
        )

    def _fill_events(self, app: Application, now: dt.datetime) -> None:
        self.events.clear()
        year = now.year
        for index, interview in enumerate(app.interviews):
            when = (
                format_date(interview.at.date, self.lang, ref_year=year)
                if interview.at.date_only
                else format_datetime(interview.at.value, self.lang, ref_year=year)
            )
            text = self.tr("Interview %1").replace("%1", when)
            if interview.promised_reply_by is not None:
                text += " – " + self.tr("reply promised by %1").replace(
                    "%1", format_date(interview.promised_reply_by, self.lang, ref_year=year)
                )
            self._add_event(text, "interview", index)
        for index, contact in enumerate(app.contacts):
            when = format_datetime(contact.at.value, self.lang, ref_year=year)
            text = self.tr("%1: %2 by %3").replace("%1", when)
            text = text.replace("%2", self._purpose_words(contact.purpose.value))
            text = text.replace("%3", channel_name(contact.channel, self.lang))
            if contact.note:
                text += f" – {contact.note}"
            self._add_event(text, "contact", index)
        if app.other_offer is not None:
            offer = app.other_offer
            text = self.tr("Other offer noted %1, answer by %2")
            text = text.replace("%1", format_date(offer.noted_on, self.lang, ref_year=year))
            text = text.replace("%2", format_date(offer.respond_by, self.lang, ref_year=year))
            self._add_event(text, "offer", 0)
        if not self.events.count():
            placeholder = QListWidgetItem(self.tr("Nothing logged yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.events.addItem(placeholder)
        self._update_event_buttons()

    def _add_event(self, text: str, kind: str, index: int) -> None:
        item = QListWidgetItem(text)
        item.setData(EVENT_ROLE, (kind, index))
        self.events.addItem(item)

    def _fill_details(self, app: Application) -> None:
        self.details.setText(details_html(app, self.lang))

    def _fill_stage_menu(self, app: Application) -> None:
        self.stage_menu.clear()
        group = QActionGroup(self.stage_menu)  # one stage at a time: shown as radio items
        group.setExclusive(True)
        for stage in Stage:
            action = self.stage_menu.addAction(stage_name(stage, self.lang).capitalize())
            action.setCheckable(True)
            group.addAction(action)
            action.setChecked(stage is app.stage)
            action.triggered.connect(lambda _=False, s=stage.value: self.stage_requested.emit(s))

    def _purpose_words(self, purpose: str) -> str:
        words = {
            "follow_up": self.tr("follow-up"),
            "thank_you": self.tr("thank-you"),
            "other_offer": self.tr("other offer"),
            "reply": self.tr("reply from the employer"),
            "other": self.tr("contact"),
        }
        return words.get(purpose, purpose)

    # ------------------------------------------------------------------ events list

    def _current_event(self) -> tuple[str, int] | None:
        item = self.events.currentItem()
        data = item.data(EVENT_ROLE) if item is not None else None
        return (str(data[0]), int(data[1])) if data else None

    def _update_event_buttons(self, *_: object) -> None:
        has = self._current_event() is not None
        self.edit_event_button.setEnabled(has)
        self.remove_event_button.setEnabled(has)

    def _edit_event(self, item: QListWidgetItem | None) -> None:
        data = item.data(EVENT_ROLE) if item is not None else None
        if data:
            self.event_edit_requested.emit(str(data[0]), int(data[1]))

    def _remove_current_event(self) -> None:
        current = self._current_event()
        if current is not None:
            self.event_remove_requested.emit(*current)

    def _event_menu(self, position: QPoint) -> None:
        current = self._current_event()
        if current is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.event_edit_requested.emit(*current))
        menu.addAction(self.tr("Remove"), lambda: self.event_remove_requested.emit(*current))
        menu.exec(self.events.viewport().mapToGlobal(position))
