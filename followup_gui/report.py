"""The monthly activity report: what the job seeker did in a month, row by row.

Arbetsförmedlingen's monthly activity report ("aktivitetsrapport") asks for every job
applied for and every other activity, with date, employer and job title. This module
collects those facts from the store – applications sent, contacts logged (follow-ups,
thank-you mails, other contacts) and interviews held – and writes them as an aligned
text for copying, or as CSV (``;``-separated in Swedish, like :mod:`.exchange`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .csv_cells import safe_row
from .i18n import Lang, csv_delimiter, month_name
from .model import Application, Channel, Document, Purpose
from .reasons import channel_name

Month = tuple[int, int]
"""(year, month)"""

_MONTH_RE = re.compile(r"(\d{4})-(\d{1,2})")


class Activity(StrEnum):
    APPLICATION = "application"
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    OTHER_OFFER = "other_offer"
    OTHER_CONTACT = "other_contact"
    INTERVIEW = "interview"


_FROM_PURPOSE = {
    Purpose.FOLLOW_UP: Activity.FOLLOW_UP,
    Purpose.THANK_YOU: Activity.THANK_YOU,
    Purpose.OTHER_OFFER: Activity.OTHER_OFFER,
    Purpose.REPLY: Activity.OTHER_CONTACT,
    Purpose.OTHER: Activity.OTHER_CONTACT,
}
_ORDER = {activity: index for index, activity in enumerate(Activity)}


@dataclass(frozen=True, slots=True)
class ReportRow:
    day: dt.date
    activity: Activity
    company: str
    job_title: str
    channel: Channel | None = None
    """How a contact was made; None for applications and interviews."""
    note: str = ""
    application_id: str = ""
    at: dt.datetime | None = None
    """The moment, where one is known (contacts, interviews with a time)."""


@dataclass(frozen=True, slots=True)
class ActivityReport:
    month: Month
    rows: tuple[ReportRow, ...]

    @property
    def applications(self) -> int:
        return sum(row.activity is Activity.APPLICATION for row in self.rows)

    @property
    def contacts(self) -> int:
        """Follow-ups in the wide sense: every contact logged with an employer."""
        return sum(row.activity in _CONTACTS for row in self.rows)

    @property
    def interviews(self) -> int:
        return sum(row.activity is Activity.INTERVIEW for row in self.rows)


_CONTACTS = frozenset(
    {Activity.FOLLOW_UP, Activity.THANK_YOU, Activity.OTHER_OFFER, Activity.OTHER_CONTACT}
)


def parse_month(text: str) -> Month:
    """ "2026-11" → (2026, 11); ValueError with a readable message otherwise."""
    match = _MONTH_RE.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"'{text}' is not a month like 2026-11")
    return int(match.group(1)), int(match.group(2))


def month_of(day: dt.date) -> Month:
    return day.year, day.month


def previous_months(today: dt.date, count: int) -> list[Month]:
    """``today``'s month and the ``count - 1`` before it, newest first."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


def month_title(month: Month, lang: Lang) -> str:
    """ "november 2026" / "November 2026"."""
    return f"{month_name(month[1], lang)} {month[0]}"


def activity_report(
    document: Document | Iterable[Application],
    month: Month | str,
    *,
    until: dt.datetime | None = None,
) -> ActivityReport:
    """Everything done in ``month``, in date order.

    ``until`` leaves out what lies after it (an interview later this month has not
    happened yet); None keeps everything dated in the month.
    """
    year_month = parse_month(month) if isinstance(month, str) else month
    applications = document.applications if isinstance(document, Document) else document
    rows: list[ReportRow] = []

    def wanted(day: dt.date, at: dt.datetime | None) -> bool:
        if month_of(day) != year_month:
            return False
        if until is None:
            return True
        return (at if at is not None else dt.datetime.combine(day, dt.time())) <= until

    for app in applications:
        if app.applied_on is not None and wanted(app.applied_on, None):
            rows.append(_row(app, app.applied_on, Activity.APPLICATION))
        for contact in app.contacts:
            moment = None if contact.at.date_only else contact.at.value
            if wanted(contact.at.date, moment):
                rows.append(
                    _row(
                        app,
                        contact.at.date,
                        _FROM_PURPOSE[contact.purpose],
                        at=moment,
                        channel=contact.channel,
                        note=contact.note,
                    )
                )
        for interview in app.interviews:
            moment = None if interview.at.date_only else interview.at.value
            if wanted(interview.at.date, moment):
                rows.append(_row(app, interview.at.date, Activity.INTERVIEW, at=moment))
    rows.sort(key=lambda r: (r.day, r.at or dt.datetime.min, _ORDER[r.activity], r.company))
    return ActivityReport(year_month, tuple(rows))


def _row(
    app: Application,
    day: dt.date,
    activity: Activity,
    *,
    at: dt.datetime | None = None,
    channel: Channel | None = None,
    note: str = "",
) -> ReportRow:
    return ReportRow(day, activity, app.company, app.job_title, channel, note, app.id, at)


_ACTIVITY: dict[Lang, dict[Activity, str]] = {
    "sv": {
        Activity.APPLICATION: "Ansökan skickad",
        Activity.FOLLOW_UP: "Uppföljning",
        Activity.THANK_YOU: "Tack efter intervju",
        Activity.OTHER_OFFER: "Kontakt om annat erbjudande",
        Activity.OTHER_CONTACT: "Kontakt med arbetsgivaren",
        Activity.INTERVIEW: "Intervju",
    },
    "en": {
        Activity.APPLICATION: "Application sent",
        Activity.FOLLOW_UP: "Follow-up",
        Activity.THANK_YOU: "Thank-you after interview",
        Activity.OTHER_OFFER: "Contact about another offer",
        Activity.OTHER_CONTACT: "Contact with the employer",
        Activity.INTERVIEW: "Interview",
    },
}
_VIA = {"sv": "via", "en": "by"}


def activity_text(row: ReportRow, lang: Lang) -> str:
    """What was done and how: "Uppföljning via e-post", "Ansökan skickad"."""
    text = _ACTIVITY[lang][row.activity]
    if row.channel is not None:
        text += f" {_VIA[lang]} {channel_name(row.channel, lang)}"
    return text


_HEAD: dict[Lang, tuple[str, ...]] = {
    "sv": ("Datum", "Aktivitet", "Arbetsgivare", "Tjänst"),
    "en": ("Date", "Activity", "Employer", "Job title"),
}
_CSV_HEAD: dict[Lang, tuple[str, ...]] = {
    "sv": ("Datum", "Aktivitet", "Arbetsgivare", "Tjänst", "Kanal", "Anteckning"),
    "en": ("Date", "Activity", "Employer", "Job title", "Channel", "Note"),
}
_TITLE = {"sv": "Aktivitetsrapport {month}", "en": "Activity report {month}"}
_EMPTY = {
    "sv": "Inga ansökningar, uppföljningar eller intervjuer i {month}.",
    "en": "No applications, follow-ups or interviews in {month}.",
}
_COUNTS: dict[Lang, tuple[tuple[str, str], ...]] = {
    "sv": (("ansökan", "ansökningar"), ("uppföljning", "uppföljningar"),
           ("intervju", "intervjuer")),
    "en": (("application", "applications"), ("follow-up", "follow-ups"),
           ("interview", "interviews")),
}  # fmt: skip


def title(report: ActivityReport, lang: Lang) -> str:
    return _TITLE[lang].format(month=month_title(report.month, lang))


def totals(report: ActivityReport, lang: Lang) -> str:
    """ "6 ansökningar, 2 uppföljningar, 2 intervjuer"."""
    counts = (report.applications, report.contacts, report.interviews)
    return ", ".join(
        f"{n} {one if n == 1 else many}"
        for n, (one, many) in zip(counts, _COUNTS[lang], strict=True)
    )


def table_rows(report: ActivityReport, lang: Lang) -> list[tuple[str, str, str, str]]:
    """Date, activity, employer, job title – as the text, a table or a form shows them."""
    return [
        (row.day.isoformat(), activity_text(row, lang), row.company, row.job_title)
        for row in report.rows
    ]


def headings(lang: Lang) -> tuple[str, ...]:
    return _HEAD[lang]


def as_text(report: ActivityReport, lang: Lang) -> str:
    """A heading, aligned columns and the totals, for a terminal or the clipboard."""
    lines = [title(report, lang), ""]
    if not report.rows:
        lines.append(_EMPTY[lang].format(month=month_title(report.month, lang)))
        return "\n".join([*lines, ""])
    rows = [_HEAD[lang], *table_rows(report, lang)]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:3])]
        lines.append("  ".join([*cells, row[3]]).rstrip())
    lines.extend(["", totals(report, lang), ""])
    return "\n".join(lines)


def as_csv(report: ActivityReport, lang: Lang, *, newline: str = "\r\n") -> str:
    """One row per activity; ``;``-separated in Swedish, as Swedish spreadsheets expect.

    Cells go through ``csv_cells.safe_cell`` (no formula from a title or a note is run).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=csv_delimiter(lang), lineterminator=newline)
    writer.writerow(_CSV_HEAD[lang])
    for row, (day, activity, company, job) in zip(
        report.rows, table_rows(report, lang), strict=True
    ):
        channel = channel_name(row.channel, lang) if row.channel is not None else ""
        writer.writerow(safe_row((day, activity, company, job, channel, row.note)))
    return out.getvalue()
