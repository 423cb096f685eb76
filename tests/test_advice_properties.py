"""Hypothesis checks of the invariants in RULES.md over generated applications and moments."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from followup_gui.model import (
    Application,
    Channel,
    CompanySize,
    Contact,
    Industry,
    Interview,
    Language,
    Moment,
    OtherOffer,
    Purpose,
    RoleKind,
    Stage,
)
from followup_gui.rules.advice import Action, assess, stable_until
from followup_gui.rules.workdays import add_working_days, is_working_day

BASE = dt.date(2025, 1, 1)
FOLLOW_UPS = {Purpose.FOLLOW_UP, Purpose.OTHER_OFFER}


def days_after(start: dt.date, low: int, high: int) -> st.SearchStrategy[dt.date]:
    return st.integers(low, high).map(lambda n: start + dt.timedelta(days=n))


@st.composite
def moments(draw: st.DrawFn, start: dt.date, low: int, high: int) -> Moment:
    day = draw(days_after(start, low, high))
    if draw(st.booleans()):
        return Moment.of_date(day)
    minute = draw(st.integers(0, 24 * 60 - 1))
    return Moment(dt.datetime.combine(day, dt.time(minute // 60, minute % 60)))


@st.composite
def applications(draw: st.DrawFn) -> Application:
    applied = draw(days_after(BASE, 0, 3 * 365))
    interviews = draw(
        st.lists(
            st.builds(
                Interview,
                at=moments(applied, 0, 120),
                promised_reply_by=st.none() | days_after(applied, 0, 150),
            ),
            max_size=3,
        )
    )
    contacts = draw(
        st.lists(
            st.builds(
                Contact,
                at=moments(applied, -5, 150),
                channel=st.sampled_from(Channel),
                purpose=st.sampled_from(Purpose),
            ),
            max_size=4,
        )
    )
    offer = draw(
        st.none()
        | st.builds(
            OtherOffer, noted_on=days_after(applied, 0, 120), respond_by=days_after(applied, 0, 150)
        )
    )
    stage = draw(st.sampled_from(Stage))
    return Application(
        id="x",
        job_title="Säljare",
        company="Bolaget AB",
        applied_on=None if stage is Stage.SAVED else applied,
        deadline=draw(st.none() | days_after(applied, -20, 60)),
        rolling_selection=draw(st.booleans()),
        ad_reply_by=draw(st.none() | days_after(applied, -10, 90)),
        ad_no_calls=draw(st.booleans()),
        ad_only_shortlisted_contacted=draw(st.booleans()),
        company_size=draw(st.sampled_from(CompanySize)),
        industry=draw(st.sampled_from(Industry)),
        role_kind=draw(st.sampled_from(RoleKind)),
        stage=stage,
        language=draw(st.sampled_from(Language)),
        interviews=interviews,
        other_offer=offer,
        contacts=contacts,
    )


@st.composite
def cases(draw: st.DrawFn) -> tuple[Application, dt.datetime]:
    app = draw(applications())
    start = app.deadline or BASE if app.applied_on is None else app.applied_on
    day = draw(days_after(start, -10, 200))
    minute = draw(st.integers(0, 24 * 60 - 1))
    return app, dt.datetime.combine(day, dt.time(minute // 60, minute % 60))


@given(cases())
def test_window_is_ordered_and_made_of_working_days(case: tuple[Application, dt.datetime]) -> None:
    app, now = case
    verdict = assess(app, now)
    if verdict.earliest is not None and verdict.latest is not None:
        assert verdict.earliest <= verdict.latest
    if verdict.action in (Action.WAIT, Action.FOLLOW_UP):
        assert verdict.earliest is not None and verdict.latest is not None
        assert is_working_day(verdict.earliest)
        assert is_working_day(verdict.latest)


@given(cases())
def test_before_an_interview_the_window_starts_after_applying(
    case: tuple[Application, dt.datetime],
) -> None:
    app, now = case
    verdict = assess(app, now)
    held = any(iv.at.value <= now for iv in app.interviews)
    if not held and verdict.action in (Action.WAIT, Action.FOLLOW_UP):
        assert verdict.earliest is not None
        assert verdict.earliest > app.sent_on


@given(cases())
def test_wait_and_follow_up_agree_with_today(case: tuple[Application, dt.datetime]) -> None:
    app, now = case
    verdict = assess(app, now)
    if verdict.action is Action.WAIT:
        assert verdict.earliest is not None and now.date() < verdict.earliest
    if verdict.action is Action.FOLLOW_UP:
        assert verdict.earliest is not None and now.date() >= verdict.earliest


@given(cases())
def test_never_follow_up_twice(case: tuple[Application, dt.datetime]) -> None:
    app, now = case
    if app.is_saved_ad:
        return
    held = [iv.at.value for iv in app.interviews if iv.at.value <= now]
    since = max(held) if held else dt.datetime.combine(app.sent_on, dt.time())
    offer = app.other_offer
    done = [
        c
        for c in app.contacts
        if c.purpose in FOLLOW_UPS
        and c.at.value >= since
        and (offer is None or c.at.date >= offer.noted_on)
    ]
    if done:
        assert assess(app, now).action not in (Action.FOLLOW_UP, Action.OTHER_OFFER)


@given(cases())
def test_closed_stays_closed(case: tuple[Application, dt.datetime]) -> None:
    app, now = case
    verdict = assess(app, now)
    assert (verdict.action is Action.CLOSED) == app.stage.is_closed


@given(cases())
def test_every_reason_has_a_known_rule_and_words(case: tuple[Application, dt.datetime]) -> None:
    app, now = case
    for reason in assess(app, now, lang="en").reasons:
        assert reason.text
        assert "{" not in reason.text


@st.composite
def moments_near_interviews(draw: st.DrawFn) -> tuple[Application, dt.datetime]:
    """Cases where ``now`` falls within two days of an interview, where verdicts turn."""
    app = draw(applications().filter(lambda a: bool(a.interviews) and not a.stage.is_closed))
    around = draw(st.sampled_from(app.interviews)).at.value
    minutes = draw(st.integers(-2 * 24 * 60, 2 * 24 * 60))
    return app, around + dt.timedelta(minutes=minutes)


@given(cases() | moments_near_interviews(), st.floats(0, 1))
def test_the_verdict_holds_until_stable_until(
    case: tuple[Application, dt.datetime], fraction: float
) -> None:
    """What the list cache relies on: no verdict changes before ``stable_until``."""
    app, now = case
    until = stable_until(app, now)
    midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    assert now < until <= midnight
    tick = dt.timedelta(microseconds=1)
    later = now + (until - tick - now) * fraction
    assert assess(app, later) == assess(app, now)
    assert assess(app, until - tick) == assess(app, now)


@given(cases())
def test_a_saved_ad_asks_to_apply_by_its_deadline(case: tuple[Application, dt.datetime]) -> None:
    app, now = case
    verdict = assess(app, now)
    assert (verdict.action is Action.APPLY) == (app.is_saved_ad and not app.stage.is_closed)
    if verdict.action is Action.APPLY:
        assert verdict.earliest is None
        assert verdict.latest == app.deadline
        assert verdict.channel is None
        soon = app.deadline is not None and (app.deadline - now.date()).days <= 3
        assert verdict.is_due is soon
        assert verdict.has("deadline_passed") == (
            app.deadline is not None and app.deadline < now.date()
        )
    else:
        assert not verdict.urgent


@given(cases())
def test_the_silence_hint_follows_rules_5_and_7(case: tuple[Application, dt.datetime]) -> None:
    """Only on await_reply, only after 15 working days, and never after a reply."""
    app, now = case
    verdict = assess(app, now)
    if not verdict.has("silence_consider_closing"):
        return
    assert verdict.action is Action.AWAIT_REPLY
    if verdict.has("window_long_passed"):  # no follow-up at all: rows 6 and 8 (v2.1)
        return
    latest = max((c for c in app.contacts if c.purpose in FOLLOW_UPS), key=lambda c: c.at.value)
    assert add_working_days(latest.at.date, 15) <= now.date()
    assert not any(
        c.purpose is Purpose.REPLY and c.at.value >= latest.at.value for c in app.contacts
    )


@given(cases())
def test_due_is_what_asks_for_action(case: tuple[Application, dt.datetime]) -> None:
    verdict = assess(case[0], case[1])
    asks = verdict.action in (Action.FOLLOW_UP, Action.THANK_YOU, Action.OTHER_OFFER)
    assert verdict.is_due == (asks or verdict.urgent)
    assert not verdict.urgent or verdict.action is Action.APPLY


@given(cases())
def test_a_window_long_passed_is_not_due_but_keeps_its_dates(
    case: tuple[Application, dt.datetime],
) -> None:
    """RULES.md v2.1, rows 6 and 8: 20 working days after the window's last day nothing is
    due; the action is await_reply, the window is kept, closing is suggested."""
    app, now = case
    today = now.date()
    verdict = assess(app, now)
    if not verdict.has("window_long_passed"):
        # never a follow-up whose window lies 20 working days behind
        if verdict.action is Action.FOLLOW_UP and verdict.latest is not None:
            assert add_working_days(verdict.latest, 20) > today
        return
    assert verdict.action is Action.AWAIT_REPLY
    assert not verdict.is_due
    assert verdict.earliest is not None and verdict.latest is not None
    assert verdict.earliest <= verdict.latest <= today
    assert is_working_day(verdict.earliest) and is_working_day(verdict.latest)
    assert add_working_days(verdict.latest, 20) <= today
    assert verdict.has("silence_consider_closing")
    assert not verdict.has("one_follow_up"), "only where no follow-up was made"
    earlier = assess(app, dt.datetime.combine(verdict.latest, dt.time(23, 59)))
    assert not earlier.has("window_long_passed"), "on the window's last day it was not"
