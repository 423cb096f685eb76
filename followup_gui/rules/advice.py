"""The advice engine: one application and the current moment in, a verdict out.

Implements RULES.md exactly: the order of evaluation (first match wins), the window
rules for applications without an interview, and the channel rules. Every reason
carries its stable rule id; its text is worded lazily in the language asked for, so
that computing 10,000 verdicts at start-up costs no string formatting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import NamedTuple, TypeVar

from ..i18n import Lang
from ..model import (
    Application,
    Channel,
    CompanySize,
    Contact,
    Industry,
    Interview,
    Purpose,
    RoleKind,
)
from .reasons import reason_text, section
from .workdays import add_working_days, next_working_day

DAY = dt.timedelta(days=1)
THANK_YOU_WINDOW = dt.timedelta(hours=24)
ASSUMED_REPLY_DAYS = 7  # RULES.md assumption: no promised date → interview date + 7 days
APPLY_SOON_DAYS = 3
"""A saved ad whose deadline is this many days ahead (or fewer, or passed) asks for action."""
SILENCE_WORKING_DAYS = 15
"""RULES.md assumption: this many working days of silence after the one follow-up."""
LONG_PASSED_WORKING_DAYS = 20
"""RULES.md v2.1 assumption: this many working days after the window's last day, nothing is
due any more (``window_long_passed``)."""
AD_TIMELINE_WIDTH = 5
"""RULES.md window rule 5: the window ends at the latest this many working days after T."""

_T = TypeVar("_T", dt.date, int)


class Action(StrEnum):
    APPLY = "apply"
    """A saved ad, not applied to yet (RULES.md row 1b)."""
    WAIT = "wait"
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    OTHER_OFFER = "other_offer"
    INTERVIEW_SCHEDULED = "interview_scheduled"
    AWAIT_REPLY = "await_reply"
    CLOSED = "closed"


class Reason(NamedTuple):
    """Why the verdict is what it is: a rule id and the facts to word it with.

    Verdicts and reasons are named tuples: immutable values that are cheap to make
    (10,000 verdicts at a start) and to define (the module loads at every start).
    """

    rule: str
    params: Mapping[str, object]
    lang: Lang = "sv"
    ref_year: int | None = None

    @property
    def text(self) -> str:
        return reason_text(self.rule, self.params, self.lang, ref_year=self.ref_year)

    @property
    def section(self) -> str:
        """The heading of the guide's section this reason follows."""
        return section(self.rule, self.lang)

    def in_language(self, lang: Lang) -> Reason:
        return Reason(self.rule, self.params, lang, self.ref_year)


class Verdict(NamedTuple):
    action: Action
    earliest: dt.date | None
    latest: dt.date | None
    channel: Channel | None
    reasons: tuple[Reason, ...]
    due_at: dt.datetime | None = None
    """For a thank-you: the moment the 24 hours run out."""
    interview_at: dt.datetime | None = None
    """For a coming interview entered with a time: when it starts."""
    urgent: bool = False
    """For ``apply``: the deadline is at most three days ahead or has passed (RULES.md row
    1b), so the saved ad asks for action like a follow-up."""

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(reason.rule for reason in self.reasons)

    @property
    def is_due(self) -> bool:
        """Whether the verdict asks the user to do something now (lists, tray, counts)."""
        return self.action in DUE_ACTIONS or self.urgent

    def has(self, rule: str) -> bool:
        return any(reason.rule == rule for reason in self.reasons)


DUE_ACTIONS = frozenset({Action.FOLLOW_UP, Action.THANK_YOU, Action.OTHER_OFFER})
"""The actions that always ask the user to do something now; an ``apply`` does when it is
``urgent`` (:attr:`Verdict.is_due` says both)."""


def is_due(action: Action | str, urgent: bool) -> bool:
    """:attr:`Verdict.is_due` from the parts (a list row keeps only those)."""
    return action in DUE_ACTIONS or urgent


def count_due(verdicts: Iterable[Verdict]) -> int:
    """How many applications need something done now."""
    return sum(1 for verdict in verdicts if verdict.is_due)


_FOLLOW_UP_PURPOSES = frozenset({Purpose.FOLLOW_UP, Purpose.OTHER_OFFER})
_THANKS = frozenset({Purpose.THANK_YOU})
_REPLIES = frozenset({Purpose.REPLY})
_FORMAL_INDUSTRIES = frozenset({Industry.LAW, Industry.FINANCE, Industry.PUBLIC_SECTOR})
_SOCIAL_ROLES = frozenset({RoleKind.SALES, RoleKind.CUSTOMER_SERVICE, RoleKind.LEADERSHIP})


class _Reasons:
    """Collects reasons in the order the rules fire."""

    __slots__ = ("items", "lang", "ref_year")

    def __init__(self, lang: Lang, ref_year: int) -> None:
        self.items: list[Reason] = []
        self.lang = lang
        self.ref_year = ref_year

    def add(self, rule: str, **params: object) -> None:
        self.items.append(Reason(rule, params, self.lang, self.ref_year))


def assess(application: Application, now: dt.datetime, *, lang: Lang = "sv") -> Verdict:
    """The verdict for ``application`` at the local naive moment ``now`` (RULES.md)."""
    today = now.date()
    why = _Reasons(lang, today.year)

    # 1. closed
    if application.stage.is_closed:
        why.add("closed", stage=application.stage)
        return Verdict(Action.CLOSED, None, None, None, tuple(why.items))

    # 1b. a saved ad, not applied to yet
    if application.is_saved_ad:
        return _apply(application, today, why)

    held = [iv for iv in application.interviews if iv.at.value <= now]
    last = max(held, key=lambda iv: iv.at.value) if held else None

    # 2. thank-you within 24 hours of the latest held interview
    thanked = last is not None and _first_contact(application.contacts, last.at.value, _THANKS)
    if last is not None and not thanked:
        due = last.at.value + THANK_YOU_WINDOW
        if now <= due:
            why.add("thank_you_24h", interview=_when(last), due=due)
            return Verdict(
                Action.THANK_YOU, today, due.date(), Channel.EMAIL, tuple(why.items), due_at=due
            )
        why.add("thank_you_missed", interview=_when(last))

    # 3. an interview ahead
    ahead = [iv for iv in application.interviews if iv.at.value > now]
    if ahead:
        upcoming = min(ahead, key=lambda iv: iv.at.value)
        why.add("interview_scheduled", interview=_when(upcoming))
        day = upcoming.at.date
        starts = None if upcoming.at.date_only else upcoming.at.value
        return Verdict(
            Action.INTERVIEW_SCHEDULED, day, day, None, tuple(why.items), interview_at=starts
        )

    # 4. another offer waiting for an answer
    offer = application.other_offer
    if (
        offer is not None
        and offer.respond_by >= today
        and not any(
            c.purpose in _FOLLOW_UP_PURPOSES and c.at.date >= offer.noted_on
            for c in application.contacts
        )
    ):
        why.add("other_offer", respond_by=offer.respond_by)
        if last is not None:
            why.add("other_offer_email_first")
            channel = Channel.EMAIL
        else:
            channel = _channel(application, why)
        return Verdict(Action.OTHER_OFFER, today, offer.respond_by, channel, tuple(why.items))

    if last is not None:
        return _after_interview(application, last, today, why)
    return _before_interview(application, today, why)


def _apply(application: Application, today: dt.date, why: _Reasons) -> Verdict:
    """Row 1b: apply by the deadline, shown as it is (not snapped to a working day)."""
    deadline = application.deadline
    if deadline is None:
        why.add("apply_no_deadline")
        return Verdict(Action.APPLY, None, None, None, tuple(why.items))
    why.add("apply_by_deadline", deadline=deadline)
    if deadline < today:
        why.add("deadline_passed", deadline=deadline)
    urgent = (deadline - today).days <= APPLY_SOON_DAYS
    return Verdict(Action.APPLY, None, deadline, None, tuple(why.items), urgent=urgent)


def _await_reply(
    application: Application,
    followed_up: list[Contact],
    today: dt.date,
    why: _Reasons,
    *,
    shortlisted: bool = False,
) -> Verdict:
    """Rows 5 and 7: one follow-up is enough; after long silence, suggest closing it.

    ``shortlisted`` (row 7 only): the ad says only shortlisted candidates are contacted.
    """
    first = min(followed_up, key=lambda c: c.at.value)
    why.add("one_follow_up", contact_date=first.at.date, channel=first.channel)
    if shortlisted:
        why.add("only_shortlisted_contacted")
    latest = max(followed_up, key=lambda c: c.at.value)
    silent_since = latest.at.date
    if add_working_days(silent_since, SILENCE_WORKING_DAYS) <= today and not any(
        c.purpose in _REPLIES and c.at.value >= latest.at.value for c in application.contacts
    ):
        why.add("silence_consider_closing", contact_date=silent_since)
    return Verdict(Action.AWAIT_REPLY, None, None, None, tuple(why.items))


def _after_interview(
    application: Application, last: Interview, today: dt.date, why: _Reasons
) -> Verdict:
    # 5. already followed up after the interview
    since = last.at.value
    done = [
        c for c in application.contacts if c.purpose in _FOLLOW_UP_PURPOSES and c.at.value >= since
    ]
    if done:
        return _await_reply(application, done, today, why)

    # 6. wait for the promised date, then 1–2 working days more, by email
    if last.promised_reply_by is not None:
        promised = last.promised_reply_by
        why.add("interview_timeline", interview=_when(last), promised=promised)
    else:
        promised = last.at.date + dt.timedelta(days=ASSUMED_REPLY_DAYS)
        why.add("assumed_interview_timeline", interview=_when(last), promised=promised)
    earliest = add_working_days(promised, 1)
    latest = add_working_days(promised, 2)
    why.add("working_days_after_timeline", earliest=earliest, latest=latest)
    why.add("email_after_interview")
    action = _window_action(earliest, latest, today, why)
    return Verdict(action, earliest, latest, Channel.EMAIL, tuple(why.items))


def _before_interview(application: Application, today: dt.date, why: _Reasons) -> Verdict:
    # 7. already followed up since applying
    applied = application.sent_on
    done = [
        c for c in application.contacts if c.purpose in _FOLLOW_UP_PURPOSES and c.at.date >= applied
    ]
    if done:
        shortlisted = application.ad_only_shortlisted_contacted
        return _await_reply(application, done, today, why, shortlisted=shortlisted)

    # 8. the application window
    earliest, latest = application_window(application, why)
    channel = _channel(application, why)
    action = _window_action(earliest, latest, today, why)
    return Verdict(action, earliest, latest, channel, tuple(why.items))


def _window_action(earliest: dt.date, latest: dt.date, today: dt.date, why: _Reasons) -> Action:
    """Rows 6 and 8: wait before the window, follow up from its first day – until it lies
    20 working days behind (v2.1 ``window_long_passed``): then nothing is due any more, the
    advice is to await a reply and consider closing (the user may still follow up)."""
    if today < earliest:
        return Action.WAIT
    if add_working_days(latest, LONG_PASSED_WORKING_DAYS) <= today:
        why.add("window_long_passed", latest=latest)
        why.add("silence_consider_closing", latest=latest)
        return Action.AWAIT_REPLY
    return Action.FOLLOW_UP


def application_window(application: Application, why: _Reasons) -> tuple[dt.date, dt.date]:
    """The follow-up window before any interview (RULES.md "The application window")."""
    applied = application.sent_on
    deadline = application.deadline
    rolling = application.rolling_selection
    week = dt.timedelta(days=7)
    note = why.add

    if deadline is None or deadline < applied:
        earliest, latest = applied + 2 * week, applied + 3 * week
        note("no_deadline_14", applied=applied, earliest=earliest, latest=latest)
        if rolling:
            note("rolling_selection")
        if deadline is not None:
            note("deadline_before_applied", deadline=deadline, applied=applied)
    elif rolling:
        earliest = min(applied + 2 * week, deadline + week)
        latest = min(applied + 3 * week, deadline + 2 * week)
        note("rolling_selection")
    else:
        earliest, latest = deadline + week, deadline + 2 * week
        note("deadline_7_14", deadline=deadline, earliest=earliest, latest=latest)

    reply_by = application.ad_reply_by
    if reply_by is not None:
        after = add_working_days(reply_by, 1)
        earliest = max(earliest, after)
        latest = max(latest, add_working_days(reply_by, AD_TIMELINE_WIDTH))
        note("ad_timeline", reply_by=reply_by, after=after)

    if application.ad_only_shortlisted_contacted:
        note("only_shortlisted_contacted")

    earliest, latest = next_working_day(earliest), next_working_day(latest)
    _fix_window_params(why, earliest, latest)
    return earliest, latest


def _fix_window_params(why: _Reasons, earliest: dt.date, latest: dt.date) -> None:
    """Word the window reasons with the final, snapped dates the user will see."""
    for i, reason in enumerate(why.items):
        if "earliest" in reason.params:
            params = {**reason.params, "earliest": earliest, "latest": latest}
            why.items[i] = Reason(reason.rule, params, reason.lang, reason.ref_year)


def _channel(application: Application, why: _Reasons) -> Channel:
    """RULES.md "Channel rules" before an interview; first match wins."""
    if application.ad_no_calls:
        why.add("ad_no_calls")
        return Channel.EMAIL
    if application.industry in _FORMAL_INDUSTRIES:
        why.add("formal_industry", industry=application.industry)
        return Channel.EMAIL
    if application.company_size is CompanySize.LARGE:
        why.add("large_company")
        return Channel.EMAIL
    if application.company_size is CompanySize.SMALL and application.role_kind in _SOCIAL_ROLES:
        why.add("small_company_social_role", role=application.role_kind)
        return Channel.PHONE
    why.add("default_email")
    return Channel.EMAIL


def _first_contact(
    contacts: list[Contact], since: dt.datetime, purposes: frozenset[Purpose]
) -> Contact | None:
    """The earliest contact for one of ``purposes`` at or after ``since``."""
    matching = [c for c in contacts if c.purpose in purposes and c.at.value >= since]
    return min(matching, key=lambda c: c.at.value) if matching else None


def _when(interview: Interview) -> dt.date | dt.datetime:
    """The interview as the user entered it: a date, or a date with a time."""
    return interview.at.date if interview.at.date_only else interview.at.value


_ACTION_ORDER: Mapping[Action, int] = {
    Action.THANK_YOU: 0,
    Action.OTHER_OFFER: 1,
    Action.FOLLOW_UP: 2,
    Action.INTERVIEW_SCHEDULED: 3,
    Action.WAIT: 4,
    Action.APPLY: 4,  # a saved ad whose deadline is not near sorts by it among the waits
    Action.AWAIT_REPLY: 5,
    Action.CLOSED: 6,
}


def urgency_key(verdict: Verdict) -> tuple[int, dt.date]:
    """Sort key that puts the most urgent verdicts first.

    Things with a hard deadline (a thank-you, another offer) come first, then follow-ups
    and saved ads whose deadline is near or passed, then coming interviews, waits and the
    other saved ads by date (saved ads by their deadline, those without one last), then
    what needs nothing.
    """
    return urgency_rank(
        verdict.action, verdict.earliest, verdict.latest, dt.date.max, urgent=verdict.urgent
    )


def urgency_rank(
    action: Action, earliest: _T | None, latest: _T | None, never: _T, *, urgent: bool = False
) -> tuple[int, _T]:
    """:func:`urgency_key` from the parts, for dates or day numbers alike (``never`` sorts last)."""
    when = latest if action in _DEADLINE_ACTIONS else None
    rank = _ACTION_ORDER[Action.FOLLOW_UP] if urgent else _ACTION_ORDER[action]
    return rank, when or earliest or never


_DEADLINE_ACTIONS = frozenset({Action.THANK_YOU, Action.OTHER_OFFER, Action.APPLY})


def stable_until(application: Application, now: dt.datetime) -> dt.datetime:
    """The first moment after ``now`` at which ``assess(application, ·)`` may differ.

    The verdict depends on the moment only through the date (at midnight: a saved ad's
    deadline comes near or passes, the silence after a follow-up reaches its working days)
    and through the interviews: one turns from coming to held at its ``at``, and its 24-hour
    thank-you window closes just after ``at`` + 24 hours. Between those moments it is
    the same for every moment, which lets a cached verdict be reused until then.
    """
    until = next_midnight(now)
    for interview in application.interviews:
        at = interview.at.value
        for change in (at, at + THANK_YOU_WINDOW + _TICK):
            if now < change < until:
                until = change
    return until


_TICK = dt.timedelta(microseconds=1)


def next_midnight(now: dt.datetime) -> dt.datetime:
    """When ``now``'s day ends: every verdict may change then (:func:`stable_until`)."""
    if now.date() == dt.date.max:  # the last day there is never ends
        return dt.datetime.max
    return dt.datetime.combine(now.date() + DAY, dt.time())
