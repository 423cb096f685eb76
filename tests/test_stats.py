"""The overview's figures (followup_gui.reports.stats) on hand-made stores."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_gui.model import Document, How, Profile, Purpose, ReportedMonth, Source, Stage
from followup_gui.reports.stats import (
    TOO_FEW,
    TOO_FEW_LABEL,
    Rate,
    Step,
    Timing,
    compute,
    follow_up_timing,
    iso_week,
)
from followup_gui.reports.stats_tables import as_json, as_text, tables

from .conftest import DEMO_STORE
from .factories import contact, d, interview, make_app, offer, t
from .test_cli import run

NOW = t("2026-11-26T09:00")


def doc(*apps: Any, target: int | None = None, reported: tuple[str, ...] = ()) -> Document:
    return Document(
        profile=Profile(monthly_target=target),
        applications=list(apps),
        reported_months=[ReportedMonth(month, d("2026-12-01")) for month in reported],
    )


def app(n: int, **fields: Any) -> Any:
    return make_app(id=f"a{n}", **fields)


# --- weeks -------------------------------------------------------------------------------------


def test_iso_weeks_use_the_iso_year() -> None:
    assert iso_week(d("2026-12-31")) == "2026-W53"
    assert iso_week(d("2027-01-03")) == "2026-W53"  # a Sunday: still 2026's last week
    assert iso_week(d("2027-01-04")) == "2027-W01"
    assert iso_week(d("2025-12-29")) == "2026-W01"  # a Monday in 2025, week 1 of 2026


def test_twelve_weeks_across_a_year_end_with_a_week_53() -> None:
    stats = compute(
        doc(
            app(1, applied_on=d("2026-12-28")),  # Monday of 2026-W53
            app(2, applied_on=d("2027-01-01")),  # Friday, same week
            app(3, applied_on=d("2027-01-03")),  # Sunday, same week
            app(4, applied_on=d("2027-01-04")),  # Monday of 2027-W01
            app(5, applied_on=d("2026-10-25")),  # Sunday of 2026-W43: the oldest week shown
            app(6, applied_on=d("2026-10-18")),  # 2026-W42: too old
            app(7, applied_on=None, stage=Stage.SAVED),
        ),
        t("2027-01-10T23:00"),  # Sunday of 2027-W01
    )
    weeks = [w.week for w in stats.weeks]
    assert len(weeks) == 12
    assert weeks[0] == "2026-W43"
    assert weeks[-3:] == ["2026-W52", "2026-W53", "2027-W01"]
    assert [w.monday.weekday() for w in stats.weeks] == [0] * 12
    counts = {w.week: w.applications for w in stats.weeks}
    assert counts["2026-W53"] == 3
    assert counts["2027-W01"] == 1
    assert counts["2026-W43"] == 1
    assert sum(counts.values()) == 5
    assert stats.weeks[-2].ids == ("a1", "a2", "a3")


def test_an_empty_store_has_every_figure_empty_and_says_so() -> None:
    stats = compute(doc(), NOW)
    assert [w.applications for w in stats.weeks] == [0] * 12
    assert [s.count for s in stats.funnel] == [0] * 5
    assert all(s.of_first.value is None for s in stats.funnel)
    assert stats.answers.rate.value is None
    assert stats.answers.rate.reason == TOO_FEW_LABEL
    assert stats.answers.days.value is None
    assert stats.follow_ups.total == 0
    assert stats.month.sent == 0
    assert stats.first_applied is None
    text = as_text(stats, "sv")
    assert "Inga ansökningar än." in text
    assert "för få för att säga något" in text
    data = as_json(stats, "en")
    assert data["funnel"] == dict.fromkeys(
        ("saved", "applied", "answered", "interview", "offer"), 0
    )
    assert data["period"] == {"from": None, "to": "2026-11-26"}


def test_empty_weeks_in_the_middle_stay_in_the_row() -> None:
    stats = compute(
        doc(app(1, applied_on=d("2026-09-07")), app(2, applied_on=d("2026-11-26"))), NOW
    )
    assert [w.applications for w in stats.weeks] == [1] + [0] * 10 + [1]
    assert stats.weeks[0].week == "2026-W37"


# --- the funnel (DESIGN.md contract 2) ----------------------------------------------------------


def test_the_funnel_counts_as_the_contract_says() -> None:
    apps = [
        app(1, applied_on=None, stage=Stage.SAVED),
        app(2),  # applied, no answer
        app(3, contacts=[contact("2026-05-20", Purpose.REPLY)]),  # a reply
        app(4, interviews=[interview("2026-05-25T10:00")]),  # an interview, stage still applied
        app(5, stage=Stage.REJECTED),  # a rejection is an answer
        app(6, stage=Stage.INTERVIEW),
        app(7, stage=Stage.OFFER),
        app(8, stage=Stage.ACCEPTED),
        app(9, stage=Stage.WITHDRAWN),
        app(10, contacts=[contact("2026-05-20", Purpose.FOLLOW_UP)]),  # not an answer
    ]
    stats = compute(doc(*apps), NOW)
    ids = {s.step: s.ids for s in stats.funnel}
    assert ids[Step.SAVED] == tuple(f"a{n}" for n in range(1, 11))
    assert ids[Step.APPLIED] == tuple(f"a{n}" for n in range(2, 11))
    assert ids[Step.ANSWERED] == ("a3", "a4", "a5", "a6", "a7", "a8")
    assert ids[Step.INTERVIEW] == ("a4", "a6", "a7", "a8")
    assert ids[Step.OFFER] == ("a7", "a8")
    applied = stats.step(Step.APPLIED)
    assert applied.of_first == Rate(9, 10)
    assert stats.step(Step.ANSWERED).of_previous.value == pytest.approx(6 / 9)
    assert stats.step(Step.INTERVIEW).of_previous.value == pytest.approx(4 / 6)
    offer_step = stats.step(Step.OFFER)
    assert offer_step.of_previous.value is None  # 4 behind it: too few
    assert offer_step.of_previous.reason == TOO_FEW_LABEL
    assert offer_step.of_first.value == pytest.approx(0.2)


# --- answers by source and by how ---------------------------------------------------------------


def test_fewer_than_five_behind_a_rate_gives_no_rate() -> None:
    four = [app(n, source=Source.LINKEDIN, stage=Stage.REJECTED) for n in range(4)]
    stats = compute(doc(*four), NOW)
    linkedin = next(g for g in stats.by_source if g.key == "linkedin")
    assert (linkedin.applied, linkedin.answered) == (4, 4)
    assert linkedin.rate.value is None
    assert linkedin.rate.reason == TOO_FEW_LABEL
    assert linkedin.rate.words("sv") == "för få för att säga något (4 av 4)"
    assert linkedin.rate.words("en") == "too few to say (4 of 4)"
    five = compute(doc(*four, app(9, source=Source.LINKEDIN)), NOW)
    linkedin = next(g for g in five.by_source if g.key == "linkedin")
    assert linkedin.rate.value == pytest.approx(0.8)
    assert linkedin.rate.reason is None
    assert linkedin.rate.words("sv") == "80 % (4 av 5)"
    assert linkedin.rate.words("en") == "80% (4 of 5)"
    assert TOO_FEW == 5


def test_every_source_and_every_way_has_its_group() -> None:
    apps = [
        app(i, source=source, how=list(How)[i % 3], contacts=[contact("2026-05-14", Purpose.REPLY)])
        for i, source in enumerate(Source)
    ]
    stats = compute(doc(*apps), NOW)
    assert [g.key for g in stats.by_source] == [s.value for s in Source]
    assert all(g.applied == 1 and g.answered == 1 for g in stats.by_source)
    assert [g.key for g in stats.by_how] == [h.value for h in How]
    assert [g.applied for g in stats.by_how] == [3, 2, 2]
    assert all(g.label.sv and g.label.en for g in (*stats.by_source, *stats.by_how))
    assert stats.answers.applied == len(Source)
    assert stats.answers.rate.value == 1.0
    assert stats.answers.days.value == 10.0  # 2026-05-04 → 2026-05-14 for every one


def test_the_median_days_count_only_dated_answers() -> None:
    apps = [
        app(1, contacts=[contact("2026-05-06", Purpose.REPLY)]),  # 2 days
        app(2, interviews=[interview("2026-05-08T10:00")]),  # 4 days
        # a reply before the interview: the reply is the first answer, 5 days
        app(
            3,
            contacts=[contact("2026-05-09T08:00", Purpose.REPLY)],
            interviews=[interview("2026-05-20")],
        ),
        app(4, interviews=[interview("2026-12-20T10:00")]),  # booked: answered by today
        app(5, stage=Stage.REJECTED),  # answered, no date
        app(6, contacts=[contact("2026-05-01", Purpose.REPLY)]),  # before applying: 0 days
    ]
    stats = compute(doc(*apps), NOW)
    assert stats.answers.answered == 6
    assert stats.answers.days.count == 5
    # 0, 2, 4, 5, and 2026-05-04 → 2026-11-26 = 206
    assert stats.answers.days.value == 4.0
    assert stats.answers.days.words("sv") == "4 dagar (av 5)"
    even = compute(doc(*apps, app(7, contacts=[contact("2026-05-11", Purpose.REPLY)])), NOW)
    assert even.answers.days.value == 4.5  # 0, 2, 4, 5, 7, 206: between 4 and 5
    assert even.answers.days.words("en") == "4.5 days (of 6)"
    fewer = compute(doc(*apps[:4]), NOW)
    assert fewer.answers.days.value is None
    assert fewer.answers.days.words("en") == "too few to say (4)"


def test_saved_ads_are_no_applications_anywhere_but_the_first_step() -> None:
    saved = app(1, applied_on=None, stage=Stage.SAVED, source=Source.PLATSBANKEN,
                contacts=[contact("2026-11-20", Purpose.FOLLOW_UP)])  # fmt: skip
    stats = compute(doc(saved), NOW)
    assert stats.step(Step.SAVED).count == 1
    assert stats.step(Step.APPLIED).count == 0
    assert stats.by_source[0].applied == 0
    assert stats.follow_ups.total == 0
    assert stats.month.sent == 0


# --- follow-ups ---------------------------------------------------------------------------------

# Deadline 2026-05-15: the window is 22–29 May (RULES.md deadline_7_14, working days).
WINDOW = {"deadline": d("2026-05-15")}


@pytest.mark.parametrize(
    ("at", "timing"),
    [
        ("2026-05-18T10:00", Timing.EARLY),
        ("2026-05-22T10:00", Timing.INSIDE),
        ("2026-05-29", Timing.INSIDE),
        ("2026-06-01T09:00", Timing.LATE),
    ],
)
def test_a_follow_up_is_timed_by_the_advice_at_its_moment(at: str, timing: Timing) -> None:
    follow_up = contact(at, Purpose.FOLLOW_UP)
    application = app(1, stage=Stage.REJECTED, contacts=[follow_up], **WINDOW)
    assert follow_up_timing(application, follow_up) is timing


def test_a_second_follow_up_is_again_and_an_interview_opens_a_new_window() -> None:
    first = contact("2026-05-25T10:00", Purpose.FOLLOW_UP)
    second = contact("2026-06-03T10:00", Purpose.FOLLOW_UP)
    # after the interview on 10 June, promised by 15 June: window 16–17 June
    thanks = contact("2026-06-10T18:00", Purpose.THANK_YOU)
    too_soon = contact("2026-06-12T10:00", Purpose.FOLLOW_UP)
    on_time = contact("2026-06-16T10:00", Purpose.FOLLOW_UP)
    application = app(
        1,
        contacts=[first, second, thanks, too_soon, on_time],
        interviews=[
            interview("2026-06-10T14:00", promised="2026-06-15"),
            interview("2026-07-01T10:00"),
        ],
        **WINDOW,
    )
    assert follow_up_timing(application, first) is Timing.INSIDE
    assert follow_up_timing(application, second) is Timing.AGAIN
    assert follow_up_timing(application, too_soon) is Timing.EARLY
    assert follow_up_timing(application, on_time) is Timing.AGAIN  # after too_soon


def test_a_follow_up_before_the_thank_you_window_closes_is_early() -> None:
    hasty = contact("2026-06-10T16:00", Purpose.FOLLOW_UP)
    application = app(1, contacts=[hasty], interviews=[interview("2026-06-10T14:00")])
    assert follow_up_timing(application, hasty) is Timing.EARLY


def test_a_contact_about_another_offer_counts_inside_while_the_offer_waits() -> None:
    call = contact("2026-05-12T10:00", Purpose.OTHER_OFFER)
    application = app(1, contacts=[call], other_offer=offer("2026-05-11", "2026-05-18"), **WINDOW)
    assert follow_up_timing(application, call) is Timing.INSIDE
    unknown = app(1, contacts=[call], other_offer=offer("2026-05-13", "2026-05-18"), **WINDOW)
    assert follow_up_timing(unknown, call) is Timing.EARLY  # the offer came after the call


def test_follow_ups_and_what_followed_them() -> None:
    apps = [
        # inside, then a reply
        app(
            1,
            contacts=[
                contact("2026-05-22", Purpose.FOLLOW_UP),
                contact("2026-05-25", Purpose.REPLY),
            ],
            **WINDOW,
        ),
        # inside, then an interview
        app(
            2,
            contacts=[contact("2026-05-22", Purpose.FOLLOW_UP)],
            interviews=[interview("2026-06-02T10:00")],
            **WINDOW,
        ),
        # early, later rejected (the final answer came after it)
        app(3, stage=Stage.REJECTED, contacts=[contact("2026-05-18", Purpose.FOLLOW_UP)], **WINDOW),
        # late, silence
        app(4, contacts=[contact("2026-06-05", Purpose.FOLLOW_UP)], **WINDOW),
        # inside, a reply before it does not count
        app(
            5,
            contacts=[
                contact("2026-05-20", Purpose.REPLY),
                contact("2026-05-26", Purpose.FOLLOW_UP),
            ],
            **WINDOW,
        ),
        # logged after now: not counted yet
        app(6, contacts=[contact("2026-11-27", Purpose.FOLLOW_UP)]),
    ]
    follow_ups = compute(doc(*apps), NOW).follow_ups
    assert follow_ups.total == 5
    assert follow_ups.group(Timing.INSIDE).ids == ("a1", "a2", "a5")
    assert follow_ups.group(Timing.EARLY).ids == ("a3",)
    assert follow_ups.group(Timing.LATE).ids == ("a4",)
    assert follow_ups.group(Timing.AGAIN).count == 0
    assert follow_ups.answered == Rate(3, 5)
    assert follow_ups.answered.value == pytest.approx(0.6)
    assert follow_ups.group(Timing.INSIDE).answered == Rate(2, 3)
    assert [g.timing for g in follow_ups.groups] == list(Timing)


# --- this month's report ------------------------------------------------------------------------


def test_this_months_progress_against_the_target() -> None:
    apps = [
        app(1, applied_on=d("2026-11-02")),
        app(2, applied_on=d("2026-11-26")),
        app(3, applied_on=d("2026-11-27")),  # after today
        app(4, applied_on=d("2026-10-31")),
        app(5, applied_on=None, stage=Stage.SAVED),
    ]
    stats = compute(doc(*apps, target=12), NOW)
    month = stats.month
    assert (month.key, month.ids, month.target, month.remaining) == (
        "2026-11",
        ("a1", "a2"),
        12,
        10,
    )
    assert not month.reported
    assert month.in_progress  # November 2026 is still running on 26 November
    assert stats.weekly_target == pytest.approx(12 * 12 / 52)
    october = compute(doc(*apps, reported=("2026-10",)), NOW, report_month=(2026, 10))
    assert (october.month.ids, october.month.reported, october.month.target) == (
        ("a4",),
        True,
        None,
    )
    assert october.month.remaining is None
    assert not october.month.in_progress
    assert october.weekly_target is None
    done = compute(doc(*apps, target=1), NOW).month
    assert done.remaining == 0


# --- words --------------------------------------------------------------------------------------


def test_every_figure_says_what_it_counts_and_over_which_period() -> None:
    stats = compute(doc(app(1, applied_on=d("2026-09-28")), target=10), NOW)
    about = stats.about()
    assert set(about) == {"per_week", "funnel", "by_source", "by_how", "follow_ups", "month"}
    for entry in about.values():
        for label in entry:
            assert label.sv and label.en and label.sv != label.en
    assert about["per_week"].period.sv == (
        "de 12 senaste veckorna, från måndag 7 september till och med 26 november 2026"
    )
    assert "W" not in about["per_week"].period.sv + about["per_week"].counts.sv
    assert about["funnel"].period.en == "the whole search: 28 September 2026 – 26 November 2026"
    assert about["month"].period.sv == "november 2026, till och med 26 november 2026"
    data = as_json(stats, "sv")
    assert data["about"]["per_week"]["title"] == "Ansökningar per vecka"
    assert data["monthly_target"] == 10
    assert data["weekly_target"] == pytest.approx(2.31)


def test_the_text_in_swedish_and_english() -> None:
    apps = [app(n, applied_on=d("2026-11-02"), source=Source.PLATSBANKEN) for n in range(6)]
    stats = compute(doc(*apps, target=20), NOW)
    sv = as_text(stats, "sv")
    assert sv.startswith("Översikt torsdag 26 november 2026 kl. 09.00\n")
    assert "  vecka 45    6  " + "█" * 30 in sv
    assert "Mål: 20 per månad ≈ 4,6 per vecka" in sv
    assert "Platsbanken  fick svar 0 % (0 av 6)" in sv
    assert "6 av 20 ansökningar, 14 kvar" in sv
    assert "followup-gui report --month 2026-11" in sv
    # the running month is still being collected, not "inte markerad som skickad" (issue 23)
    assert "Månaden pågår: ansökningarna räknas fortfarande." in sv
    assert "inte markerad som skickad" not in sv
    past = compute(doc(*apps, target=20), NOW, report_month=(2026, 10))
    assert not past.month.in_progress
    assert "Rapporten är inte markerad som skickad." in as_text(past, "sv")
    en = as_text(stats, "en")
    assert "The month is in progress: applications are still being counted." in en
    assert "not marked as sent" not in en
    assert en.startswith("Overview Thursday 26 November 2026 at 09:00\n")
    assert "Target: 20 a month ≈ 4.6 a week" in en
    assert "Platsbanken  answer rate 0% (0 of 6); median to an answer too few to say (0)" in en


# --- properties ---------------------------------------------------------------------------------

_days = st.dates(min_value=dt.date(2025, 6, 1), max_value=dt.date(2027, 6, 1))


@st.composite
def _apps(draw: st.DrawFn) -> list[Any]:
    apps = []
    for n in range(draw(st.integers(0, 12))):
        stage = draw(st.sampled_from(Stage))
        applied = None if stage is Stage.SAVED else draw(_days)
        contacts = [
            contact(day.isoformat(), draw(st.sampled_from(Purpose)))
            for day in draw(st.lists(_days, max_size=3))
        ]
        interviews = [interview(day.isoformat()) for day in draw(st.lists(_days, max_size=2))]
        apps.append(app(n, applied_on=applied, stage=stage, contacts=contacts,
                        interviews=interviews, source=draw(st.sampled_from(Source))))  # fmt: skip
    return apps


@given(_apps(), st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2028, 1, 1)))
def test_figures_hang_together(apps: list[Any], now: dt.datetime) -> None:
    stats = compute(doc(*apps), now)
    counts = [s.count for s in stats.funnel]
    assert counts == sorted(counts, reverse=True)  # a funnel narrows
    applied = {a.id for a in apps if a.applied_on is not None}
    assert set(stats.step(Step.APPLIED).ids) == applied
    assert sum(w.applications for w in stats.weeks) <= len(applied)
    assert stats.weeks[-1].monday <= now.date() < stats.weeks[-1].monday + dt.timedelta(7)
    assert sum(g.applied for g in stats.by_source) == len(applied)
    assert sum(g.applied for g in stats.by_how) == len(applied)
    assert sum(g.count for g in stats.follow_ups.groups) == stats.follow_ups.total
    for rate in (
        stats.answers.rate,
        stats.follow_ups.answered,
        *(s.of_first for s in stats.funnel),
    ):
        assert (rate.value is None) == (rate.total < TOO_FEW)
        assert rate.value is None or 0 <= rate.value <= 1
    json.dumps(as_json(stats, "en"))
    as_text(stats, "sv")


# --- the command ---------------------------------------------------------------------------------


def test_stats_json_follows_the_contract() -> None:
    result = run("stats", "--store", str(DEMO_STORE), "--now", "2026-11-26T09:00", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["funnel"]) == {"saved", "applied", "answered", "interview", "offer"}
    assert all(isinstance(n, int) for n in data["funnel"].values())
    weeks = data["per_week"]
    assert [w["week"] for w in weeks][-1] == "2026-W48"
    assert len(weeks) == 12
    assert {k for w in weeks for k in w} >= {"week", "applications"}
    assert data["now"] == "2026-11-26T09:00"


def test_stats_text_in_the_language_asked_for() -> None:
    sv = run("stats", "--store", str(DEMO_STORE), "--today", "2026-11-26", "--lang", "sv")
    assert sv.returncode == 0, sv.stderr
    assert sv.stdout.startswith("Översikt torsdag 26 november 2026 kl. 00.00")
    assert "Ansökningar per vecka" in sv.stdout
    en = run("stats", "--store", str(DEMO_STORE), "--today", "2026-11-26", env_lang="en_GB.UTF-8")
    assert en.stdout.startswith("Overview Thursday 26 November 2026")
    assert "From ad to offer" in en.stdout


def test_stats_on_a_missing_store_is_empty_and_a_bad_one_exits_2(tmp_path: Path) -> None:
    missing = run("stats", "--store", str(tmp_path / "none.json"), "--json")
    assert missing.returncode == 0, missing.stderr
    assert json.loads(missing.stdout)["funnel"]["saved"] == 0
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    result = run("stats", "--store", str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert bad.read_text(encoding="utf-8") == "{"
    wrong = run("stats", "--now", "tomorrow")
    assert wrong.returncode == 2
    assert "2026-05-20T09:00" in wrong.stderr


def test_every_figure_is_a_table_to_copy_and_to_read_aloud() -> None:
    apps = [app(n, applied_on=d("2026-11-02"), source=Source.NETWORK) for n in range(3)]
    stats = compute(doc(*apps, target=13), NOW)
    sv = tables(stats, "sv")
    assert set(sv) == set(stats.about())
    weeks = sv["per_week"]
    assert weeks.headers == ("Vecka", "Från", "Ansökningar", "Mål per vecka")
    assert weeks.rows[-4] == ("Vecka 45", "måndag 2 november", "3", "3")
    assert weeks.as_sentences().startswith("Vecka 37: Från måndag 7 september, Ansökningar 0")
    assert weeks.as_tsv().splitlines()[0] == "Vecka\tFrån\tAnsökningar\tMål per vecka"
    assert len(weeks.as_tsv().splitlines()) == 13
    funnel = tables(stats, "en")["funnel"]
    assert funnel.rows[1] == ("Applied", "3", "too few to say", "too few to say")
    network = next(row for row in sv["by_source"].rows if row[0] == "Kontakter")
    assert network == ("Kontakter", "3", "0", "för få för att säga något",
                       "för få för att säga något", "0")  # fmt: skip
    assert sv["month"].rows == (("november 2026", "3", "13", "10", "nej"),)
    assert sv["month"].as_sentences() == (
        "november 2026: Skickade 3, Mål 13, Kvar 10, Rapporterad nej."
    )
    assert tables(stats, "en")["follow_ups"].rows[0] == ("Inside the window", "0", "0",
                                                          "too few to say")  # fmt: skip


def test_the_example_data_gives_every_chart_something_to_show() -> None:
    from followup_gui import store

    stats = compute(store.load(DEMO_STORE), NOW)
    assert sum(1 for w in stats.weeks if w.applications) >= 8
    assert all(s.count for s in stats.funnel)
    assert all(g.count for g in stats.follow_ups.groups)
    assert stats.follow_ups.answered.value is not None
    assert stats.answers.rate.value is not None
    assert stats.answers.days.value is not None
    assert stats.month.sent > 0


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("en", "1 application (no target set)", "2 applications (no target set)"),
        ("sv", "1 ansökan (inget mål i profilen)", "2 ansökningar (inget mål i profilen)"),
    ],
)
def test_the_month_line_without_a_target_uses_real_plural_forms(
    lang: str, one: str, many: str
) -> None:
    month_day = NOW.date().replace(day=2)
    first = make_app(id="m1", applied_on=month_day)
    second = make_app(id="m2", applied_on=month_day)
    text_one = as_text(compute(doc(first), NOW), lang)  # type: ignore[arg-type]
    text_many = as_text(compute(doc(first, second), NOW), lang)  # type: ignore[arg-type]
    assert one in text_one and "1 applications" not in text_one
    assert many in text_many
