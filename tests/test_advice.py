"""The advice engine against RULES.md: every rule id, the calendar edges, the invariants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup_gui.i18n import LANGS
from followup_gui.model import Application, Channel, CompanySize, Industry, Purpose, RoleKind, Stage
from followup_gui.rules.advice import Action, Verdict, assess, count_due, stable_until, urgency_key
from followup_gui.rules.reasons import RULE_IDS, RULES

from .factories import contact, d, interview, make_app, offer, t

NOW = t("2026-05-20T09:00")


def window(verdict: Verdict) -> tuple[dt.date | None, dt.date | None]:
    return verdict.earliest, verdict.latest


# --- row 1: closed ---------------------------------------------------------------------


@pytest.mark.parametrize("stage", [Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN])
def test_closed_stages_close_the_verdict(stage: Stage) -> None:
    app = make_app(stage=stage, interviews=[interview("2026-05-19T10:00")])
    verdict = assess(app, NOW)
    assert verdict.action is Action.CLOSED
    assert window(verdict) == (None, None)
    assert verdict.channel is None
    assert verdict.rules == ("closed",)


# --- row 2: thank-you within 24 hours ---------------------------------------------------


def test_thank_you_24h_after_a_held_interview() -> None:
    app = make_app(stage=Stage.INTERVIEW, interviews=[interview("2026-05-19T10:00")])
    verdict = assess(app, t("2026-05-19T15:00"))
    assert verdict.action is Action.THANK_YOU
    assert window(verdict) == (d("2026-05-19"), d("2026-05-20"))
    assert verdict.channel is Channel.EMAIL
    assert verdict.due_at == t("2026-05-20T10:00")
    assert verdict.rules == ("thank_you_24h",)


def test_thank_you_until_exactly_24_hours() -> None:
    app = make_app(interviews=[interview("2026-05-19T10:00")])
    assert assess(app, t("2026-05-20T10:00")).action is Action.THANK_YOU
    later = assess(app, t("2026-05-20T10:01"))
    assert later.action is Action.WAIT
    assert later.has("thank_you_missed")


def test_thank_you_missed_goes_on_to_the_timeline() -> None:
    app = make_app(interviews=[interview("2026-05-11T10:00", promised="2026-05-22")])
    verdict = assess(app, NOW)
    assert verdict.rules == (
        "thank_you_missed",
        "interview_timeline",
        "working_days_after_timeline",
        "email_after_interview",
    )
    assert verdict.action is Action.WAIT


def test_logged_thank_you_ends_the_thank_you_step() -> None:
    app = make_app(
        interviews=[interview("2026-05-19T10:00")],
        contacts=[contact("2026-05-19T16:00", Purpose.THANK_YOU)],
    )
    verdict = assess(app, t("2026-05-19T17:00"))
    assert verdict.action is Action.WAIT
    assert not verdict.has("thank_you_missed")


def test_thank_you_before_the_interview_does_not_count() -> None:
    app = make_app(
        interviews=[interview("2026-05-19T10:00")],
        contacts=[contact("2026-05-18T16:00", Purpose.THANK_YOU)],
    )
    assert assess(app, t("2026-05-19T12:00")).action is Action.THANK_YOU


def test_date_only_interview_means_the_end_of_that_day() -> None:
    app = make_app(interviews=[interview("2026-05-20")])
    assert assess(app, t("2026-05-20T12:00")).action is Action.INTERVIEW_SCHEDULED
    verdict = assess(app, t("2026-05-21T08:00"))
    assert verdict.action is Action.THANK_YOU
    assert verdict.due_at == t("2026-05-21T23:59")
    assert window(verdict) == (d("2026-05-21"), d("2026-05-21"))


def test_thank_you_follows_the_latest_held_interview() -> None:
    app = make_app(
        interviews=[interview("2026-05-12T10:00"), interview("2026-05-19T13:00")],
        contacts=[contact("2026-05-12T15:00", Purpose.THANK_YOU)],
    )
    verdict = assess(app, t("2026-05-19T18:00"))
    assert verdict.action is Action.THANK_YOU
    assert verdict.due_at == t("2026-05-20T13:00")


# --- row 3: an interview ahead ------------------------------------------------------------


def test_interview_scheduled_shows_the_next_interview() -> None:
    app = make_app(interviews=[interview("2026-06-02T09:00"), interview("2026-05-28T14:30")])
    verdict = assess(app, NOW)
    assert verdict.action is Action.INTERVIEW_SCHEDULED
    assert window(verdict) == (d("2026-05-28"), d("2026-05-28"))
    assert verdict.channel is None
    assert verdict.rules == ("interview_scheduled",)


def test_a_held_interview_without_thanks_is_reported_beside_the_next_one() -> None:
    app = make_app(interviews=[interview("2026-05-11T10:00"), interview("2026-05-28T14:30")])
    verdict = assess(app, NOW)
    assert verdict.action is Action.INTERVIEW_SCHEDULED
    assert verdict.rules == ("thank_you_missed", "interview_scheduled")


# --- row 4: another offer ---------------------------------------------------------------


def test_other_offer_before_an_interview_uses_the_channel_rules() -> None:
    app = make_app(
        company_size=CompanySize.SMALL,
        role_kind=RoleKind.SALES,
        other_offer=offer("2026-05-18", "2026-05-25"),
    )
    verdict = assess(app, NOW)
    assert verdict.action is Action.OTHER_OFFER
    assert window(verdict) == (d("2026-05-20"), d("2026-05-25"))
    assert verdict.channel is Channel.PHONE
    assert verdict.rules == ("other_offer", "small_company_social_role")


def test_other_offer_after_an_interview_is_email_first() -> None:
    app = make_app(
        company_size=CompanySize.SMALL,
        role_kind=RoleKind.SALES,
        interviews=[interview("2026-05-12T10:00")],
        contacts=[contact("2026-05-12T15:00", Purpose.THANK_YOU)],
        other_offer=offer("2026-05-19", "2026-05-22"),
    )
    verdict = assess(app, NOW)
    assert verdict.action is Action.OTHER_OFFER
    assert verdict.channel is Channel.EMAIL
    assert verdict.rules == ("other_offer", "other_offer_email_first")


def test_other_offer_on_its_answer_day_is_still_pending() -> None:
    app = make_app(other_offer=offer("2026-05-18", "2026-05-20"))
    assert assess(app, t("2026-05-20T23:00")).action is Action.OTHER_OFFER


def test_expired_other_offer_is_ignored() -> None:
    app = make_app(deadline=d("2026-05-15"), other_offer=offer("2026-05-11", "2026-05-19"))
    assert assess(app, NOW).action is Action.WAIT


def test_other_offer_contact_leads_to_await_reply() -> None:
    app = make_app(
        other_offer=offer("2026-05-18", "2026-05-25"),
        contacts=[contact("2026-05-19T10:00", Purpose.OTHER_OFFER, Channel.PHONE)],
    )
    verdict = assess(app, NOW)
    assert verdict.action is Action.AWAIT_REPLY
    assert verdict.rules == ("one_follow_up",)


def test_a_new_other_offer_after_a_follow_up_is_a_new_milestone() -> None:
    app = make_app(
        deadline=d("2026-04-20"),
        applied_on=d("2026-04-10"),
        contacts=[contact("2026-05-04T10:00", Purpose.FOLLOW_UP)],
        other_offer=offer("2026-05-18", "2026-05-25"),
    )
    assert assess(app, NOW).action is Action.OTHER_OFFER


# --- rows 5 and 6: after an interview ---------------------------------------------------


def test_follow_up_after_interview_means_await_reply() -> None:
    app = make_app(
        interviews=[interview("2026-05-06T10:00")],
        contacts=[
            contact("2026-05-06T15:00", Purpose.THANK_YOU),
            contact("2026-05-18T09:00", Purpose.FOLLOW_UP),
        ],
    )
    verdict = assess(app, NOW)
    assert verdict.action is Action.AWAIT_REPLY
    assert verdict.rules == ("one_follow_up",)


def test_a_follow_up_before_the_interview_does_not_end_the_process() -> None:
    app = make_app(
        interviews=[interview("2026-05-12T10:00", promised="2026-05-15")],
        contacts=[
            contact("2026-05-05T09:00", Purpose.FOLLOW_UP),
            contact("2026-05-12T12:00", Purpose.THANK_YOU),
        ],
    )
    verdict = assess(app, NOW)
    assert verdict.action is Action.FOLLOW_UP
    assert window(verdict) == (d("2026-05-18"), d("2026-05-19"))


def test_interview_timeline_then_one_or_two_working_days() -> None:
    app = make_app(
        interviews=[interview("2026-06-10T10:00", promised="2026-06-18")],
        contacts=[contact("2026-06-10T14:00", Purpose.THANK_YOU)],
    )
    # 19 June 2026 is Midsommarafton, a day off: the first working day after is Monday 22.
    verdict = assess(app, t("2026-06-19T09:00"))
    assert verdict.action is Action.WAIT
    assert window(verdict) == (d("2026-06-22"), d("2026-06-23"))
    assert verdict.channel is Channel.EMAIL
    assert verdict.rules == (
        "interview_timeline",
        "working_days_after_timeline",
        "email_after_interview",
    )
    assert assess(app, t("2026-06-22T08:00")).action is Action.FOLLOW_UP


def test_assumed_interview_timeline_is_one_week() -> None:
    app = make_app(
        interviews=[interview("2026-05-06T10:00")],
        contacts=[contact("2026-05-06T15:00", Purpose.THANK_YOU)],
    )
    # P = 13 May; 14 May 2026 is Ascension Day, so the first working day after P is the 15th.
    verdict = assess(app, t("2026-05-14T12:00"))
    assert verdict.action is Action.WAIT
    assert window(verdict) == (d("2026-05-15"), d("2026-05-18"))
    assert verdict.rules[0] == "assumed_interview_timeline"


def test_after_interview_channel_is_email_even_for_phone_roles() -> None:
    app = make_app(
        company_size=CompanySize.SMALL,
        role_kind=RoleKind.SALES,
        interviews=[interview("2026-05-06T10:00")],
        contacts=[contact("2026-05-06T15:00", Purpose.THANK_YOU)],
    )
    verdict = assess(app, NOW)
    assert verdict.channel is Channel.EMAIL
    assert verdict.has("email_after_interview")


# --- rows 7 and 8: before an interview --------------------------------------------------


def test_one_follow_up_before_an_interview() -> None:
    app = make_app(
        deadline=d("2026-04-30"), contacts=[contact("2026-05-12T10:00", Purpose.FOLLOW_UP)]
    )
    verdict = assess(app, NOW)
    assert verdict.action is Action.AWAIT_REPLY
    assert verdict.rules == ("one_follow_up",)


def test_a_contact_of_another_purpose_is_not_a_follow_up() -> None:
    app = make_app(deadline=d("2026-05-08"), contacts=[contact("2026-05-12T10:00", Purpose.OTHER)])
    assert assess(app, NOW).action is Action.FOLLOW_UP


def test_deadline_7_14() -> None:
    app = make_app(deadline=d("2026-05-15"))
    verdict = assess(app, NOW)
    assert verdict.action is Action.WAIT
    assert window(verdict) == (d("2026-05-22"), d("2026-05-29"))
    assert verdict.rules == ("deadline_7_14", "default_email")
    assert assess(app, t("2026-05-22T00:00")).action is Action.FOLLOW_UP
    assert assess(app, t("2026-06-28T12:00")).action is Action.FOLLOW_UP


def test_a_window_long_passed_is_no_longer_due() -> None:
    """RULES.md v2.1 (issue 23.7): last spring's application entered in the autumn is not
    "follow up now": 20 working days after the window's last day nothing is due."""
    app = make_app(deadline=d("2026-05-15"))  # window 22–29 May
    # 20 working days after Friday 29 May (Midsommarafton 19 June is a day off): 29 June
    still = assess(app, t("2026-06-28T23:59"))
    assert still.action is Action.FOLLOW_UP and not still.has("window_long_passed")
    verdict = assess(app, t("2026-06-29T00:00"))
    assert verdict.action is Action.AWAIT_REPLY
    assert not verdict.is_due
    assert window(verdict) == (d("2026-05-22"), d("2026-05-29"))
    assert verdict.rules == (
        "deadline_7_14", "default_email", "window_long_passed", "silence_consider_closing"
    )  # fmt: skip
    assert verdict.channel is Channel.EMAIL  # to follow up on purpose
    texts = [reason.text for reason in verdict.reasons]
    assert "fredag 29 maj" in texts[2] and "följa upp om du vill" in texts[2]
    assert "överväg att avsluta" in texts[3] and "fredag 29 maj" in texts[3]
    english = [reason.in_language("en").text for reason in verdict.reasons]
    assert "Friday 29 May" in english[2] and "consider closing" in english[3]


def test_a_window_long_passed_after_an_interview() -> None:
    app = make_app(
        deadline=d("2026-05-15"),
        interviews=[interview("2026-06-01", "2026-06-05")],
    )
    verdict = assess(app, t("2026-09-01T09:00"))
    assert verdict.action is Action.AWAIT_REPLY
    assert verdict.has("window_long_passed") and verdict.has("email_after_interview")


def test_no_deadline_14() -> None:
    app = make_app(applied_on=d("2026-05-04"))
    verdict = assess(app, NOW)
    assert window(verdict) == (d("2026-05-18"), d("2026-05-25"))
    assert verdict.action is Action.FOLLOW_UP
    assert verdict.rules == ("no_deadline_14", "default_email")


def test_rolling_selection_with_a_late_deadline() -> None:
    app = make_app(applied_on=d("2026-05-04"), deadline=d("2026-06-30"), rolling_selection=True)
    verdict = assess(app, NOW)
    assert window(verdict) == (d("2026-05-18"), d("2026-05-25"))
    assert verdict.rules == ("rolling_selection", "default_email")


def test_rolling_selection_with_an_early_deadline() -> None:
    app = make_app(applied_on=d("2026-05-04"), deadline=d("2026-05-06"), rolling_selection=True)
    # min(18 May, 13 May) and min(25 May, 20 May)
    assert window(assess(app, NOW)) == (d("2026-05-13"), d("2026-05-20"))


def test_rolling_selection_without_deadline() -> None:
    app = make_app(applied_on=d("2026-05-04"), rolling_selection=True)
    verdict = assess(app, NOW)
    assert window(verdict) == (d("2026-05-18"), d("2026-05-25"))
    assert verdict.rules == ("no_deadline_14", "rolling_selection", "default_email")


def test_deadline_before_applied() -> None:
    app = make_app(applied_on=d("2026-05-04"), deadline=d("2026-05-01"))
    verdict = assess(app, NOW)
    assert window(verdict) == (d("2026-05-18"), d("2026-05-25"))
    assert verdict.rules == ("no_deadline_14", "deadline_before_applied", "default_email")


def test_ad_timeline_moves_the_window() -> None:
    app = make_app(deadline=d("2026-05-15"), ad_reply_by=d("2026-06-05"))
    verdict = assess(app, NOW)
    # the first working day after Friday 5 June is Monday 8 June; the fifth is Friday 12
    # June (rules v2: the window is a working week wide, not one day as in v1)
    assert window(verdict) == (d("2026-06-08"), d("2026-06-12"))
    assert verdict.rules == ("deadline_7_14", "ad_timeline", "default_email")


def test_ad_timeline_width_counts_working_days_over_holidays() -> None:
    # T = Wednesday 20 May 2026: +1 working day is 21 May; +5 skips the weekend and
    # Kristi himmelsfärd (14 May is before), so 21, 22, 25, 26, 27 May
    app = make_app(applied_on=d("2026-05-04"), ad_reply_by=d("2026-05-20"))
    verdict = assess(app, NOW)
    assert window(verdict) == (d("2026-05-21"), d("2026-05-27"))
    # Midsommarafton (19 June) and the weekend: T = Thursday 18 June
    app = make_app(applied_on=d("2026-06-01"), ad_reply_by=d("2026-06-18"))
    assert window(assess(app, NOW)) == (d("2026-06-22"), d("2026-06-26"))


def test_ad_timeline_inside_the_window_changes_nothing() -> None:
    app = make_app(deadline=d("2026-05-15"), ad_reply_by=d("2026-05-18"))
    verdict = assess(app, NOW)
    assert window(verdict) == (d("2026-05-22"), d("2026-05-29"))
    assert verdict.has("ad_timeline")


def test_only_shortlisted_contacted_keeps_the_action() -> None:
    app = make_app(deadline=d("2026-05-08"), ad_only_shortlisted_contacted=True)
    verdict = assess(app, NOW)
    assert verdict.action is Action.FOLLOW_UP
    assert verdict.rules == ("deadline_7_14", "only_shortlisted_contacted", "default_email")


def test_only_shortlisted_contacted_after_the_one_follow_up() -> None:
    app = make_app(
        ad_only_shortlisted_contacted=True,
        contacts=[contact("2026-05-12T10:00", Purpose.FOLLOW_UP)],
    )
    verdict = assess(app, NOW)
    assert verdict.action is Action.AWAIT_REPLY
    assert verdict.rules == ("one_follow_up", "only_shortlisted_contacted")


# --- row 1b: a saved ad ------------------------------------------------------------------


def test_apply_by_deadline_shows_the_deadline_as_it_is() -> None:
    # Saturday 30 May: not snapped to a working day
    verdict = assess(make_app(stage=Stage.SAVED, applied_on=None, deadline=d("2026-05-30")), NOW)
    assert verdict.action is Action.APPLY
    assert window(verdict) == (None, d("2026-05-30"))
    assert verdict.channel is None
    assert verdict.rules == ("apply_by_deadline",)
    assert not verdict.urgent and not verdict.is_due


@pytest.mark.parametrize(
    ("deadline", "urgent"),
    [("2026-05-24", False), ("2026-05-23", True), ("2026-05-20", True), ("2026-05-19", True)],
)
def test_apply_asks_for_action_within_three_days(deadline: str, urgent: bool) -> None:
    app = make_app(stage=Stage.SAVED, applied_on=None, deadline=d(deadline))
    verdict = assess(app, NOW)
    assert verdict.urgent is urgent
    assert verdict.is_due is urgent
    assert count_due([verdict]) == int(urgent)


def test_apply_no_deadline() -> None:
    verdict = assess(make_app(stage=Stage.SAVED, applied_on=None), NOW)
    assert verdict.action is Action.APPLY
    assert window(verdict) == (None, None)
    assert verdict.rules == ("apply_no_deadline",)
    assert not verdict.is_due


def test_deadline_passed() -> None:
    app = make_app(stage=Stage.SAVED, applied_on=None, deadline=d("2026-05-19"))
    verdict = assess(app, NOW)
    assert verdict.action is Action.APPLY
    assert verdict.rules == ("apply_by_deadline", "deadline_passed")
    assert verdict.latest == d("2026-05-19")
    assert verdict.is_due
    on_the_day = assess(app, t("2026-05-19T23:00"))
    assert on_the_day.rules == ("apply_by_deadline",)


def test_a_saved_ad_is_never_followed_up() -> None:
    """Row 1b comes before every row about interviews, offers and contacts."""
    app = make_app(
        stage=Stage.SAVED,
        applied_on=None,
        deadline=d("2026-05-25"),
        interviews=[interview("2026-05-19T10:00")],
        other_offer=offer("2026-05-18", "2026-05-22"),
    )
    assert assess(app, NOW).action is Action.APPLY
    assert assess(make_app(stage=Stage.REJECTED, applied_on=None), NOW).action is Action.CLOSED


# --- rows 5 and 7: silence after the one follow-up ------------------------------------------


def test_silence_consider_closing_after_fifteen_working_days() -> None:
    # followed up Monday 4 May 2026; 15 working days later (Kristi himmelsfärd on 14 May
    # is a day off) is Tuesday 26 May
    app = make_app(contacts=[contact("2026-05-04T10:00", Purpose.FOLLOW_UP)])
    the_day_before = assess(app, t("2026-05-25T09:00"))
    assert the_day_before.rules == ("one_follow_up",)
    verdict = assess(app, t("2026-05-26T00:00"))
    assert verdict.action is Action.AWAIT_REPLY
    assert verdict.rules == ("one_follow_up", "silence_consider_closing")
    assert not verdict.is_due


def test_silence_counts_from_the_latest_follow_up() -> None:
    app = make_app(
        contacts=[
            contact("2026-04-01T10:00", Purpose.FOLLOW_UP),
            contact("2026-05-04T10:00", Purpose.OTHER_OFFER),
        ],
        applied_on=d("2026-03-20"),
    )
    assert not assess(app, t("2026-05-25T09:00")).has("silence_consider_closing")
    assert assess(app, t("2026-05-26T09:00")).has("silence_consider_closing")


def test_a_reply_ends_the_silence() -> None:
    follow_up = contact("2026-05-04T10:00", Purpose.FOLLOW_UP)
    answered = make_app(contacts=[follow_up, contact("2026-05-06", Purpose.REPLY)])
    assert assess(answered, t("2026-06-20T09:00")).rules == ("one_follow_up",)
    before = make_app(contacts=[contact("2026-05-04T09:00", Purpose.REPLY), follow_up])
    assert assess(before, t("2026-06-20T09:00")).has("silence_consider_closing")


def test_silence_after_an_interview_follow_up() -> None:
    app = make_app(
        stage=Stage.INTERVIEW,
        ad_only_shortlisted_contacted=True,
        interviews=[interview("2026-04-20T10:00")],
        contacts=[
            contact("2026-04-20T15:00", Purpose.THANK_YOU),
            contact("2026-04-30T10:00", Purpose.FOLLOW_UP),
        ],
    )
    verdict = assess(app, t("2026-05-25T09:00"))
    assert verdict.action is Action.AWAIT_REPLY
    # row 5: only_shortlisted_contacted belongs to row 7 (no interview)
    assert verdict.rules == ("one_follow_up", "silence_consider_closing")


def test_silence_with_only_shortlisted_contacted() -> None:
    app = make_app(
        ad_only_shortlisted_contacted=True,
        contacts=[contact("2026-05-04", Purpose.FOLLOW_UP)],
    )
    verdict = assess(app, t("2026-06-01T09:00"))
    assert verdict.rules == (
        "one_follow_up",
        "only_shortlisted_contacted",
        "silence_consider_closing",
    )


# --- channel rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "channel", "rule"),
    [
        (
            {"ad_no_calls": True, "company_size": CompanySize.SMALL, "role_kind": RoleKind.SALES},
            Channel.EMAIL,
            "ad_no_calls",
        ),
        (
            {"industry": Industry.LAW, "company_size": CompanySize.SMALL},
            Channel.EMAIL,
            "formal_industry",
        ),
        ({"industry": Industry.FINANCE}, Channel.EMAIL, "formal_industry"),
        ({"industry": Industry.PUBLIC_SECTOR}, Channel.EMAIL, "formal_industry"),
        (
            {"company_size": CompanySize.LARGE, "role_kind": RoleKind.SALES},
            Channel.EMAIL,
            "large_company",
        ),
        (
            {"company_size": CompanySize.SMALL, "role_kind": RoleKind.SALES},
            Channel.PHONE,
            "small_company_social_role",
        ),
        (
            {"company_size": CompanySize.SMALL, "role_kind": RoleKind.CUSTOMER_SERVICE},
            Channel.PHONE,
            "small_company_social_role",
        ),
        (
            {"company_size": CompanySize.SMALL, "role_kind": RoleKind.LEADERSHIP},
            Channel.PHONE,
            "small_company_social_role",
        ),
        (
            {"company_size": CompanySize.SMALL, "role_kind": RoleKind.OTHER},
            Channel.EMAIL,
            "default_email",
        ),
        (
            {"company_size": CompanySize.UNKNOWN, "role_kind": RoleKind.SALES},
            Channel.EMAIL,
            "default_email",
        ),
    ],
)
def test_channel_rules(fields: dict[str, object], channel: Channel, rule: str) -> None:
    verdict = assess(make_app(deadline=d("2026-05-08"), **fields), NOW)
    assert verdict.channel is channel
    assert verdict.rules[-1] == rule


# --- the calendar ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline", "earliest", "latest"),
    [
        # a deadline on a Sunday: +7 is Pingstdagen (Sunday), +14 a Sunday too
        ("2026-05-17", "2026-05-25", "2026-06-01"),
        # Ascension Day, Thursday 14 May 2026
        ("2026-05-07", "2026-05-15", "2026-05-21"),
        # Midsommarafton, Friday 19 June 2026 (a de facto day off)
        ("2026-06-12", "2026-06-22", "2026-06-26"),
        # Julafton, Juldagen and the weekend; Nyårsafton and Nyårsdagen
        ("2026-12-17", "2026-12-28", "2027-01-04"),
        # Good Friday to Easter Monday 2026
        ("2026-03-27", "2026-04-07", "2026-04-10"),
        # Epiphany (Trettondedag jul), Tuesday 6 January 2026
        ("2025-12-30", "2026-01-07", "2026-01-13"),
    ],
)
def test_window_snaps_to_swedish_working_days(deadline: str, earliest: str, latest: str) -> None:
    app = make_app(applied_on=d(deadline) - dt.timedelta(days=10), deadline=d(deadline))
    verdict = assess(app, t("2025-01-01T09:00"))
    assert window(verdict) == (d(earliest), d(latest))


# --- texts -------------------------------------------------------------------------------


def test_every_rule_has_texts_in_both_languages_and_a_guide_section() -> None:
    assert len(RULE_IDS) == 27
    for rule, text in RULES.items():
        assert text.sv and text.en and text.section_sv and text.section_en, rule
        assert text.sv != text.en, rule


def test_reason_texts_name_the_dates_in_the_users_language() -> None:
    verdict = assess(make_app(deadline=d("2026-05-15")), NOW, lang="sv")
    text = verdict.reasons[0].text
    assert "fredag 15 maj" in text
    assert "fredag 22 maj" in text
    english = verdict.reasons[0].in_language("en").text
    assert "Friday 15 May" in english
    assert verdict.reasons[0].section.startswith("Standardregeln")


def test_thank_you_text_gives_the_hour() -> None:
    app = make_app(interviews=[interview("2026-05-19T10:00")])
    verdict = assess(app, t("2026-05-19T15:00"), lang="sv")
    assert "kl. 10.00" in verdict.reasons[0].text
    assert "at 10:00" in assess(app, t("2026-05-19T15:00"), lang="en").reasons[0].text


def test_every_text_formats_for_every_verdict_in_the_demo(demo_store_path: Path) -> None:
    from followup_gui.store import load

    document = load(demo_store_path)
    seen: set[str] = set()
    for app in document.applications:
        for lang in LANGS:
            for reason in assess(app, t("2026-11-26T09:00"), lang=lang).reasons:
                assert "{" not in reason.text
                seen.add(reason.rule)
    assert len(seen) >= 15


# --- urgency ---------------------------------------------------------------------------------


def test_urgency_puts_deadlines_first_and_closed_last() -> None:
    apps = {
        "closed": make_app(stage=Stage.REJECTED),
        "wait": make_app(deadline=d("2026-05-15")),
        "follow_up": make_app(deadline=d("2026-05-08")),
        "thank_you": make_app(interviews=[interview("2026-05-19T10:00")]),
        "await": make_app(contacts=[contact("2026-05-12T10:00", Purpose.FOLLOW_UP)]),
        "interview": make_app(interviews=[interview("2026-05-28T10:00")]),
    }
    order = sorted(apps, key=lambda k: urgency_key(assess(apps[k], NOW)))
    assert order == ["thank_you", "follow_up", "interview", "wait", "await", "closed"]


def test_urgency_puts_a_near_deadline_with_the_follow_ups_and_sorts_saved_ads_by_deadline() -> None:
    def ad(deadline: str | None) -> Application:
        return make_app(stage=Stage.SAVED, applied_on=None, deadline=deadline and d(deadline))

    apps = {
        "follow_up": make_app(deadline=d("2026-05-08")),  # window opened 15 May
        "apply_in_2_days": ad("2026-05-22"),
        "apply_passed": ad("2026-05-10"),
        "interview": make_app(interviews=[interview("2026-05-28T10:00")]),
        "wait": make_app(deadline=d("2026-05-15")),  # window opens 22 May
        "apply_in_10_days": ad("2026-05-30"),
        "apply_in_5_days": ad("2026-05-25"),
        "apply_no_deadline": ad(None),
        "await": make_app(contacts=[contact("2026-05-12T10:00", Purpose.FOLLOW_UP)]),
    }
    order = sorted(apps, key=lambda k: urgency_key(assess(apps[k], NOW)))
    assert order == [
        "apply_passed",
        "follow_up",
        "apply_in_2_days",
        "interview",
        "wait",
        "apply_in_5_days",
        "apply_in_10_days",
        "apply_no_deadline",
        "await",
    ]


# --- how long a verdict holds (the list cache) ------------------------------------------


def test_stable_until_stops_at_the_interview_and_at_the_end_of_its_thank_you_window() -> None:
    app = make_app(stage=Stage.INTERVIEW, interviews=[interview("2026-05-20T14:00")])
    morning = t("2026-05-20T09:00")
    assert stable_until(app, morning) == t("2026-05-20T14:00")
    assert assess(app, morning).action is Action.INTERVIEW_SCHEDULED
    assert assess(app, t("2026-05-20T14:00")).action is Action.THANK_YOU
    assert stable_until(app, t("2026-05-20T15:00")) == t("2026-05-21T00:00")
    last_chance = t("2026-05-21T14:00")
    assert stable_until(app, t("2026-05-21T10:00")) == last_chance + dt.timedelta(microseconds=1)
    assert assess(app, last_chance).action is Action.THANK_YOU
    assert assess(app, last_chance + dt.timedelta(microseconds=1)).action is not Action.THANK_YOU


def test_without_interviews_a_verdict_holds_until_midnight() -> None:
    assert stable_until(make_app(), t("2026-05-20T23:59")) == t("2026-05-21T00:00")
