"""The overview's figures: how the search is going, from one pass over the applications.

Shared by the ``stats`` command and the overview page; no Qt, no I/O. Every figure carries
an :class:`About` (what it counts and over which period, in Swedish and English), and every
share rests on at least :data:`TOO_FEW` cases or is ``None`` with the reason why.

Definitions (DESIGN.md contract 2 fixes the funnel and the weeks; the rest is ours):

- *sent*: an entry with ``applied_on`` (a saved ad has none).
- *answered*: a sent application with a ``reply`` contact, any interview (held or booked),
  or stage interview, offer, accepted or rejected (the stage can only be set from an answer).
- *first answer date*: the earliest date of its ``reply`` contacts and its interviews; an
  interview stands for its invitation, which came on that day or before (so where no reply
  was logged the days can be overstated), and a coming interview counts as answered by
  today. An answer known only from the stage has no date: it counts in the answer rate, not
  in the median days.
- *days to first answer*: first answer date − ``applied_on`` in calendar days (0 at least).
- *follow-up*: a contact with purpose ``follow_up`` or ``other_offer`` (the ones the advice
  counts as following up) on a sent application, logged up to now. Its timing is what
  :func:`followup_gui.rules.advice.assess` said at that moment, seen with what was known then
  (the contacts before it, the interviews held by then, another offer noted by then): *early*
  when the advice was to wait (or to send the thank-you first), *late* when its window had
  closed, *again* when it had already been followed up since the last milestone
  (``await_reply``), *inside* otherwise.
- *followed by an answer*: a ``reply`` contact at or after the follow-up, an interview after
  it, or a final answer (stage offer, accepted or rejected).
- *weeks*: ISO weeks (Monday–Sunday, ``YYYY-Www`` with the ISO year), the 12 up to and
  including the one of ``now``, oldest first; an application counts in the week of its
  ``applied_on``.
- *the month*: applications sent in the report month (now's month, unless the caller passes
  the report's due month) up to today, against ``profile.monthly_target``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from ..i18n import Lang, format_date, month_name
from ..model import Application, Contact, Document, How, Purpose, Source, Stage
from ..rules.advice import Action, assess

TOO_FEW = 5
"""A share or median needs at least this many cases behind it."""
WEEKS = 12
WEEKS_PER_MONTH = 52 / 12
"""A monthly target drawn on a weekly chart: target / (52 / 12) ≈ target / 4.33 a week."""

Month = tuple[int, int]
"""(year, month), as :mod:`followup_gui.reports.report` has it."""


class Label(NamedTuple):
    """A text in both languages: figures carry their words as data, the caller picks one."""

    sv: str
    en: str

    def text(self, lang: Lang) -> str:
        return self.sv if lang == "sv" else self.en


TOO_FEW_LABEL = Label("för få för att säga något", "too few to say")


class About(NamedTuple):
    """What a figure shows, what it counts, and over which period."""

    title: Label
    counts: Label
    period: Label


@dataclass(frozen=True, slots=True)
class Rate:
    """``count`` of ``total``; no share when fewer than :data:`TOO_FEW` are behind it."""

    count: int
    total: int

    @property
    def value(self) -> float | None:
        return self.count / self.total if self.total >= TOO_FEW else None

    @property
    def reason(self) -> Label | None:
        """Why there is no share (``None`` when there is one)."""
        return TOO_FEW_LABEL if self.total < TOO_FEW else None

    def words(self, lang: Lang) -> str:
        """ "40 % (2 av 5)" or "för få för att säga något (2 av 3)"."""
        of = "av" if lang == "sv" else "of"
        counts = f"({self.count} {of} {self.total})"
        value = self.value
        if value is None:
            return f"{TOO_FEW_LABEL.text(lang)} {counts}"
        return f"{percent(value, lang)} {counts}"


@dataclass(frozen=True, slots=True)
class Median:
    """The median of ``count`` values; no value when fewer than :data:`TOO_FEW`."""

    count: int
    value: float | None

    @property
    def reason(self) -> Label | None:
        return TOO_FEW_LABEL if self.value is None else None

    def words(self, lang: Lang) -> str:
        of = "av" if lang == "sv" else "of"
        if self.value is None:
            return f"{TOO_FEW_LABEL.text(lang)} ({self.count})"
        unit = ("dag" if lang == "sv" else "day") if self.value == 1 else _DAYS[lang]
        return f"{number(self.value, lang)} {unit} ({of} {self.count})"


_DAYS: dict[Lang, str] = {"sv": "dagar", "en": "days"}


def _median(values: Sequence[int]) -> Median:
    count = len(values)
    if count < TOO_FEW:
        return Median(count, None)
    ordered = sorted(values)  # (the statistics module costs 4 ms to import)
    middle = count // 2
    value = ordered[middle] if count % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return Median(count, float(value))


def percent(value: float, lang: Lang) -> str:
    """ "42 %" (a space before the sign in Swedish and as SI writes it; whole percents)."""
    return f"{round(value * 100)} %" if lang == "sv" else f"{round(value * 100)}%"


def number(value: float, lang: Lang) -> str:
    """A whole number as it is, else one decimal with the language's decimal sign."""
    if value == int(value):
        return str(int(value))
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "sv" else text


@dataclass(frozen=True, slots=True)
class Week:
    week: str
    """``YYYY-Www`` (ISO year and week)."""
    monday: dt.date
    ids: tuple[str, ...]
    """The applications sent that week, in store order."""

    @property
    def applications(self) -> int:
        return len(self.ids)


class Step(StrEnum):
    """The funnel's steps, in order (DESIGN.md contract 2)."""

    SAVED = "saved"
    APPLIED = "applied"
    ANSWERED = "answered"
    INTERVIEW = "interview"
    OFFER = "offer"


STEP_LABELS: dict[Step, Label] = {
    Step.SAVED: Label("Sparade", "Saved"),
    Step.APPLIED: Label("Sökta", "Applied"),
    Step.ANSWERED: Label("Fick svar", "Answered"),
    Step.INTERVIEW: Label("Intervju", "Interview"),
    Step.OFFER: Label("Erbjudande", "Offer"),
}
STEP_COUNTS: dict[Step, Label] = {
    Step.SAVED: Label("alla poster: sparade annonser och sökta jobb",
                      "every entry: saved ads and applications"),
    Step.APPLIED: Label("skickade ansökningar", "applications sent"),
    Step.ANSWERED: Label("skickade med ett svar, en intervju, ett nej eller ett erbjudande",
                         "sent ones with a reply, an interview, a rejection or an offer"),
    Step.INTERVIEW: Label("skickade med en intervju", "sent ones with an interview"),
    Step.OFFER: Label("skickade med ett erbjudande", "sent ones with an offer"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class FunnelStep:
    step: Step
    ids: tuple[str, ...]
    of_first: Rate
    """Its share of every entry."""
    of_previous: Rate
    """Its share of the step before (of itself for the first)."""

    @property
    def count(self) -> int:
        return len(self.ids)

    @property
    def label(self) -> Label:
        return STEP_LABELS[self.step]


SOURCE_LABELS: dict[Source, Label] = {
    Source.PLATSBANKEN: Label("Platsbanken", "Platsbanken"),
    Source.LINKEDIN: Label("LinkedIn", "LinkedIn"),
    Source.COMPANY_SITE: Label("Arbetsgivarens webbplats", "Company website"),
    Source.RECRUITER: Label("Rekryterare", "Recruiter"),
    Source.NETWORK: Label("Kontakter", "Network"),
    Source.OTHER: Label("Annat", "Other"),
    Source.UNKNOWN: Label("Okänd", "Unknown"),
}
HOW_LABELS: dict[How, Label] = {
    How.ADVERTISED: Label("Annonserat jobb", "Via an ad"),
    How.UNSOLICITED: Label("Spontanansökan", "Unsolicited"),
    How.ASSIGNED: Label("Anvisat av Arbetsförmedlingen", "Assigned by Arbetsförmedlingen"),
}


@dataclass(frozen=True, slots=True)
class AnswerGroup:
    """The sent applications of one source (or one way of seeking), and their answers."""

    key: str
    label: Label
    ids: tuple[str, ...]
    """Every sent application of the group."""
    answered_ids: tuple[str, ...]
    rate: Rate
    days: Median
    """Median days from applying to the first dated answer."""

    @property
    def applied(self) -> int:
        return len(self.ids)

    @property
    def answered(self) -> int:
        return len(self.answered_ids)


class Timing(StrEnum):
    """When a follow-up was made, by the advice at that moment."""

    INSIDE = "inside"
    EARLY = "early"
    LATE = "late"
    AGAIN = "again"


TIMING_LABELS: dict[Timing, Label] = {
    Timing.INSIDE: Label("I rätt tid", "Inside the window"),
    Timing.EARLY: Label("För tidigt", "Early"),
    Timing.LATE: Label("För sent", "Late"),
    Timing.AGAIN: Label("En gång till", "Again (already followed up)"),
}

TIMING_MEANINGS: dict[Timing, Label] = {
    Timing.INSIDE: Label(
        "gjord när appen rådde dig att följa upp", "made while the advice was to follow up"
    ),
    Timing.EARLY: Label(
        "gjord innan appen rådde dig att följa upp", "made before the advice was to follow up"
    ),
    Timing.LATE: Label(
        "gjord när tiden för att följa upp hade gått ut",
        "made after the time to follow up had passed",
    ),
    Timing.AGAIN: Label(
        "ännu en uppföljning utan något nytt sedan förra", "one more with no news since the last"
    ),
}
"""What each kind of follow-up means: the legend of the follow-ups' chart."""

ANSWERED_PART = Label("Följdes av svar", "Followed by an answer")
UNANSWERED_PART = Label("Inget svar efteråt", "No answer after it")
"""The two parts of a follow-ups' bar, in the chart's legend."""


@dataclass(frozen=True, slots=True)
class TimingGroup:
    timing: Timing
    ids: tuple[str, ...]
    """The application of each follow-up (an application twice for two follow-ups)."""
    answered: Rate
    """How many of these follow-ups were followed by an answer."""

    @property
    def count(self) -> int:
        return len(self.ids)

    @property
    def label(self) -> Label:
        return TIMING_LABELS[self.timing]


@dataclass(frozen=True, slots=True)
class FollowUps:
    groups: tuple[TimingGroup, ...]
    """Inside, early, late, again: in that order."""
    answered: Rate
    """Follow-ups followed by an answer, of all follow-ups."""

    @property
    def total(self) -> int:
        return self.answered.total

    def group(self, timing: Timing) -> TimingGroup:
        return next(g for g in self.groups if g.timing is timing)


@dataclass(frozen=True, slots=True)
class MonthProgress:
    """Applications sent in one month so far, against the agreed monthly target."""

    month: Month
    ids: tuple[str, ...]
    target: int | None
    reported: bool
    """Whether the month's activity report is marked as sent."""
    in_progress: bool = False
    """The month is still running: its applications are still being collected, so its
    report cannot be sent yet (it is not "not marked as sent")."""

    @property
    def sent(self) -> int:
        return len(self.ids)

    @property
    def key(self) -> str:
        return f"{self.month[0]:04d}-{self.month[1]:02d}"

    @property
    def remaining(self) -> int | None:
        return None if self.target is None else max(self.target - self.sent, 0)


@dataclass(frozen=True)
class Stats:
    """Every figure of the overview, as of ``now``.

    The follow-ups' timing asks the advice engine once per follow-up (the dearest figure:
    about half the time at 10,000 applications), so it is worked out when first read; the
    overview page paints the other charts first.
    """

    now: dt.datetime
    first_applied: dt.date | None
    """The earliest ``applied_on`` in the store: where "the whole search" starts."""
    weeks: tuple[Week, ...]
    monthly_target: int | None
    funnel: tuple[FunnelStep, ...]
    answers: AnswerGroup
    """All sent applications together."""
    by_source: tuple[AnswerGroup, ...]
    by_how: tuple[AnswerGroup, ...]
    month: MonthProgress
    follow_up_contacts: tuple[tuple[Application, Contact], ...] = field(repr=False)
    """Every follow-up counted, with its application, in store order."""

    @cached_property
    def follow_ups(self) -> FollowUps:
        return timed_follow_ups(self.follow_up_contacts)

    @property
    def weekly_target(self) -> float | None:
        """The monthly target spread over the weeks (target / 4.33)."""
        return None if self.monthly_target is None else self.monthly_target / WEEKS_PER_MONTH

    def step(self, step: Step) -> FunnelStep:
        return next(s for s in self.funnel if s.step is step)

    def about(self) -> dict[str, About]:
        """What each figure counts and over which period, keyed like :func:`as_json`."""
        return _about(self)


_ANSWER_STAGES = frozenset({Stage.INTERVIEW, Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED})
_INTERVIEW_STAGES = frozenset({Stage.INTERVIEW, Stage.OFFER, Stage.ACCEPTED})
_OFFER_STAGES = frozenset({Stage.OFFER, Stage.ACCEPTED})
_FINAL_ANSWER_STAGES = frozenset({Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED})
_FOLLOW_UP_PURPOSES = frozenset({Purpose.FOLLOW_UP, Purpose.OTHER_OFFER})


def week_name(day: dt.date, lang: Lang) -> str:
    """ "vecka 45" / "week 45": the week of ``day`` as a person says it (no ISO year)."""
    return f"{'vecka' if lang == 'sv' else 'week'} {day.isocalendar().week}"


def iso_week(day: dt.date) -> str:
    """ "2026-W53": the ISO year and week of ``day``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def compute(
    document: Document,
    now: dt.datetime,
    *,
    report_month: Month | None = None,
) -> Stats:
    """Every figure of the overview in one pass over ``document.applications``.

    ``report_month`` is the month whose activity report the progress is shown for; by
    default the month of ``now`` (the report page may pass the month now due instead).
    """
    today = now.date()
    today_ordinal = today.toordinal()
    first_monday = today_ordinal - today.weekday() - 7 * (WEEKS - 1)
    mondays = [dt.date.fromordinal(first_monday + 7 * k) for k in range(WEEKS)]
    per_week: list[list[str]] = [[] for _ in mondays]
    month = report_month or (today.year, today.month)
    month_year, month_number = month
    in_month: list[str] = []

    saved: list[str] = []
    sent: list[str] = []
    answered_ids: list[str] = []
    interviewed: list[str] = []
    offered: list[str] = []
    sources = {source: _Group() for source in Source}
    hows = {how: _Group() for how in How}
    everyone = _Group()
    follow_ups: list[tuple[Application, Contact]] = []
    first_applied: dt.date | None = None
    reply = Purpose.REPLY

    # One pass; a hot loop at 10,000 applications, hence the plain appends and day numbers.
    for app in document.applications:
        app_id = app.id
        saved.append(app_id)
        applied = app.applied_on
        if applied is None:
            continue
        sent.append(app_id)
        if first_applied is None or applied < first_applied:
            first_applied = applied
        ordinal = applied.toordinal()
        week = (ordinal - first_monday) // 7
        if 0 <= week < WEEKS:
            per_week[week].append(app_id)
        if (
            applied.month == month_number
            and applied.year == month_year
            and ordinal <= today_ordinal
        ):
            in_month.append(app_id)

        stage = app.stage
        answered = stage in _ANSWER_STAGES
        first_answer: dt.date | None = None
        if app.interviews:
            answered = True
            interviewed.append(app_id)
            for interview in app.interviews:
                day = interview.at.value.date()
                if first_answer is None or day < first_answer:
                    first_answer = day
            if first_answer is not None and first_answer > today:
                first_answer = today  # booked: the invitation came by today
        elif stage in _INTERVIEW_STAGES:
            interviewed.append(app_id)
        for contact in app.contacts:
            purpose = contact.purpose
            if purpose is reply:
                answered = True
                day = contact.at.value.date()
                if first_answer is None or day < first_answer:
                    first_answer = day
            elif purpose in _FOLLOW_UP_PURPOSES and contact.at.value <= now:
                follow_ups.append((app, contact))
        if stage in _OFFER_STAGES:
            offered.append(app_id)
        groups = (everyone, sources[app.source], hows[app.how])
        for group in groups:
            group.ids.append(app_id)
        if answered:
            answered_ids.append(app_id)
            for group in groups:
                group.answered.append(app_id)
        if first_answer is not None:
            days = max(first_answer.toordinal() - ordinal, 0)
            for group in groups:
                group.days.append(days)

    steps = {
        Step.SAVED: saved,
        Step.APPLIED: sent,
        Step.ANSWERED: answered_ids,
        Step.INTERVIEW: interviewed,
        Step.OFFER: offered,
    }
    funnel = []
    first = len(saved)
    previous = first
    for step, ids in steps.items():
        count = len(ids)
        funnel.append(FunnelStep(step, tuple(ids), Rate(count, first), Rate(count, previous)))
        previous = count
    target = document.profile.monthly_target
    return Stats(
        now=now,
        first_applied=first_applied,
        weeks=tuple(
            Week(iso_week(monday), monday, tuple(ids))
            for monday, ids in zip(mondays, per_week, strict=True)
        ),
        monthly_target=target,
        funnel=tuple(funnel),
        answers=everyone.result("all", Label("Alla", "All")),
        by_source=tuple(g.result(s.value, SOURCE_LABELS[s]) for s, g in sources.items()),
        by_how=tuple(g.result(h.value, HOW_LABELS[h]) for h, g in hows.items()),
        month=month_progress(
            in_month,
            month,
            target=target,
            reported=document.is_reported(_month_key(month)),
            in_progress=month == (today.year, today.month),
        ),
        follow_up_contacts=tuple(follow_ups),
    )


def timed_follow_ups(follow_ups: Iterable[tuple[Application, Contact]]) -> FollowUps:
    """Follow-ups by timing (:func:`follow_up_timing`), and which were followed by an answer."""
    timings: dict[Timing, list[str]] = {timing: [] for timing in Timing}
    answered: dict[Timing, int] = dict.fromkeys(Timing, 0)
    for app, contact in follow_ups:
        timing = follow_up_timing(app, contact)
        timings[timing].append(app.id)
        if _followed_by_answer(app, contact):
            answered[timing] += 1
    groups = tuple(
        TimingGroup(timing, tuple(ids), Rate(answered[timing], len(ids)))
        for timing, ids in timings.items()
    )
    return FollowUps(groups, Rate(sum(answered.values()), sum(g.count for g in groups)))


def month_progress(
    ids: Iterable[str],
    month: Month,
    *,
    target: int | None,
    reported: bool,
    in_progress: bool = False,
) -> MonthProgress:
    """The seam for the activity report: the page may build one for the month now due."""
    return MonthProgress(month, tuple(ids), target, reported, in_progress)


def _month_key(month: Month) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


class _Group:
    """Collects one answer group during the pass."""

    __slots__ = ("answered", "days", "ids")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.answered: list[str] = []
        self.days: list[int] = []

    def result(self, key: str, label: Label) -> AnswerGroup:
        return AnswerGroup(
            key,
            label,
            tuple(self.ids),
            tuple(self.answered),
            Rate(len(self.answered), len(self.ids)),
            _median(self.days),
        )


def follow_up_timing(app: Application, follow_up: Contact) -> Timing:
    """When ``follow_up`` was made, by the advice at its moment (see the module's docstring).

    The application is seen as it was then: only the contacts logged before it, the
    interviews held by then, another offer noted by then, and an open stage.
    """
    at = follow_up.at.value
    held = [iv for iv in app.interviews if iv.at.value <= at]
    offer = app.other_offer
    then = replace(
        app,
        stage=Stage.INTERVIEW if held else Stage.APPLIED,
        interviews=held,
        other_offer=offer if offer is not None and offer.noted_on <= follow_up.at.date else None,
        contacts=[c for c in app.contacts if c.at.value < at and c is not follow_up],
    )
    verdict = assess(then, at)
    if verdict.action is Action.AWAIT_REPLY:
        return Timing.AGAIN
    if verdict.action is Action.THANK_YOU:  # the window after the interview is not open yet
        return Timing.EARLY
    day = follow_up.at.date
    if verdict.earliest is not None and day < verdict.earliest:
        return Timing.EARLY
    if verdict.latest is not None and day > verdict.latest:
        return Timing.LATE
    return Timing.INSIDE


def _followed_by_answer(app: Application, follow_up: Contact) -> bool:
    if app.stage in _FINAL_ANSWER_STAGES:
        return True
    at = follow_up.at.value
    return any(
        c.purpose is Purpose.REPLY and c.at.value >= at and c is not follow_up for c in app.contacts
    ) or any(iv.at.value > at for iv in app.interviews)


# --- what each figure counts ------------------------------------------------------------


def _span(start: dt.date | None, end: dt.date) -> Label:
    if start is None or start > end:
        return Label(f"till och med {format_date(end, 'sv', weekday=False)}",
                     f"up to {format_date(end, 'en', weekday=False)}")  # fmt: skip
    return Label(
        f"{format_date(start, 'sv', weekday=False)} – {format_date(end, 'sv', weekday=False)}",
        f"{format_date(start, 'en', weekday=False)} – {format_date(end, 'en', weekday=False)}",
    )


def _about(stats: Stats) -> dict[str, About]:
    today = stats.now.date()
    whole = _span(stats.first_applied, today)
    whole = Label(f"hela sökandet: {whole.sv}", f"the whole search: {whole.en}")
    first = stats.weeks[0]
    weeks = Label(
        f"de {WEEKS} senaste veckorna, från måndag "
        f"{format_date(first.monday, 'sv', weekday=False, ref_year=today.year)} till och med "
        f"{format_date(today, 'sv', weekday=False)}",
        f"the last {WEEKS} weeks, from Monday "
        f"{format_date(first.monday, 'en', weekday=False, ref_year=today.year)} "
        f"up to {format_date(today, 'en', weekday=False)}",
    )
    year, number_ = stats.month.month
    month = Label(f"{month_name(number_, 'sv')} {year}", f"{month_name(number_, 'en')} {year}")
    if (year, number_) == (today.year, today.month):  # still being collected
        until = _span(None, today)
        month = Label(f"{month.sv}, {until.sv}", f"{month.en}, {until.en}")
    answers_counts = Label(
        "skickade ansökningar och hur många som fick svar (ett svar, en intervju, ett nej eller "
        "ett erbjudande); mediantiden är antalet dagar från ansökan till första daterade svar",
        "applications sent and how many got an answer (a reply, an interview, a rejection or "
        "an offer); the median counts days from applying to the first dated answer",
    )
    return {
        "per_week": About(
            Label("Ansökningar per vecka", "Applications per week"),
            Label(
                "skickade ansökningar per vecka (måndag–söndag)",
                "applications sent per week (Monday–Sunday)",
            ),
            weeks,
        ),
        "funnel": About(
            Label("Från annons till erbjudande", "From ad to offer"),
            Label(
                "alla poster i varje steg; procent av alla och av steget före",
                "entries at each step; per cent of all and of the step before",
            ),
            whole,
        ),
        "by_source": About(Label("Svar per källa", "Answers by source"), answers_counts, whole),
        "by_how": About(
            Label("Svar per typ av ansökan", "Answers by how you applied"), answers_counts, whole
        ),
        "follow_ups": About(
            Label("Uppföljningar", "Follow-ups"),
            Label(
                "loggade uppföljningar (och kontakter om ett annat erbjudande), efter vad rådet "
                "var just då, och hur många som fick svar efteråt",
                "follow-ups logged (and contacts about another offer), by the advice at that "
                "moment, and how many were followed by an answer",
            ),
            whole,
        ),
        "month": About(
            Label("Månadens aktivitetsrapport", "The month's activity report"),
            Label(
                "skickade ansökningar i månaden mot målet per månad",
                "applications sent in the month against the monthly target",
            ),
            month,
        ),
    }
