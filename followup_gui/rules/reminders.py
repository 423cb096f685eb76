"""Reminders: what the app tells the user about while it runs (the tray and its notices).

Four kinds from the verdicts the advice engine gives, and one from the calendar:

* ``window_opens`` – the verdict is "follow up": the window has opened (once per window);
* ``thank_you_due`` – a thank-you mail is due, with the hour it must go by;
* ``other_offer_soon`` – another offer must be answered within two days (or today);
* ``apply_soon`` – a saved ad's deadline is at most three days ahead, or has passed;
* ``report_due`` – the activity report of last month is not marked reported: on the 1st
  and again three days before its last day (:func:`report_reminder`).

Each reminder has a stable ``key`` made of the application, the kind and the date it is
about, so that a new window, a new interview or a new offer is a new reminder, while the
same one is told only once. What has been told and what is snoozed is kept in a
``ReminderState``, which the app stores between runs. Pure functions, no Qt.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from ..i18n import Lang, month_name
from ..model import Application, Channel, Document, ReportedMonth
from .advice import Action, Verdict, assess
from .headline import relative_day, relative_moment

OTHER_OFFER_SOON_DAYS = 2
"""An other offer's answer date this many days ahead (or fewer) is "soon"."""
SNOOZE_HOUR = dt.timedelta(hours=1)
MORNING = dt.time(9, 0)
"""When "remind me tomorrow" reminds."""
REMEMBER_TOLD = dt.timedelta(days=14)
"""How long a told reminder that is no longer due is remembered (an undo brings it back)."""
_END_OF_DAY = dt.time(23, 59)


class Kind(StrEnum):
    WINDOW_OPENS = "window_opens"
    THANK_YOU_DUE = "thank_you_due"
    OTHER_OFFER_SOON = "other_offer_soon"
    APPLY_SOON = "apply_soon"
    REPORT_DUE = "report_due"


_T = TypeVar("_T")

_KIND_ORDER = {
    Kind.THANK_YOU_DUE: 0,
    Kind.OTHER_OFFER_SOON: 1,
    Kind.APPLY_SOON: 2,
    Kind.WINDOW_OPENS: 3,
    Kind.REPORT_DUE: 4,
}


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    """``app_id:kind:date`` – the same thing keeps its key; a new deadline gets a new one."""
    kind: Kind
    app_id: str
    """The application it is about; "" for the activity report."""
    title: str
    """Short, for a notification's heading."""
    text: str
    """A sentence or two, for a notification's body."""
    summary: str
    """One line, for a menu entry."""
    due: dt.datetime
    """By when to act: the thank-you deadline, the end of the answer day or of the window
    (a window's end may have passed: following up late is still worth it)."""

    @property
    def has_deadline(self) -> bool:
        """A thank-you, an other offer, a deadline to apply and the report cannot wait past
        ``due``; a follow-up can."""
        return self.kind is not Kind.WINDOW_OPENS


_WORDS: dict[Lang, dict[str, str]] = {
    "sv": {
        "window_title": "Dags att följa upp",
        "window_text": "{job} hos {company} – {channel}.",
        "window_by": " Helst senast {day}.",
        "window_summary": "Följ upp: {job} hos {company}",
        "email": "via e-post",
        "phone": "per telefon",
        "thanks_title": "Tackmejlet efter intervjun",
        "thanks_text": "Skicka tackmejlet till {company} senast {moment} ({job}).",
        "thanks_summary": "Tackmejl till {company} senast {moment}",
        "offer_title": "Det andra erbjudandet",
        "offer_text": (
            "Svara på det andra erbjudandet senast {day} – hör av dig till {company} först ({job})."
        ),
        "offer_summary": "Andra erbjudandet senast {day}: hör av dig till {company}",
        "apply_title": "Sista ansökningsdagen närmar sig",
        "apply_passed_title": "Sista ansökningsdagen har passerat",
        "apply_text": "Sök {job} hos {company} senast {day}.",
        "apply_passed_text": "Sista dagen att söka {job} hos {company} var {day}.",
        "apply_summary": "Sök senast {day}: {job} hos {company}",
        "apply_passed_summary": "Sista ansökningsdagen passerade {day}: {job} hos {company}",
        "report_title": "Aktivitetsrapporten för {month}",
        "report_text": "Rapportera {month} till Arbetsförmedlingen senast {day}.",
        "report_late_text": "Rapporten för {month} skulle ha skickats senast {day}. Skicka den nu.",
        "report_summary": "Rapportera {month} senast {day}",
        "report_late_summary": "Rapporten för {month} är försenad – sista dagen var {day}",
    },
    "en": {
        "window_title": "Time to follow up",
        "window_text": "{job} at {company} – {channel}.",
        "window_by": " Ideally by {day}.",
        "window_summary": "Follow up: {job} at {company}",
        "email": "by email",
        "phone": "by phone",
        "thanks_title": "The thank-you mail after the interview",
        "thanks_text": "Send the thank-you mail to {company} by {moment} ({job}).",
        "thanks_summary": "Thank-you mail to {company} by {moment}",
        "offer_title": "The other offer",
        "offer_text": (
            "You must answer the other offer by {day} – get in touch with {company} first ({job})."
        ),
        "offer_summary": "Other offer by {day}: get in touch with {company}",
        "apply_title": "The deadline to apply is near",
        "apply_passed_title": "The deadline to apply has passed",
        "apply_text": "Apply for {job} at {company} by {day}.",
        "apply_passed_text": "The last day to apply for {job} at {company} was {day}.",
        "apply_summary": "Apply by {day}: {job} at {company}",
        "apply_passed_summary": "The deadline to apply passed {day}: {job} at {company}",
        "report_title": "The activity report for {month}",
        "report_text": "Report {month} to Arbetsförmedlingen by {day}.",
        "report_late_text": "The report for {month} was due by {day}. Send it now.",
        "report_summary": "Report {month} by {day}",
        "report_late_summary": "The report for {month} is late – the last day was {day}",
    },
}


def due_reminders(
    applications: Sequence[Application],
    verdicts: Sequence[Verdict] | None,
    now: dt.datetime,
    *,
    lang: Lang = "sv",
    snoozed: Mapping[str, dt.datetime] | None = None,
    already_notified: Collection[str] = frozenset(),
) -> list[Reminder]:
    """The reminders due at ``now``, most pressing first.

    ``verdicts`` are the applications' verdicts at ``now`` (by position); None assesses
    them here. A key in ``snoozed`` is left out until its moment; a key in
    ``already_notified`` is left out (pass nothing to get every reminder that is due).
    """
    if verdicts is None:
        verdicts = [assess(app, now, lang=lang) for app in applications]
    snoozed = snoozed or {}
    found: list[Reminder] = []
    for app, verdict in zip(applications, verdicts, strict=True):
        if not verdict.is_due:
            continue
        reminder = _reminder(app, verdict, now, lang)
        if reminder is None or reminder.key in already_notified:
            continue
        until = snoozed.get(reminder.key)
        if until is not None and until > now:
            continue
        found.append(reminder)
    found.sort(key=lambda r: (_KIND_ORDER[r.kind], r.due, r.key))
    return found


def _reminder(app: Application, verdict: Verdict, now: dt.datetime, lang: Lang) -> Reminder | None:
    words = _WORDS[lang]
    today = now.date()
    names = {"job": app.job_title, "company": app.company}
    if verdict.action is Action.THANK_YOU and verdict.due_at is not None:
        due = verdict.due_at
        moment = relative_moment(due, today, lang)
        return Reminder(
            key=_key(app, Kind.THANK_YOU_DUE, due.strftime("%Y-%m-%dT%H:%M")),
            kind=Kind.THANK_YOU_DUE,
            app_id=app.id,
            title=words["thanks_title"],
            text=words["thanks_text"].format(moment=moment, **names),
            summary=words["thanks_summary"].format(moment=moment, **names),
            due=due,
        )
    if verdict.action is Action.OTHER_OFFER and verdict.latest is not None:
        respond_by = verdict.latest
        if (respond_by - today).days > OTHER_OFFER_SOON_DAYS:
            return None
        day = relative_day(respond_by, today, lang)
        return Reminder(
            key=_key(app, Kind.OTHER_OFFER_SOON, respond_by.isoformat()),
            kind=Kind.OTHER_OFFER_SOON,
            app_id=app.id,
            title=words["offer_title"],
            text=words["offer_text"].format(day=day, **names),
            summary=words["offer_summary"].format(day=day, **names),
            due=dt.datetime.combine(respond_by, _END_OF_DAY),
        )
    if verdict.action is Action.APPLY and verdict.latest is not None:
        deadline = verdict.latest
        day = relative_day(deadline, today, lang)
        passed = deadline < today
        return Reminder(
            key=_key(app, Kind.APPLY_SOON, deadline.isoformat()),
            kind=Kind.APPLY_SOON,
            app_id=app.id,
            title=words["apply_passed_title" if passed else "apply_title"],
            text=words["apply_passed_text" if passed else "apply_text"].format(day=day, **names),
            summary=words["apply_passed_summary" if passed else "apply_summary"].format(
                day=day, **names
            ),
            due=dt.datetime.combine(deadline, _END_OF_DAY),
        )
    if verdict.action is Action.FOLLOW_UP and verdict.earliest is not None:
        latest = verdict.latest or verdict.earliest
        channel = words["phone" if verdict.channel is Channel.PHONE else "email"]
        text = words["window_text"].format(channel=channel, **names)
        if latest >= today:
            text += words["window_by"].format(day=relative_day(latest, today, lang))
        return Reminder(
            key=_key(app, Kind.WINDOW_OPENS, verdict.earliest.isoformat()),
            kind=Kind.WINDOW_OPENS,
            app_id=app.id,
            title=words["window_title"],
            text=text,
            summary=words["window_summary"].format(**names),
            due=dt.datetime.combine(latest, _END_OF_DAY),
        )
    return None


def report_reminder(
    reported: Document | Iterable[ReportedMonth | str], now: dt.datetime, *, lang: Lang = "sv"
) -> Reminder | None:
    """The reminder of last month's activity report, while it is not marked reported.

    From the 1st of the month after (told on the first start on or after it) and again
    from three days before the last day; each has its own key, so each is told once. A
    store with nothing in it (no applications, activities or reported months) owes no
    report to remind of: the user may not be reporting to Arbetsförmedlingen at all.
    """
    from .report_deadline import due_month, last_day, month_key, reminder_days  # noqa: PLC0415

    if isinstance(reported, Document) and not (
        reported.applications or reported.activities or reported.reported_months
    ):
        return None
    today = now.date()
    month = due_month(today, reported)
    first, again = reminder_days(month)
    if today < first:  # this month is still being collected
        return None
    words = _WORDS[lang]
    end = last_day(month)
    name = month_name(month[1], lang)
    day = relative_day(end, today, lang)
    stage = "again" if today >= again else "first"
    late = today > end
    text = words["report_late_text" if late else "report_text"]
    summary = words["report_late_summary" if late else "report_summary"]
    return Reminder(
        key=f"report:{month_key(month)}:{stage}",
        kind=Kind.REPORT_DUE,
        app_id="",
        title=words["report_title"].format(month=name),
        text=text.format(month=name, day=day),
        summary=summary.format(month=name, day=day),
        due=dt.datetime.combine(end, _END_OF_DAY),
    )


def _key(app: Application, kind: Kind, when: str) -> str:
    return f"{app.id}:{kind.value}:{when}"


# --------------------------------------------------------------------------- snoozing


def in_an_hour(now: dt.datetime) -> dt.datetime:
    return now + SNOOZE_HOUR


def tomorrow_morning(now: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), MORNING)


def can_snooze_until(
    reminder: Reminder, until: dt.datetime, now: dt.datetime | None = None
) -> bool:
    """A snooze that would let a deadline pass is not offered (one already passed at
    ``now``, where given, cannot be missed any more)."""
    if now is not None and reminder.due <= now:
        return True
    return not reminder.has_deadline or until < reminder.due


@dataclass(slots=True)
class ReminderState:
    """Which reminders have been told (on which day), and which are snoozed until when."""

    notified: dict[str, dt.date] = field(default_factory=dict)
    snoozed: dict[str, dt.datetime] = field(default_factory=dict)

    def snooze(self, key: str, until: dt.datetime) -> None:
        """Quiet until ``until``; then the reminder is told again."""
        self.snoozed[key] = until
        self.notified.pop(key, None)

    def is_snoozed(self, key: str, now: dt.datetime) -> bool:
        until = self.snoozed.get(key)
        return until is not None and until > now

    def mark_notified(self, reminders: Iterable[Reminder], day: dt.date) -> None:
        self.notified.update((r.key, day) for r in reminders)

    def forget(self, active: Iterable[Reminder], now: dt.datetime) -> bool:
        """Drop snoozes that have run out or whose reminder is done, and told reminders
        that have not been due for a while; True if anything was dropped."""
        keys = {r.key for r in active}
        since = now.date() - REMEMBER_TOLD
        notified = {k: d for k, d in self.notified.items() if k in keys or d >= since}
        snoozed = {k: v for k, v in self.snoozed.items() if k in keys and v > now}
        changed = notified != self.notified or snoozed != self.snoozed
        self.notified, self.snoozed = notified, snoozed
        return changed

    def dumps(self) -> str:
        return json.dumps(
            {
                "notified": {k: d.isoformat() for k, d in self.notified.items()},
                "snoozed": {k: v.isoformat(timespec="minutes") for k, v in self.snoozed.items()},
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def loads(cls, text: str) -> ReminderState:
        """The state ``dumps`` wrote; anything unreadable is forgotten, never an error."""
        try:
            raw = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(raw, dict):
            return cls()
        state = cls()
        notified = raw.get("notified")
        if isinstance(notified, dict):
            for key, value in notified.items():
                day = _parse(value, dt.date.fromisoformat)
                if day is not None:
                    state.notified[key] = day
        snoozed = raw.get("snoozed")
        if isinstance(snoozed, dict):
            for key, value in snoozed.items():
                until = _parse(value, dt.datetime.fromisoformat)
                if until is not None:
                    state.snoozed[key] = until
        return state


def _parse(value: object, parse: Callable[[str], _T]) -> _T | None:
    if not isinstance(value, str):
        return None
    try:
        return parse(value)
    except ValueError:
        return None
