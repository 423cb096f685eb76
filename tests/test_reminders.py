"""Reminders: which are due when, what they say, snoozing and telling each only once."""

from __future__ import annotations

import datetime as dt

import pytest

from followup_gui import store
from followup_gui.model import (
    Application,
    Channel,
    CompanySize,
    Document,
    Purpose,
    ReportedMonth,
    RoleKind,
    Stage,
)
from followup_gui.rules.advice import assess, count_due
from followup_gui.rules.reminders import (
    Kind,
    Reminder,
    ReminderState,
    can_snooze_until,
    due_reminders,
    in_an_hour,
    report_reminder,
    tomorrow_morning,
)

from .conftest import DEMO_STORE
from .factories import contact, d, interview, make_app, offer, t

DEMO_NOW = t("2026-11-26T09:00")


@pytest.fixture(scope="module")
def demo() -> list[Application]:
    return store.load(DEMO_STORE).applications


def by_app(reminders: list[Reminder]) -> dict[str, Reminder]:
    return {r.app_id: r for r in reminders}


def test_the_demo_at_its_moment(demo: list[Application]) -> None:
    reminders = due_reminders(demo, None, DEMO_NOW, lang="sv")
    assert [r.app_id for r in reminders] == [
        "demo-kodverket",  # a deadline today comes first
        "demo-telekompaniet",  # its window has already closed: late, so before Vättern
        "demo-vattern",
    ]
    found = by_app(reminders)

    thanks = found["demo-kodverket"]
    assert thanks.kind is Kind.THANK_YOU_DUE
    assert thanks.key == "demo-kodverket:thank_you_due:2026-11-26T14:00"
    assert thanks.due == t("2026-11-26T14:00")
    assert (
        thanks.text
        == "Skicka tackmejlet till Kodverket AB senast i dag kl. 14.00 (Backend-utvecklare)."
    )
    assert "kl. 14.00" in thanks.summary

    window = found["demo-vattern"]
    assert window.kind is Kind.WINDOW_OPENS
    assert window.key == "demo-vattern:window_opens:2026-11-20"
    assert window.title == "Dags att följa upp"
    assert window.text == (
        "Handläggare inom socialtjänsten hos Kommunförbundet Vättern – via e-post. "
        "Helst senast i morgon."
    )
    assert found["demo-telekompaniet"].kind is Kind.WINDOW_OPENS
    # its window (23–24 November) has passed: no "ideally by" for a day gone by
    assert "senast" not in found["demo-telekompaniet"].text

    # the other offer must be answered by 1 December: five days off is not "soon" yet
    assert "demo-kaffeservice" not in found


def test_english_texts(demo: list[Application]) -> None:
    found = by_app(due_reminders(demo, None, DEMO_NOW, lang="en"))
    assert found["demo-kodverket"].text == (
        "Send the thank-you mail to Kodverket AB by today at 14:00 (Backend-utvecklare)."
    )
    assert found["demo-vattern"].title == "Time to follow up"
    assert "by email" in found["demo-vattern"].text


@pytest.mark.parametrize(
    ("now", "day_words"),
    [
        ("2026-11-29T09:00", "senast tisdag 1 december"),
        ("2026-11-30T09:00", "senast i morgon"),
        ("2026-12-01T09:00", "senast i dag"),
    ],
)
def test_the_other_offer_is_soon_two_days_ahead(
    demo: list[Application], now: str, day_words: str
) -> None:
    found = by_app(due_reminders(demo, None, t(now), lang="sv"))
    offer_reminder = found["demo-kaffeservice"]
    assert offer_reminder.kind is Kind.OTHER_OFFER_SOON
    assert offer_reminder.key == "demo-kaffeservice:other_offer_soon:2026-12-01"
    assert offer_reminder.text == (
        f"Svara på det andra erbjudandet {day_words} – hör av dig till "
        "Nordisk Kaffeservice AB först (Innesäljare)."
    )
    assert offer_reminder.due == t("2026-12-01T23:59")


def test_the_other_offer_is_not_soon_three_days_ahead(demo: list[Application]) -> None:
    assert "demo-kaffeservice" not in by_app(due_reminders(demo, None, t("2026-11-28T09:00")))


def test_given_verdicts_are_used(demo: list[Application]) -> None:
    verdicts = [assess(app, DEMO_NOW) for app in demo]
    assert due_reminders(demo, verdicts, DEMO_NOW) == due_reminders(demo, None, DEMO_NOW)


def test_a_window_reminder_appears_when_the_window_opens() -> None:
    app = make_app(applied_on=d("2026-05-04"), deadline=d("2026-05-10"))
    # window: 17–24 May, snapped to working days: Monday 18 May
    assert due_reminders([app], None, t("2026-05-17T23:59")) == []
    [reminder] = due_reminders([app], None, t("2026-05-18T00:00"))
    assert reminder.kind is Kind.WINDOW_OPENS
    assert reminder.key == "a1:window_opens:2026-05-18"


def test_a_phone_follow_up_says_so() -> None:
    app = make_app(company_size=CompanySize.SMALL, role_kind=RoleKind.SALES)
    [reminder] = due_reminders([app], None, t("2026-05-20T09:00"), lang="sv")
    assert "per telefon" in reminder.text
    assert assess(app, t("2026-05-20T09:00")).channel is Channel.PHONE


def test_a_new_window_is_a_new_reminder() -> None:
    """A follow-up window after an interview is another window than the first one."""
    before = make_app()
    [first] = due_reminders([before], None, t("2026-05-20T09:00"))
    after = make_app(
        contacts=[contact("2026-05-19", Purpose.FOLLOW_UP)],
        interviews=[interview("2026-06-01T10:00", promised="2026-06-05")],
    )
    [second] = due_reminders([after], None, t("2026-06-09T09:00"), already_notified={first.key})
    assert second.kind is Kind.WINDOW_OPENS
    assert second.key != first.key
    assert second.key == "a1:window_opens:2026-06-08"


def test_a_second_interview_is_a_new_thank_you() -> None:
    one = make_app(interviews=[interview("2026-05-19T10:00")])
    [first] = due_reminders([one], None, t("2026-05-19T12:00"))
    two = make_app(
        interviews=[interview("2026-05-19T10:00"), interview("2026-05-21T13:30")],
        contacts=[contact("2026-05-19T16:00", Purpose.THANK_YOU)],
    )
    [second] = due_reminders([two], None, t("2026-05-21T15:00"), lang="en")
    assert second.kind is Kind.THANK_YOU_DUE
    assert second.key != first.key
    assert "by tomorrow at 13:30" in second.text


def test_a_thank_you_is_due_until_its_deadline() -> None:
    app = make_app(interviews=[interview("2026-05-19T10:00")])
    assert due_reminders([app], None, t("2026-05-19T09:59")) == []
    assert [r.kind for r in due_reminders([app], None, t("2026-05-20T10:00"))] == [
        Kind.THANK_YOU_DUE
    ]
    # the hour has passed: no thank-you reminder any more (the follow-up comes later)
    assert all(
        r.kind is not Kind.THANK_YOU_DUE for r in due_reminders([app], None, t("2026-05-20T10:01"))
    )


def test_nothing_for_waiting_closed_or_followed_up_applications() -> None:
    waiting = make_app(id="w", applied_on=d("2026-05-15"))
    followed = make_app(id="f", contacts=[contact("2026-05-19", Purpose.FOLLOW_UP)])
    closed = make_app(id="c", stage=Stage.REJECTED)
    assert due_reminders([waiting, followed, closed], None, t("2026-05-20T09:00")) == []


def test_already_notified_keys_are_not_repeated(demo: list[Application]) -> None:
    every = due_reminders(demo, None, DEMO_NOW)
    told = {r.key for r in every[:2]}
    again = due_reminders(demo, None, DEMO_NOW, already_notified=told)
    assert [r.key for r in again] == [r.key for r in every[2:]]


def test_a_snooze_hides_until_its_moment(demo: list[Application]) -> None:
    key = "demo-kodverket:thank_you_due:2026-11-26T14:00"
    snoozed = {key: t("2026-11-26T10:00")}
    hidden = due_reminders(demo, None, DEMO_NOW, snoozed=snoozed)
    assert key not in {r.key for r in hidden}
    back = due_reminders(demo, None, t("2026-11-26T10:00"), snoozed=snoozed)
    assert key in {r.key for r in back}


def test_count_due_counts_what_the_status_bar_counts(demo: list[Application]) -> None:
    verdicts = [assess(app, DEMO_NOW) for app in demo]
    # the thank-you, the other offer (not "soon" yet, but due) and two follow-ups
    assert count_due(verdicts) == 4


# --------------------------------------------------------------------------- snoozing


def test_snooze_choices() -> None:
    now = t("2026-11-26T09:00")
    assert in_an_hour(now) == t("2026-11-26T10:00")
    assert tomorrow_morning(now) == t("2026-11-27T09:00")
    assert tomorrow_morning(t("2026-11-26T23:30")) == t("2026-11-27T09:00")


def test_a_snooze_past_a_deadline_is_not_offered(demo: list[Application]) -> None:
    found = by_app(due_reminders(demo, None, DEMO_NOW))
    thanks, window = found["demo-kodverket"], found["demo-vattern"]
    assert can_snooze_until(thanks, in_an_hour(DEMO_NOW))
    assert not can_snooze_until(thanks, tomorrow_morning(DEMO_NOW))
    assert can_snooze_until(window, tomorrow_morning(DEMO_NOW))


# --------------------------------------------------------------------------- the state


def test_state_snooze_tells_again_afterwards(demo: list[Application]) -> None:
    state = ReminderState()
    first = due_reminders(demo, None, DEMO_NOW, already_notified=state.notified)
    state.mark_notified(first, DEMO_NOW.date())
    assert due_reminders(demo, None, DEMO_NOW, already_notified=state.notified) == []

    key = first[0].key
    state.snooze(key, t("2026-11-26T10:00"))

    def fresh(now: dt.datetime) -> list[str]:
        reminders = due_reminders(
            demo, None, now, snoozed=state.snoozed, already_notified=state.notified
        )
        return [r.key for r in reminders]

    assert fresh(t("2026-11-26T09:30")) == []
    assert fresh(t("2026-11-26T10:00")) == [key]


def test_state_forgets_what_is_done_and_runs_out() -> None:
    state = ReminderState()
    app = make_app(interviews=[interview("2026-05-19T10:00")])
    now = t("2026-05-19T12:00")
    active = due_reminders([app], None, now)
    state.mark_notified(active, now.date())
    state.snooze("gone:window_opens:2026-05-01", t("2026-05-30T09:00"))
    state.snooze(active[0].key, t("2026-05-19T11:00"))  # has run out
    assert state.forget(active, now)
    assert state.snoozed == {}
    # a told reminder that is no longer due is remembered for a while (an undo brings it
    # back; it should not be told twice), then forgotten
    state.mark_notified(active, now.date())
    assert not state.forget([], now + dt.timedelta(days=14))
    assert state.forget([], now + dt.timedelta(days=15))
    assert state.notified == {}


def test_state_round_trips_and_survives_junk() -> None:
    state = ReminderState()
    state.notified["a:window_opens:2026-05-18"] = d("2026-05-18")
    state.snooze("b:thank_you_due:2026-05-20T10:00", t("2026-05-19T13:00"))
    assert ReminderState.loads(state.dumps()) == state
    for junk in ("", "{", "[]", '{"notified": [1], "snoozed": {"x": "soon"}}'):
        assert ReminderState.loads(junk) == ReminderState()
    partly = ReminderState.loads('{"notified": {"k": "2026-05-18", "j": 3}, "snoozed": 7}')
    assert partly.notified == {"k": d("2026-05-18")}


def test_an_offer_past_its_answer_date_reminds_no_more() -> None:
    app = make_app(other_offer=offer("2026-05-18", "2026-05-21"))
    [reminder] = due_reminders([app], None, t("2026-05-20T09:00"), lang="en")
    assert reminder.kind is Kind.OTHER_OFFER_SOON
    assert reminder.text.startswith("You must answer the other offer by tomorrow")
    later = due_reminders([app], None, t("2026-05-22T09:00"))
    assert [r.kind for r in later] == [Kind.WINDOW_OPENS]  # back to the application window


# --------------------------------------------------------------------------- saved ads


def saved_ad(deadline: str) -> Application:
    return make_app(id="ad", stage=Stage.SAVED, applied_on=None, deadline=d(deadline))


def test_apply_soon_from_three_days_before_the_deadline() -> None:
    ad = saved_ad("2026-05-23")
    assert due_reminders([ad], None, t("2026-05-19T09:00")) == []
    (reminder,) = due_reminders([ad], None, t("2026-05-20T09:00"), lang="sv")
    assert reminder.kind is Kind.APPLY_SOON
    assert reminder.key == "ad:apply_soon:2026-05-23"
    assert reminder.title == "Sista ansökningsdagen närmar sig"
    assert reminder.text == "Sök Ekonomiassistent hos Exempelbolaget AB senast lördag 23 maj."
    assert reminder.due == t("2026-05-23T23:59")
    assert reminder.has_deadline
    assert not can_snooze_until(reminder, t("2026-05-24T09:00"))
    (english,) = due_reminders([ad], None, t("2026-05-23T09:00"), lang="en")
    assert english.text == "Apply for Ekonomiassistent at Exempelbolaget AB by today."


def test_apply_after_the_deadline_says_it_has_passed_and_may_be_snoozed() -> None:
    (reminder,) = due_reminders([saved_ad("2026-05-18")], None, t("2026-05-20T09:00"))
    assert reminder.title == "Sista ansökningsdagen har passerat"
    assert "var måndag 18 maj" in reminder.text
    # the one-line summary (a tray menu, the status bar) does not say "apply by" either (23)
    assert reminder.summary == (
        "Sista ansökningsdagen passerade måndag 18 maj: Ekonomiassistent hos Exempelbolaget AB"
    )
    assert "senast" not in reminder.summary
    (english,) = due_reminders([saved_ad("2026-05-18")], None, t("2026-05-20T09:00"), lang="en")
    assert english.summary.startswith("The deadline to apply passed Monday 18 May: ")
    now = t("2026-05-20T09:00")
    assert can_snooze_until(reminder, tomorrow_morning(now), now)


def test_apply_sorts_after_deadlines_and_before_follow_ups(demo: list[Application]) -> None:
    found = due_reminders([*demo, saved_ad("2026-11-27")], None, DEMO_NOW)
    kinds = [r.kind for r in found]
    assert kinds.index(Kind.APPLY_SOON) > kinds.index(Kind.THANK_YOU_DUE)
    assert kinds.index(Kind.APPLY_SOON) < kinds.index(Kind.WINDOW_OPENS)


# --------------------------------------------------------------------------- the report


@pytest.mark.parametrize(
    ("now", "key"),
    [
        ("2026-10-31T20:00", None),  # October is still being collected (September is reported)
        ("2026-11-01T10:00", "report:2026-10:first"),  # a Sunday: the report opens anyway
        ("2026-11-12T10:00", "report:2026-10:first"),
        # the 14th is a Saturday: the last day is Monday 16 November, so 13 November
        ("2026-11-13T08:00", "report:2026-10:again"),
        ("2026-11-16T23:00", "report:2026-10:again"),
        ("2026-11-20T09:00", "report:2026-10:again"),  # late: still owed
    ],
)
def test_the_report_reminds_on_the_first_and_three_days_before_the_last_day(
    now: str, key: str | None
) -> None:
    reminder = report_reminder(["2026-09"], t(now), lang="sv")
    assert (reminder.key if reminder else None) == key


def test_the_report_reminder_texts() -> None:
    reminder = report_reminder([], t("2026-11-02T09:00"), lang="sv")
    assert reminder is not None
    assert reminder.kind is Kind.REPORT_DUE and reminder.app_id == ""
    assert reminder.title == "Aktivitetsrapporten för oktober"
    assert reminder.text == "Rapportera oktober till Arbetsförmedlingen senast måndag 16 november."
    assert reminder.due == t("2026-11-16T23:59")
    late = report_reminder([], t("2026-11-17T09:00"), lang="en")
    assert late is not None
    assert late.text == "The report for October was due by Monday 16 November. Send it now."
    # issue 23.8: the status bar's line does not say "report by" after the last day
    assert late.summary == "The report for October is late – the last day was Monday 16 November"
    before = report_reminder([], t("2026-11-16T09:00"), lang="sv")
    assert before is not None and before.summary == "Rapportera oktober senast i dag"
    late_sv = report_reminder([], t("2026-11-17T09:00"), lang="sv")
    assert late_sv is not None
    assert late_sv.summary == (
        "Rapporten för oktober är försenad – sista dagen var måndag 16 november"
    )


def test_a_reported_month_reminds_no_more() -> None:
    reported = [ReportedMonth("2026-10", d("2026-11-03"))]
    assert report_reminder(reported, t("2026-11-13T09:00")) is None
    assert report_reminder(["2026-10"], t("2026-11-13T09:00")) is None
    # December: November is due now
    reminder = report_reminder(reported, t("2026-12-01T09:00"))
    assert reminder is not None and reminder.key == "report:2026-11:first"


def test_an_empty_store_owes_no_report() -> None:
    assert report_reminder(Document(), t("2026-11-02T09:00")) is None
    with_one = Document(applications=[make_app()])
    reminder = report_reminder(with_one, t("2026-11-02T09:00"))
    assert reminder is not None and reminder.key == "report:2026-10:first"
