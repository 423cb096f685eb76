"""Calendar export: the dated advice as iCalendar events (an .ics file).

Every open application contributes what has a date: the follow-up window (all-day, from
the earliest to the latest day), a thank-you deadline (a timed event that ends when the
24 hours run out, with a reminder), its interviews, and the last day to answer another
offer; a saved ad its deadline to apply (all-day, with a reminder three days before, when
the ad starts to ask for action). Closed applications contribute nothing.

Times are *floating* local times (no time zone), like the app's own "now": an interview
at 10:00 stays at 10:00 wherever the calendar is opened. UIDs are stable – the same
application and kind of event get the same UID on every export – so importing a newer
file updates the events instead of adding copies.

:func:`calendar_events` is pure and Qt-free; :func:`to_ics` needs the ``icalendar``
package, imported only when a file is actually written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .. import APP_NAME, __version__
from ..i18n import Lang, format_date, format_time
from ..model import Application, Interview
from ..rules.advice import APPLY_SOON_DAYS, THANK_YOU_WINDOW, Action, Verdict, assess
from ..rules.reasons import channel_name

UID_DOMAIN = "followup-gui"
INTERVIEW_LENGTH = dt.timedelta(hours=1)
THANK_YOU_SLOT = dt.timedelta(hours=1)
"""The thank-you event is the last hour before the deadline; its reminder fires at its start."""


class EventKind(StrEnum):
    WINDOW = "window"
    THANK_YOU = "thank-you"
    INTERVIEW = "interview"
    OTHER_OFFER = "other-offer"
    APPLY = "apply"


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event; ``start``/``end`` are dates for all-day events (``end`` exclusive)."""

    uid: str
    kind: EventKind
    application_id: str
    summary: str
    description: str
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime
    alarm_before_start: dt.timedelta | None = None
    """A reminder this long before ``start`` (zero: at the start), or none."""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)


_WORDS: dict[Lang, dict[str, str]] = {
    "sv": {
        "window": "Följ upp: {title} – {company}",
        "thank-you": "Skicka tackmejl senast {time}: {title} – {company}",
        "interview": "Intervju: {title} – {company}",
        "other-offer": "Sista dagen att svara på det andra erbjudandet: {title} – {company}",
        "apply": "Sista ansökningsdag: {title} – {company}",
        "channel": "Kanal: {channel}",
        "contact": "Kontaktperson: {contact}",
        "promised": "Besked utlovat senast {day}.",
    },
    "en": {
        "window": "Follow up: {title} – {company}",
        "thank-you": "Send a thank-you mail by {time}: {title} – {company}",
        "interview": "Interview: {title} – {company}",
        "other-offer": "Last day to answer the other offer: {title} – {company}",
        "apply": "Last day to apply: {title} – {company}",
        "channel": "Channel: {channel}",
        "contact": "Contact person: {contact}",
        "promised": "They promised an answer by {day}.",
    },
}


def event_uid(application_id: str, kind: EventKind, number: int | None = None) -> str:
    """``{id}-{kind}[-{number}]@followup-gui``: the same on every export."""
    suffix = f"-{number}" if number is not None else ""
    return f"{application_id}-{kind.value}{suffix}@{UID_DOMAIN}"


def calendar_events(
    applications: Iterable[Application], now: dt.datetime, lang: Lang = "sv"
) -> list[CalendarEvent]:
    """The events for every open application's verdict at ``now``, sorted by start."""
    events: list[CalendarEvent] = []
    for app in applications:
        if app.stage.is_closed:
            continue
        events.extend(_application_events(app, assess(app, now, lang=lang), lang, now.year))
    events.sort(key=lambda e: (_sort_moment(e.start), e.uid))
    return events


def _sort_moment(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time())


def _interviews_in_order(app: Application) -> list[Interview]:
    """Sorted by time (the app keeps them so); the position numbers the UID.

    A number rather than the time itself, so that moving an interview to another time
    updates its event instead of leaving the old one behind.
    """
    return sorted(app.interviews, key=lambda iv: iv.at.value)


def _application_events(
    app: Application, verdict: Verdict, lang: Lang, ref_year: int
) -> list[CalendarEvent]:
    words = _WORDS[lang]
    names = {"title": app.job_title, "company": app.company}
    reasons = [reason.text for reason in verdict.reasons]
    contact = _contact_line(app, lang)
    interviews = _interviews_in_order(app)
    events: list[CalendarEvent] = []

    lines = [*reasons]
    if verdict.channel is not None:
        lines.append(words["channel"].format(channel=channel_name(verdict.channel, lang)))
    action = verdict.action
    if action in (Action.WAIT, Action.FOLLOW_UP) and verdict.earliest and verdict.latest:
        events.append(
            CalendarEvent(
                uid=event_uid(app.id, EventKind.WINDOW),
                kind=EventKind.WINDOW,
                application_id=app.id,
                summary=words["window"].format_map(names),
                description=_lines(lines, contact),
                start=verdict.earliest,
                end=verdict.latest + dt.timedelta(days=1),
            )
        )
    elif action is Action.THANK_YOU and verdict.due_at is not None:
        due = verdict.due_at
        interview_at = due - THANK_YOU_WINDOW
        number = next(
            (i for i, iv in enumerate(interviews, 1) if iv.at.value == interview_at), None
        )
        events.append(
            CalendarEvent(
                uid=event_uid(app.id, EventKind.THANK_YOU, number),
                kind=EventKind.THANK_YOU,
                application_id=app.id,
                summary=words["thank-you"].format(time=format_time(due, lang), **names),
                description=_lines(lines, contact),
                start=due - THANK_YOU_SLOT,
                end=due,
                alarm_before_start=dt.timedelta(0),
            )
        )
    elif action is Action.APPLY and verdict.latest is not None:
        events.append(
            CalendarEvent(
                uid=event_uid(app.id, EventKind.APPLY),
                kind=EventKind.APPLY,
                application_id=app.id,
                summary=words["apply"].format_map(names),
                description=_lines(lines, contact),
                start=verdict.latest,
                end=verdict.latest + dt.timedelta(days=1),
                alarm_before_start=dt.timedelta(days=APPLY_SOON_DAYS),
            )
        )
    elif action is Action.OTHER_OFFER and verdict.latest is not None:
        events.append(
            CalendarEvent(
                uid=event_uid(app.id, EventKind.OTHER_OFFER),
                kind=EventKind.OTHER_OFFER,
                application_id=app.id,
                summary=words["other-offer"].format_map(names),
                description=_lines(lines, contact),
                start=verdict.latest,
                end=verdict.latest + dt.timedelta(days=1),
            )
        )

    for number, interview in enumerate(interviews, 1):
        notes: list[str] = []
        if action is Action.INTERVIEW_SCHEDULED and interview.at.date == verdict.earliest:
            notes.extend(reasons)
        if interview.promised_reply_by is not None:
            day = format_date(interview.promised_reply_by, lang, ref_year=ref_year)
            notes.append(words["promised"].format(day=day))
        start: dt.date | dt.datetime
        end: dt.date | dt.datetime
        if interview.at.date_only:
            start, end = interview.at.date, interview.at.date + dt.timedelta(days=1)
        else:
            start, end = interview.at.value, interview.at.value + INTERVIEW_LENGTH
        events.append(
            CalendarEvent(
                uid=event_uid(app.id, EventKind.INTERVIEW, number),
                kind=EventKind.INTERVIEW,
                application_id=app.id,
                summary=words["interview"].format_map(names),
                description=_lines(notes, contact),
                start=start,
                end=end,
            )
        )
    return events


def _contact_line(app: Application, lang: Lang) -> str:
    person = app.contact
    parts = [part for part in (person.name, person.email, person.phone) if part]
    return _WORDS[lang]["contact"].format(contact=", ".join(parts)) if parts else ""


def _lines(lines: list[str], contact: str) -> str:
    return "\n\n".join([*lines, contact] if contact else lines)


def to_ics(applications: Iterable[Application], now: dt.datetime, lang: Lang = "sv") -> bytes:
    """The events of :func:`calendar_events` as an iCalendar file (RFC 5545)."""
    import icalendar  # noqa: PLC0415 - only when a file is written, not at start-up

    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", APP_NAME)
    stamp = now.astimezone(dt.UTC)  # DTSTAMP must be UTC; ``now`` is local time
    for item in calendar_events(applications, now, lang):
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.start)
        event.add("dtend", item.end)
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        event.add("categories", [APP_NAME])
        event.add("transp", "TRANSPARENT" if item.all_day else "OPAQUE")
        if item.alarm_before_start is not None:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.summary)
            alarm.add("trigger", -item.alarm_before_start)
            event.add_component(alarm)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
