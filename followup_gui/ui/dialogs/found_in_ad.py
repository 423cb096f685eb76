""" "Found in the ad": what the ad reader found, each with the words it came from.

Rich text: the ad's words are escaped here (issue 13.D).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...i18n import Lang, format_date
from ...reading.adtext import AdFacts

if TYPE_CHECKING:
    from ...reading.jobtech import FetchedAd

# What Platsbanken's own fields give the application, in the order they are named.
_FROM_PLATSBANKEN = ("deadline", "contact_name", "contact_email", "contact_phone", "town")


def _from_platsbanken(fetched: FetchedAd | None, lang: Lang) -> str:
    """ "From Platsbanken: Deadline: 8 May 2024, Contact person: …", or "" for none."""
    if fetched is None:
        return ""
    from ...reading.jobtech import Origin

    labels = {
        "deadline": QCoreApplication.translate("ApplicationDialog", "Deadline"),
        "contact_name": QCoreApplication.translate("ApplicationDialog", "Contact person"),
        "contact_email": QCoreApplication.translate("ApplicationDialog", "Email"),
        "contact_phone": QCoreApplication.translate("ApplicationDialog", "Phone"),
        "town": QCoreApplication.translate("ApplicationDialog", "Town"),
    }
    app = fetched.application
    values = {
        "deadline": format_date(app.deadline, lang) if app.deadline else "",
        "contact_name": app.contact.name,
        "contact_email": app.contact.email,
        "contact_phone": app.contact.phone,
        "town": app.town,
    }
    rows = [
        f"✓ <b>{html.escape(labels[name])}</b>: {html.escape(values[name])}"
        for name in _FROM_PLATSBANKEN
        if fetched.origins.get(name) is Origin.API and values[name]
    ]
    if not rows:
        return ""
    head = QCoreApplication.translate("ApplicationDialog", "From Platsbanken:")
    return f"{html.escape(head)}<br>" + "<br>".join(rows)


def found_html(facts: AdFacts, lang: Lang, fetched: FetchedAd | None = None) -> str:
    """What the ad reader found (with the words it came from) and what Platsbanken gave."""
    platsbanken = _from_platsbanken(fetched, lang)
    labels = {
        "deadline": QCoreApplication.translate("ApplicationDialog", "Deadline"),
        "rolling_selection": QCoreApplication.translate("ApplicationDialog", "Rolling selection"),
        "ad_reply_by": QCoreApplication.translate("ApplicationDialog", "The ad's own timeline"),
        "ad_no_calls": QCoreApplication.translate("ApplicationDialog", "No phone calls"),
        "ad_only_shortlisted_contacted": QCoreApplication.translate(
            "ApplicationDialog", "Only shortlisted are contacted"
        ),
        "contact_name": QCoreApplication.translate("ApplicationDialog", "Contact person"),
        "contact_email": QCoreApplication.translate("ApplicationDialog", "Email"),
        "contact_phone": QCoreApplication.translate("ApplicationDialog", "Phone"),
        "town": QCoreApplication.translate("ApplicationDialog", "Town"),
    }
    if not facts.found:
        if platsbanken:
            return platsbanken
        return html.escape(
            QCoreApplication.translate("ApplicationDialog", "Nothing found in the ad yet.")
        )
    rows = []
    for name in facts.found:
        value = getattr(facts, name)
        shown = format_date(value, lang) if isinstance(value, dt.date) else ""
        if isinstance(value, str):
            shown = value
        if name == "deadline" and facts.deadline_year_guessed:
            shown = QCoreApplication.translate("ApplicationDialog", "%1 (year guessed)").replace(
                "%1", shown
            )
        line = f"✓ <b>{html.escape(labels.get(name, name))}</b>"
        if shown:
            line += f": {html.escape(shown)}"
        evidence = facts.evidence.get(name)
        if evidence:
            quoted = QCoreApplication.translate("ApplicationDialog", "“%1”").replace(
                "%1", html.escape(evidence)
            )
            line += f" <span style='color:palette(placeholder-text)'>– {quoted}</span>"
        rows.append(line)
    title = html.escape(QCoreApplication.translate("ApplicationDialog", "Found in the ad:"))
    found = f"{title}<br>" + "<br>".join(rows)
    return f"{platsbanken}<br>{found}" if platsbanken else found
