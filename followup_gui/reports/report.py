"""The monthly activity report (Arbetsförmedlingen's "aktivitetsrapport"), row by row.

Someone registered at Arbetsförmedlingen reports every month what they did to find work:
the report for month M is due between the 1st and the 14th of M+1 (RULES.md "The activity
report"). This module knows which month is due and by when, and collects the month's
rows from the store: applications sent, interviews, follow-ups and other contacts with
employers, and the stand-alone activities (a CV updated, a course, SFI, ...). Each row
has the fields in the order the agency's form asks for them – date, kind of activity,
employer, job title, town, how the job was sought – always in Swedish, because the
agency accepts only Swedish; headings may carry English beside it. The text form is for
a terminal or the clipboard, the CSV form for a spreadsheet (``;``-separated for Swedish
spreadsheets, like :mod:`.exchange`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ..i18n import Lang, csv_delimiter, format_date, month_name
from ..model import Activity as StandAlone
from ..model import (
    ActivityKind,
    Application,
    AttachmentKind,
    Channel,
    Document,
    How,
    Purpose,
)
from ..rules.reasons import channel_name
from ..rules.report_deadline import (
    Month,
    due_month,
    first_day_to_report,
    is_open,
    last_day,
    month_key,
    month_of,
    month_title,
    next_month,
    parse_month,
    previous_month,
    previous_months,
    reminder_days,
)
from .csv_cells import safe_row

__all__ = [  # the report's calendar is re-exported: callers read the report from here
    "Activity",
    "ActivityReport",
    "Month",
    "ReportRow",
    "activity_report",
    "due_month",
    "first_day_to_report",
    "is_open",
    "last_day",
    "month_key",
    "month_of",
    "month_title",
    "next_month",
    "parse_month",
    "previous_month",
    "previous_months",
    "reminder_days",
]


class Activity(StrEnum):
    """The kind of a row; the order is the order of rows on the same day."""

    APPLICATION = "application"
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    OTHER_OFFER = "other_offer"
    OTHER_CONTACT = "other_contact"
    REPLY = "reply"
    INTERVIEW = "interview"
    STAND_ALONE = "stand_alone"
    """An activity of the document's own list (format v2), not tied to an application."""


_FROM_PURPOSE = {
    Purpose.FOLLOW_UP: Activity.FOLLOW_UP,
    Purpose.THANK_YOU: Activity.THANK_YOU,
    Purpose.OTHER_OFFER: Activity.OTHER_OFFER,
    Purpose.REPLY: Activity.REPLY,
    Purpose.OTHER: Activity.OTHER_CONTACT,
}
_ORDER = {activity: index for index, activity in enumerate(Activity)}
_OTHER_CONTACTS = frozenset(
    {Activity.THANK_YOU, Activity.OTHER_OFFER, Activity.OTHER_CONTACT, Activity.REPLY}
)


@dataclass(frozen=True, slots=True)
class ReportRow:
    day: dt.date
    activity: Activity
    company: str
    job_title: str
    channel: Channel | None = None
    """How a contact was made; None for applications, interviews and stand-alone ones."""
    note: str = ""
    application_id: str = ""
    at: dt.datetime | None = None
    """The moment, where one is known (contacts, interviews with a time)."""
    town: str = ""
    how: How | None = None
    """How the job was sought; only on the row of the application itself."""
    proof: tuple[AttachmentKind, ...] = ()
    """The proof attached to the application (ad, letter, reply); on its application row."""
    kind: ActivityKind | None = None
    """The kind of a stand-alone activity."""
    activity_id: str = ""


@dataclass(frozen=True, slots=True)
class ActivityReport:
    month: Month
    rows: tuple[ReportRow, ...]
    target: int | None = None
    """Applications a month agreed with Arbetsförmedlingen (the profile's monthly_target)."""
    reported_on: dt.date | None = None
    """When the month was marked reported, if it was."""

    def count(self, *activities: Activity) -> int:
        return sum(row.activity in activities for row in self.rows)

    @property
    def applications(self) -> int:
        return self.count(Activity.APPLICATION)

    @property
    def interviews(self) -> int:
        return self.count(Activity.INTERVIEW)

    @property
    def follow_ups(self) -> int:
        return self.count(Activity.FOLLOW_UP)

    @property
    def other_contacts(self) -> int:
        """Thank-you mails, talks about another offer, replies and other employer contacts."""
        return self.count(*_OTHER_CONTACTS)

    @property
    def stand_alone(self) -> int:
        return self.count(Activity.STAND_ALONE)

    @property
    def last_day(self) -> dt.date:
        return last_day(self.month)


# --------------------------------------------------------------------------- rows


def activity_report(
    document: Document | Iterable[Application],
    month: Month | str,
    *,
    until: dt.datetime | None = None,
) -> ActivityReport:
    """Everything done in ``month``, in date order.

    ``until`` leaves out what lies after it (an interview later this month has not
    happened yet); None keeps everything dated in the month. A document brings its
    stand-alone activities, the monthly target and whether the month was reported.
    """
    year_month = parse_month(month) if isinstance(month, str) else month
    rows: list[ReportRow] = []

    def wanted(day: dt.date, at: dt.datetime | None) -> bool:
        if month_of(day) != year_month:
            return False
        if until is None:
            return True
        return (at if at is not None else dt.datetime.combine(day, dt.time())) <= until

    if isinstance(document, Document):
        applications: Iterable[Application] = document.applications
        activities: Iterable[StandAlone] = document.activities
        target = document.profile.monthly_target
        reported_on = next(
            (e.reported_on for e in document.reported_months if e.month == month_key(year_month)),
            None,
        )
    else:
        applications, activities, target, reported_on = document, (), None, None

    for app in applications:
        if app.applied_on is not None and wanted(app.applied_on, None):
            proof = tuple(dict.fromkeys(a.kind for a in app.attachments if a.kind.is_proof))
            rows.append(_row(app, app.applied_on, Activity.APPLICATION, how=app.how, proof=proof))
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
    for activity in activities:
        if wanted(activity.on, None):
            rows.append(
                ReportRow(
                    activity.on,
                    Activity.STAND_ALONE,
                    "",
                    "",
                    note=activity.note,
                    kind=activity.kind,
                    activity_id=activity.id,
                )
            )
    rows.sort(key=lambda r: (r.day, r.at or dt.datetime.min, _ORDER[r.activity], r.company))
    return ActivityReport(year_month, tuple(rows), target, reported_on)


def _row(
    app: Application,
    day: dt.date,
    activity: Activity,
    *,
    at: dt.datetime | None = None,
    channel: Channel | None = None,
    note: str = "",
    how: How | None = None,
    proof: tuple[AttachmentKind, ...] = (),
) -> ReportRow:
    return ReportRow(
        day,
        activity,
        app.company,
        app.job_title,
        channel,
        note,
        app.id,
        at,
        town=app.town,
        how=how,
        proof=proof,
    )


# --------------------------------------------------------------------------- words
# The rows are always Swedish: Arbetsförmedlingen accepts only Swedish.

_ACTIVITY: dict[Activity, str] = {
    Activity.APPLICATION: "Sökt jobb",
    Activity.FOLLOW_UP: "Uppföljning av ansökan",
    Activity.THANK_YOU: "Tack efter intervju",
    Activity.OTHER_OFFER: "Kontakt om annat erbjudande",
    Activity.OTHER_CONTACT: "Kontakt med arbetsgivare",
    Activity.REPLY: "Svar från arbetsgivaren",
    Activity.INTERVIEW: "Jobbintervju",
}
_STAND_ALONE: dict[ActivityKind, str] = {
    ActivityKind.CV_UPDATED: "Uppdaterat CV",
    ActivityKind.COURSE_APPLIED: "Sökt utbildning eller kurs",
    ActivityKind.SFI: "Svenska för invandrare (sfi)",
    ActivityKind.EDUCATION: "Studier",
    ActivityKind.CAREER_GUIDANCE: "Samtal med studie- och yrkesvägledare",
    ActivityKind.WORKPLACE_VISIT: "Studiebesök på arbetsplats",
    ActivityKind.RECRUITMENT_EVENT: "Rekryteringsträff",
    ActivityKind.INTERNSHIP: "Arbetspraktik",
    ActivityKind.WORKED: "Jobbat",
    ActivityKind.OTHER: "Annan aktivitet",
}
_HOW: dict[How, str] = {
    How.ADVERTISED: "Annonserat jobb",
    How.UNSOLICITED: "Spontanansökan",
    How.ASSIGNED: "Anvisat av Arbetsförmedlingen",
}
_PROOF: dict[AttachmentKind, str] = {
    AttachmentKind.AD: "annons",
    AttachmentKind.LETTER: "personligt brev",
    AttachmentKind.REPLY: "svar från arbetsgivaren",
}
_CHANNEL_WORD = {Channel.EMAIL: "e-post", Channel.PHONE: "telefon"}


def activity_kind_name(kind: ActivityKind) -> str:
    """The Swedish name of a stand-alone activity's kind, as the report writes it."""
    return _STAND_ALONE[kind]


def how_name(how: How) -> str:
    """How the job was sought, in the agency's words."""
    return _HOW[how]


def activity_text(row: ReportRow) -> str:
    """What was done and how: "Uppföljning av ansökan via e-post", "Sökt jobb"."""
    if row.kind is not None:
        return _STAND_ALONE[row.kind]
    text = _ACTIVITY[row.activity]
    if row.channel is not None:
        text += f" via {_CHANNEL_WORD[row.channel]}"
    return text


def proof_text(row: ReportRow) -> str:
    """ "annons, personligt brev" – the proof kept for the application (the agency may ask
    for it)."""
    return ", ".join(_PROOF[kind] for kind in row.proof)


FIELDS: tuple[tuple[str, str], ...] = (
    ("Datum", "Date"),
    ("Aktivitet", "Activity"),
    ("Arbetsgivare", "Employer"),
    ("Tjänst", "Job title"),
    ("Ort", "Town"),
    ("Typ av ansökan", "How it was sought"),
)
"""The fields of a row in the order of Arbetsförmedlingen's form (Swedish, English)."""
EXTRA_FIELDS: tuple[tuple[str, str], ...] = (
    ("Underlag", "Proof"),
    ("Anteckning", "Note"),
)


def heading(field: tuple[str, str], lang: Lang) -> str:
    """A heading: Swedish, with the English beside it for an English user."""
    sv, en = field
    return sv if lang == "sv" else f"{sv} ({en})"


def form_fields(row: ReportRow) -> tuple[str, str, str, str, str, str]:
    """The row as the agency's form asks for it: date, activity, employer, job title, town,
    how it was sought – each one to copy into its own field."""
    how = _HOW[row.how] if row.how is not None else ""
    return (row.day.isoformat(), activity_text(row), row.company, row.job_title, row.town, how)


def table_rows(report: ActivityReport) -> list[tuple[str, ...]]:
    """Every row's form fields, then its proof and note."""
    return [(*form_fields(row), proof_text(row), row.note) for row in report.rows]


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def totals(report: ActivityReport) -> str:
    """ "6 ansökningar, 2 intervjuer, 1 uppföljning, 1 annan kontakt, 0 andra aktiviteter"."""
    return ", ".join(
        (
            _plural(report.applications, "ansökan", "ansökningar"),
            _plural(report.interviews, "intervju", "intervjuer"),
            _plural(report.follow_ups, "uppföljning", "uppföljningar"),
            _plural(report.other_contacts, "annan kontakt med arbetsgivare",
                    "andra kontakter med arbetsgivare"),
            _plural(report.stand_alone, "annan aktivitet", "andra aktiviteter"),
        )
    )  # fmt: skip


def progress(report: ActivityReport, lang: Lang = "sv") -> str:
    """ "6 av 8 ansökningar i november" (without a target: "6 ansökningar i november");
    in English for an English user's screen ("6 of 8 applications in November")."""
    month = month_name(report.month[1], lang)
    count = report.applications
    one, many, of, in_ = (
        ("ansökan", "ansökningar", "av", "i") if lang == "sv"
        else ("application", "applications", "of", "in")
    )  # fmt: skip
    if report.target is None:
        return f"{_plural(count, one, many)} {in_} {month}"
    return f"{count} {of} {_plural(report.target, one, many)} {in_} {month}"


_DEADLINE = {
    "sv": "Rapportera {month} senast {day}",
    "en": "Report {month} by {day}",
}
_REPORTED = {
    "sv": "Rapporterad {day}",
    "en": "Reported {day}",
}


def deadline_text(month: Month, lang: Lang) -> str:
    """ "Rapportera oktober senast måndag 16 november" / "Report October by Monday 16 November"."""
    day = last_day(month)
    return _DEADLINE[lang].format(
        month=month_name(month[1], lang), day=format_date(day, lang, ref_year=day.year)
    )


def status_text(report: ActivityReport, lang: Lang) -> str:
    """When it must be sent, or when it was marked reported."""
    if report.reported_on is not None:
        return _REPORTED[lang].format(day=format_date(report.reported_on, lang))
    return deadline_text(report.month, lang)


def title(report: ActivityReport, lang: Lang) -> str:
    text = f"Aktivitetsrapport {month_title(report.month, 'sv')}"
    if lang == "en":
        text += f" (Activity report {month_title(report.month, 'en')})"
    return text


def as_text(report: ActivityReport, lang: Lang) -> str:
    """A heading, aligned columns and the totals, for a terminal or the clipboard."""
    lines = [title(report, lang), status_text(report, lang), ""]
    if not report.rows:
        lines.append(f"Inga aktiviteter i {month_title(report.month, 'sv')}.")
        return "\n".join([*lines, ""])
    head = tuple(heading(field, lang) for field in (*FIELDS, *EXTRA_FIELDS))
    rows = [head, *table_rows(report)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head) - 1)]
    for row in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.extend(["", totals(report), progress(report), ""])
    return "\n".join(lines)


def as_csv(report: ActivityReport, lang: Lang, *, newline: str = "\r\n") -> str:
    """One row per activity; ``;``-separated for Swedish spreadsheets, ``,`` otherwise.

    Cells go through ``csv_cells.safe_cell`` (no formula from a title or a note is run).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=csv_delimiter(lang), lineterminator=newline)
    writer.writerow([heading(field, lang) for field in (*FIELDS, ("Kanal", "Channel"),
                                                        *EXTRA_FIELDS)])  # fmt: skip
    for row, cells in zip(report.rows, table_rows(report), strict=True):
        channel = channel_name(row.channel, "sv") if row.channel is not None else ""
        writer.writerow(safe_row((*cells[:6], channel, *cells[6:])))
    return out.getvalue()
