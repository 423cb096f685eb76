"""Calendar export: the demo store's dated advice as iCalendar events."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest

from followup_gui import store
from followup_gui.model import Application, Interview, Moment, Stage
from followup_gui.reports.calendar_export import CalendarEvent, EventKind, calendar_events, to_ics

from .conftest import DEMO_STORE
from .factories import make_app
from .test_cli import run

NOW = dt.datetime(2026, 11, 26, 9, 0)


@pytest.fixture(scope="module")
def apps() -> list[Application]:
    return store.load(DEMO_STORE).applications


def by_uid(events: list[CalendarEvent]) -> dict[str, CalendarEvent]:
    return {event.uid: event for event in events}


def parsed(data: bytes) -> dict[str, icalendar.Component]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_demo_gives_one_event_per_dated_verdict_and_interview(
    apps: list[Application],
) -> None:
    events = calendar_events(apps, NOW, "sv")
    kinds = Counter(event.kind for event in events)
    # windows: vattern, telekompaniet (follow_up); norrlandslogistik, fjallstuga, bergolund (wait)
    assert kinds == {
        EventKind.WINDOW: 5,
        EventKind.INTERVIEW: 3,
        EventKind.THANK_YOU: 1,
        EventKind.OTHER_OFFER: 1,
        EventKind.APPLY: 2,  # the two saved ads' deadlines
    }
    starts = [
        e.start if isinstance(e.start, dt.datetime) else dt.datetime.combine(e.start, dt.time())
        for e in events
    ]
    assert starts == sorted(starts)


def test_window_events_are_all_day_with_an_exclusive_end(apps: list[Application]) -> None:
    events = by_uid(calendar_events(apps, NOW, "sv"))
    vattern = events["demo-vattern-window@followup-gui"]
    assert vattern.all_day
    assert (vattern.start, vattern.end) == (dt.date(2026, 11, 20), dt.date(2026, 11, 28))
    assert vattern.summary == "Följ upp: Handläggare inom socialtjänsten – Kommunförbundet Vättern"
    assert "Sista ansökningsdag: fredag 13 november" in vattern.description
    assert "Kanal: e-post" in vattern.description
    # the ad's own timeline: from the first to the fifth working day after it (rules v2)
    timeline = events["demo-bergolund-window@followup-gui"]
    assert (timeline.start, timeline.end) == (dt.date(2026, 12, 14), dt.date(2026, 12, 19))


def test_a_saved_ad_has_its_deadline_as_an_all_day_event(apps: list[Application]) -> None:
    ad = make_app(id="saved-1", stage=Stage.SAVED, applied_on=None, deadline=dt.date(2026, 12, 5))
    events = by_uid(calendar_events([*apps, ad], NOW, "sv"))
    event = events["saved-1-apply@followup-gui"]
    assert event.kind is EventKind.APPLY
    assert (event.start, event.end) == (dt.date(2026, 12, 5), dt.date(2026, 12, 6))
    assert event.summary == "Sista ansökningsdag: Ekonomiassistent – Exempelbolaget AB"
    assert "lördag 5 december" in event.description
    assert event.alarm_before_start == dt.timedelta(days=3)
    english = by_uid(calendar_events([ad], NOW, "en"))["saved-1-apply@followup-gui"]
    assert english.summary == "Last day to apply: Ekonomiassistent – Exempelbolaget AB"
    no_deadline = make_app(id="saved-2", stage=Stage.SAVED, applied_on=None)
    assert calendar_events([no_deadline], NOW, "sv") == []


def test_the_thank_you_event_ends_at_the_deadline(apps: list[Application]) -> None:
    events = by_uid(calendar_events(apps, NOW, "sv"))
    thanks = events["demo-kodverket-thank-you-1@followup-gui"]
    assert thanks.end == dt.datetime(2026, 11, 26, 14, 0)
    assert thanks.start == dt.datetime(2026, 11, 26, 13, 0)
    assert thanks.alarm_before_start == dt.timedelta(0)
    assert thanks.summary.startswith("Skicka tackmejl senast 14.00: Backend-utvecklare")


def test_interviews_and_the_other_offer(apps: list[Application]) -> None:
    events = by_uid(calendar_events(apps, NOW, "en"))
    interview = events["demo-siffergruppen-interview-1@followup-gui"]
    assert (interview.start, interview.end) == (
        dt.datetime(2026, 12, 2, 10, 0),
        dt.datetime(2026, 12, 2, 11, 0),
    )
    assert interview.summary == "Interview: Redovisningsekonom – Siffergruppen i Norrköping AB"
    assert "You have an interview Wednesday 2 December at 10:00" in interview.description
    offer = events["demo-kaffeservice-other-offer@followup-gui"]
    assert (offer.start, offer.end) == (dt.date(2026, 12, 1), dt.date(2026, 12, 2))
    assert "Channel: phone" in offer.description


def test_closed_applications_give_no_events(apps: list[Application]) -> None:
    events = calendar_events(apps, NOW, "sv")
    assert not [e for e in events if e.application_id == "demo-fintech"]
    closed = [replace(app, stage=Stage.WITHDRAWN) for app in apps]
    assert calendar_events(closed, NOW, "sv") == []


def test_date_only_interviews_are_all_day() -> None:
    app = Application(
        "x",
        "Job",
        "Firm",
        dt.date(2026, 11, 1),
        stage=Stage.INTERVIEW,
        interviews=[Interview(Moment.of_date(dt.date(2026, 12, 3)))],
    )
    (event,) = calendar_events([app], NOW, "sv")
    assert event.all_day
    assert (event.start, event.end) == (dt.date(2026, 12, 3), dt.date(2026, 12, 4))


def test_uids_are_stable_across_exports_and_unique_in_one(apps: list[Application]) -> None:
    first = calendar_events(apps, NOW, "sv")
    later = calendar_events(apps, NOW + dt.timedelta(days=2, hours=3), "en")
    uids = [e.uid for e in first]
    assert len(uids) == len(set(uids))
    same = {(e.application_id, e.kind): e.uid for e in first if e.kind is not EventKind.INTERVIEW}
    for event in later:
        key = (event.application_id, event.kind)
        if key in same:
            assert event.uid == same[key]
    # interviews keep their UID whatever the moment of export
    assert {e.uid for e in first if e.kind is EventKind.INTERVIEW} == {
        e.uid for e in later if e.kind is EventKind.INTERVIEW
    }


def test_a_moved_interview_keeps_its_uid(apps: list[Application]) -> None:
    app = next(a for a in apps if a.id == "demo-siffergruppen")
    moved = replace(app, interviews=[Interview(Moment(dt.datetime(2026, 12, 4, 13, 0)))])
    (before,) = calendar_events([app], NOW, "sv")
    (after,) = calendar_events([moved], NOW, "sv")
    assert before.uid == after.uid
    assert after.start == dt.datetime(2026, 12, 4, 13, 0)


def test_the_ics_file_parses_back(apps: list[Application]) -> None:
    data = to_ics(apps, NOW, "sv")
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    events = parsed(data)
    assert len(events) == 12

    window = events["demo-vattern-window@followup-gui"]
    assert window.decoded("DTSTART") == dt.date(2026, 11, 20)
    assert not isinstance(window.decoded("DTSTART"), dt.datetime)
    assert b"DTSTART;VALUE=DATE:20261120" in data
    assert window.decoded("DTEND") == dt.date(2026, 11, 28)
    assert str(window["SUMMARY"]).startswith("Följ upp: Handläggare")

    thanks = events["demo-kodverket-thank-you-1@followup-gui"]
    assert thanks.decoded("DTEND") == dt.datetime(2026, 11, 26, 14, 0)  # floating: no tzinfo
    assert thanks.decoded("DTEND").tzinfo is None
    (alarm,) = thanks.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == dt.timedelta(0)

    interview = events["demo-siffergruppen-interview-1@followup-gui"]
    assert interview.decoded("DTSTART") == dt.datetime(2026, 12, 2, 10, 0)
    assert interview.decoded("DTSTAMP").tzinfo is not None  # DTSTAMP is UTC, as RFC 5545 asks

    again = parsed(to_ics(apps, NOW + dt.timedelta(hours=1), "sv"))
    assert set(again) == set(events)


def test_calendar_command_writes_a_file_that_parses(tmp_path: Path) -> None:
    out = tmp_path / "agenda.ics"
    result = run(
        "calendar", "--store", str(DEMO_STORE), "--now", "2026-11-26T09:00", "--out", str(out),
        "--lang", "en",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "12 events" in result.stdout
    events = parsed(out.read_bytes())
    assert len(events) == 12
    assert str(events["demo-kodverket-thank-you-1@followup-gui"]["SUMMARY"]).startswith(
        "Send a thank-you mail by 14:00"
    )
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0  # private, like the store


def test_calendar_command_language_follows_the_system(tmp_path: Path) -> None:
    out = tmp_path / "sv.ics"
    result = run(
        "calendar", "--store", str(DEMO_STORE), "--today", "2026-11-26", "--out", str(out),
        env_lang="sv_SE.UTF-8",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Skrev" in result.stdout
    assert b"SUMMARY:Intervju: Redovisningsekonom" in out.read_bytes()


def test_calendar_to_standard_output() -> None:
    result = run("calendar", "--store", str(DEMO_STORE), "--now", "2026-11-26T09:00", "--out", "-")
    assert result.returncode == 0, result.stderr
    assert len(parsed(result.stdout.encode())) == 12


@pytest.mark.parametrize("where", ["folder", "missing_folder", "under_a_file"])
def test_calendar_bad_out_exits_2_without_traceback(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    out = {
        "folder": tmp_path,
        "missing_folder": tmp_path / "nope" / "x.ics",
        "under_a_file": blocker / "x.ics",
    }[where]
    result = run("calendar", "--store", str(DEMO_STORE), "--out", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "cannot write" in result.stderr
    assert not (tmp_path / "nope").exists()


def test_calendar_needs_out() -> None:
    result = run("calendar", "--store", str(DEMO_STORE))
    assert result.returncode == 2
    assert "--out" in result.stderr
