"""The panel's "Details": who to contact, the dates, the stage, the ad and the notes.

Rich text, so every piece of the user's text is escaped here, and only a web address
becomes a link (never file:, javascript: or another program's scheme: issue 13.D).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...i18n import Lang, format_date
from ...model import Application
from ...rules.reasons import stage_name
from ..plain_text import escape
from .attachments_box import seeking_rows


def _row(label: str, value_html: str) -> str:
    return f"<b>{escape(label)}:</b> {value_html}"


def details_html(app: Application, lang: Lang) -> str:
    rows = []
    person = app.contact
    if person.name or person.email or person.phone:
        who = ", ".join(escape(p) for p in (person.name, person.email, person.phone) if p)
        rows.append(_row(QCoreApplication.translate("VerdictPanel", "Contact person"), who))
    if app.deadline is not None:
        deadline = escape(format_date(app.deadline, lang))
        rows.append(_row(QCoreApplication.translate("VerdictPanel", "Deadline"), deadline))
    if app.applied_on is not None:
        applied = escape(format_date(app.applied_on, lang))
        rows.append(_row(QCoreApplication.translate("VerdictPanel", "Applied"), applied))
    stage = escape(stage_name(app.stage, lang))
    rows.append(_row(QCoreApplication.translate("VerdictPanel", "Stage"), stage))
    rows.extend(_row(label, escape(text)) for label, text in seeking_rows(app))
    if app.ad_url:
        url = escape(app.ad_url)
        web = app.ad_url.lower().startswith(("https://", "http://"))
        link = f'<a href="{url}">{url}</a>' if web else url
        rows.append(_row(QCoreApplication.translate("VerdictPanel", "Ad"), link))
    if app.notes:
        notes = escape(app.notes).replace("\n", "<br>")
        rows.append(_row(QCoreApplication.translate("VerdictPanel", "Notes"), "<br>" + notes))
    return "<br>".join(rows)
