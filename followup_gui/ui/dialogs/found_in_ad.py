""" "Found in the ad": what the ad reader found, each with the words it came from.

Rich text: the ad's words are escaped here (issue 13.D).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from ...i18n import Lang, format_date
from ...reading.adtext import AdFacts


def found_html(facts: AdFacts, lang: Lang) -> str:
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
    }
    if not facts.found:
        return html.escape(
            QCoreApplication.translate("ApplicationDialog", "Nothing found in the ad yet.")
        )
    rows = []
    for name in facts.found:
        value = getattr(facts, name)
        shown = format_date(value, lang) if isinstance(value, dt.date) else ""
        if isinstance(value, str):
            shown = value
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
    return f"{title}<br>" + "<br>".join(rows)
