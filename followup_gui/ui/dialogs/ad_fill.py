"""What a fetched ad does to the application dialog, and the warning about the same ad twice.

``fill_from_fetched`` writes the ad's facts into the dialog's fields, except those the
user already typed or changed (nothing typed is lost), and says where each came from:
Platsbanken itself, or the ad reader on its text. ``DuplicateNote`` watches the title,
employer and link and names the application(s) this one repeats, with a link that selects
the other one in the list behind the dialog; it never blocks saving.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from ...i18n import Lang, format_date
from ...model import Application, Source
from ...reading.duplicates import DuplicateReason, find_duplicates
from ...reading.jobtech import FetchedAd, Origin
from ..colours import set_style
from .ad_fetch import AdLinkRow
from .widgets import from_qdate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

    from ...reading.adtext import AdFacts
    from .ad_checks import AdChecks
    from .date_field import DateEdit
    from .widgets import OptionalDateEdit

DUPLICATE_CHECK_MS = 300


class AdDialog(Protocol):
    """What these tools use of the application dialog (without importing it: no circle)."""

    lang: Lang
    original: Application | None
    fetched: FetchedAd | None
    facts: AdFacts
    _touched: set[str]
    _from_ad: set[str]
    _filling: bool
    title_edit: QLineEdit
    company_edit: QLineEdit
    url_edit: QLineEdit
    contact_name: QLineEdit
    contact_email: QLineEdit
    contact_phone: QLineEdit
    applied_edit: DateEdit
    ad_text: QPlainTextEdit
    notes_edit: QPlainTextEdit
    deadline_edit: OptionalDateEdit
    reply_by_edit: OptionalDateEdit
    rolling_check: QCheckBox
    no_calls_check: QCheckBox
    shortlisted_check: QCheckBox

    def layout(self) -> Any: ...
    def application(self) -> Application: ...
    def _validate(self) -> bool: ...
    def _show_found(self, facts: AdFacts) -> None: ...


@dataclass(slots=True)
class AdTools:
    """The application dialog's parts for a Platsbanken link and for the same ad twice."""

    row: AdLinkRow
    origins: QLabel
    duplicates: DuplicateNote
    duplicate_timer: QTimer
    checks: AdChecks


def _box(widget: QWidget | None) -> QBoxLayout:
    layout = widget.layout() if widget is not None else None
    assert isinstance(layout, QBoxLayout)
    return layout


def attach_ad_tools(
    dialog: AdDialog, *, settings: QSettings | None, others: Sequence[Application]
) -> AdTools:
    """Put the link row above the ad text and the duplicate warning above the buttons."""

    def today() -> dt.date:
        return from_qdate(dialog.applied_edit.date())

    owner = dialog if isinstance(dialog, QWidget) else None  # Qt owns what the dialog holds
    row = AdLinkRow(settings, lang=dialog.lang, today=today, parent=owner)
    box = _box(dialog.ad_text.parentWidget())
    box.insertWidget(0, row)
    origins = QLabel()
    origins.setObjectName("adOrigins")
    origins.setWordWrap(True)
    origins.setTextFormat(Qt.TextFormat.RichText)
    origins.hide()
    box.insertWidget(1, origins)
    for name, edit in (("job_title", dialog.title_edit), ("company", dialog.company_edit),
                       ("ad_url", dialog.url_edit)):  # fmt: skip
        edit.textEdited.connect(lambda _="", n=name: dialog._from_ad.discard(n))
    note = DuplicateNote(others, lang=dialog.lang, today=today, parent=owner)
    main = dialog.layout()
    assert isinstance(main, QBoxLayout)
    main.insertWidget(main.count() - 1, note)
    timer = QTimer(row, singleShot=True, interval=DUPLICATE_CHECK_MS)
    timer.timeout.connect(lambda: note.check(dialog.application()))
    for edit in (dialog.title_edit, dialog.company_edit, dialog.url_edit):
        edit.textChanged.connect(timer.start)
    if others:
        timer.start()
    from .ad_checks import AdChecks

    tools = AdTools(row, origins, note, timer, AdChecks(dialog))
    row.fetched.connect(lambda fetched: fill_from_fetched(dialog, tools, fetched))
    return tools


def today_of(dialog: AdDialog) -> dt.date:
    """The day the dialog's year-less dates count from: "applied on"."""
    return from_qdate(dialog.applied_edit.date())


def settings_of(window: object) -> QSettings | None:
    """The window's settings (whether fetching ads is on); None for a bare workspace."""
    settings = getattr(window, "settings", None)
    return settings if isinstance(settings, QSettings) else None


def _field(dialog: AdDialog, name: str) -> Any:
    """A widget of format v2's fields (town, source), on the dialog or its "seeking" group."""
    return getattr(getattr(dialog, "seeking", None), name, None) or getattr(dialog, name, None)


def with_ad_facts(dialog: AdDialog, app: Application) -> Application:
    """The fetched ad's source (and town, where the dialog has no field for it) on ``app``."""
    fetched = dialog.fetched
    if fetched is None or dialog.original is not None:
        return app
    changes: dict[str, Any] = {}
    if _field(dialog, "source_combo") is None and app.source is Source.UNKNOWN:
        changes["source"] = Source.PLATSBANKEN
    if _field(dialog, "town_edit") is None and not app.town:
        changes["town"] = fetched.application.town
    return replace(app, **changes) if changes else app


def _free(dialog: AdDialog, name: str, current: str = "") -> bool:
    """A field the ad may fill: not changed by hand, and (for text) empty or untouched."""
    return name not in dialog._touched and (not current.strip() or name in dialog._from_ad)


def fill_from_fetched(dialog: AdDialog, tools: AdTools, fetched: FetchedAd) -> list[str]:
    """Fill the dialog from the ad; the names of the fields that were filled."""
    app = fetched.application
    filled: list[str] = []
    text_fields: list[tuple[str, Any, str]] = [
        ("job_title", dialog.title_edit, app.job_title),
        ("company", dialog.company_edit, app.company),
        ("ad_url", dialog.url_edit, app.ad_url),
        ("contact_name", dialog.contact_name, app.contact.name),
        ("contact_email", dialog.contact_email, app.contact.email),
        ("contact_phone", dialog.contact_phone, app.contact.phone),
    ]
    town_edit = _field(dialog, "town_edit")
    if town_edit is not None:
        text_fields.append(("town", town_edit, app.town))
    dialog._filling = True
    try:
        for name, edit, value in text_fields:
            if value and _free(dialog, name, edit.text()):
                edit.setText(value)
                dialog._from_ad.add(name)
                filled.append(name)
        if not dialog.ad_text.toPlainText().strip() and app.ad_text:
            dialog.ad_text.blockSignals(True)  # the text is read below, with the API's facts
            dialog.ad_text.setPlainText(app.ad_text)
            dialog.ad_text.blockSignals(False)
            filled.append("ad_text")
        if app.deadline and _free(dialog, "deadline") and dialog.deadline_edit.value() is None:
            dialog.deadline_edit.set_value(app.deadline)
            filled.append("deadline")
        for name, check in (
            ("rolling_selection", dialog.rolling_check),
            ("ad_no_calls", dialog.no_calls_check),
            ("ad_only_shortlisted_contacted", dialog.shortlisted_check),
        ):
            if getattr(app, name) and _free(dialog, name):
                check.setChecked(True)
                filled.append(name)
        if app.ad_reply_by and _free(dialog, "ad_reply_by"):
            dialog.reply_by_edit.set_value(app.ad_reply_by)
            filled.append("ad_reply_by")
        notes = dialog.notes_edit.toPlainText()
        if fetched.how_to_apply and fetched.how_to_apply not in notes:
            joined = (
                f"{notes.rstrip()}\n\n{fetched.how_to_apply}"
                if notes.strip()
                else (fetched.how_to_apply)
            )
            dialog.notes_edit.setPlainText(joined)
            filled.append("notes")
        source = _field(dialog, "source_combo")
        if source is not None and "source" not in dialog._touched:
            source.set_value(app.source)
    finally:
        dialog._filling = False
    dialog._touched.update({"deadline"} & set(filled))  # a later read of the text keeps it
    dialog.fetched = fetched
    tools.origins.setText(origins_html(fetched, filled))
    tools.origins.show()
    from ...reading.adtext import analyse

    if "ad_text" in filled:  # the text came in without its signals: read it for the column
        dialog.facts = analyse(dialog.ad_text.toPlainText(), today_of(dialog))
    dialog._show_found(dialog.facts)  # "found in the ad" names what Platsbanken gave, too
    tools.checks.check_language()
    tools.checks.check_deadline()
    dialog._validate()
    tools.duplicate_timer.start()
    return filled


def origins_html(fetched: FetchedAd, filled: Sequence[str]) -> str:
    """ "From Platsbanken: …" and "Read in the ad text: …", each field named."""
    labels = {
        "job_title": QCoreApplication.translate("AdOrigins", "Job title"),
        "company": QCoreApplication.translate("AdOrigins", "Employer"),
        "town": QCoreApplication.translate("AdOrigins", "Town"),
        "deadline": QCoreApplication.translate("AdOrigins", "Deadline"),
        "contact_name": QCoreApplication.translate("AdOrigins", "Contact person"),
        "contact_email": QCoreApplication.translate("AdOrigins", "Email"),
        "contact_phone": QCoreApplication.translate("AdOrigins", "Phone"),
        "ad_url": QCoreApplication.translate("AdOrigins", "Link"),
        "ad_text": QCoreApplication.translate("AdOrigins", "The ad's text"),
        "notes": QCoreApplication.translate("AdOrigins", "How to apply (in Notes)"),
        "rolling_selection": QCoreApplication.translate("AdOrigins", "Rolling selection"),
        "ad_no_calls": QCoreApplication.translate("AdOrigins", "No phone calls"),
        "ad_only_shortlisted_contacted": QCoreApplication.translate(
            "AdOrigins", "Only shortlisted are contacted"
        ),
        "ad_reply_by": QCoreApplication.translate("AdOrigins", "The ad's own timeline"),
    }
    groups: dict[Origin, list[str]] = {Origin.API: [], Origin.AD_TEXT: []}
    for name in filled:
        origin = fetched.origins.get(name, Origin.API)
        line = html.escape(labels.get(name, name))
        if name in fetched.evidence:
            quoted = QCoreApplication.translate("AdOrigins", "“%1”").replace(
                "%1", html.escape(fetched.evidence[name])
            )
            line += f" <span style='color:palette(placeholder-text)'>– {quoted}</span>"
        groups[origin].append(line)
    parts = []
    if groups[Origin.API]:
        head = html.escape(QCoreApplication.translate("AdOrigins", "From Platsbanken:"))
        parts.append(f"<b>{head}</b> " + ", ".join(groups[Origin.API]))
    if groups[Origin.AD_TEXT]:
        head = html.escape(QCoreApplication.translate("AdOrigins", "Read in the ad text:"))
        parts.append(f"<b>{head}</b><br>" + "<br>".join(groups[Origin.AD_TEXT]))
    if not parts:
        return html.escape(
            QCoreApplication.translate(
                "AdOrigins", "The ad had nothing that was not filled in already."
            )
        )
    return "<br>".join(parts)


class DuplicateNote(QLabel):
    """ "You already have this ad: …" with a link to the other one; hidden when there is none."""

    show_other = Signal(str)  # application id

    def __init__(
        self,
        others: Sequence[Application],
        *,
        lang: Lang,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.others = others
        self.lang = lang
        self._today = today
        self.found: list[Application] = []
        self.setObjectName("duplicateNote")
        self.setWordWrap(True)
        set_style(self, "color: $warning_text;")
        self.linkActivated.connect(self._clicked)
        self.hide()

    def _clicked(self, href: str) -> None:
        if href.startswith("app:"):
            self.show_other.emit(href.removeprefix("app:"))

    def check(self, candidate: Application) -> None:
        """Look for ``candidate`` among the others and show what repeats it."""
        duplicates = find_duplicates(candidate, self.others, today=self._today())
        self.found = [d.application for d in duplicates]
        if not duplicates:
            self.setText("")
            self.hide()
            return
        reasons = {
            DuplicateReason.SAME_AD: self.tr("the same Platsbanken ad"),
            DuplicateReason.SAME_LINK: self.tr("the same ad link"),
            DuplicateReason.SIMILAR: self.tr("the same employer and a similar title"),
        }
        lines = []
        for duplicate in duplicates[:3]:
            other = duplicate.application
            when = (
                self.tr("applied %1").replace("%1", format_date(other.applied_on, self.lang))
                if other.applied_on
                else self.tr("saved ad")
            )
            name = html.escape(f"{other.job_title} – {other.company}")
            why = html.escape(reasons[duplicate.reason])
            lines.append(
                f"<a href='app:{html.escape(other.id)}'>{name}</a> ({html.escape(when)}; {why})"
            )
        head = html.escape(self.tr("You may have this one already:"))
        tail = html.escape(self.tr("You can still save it."))
        self.setText(f"⚠ {head} " + "; ".join(lines) + f". {tail}")
        self.show()
