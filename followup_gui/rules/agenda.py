"""The agenda: every application's verdict, most urgent first, as data, JSON or a table.

Shared by the ``agenda`` command and anything else that lists verdicts headlessly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..i18n import Lang, format_datetime
from ..model import Application
from .advice import Verdict, assess, urgency_key
from .headline import window_words
from .reasons import action_name, channel_name


@dataclass(frozen=True, slots=True)
class AgendaItem:
    application: Application
    verdict: Verdict


def agenda_items(
    applications: Iterable[Application],
    now: dt.datetime,
    *,
    lang: Lang = "sv",
    include_closed: bool = False,
) -> list[AgendaItem]:
    """Verdicts for the applications, most urgent first (closed ones only when asked)."""
    items = []
    for application in applications:
        if application.stage.is_closed and not include_closed:
            continue
        items.append(AgendaItem(application, assess(application, now, lang=lang)))
    items.sort(key=lambda item: urgency_key(item.verdict))
    return items


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def as_json(items: Iterable[AgendaItem], now: dt.datetime) -> dict[str, Any]:
    """The object of contract 2 (``agenda --json``)."""
    return {
        "now": now.strftime("%Y-%m-%dT%H:%M"),
        "items": [
            {
                "id": item.application.id,
                "job_title": item.application.job_title,
                "company": item.application.company,
                "action": item.verdict.action.value,
                "earliest": _iso(item.verdict.earliest),
                "latest": _iso(item.verdict.latest),
                "channel": item.verdict.channel.value if item.verdict.channel else None,
                "reasons": [{"rule": r.rule, "text": r.text} for r in item.verdict.reasons],
            }
            for item in items
        ],
    }


_HEAD = {
    "sv": ("Att göra", "När", "Kanal", "Tjänst", "Arbetsgivare"),
    "en": ("Action", "When", "Channel", "Job", "Employer"),
}
_EMPTY = {
    "sv": "Det finns inga ansökningar att visa. Lägg till en i appen: followup-gui",
    "en": "No applications to show. Add one in the app: followup-gui",
}
_TITLE = {"sv": "Läget för dina ansökningar {day}", "en": "Follow-ups as of {day}"}


def as_table(items: list[AgendaItem], now: dt.datetime, lang: Lang, *, with_reasons: bool) -> str:
    """A plain-text table for a terminal, one application a row."""
    day = format_datetime(now, lang)
    lines = [_TITLE[lang].format(day=day), ""]
    if not items:
        return "\n".join([*lines, _EMPTY[lang], ""])
    rows = [_HEAD[lang]]
    for item in items:
        verdict = item.verdict
        mark = "!" if verdict.is_due else " "
        rows.append(
            (
                f"{mark} {action_name(verdict.action, lang)}",
                window_words(verdict, lang, now.year, today=now.date()),
                channel_name(verdict.channel, lang) if verdict.channel else "",
                item.application.job_title,
                item.application.company,
            )
        )
    rows[0] = (f"  {rows[0][0]}", *rows[0][1:])
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for index, row in enumerate(rows):
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:4])]
        lines.append("  ".join([*cells, row[4]]).rstrip())
        if with_reasons and index > 0:
            lines.extend(f"      [{r.rule}] {r.text}" for r in items[index - 1].verdict.reasons)
    lines.append("")
    return "\n".join(lines)
