"""The monthly activity report: what was done in a month, for Arbetsförmedlingen."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from followup_gui import store
from followup_gui.model import Channel, Contact, Document, Moment, Purpose
from followup_gui.report import (
    Activity,
    activity_report,
    activity_text,
    as_csv,
    as_text,
    parse_month,
    previous_months,
    table_rows,
)

from .conftest import DEMO_STORE
from .test_cli import run

NOW = dt.datetime(2026, 11, 26, 9, 0)

NOVEMBER_SV = [
    ("2026-11-02", "Ansökan skickad", "Siffergruppen i Norrköping AB", "Redovisningsekonom"),
    ("2026-11-03", "Ansökan skickad", "Kommunförbundet Vättern", "Handläggare inom socialtjänsten"),
    ("2026-11-05", "Ansökan skickad", "Advokatfirman Berg & Lund", "Biträdande jurist"),
    ("2026-11-10", "Intervju", "Telekompaniet Norr AB", "Kundtjänstmedarbetare"),
    ("2026-11-10", "Tack efter intervju via e-post", "Telekompaniet Norr AB",
     "Kundtjänstmedarbetare"),
    ("2026-11-12", "Uppföljning via e-post", "Byggbolaget Kustlinjen AB", "Projektledare bygg"),
    ("2026-11-16", "Ansökan skickad", "Nordisk Kaffeservice AB", "Innesäljare"),
    ("2026-11-20", "Ansökan skickad", "Fjällstuga Digital AB", "UX-designer"),
    ("2026-11-20", "Ansökan skickad", "Norrlandslogistik AB", "Lagerarbetare"),
    ("2026-11-25", "Intervju", "Kodverket AB", "Backend-utvecklare"),
]  # fmt: skip


@pytest.fixture(scope="module")
def demo() -> Document:
    return store.load(DEMO_STORE)


def test_november_lists_applications_contacts_and_interviews_in_date_order(
    demo: Document,
) -> None:
    report = activity_report(demo, "2026-11", until=NOW)
    assert report.month == (2026, 11)
    assert table_rows(report, "sv") == NOVEMBER_SV
    assert (report.applications, report.contacts, report.interviews) == (6, 2, 2)
    follow_up = next(r for r in report.rows if r.activity is Activity.FOLLOW_UP)
    assert follow_up.channel is Channel.EMAIL
    assert follow_up.note == "Skickade kort uppföljning, fick autosvar."


def test_closed_applications_count_too(demo: Document) -> None:
    report = activity_report(demo, (2026, 10))
    assert [(r.day.isoformat(), r.activity, r.application_id) for r in report.rows] == [
        ("2026-10-12", Activity.APPLICATION, "demo-telekompaniet"),
        ("2026-10-19", Activity.APPLICATION, "demo-kodverket"),
        ("2026-10-20", Activity.APPLICATION, "demo-kustlinjen"),
        ("2026-10-21", Activity.FOLLOW_UP, "demo-fintech"),  # rejected later, still done
    ]


def test_what_has_not_happened_yet_is_left_out(demo: Document) -> None:
    december = activity_report(demo, "2026-12", until=NOW)
    assert december.rows == ()
    planned = activity_report(demo, "2026-12")
    assert [r.activity for r in planned.rows] == [Activity.INTERVIEW]
    before_the_interview = activity_report(demo, "2026-11", until=dt.datetime(2026, 11, 25, 13))
    assert before_the_interview.interviews == 1


def test_every_kind_of_contact_says_how_it_was_made(demo: Document) -> None:
    app = demo.applications[0]
    contacts = [
        Contact(Moment(dt.datetime(2026, 11, 27, 10)), Channel.PHONE, Purpose.FOLLOW_UP),
        Contact(Moment(dt.datetime(2026, 11, 27, 11)), Channel.EMAIL, Purpose.OTHER_OFFER),
        Contact(Moment.of_date(dt.date(2026, 11, 28)), Channel.PHONE, Purpose.OTHER),
    ]
    app = type(app)(app.id, app.job_title, app.company, app.applied_on, contacts=contacts)
    report = activity_report([app], "2026-11")
    assert [activity_text(r, "sv") for r in report.rows] == [
        "Uppföljning via telefon",
        "Kontakt om annat erbjudande via e-post",
        "Kontakt med arbetsgivaren via telefon",
    ]
    assert [activity_text(r, "en") for r in report.rows] == [
        "Follow-up by phone",
        "Contact about another offer by email",
        "Contact with the employer by phone",
    ]


def test_text_form(demo: Document) -> None:
    text = as_text(activity_report(demo, "2026-11", until=NOW), "sv")
    lines = text.splitlines()
    assert lines[0] == "Aktivitetsrapport november 2026"
    assert lines[2].split() == ["Datum", "Aktivitet", "Arbetsgivare", "Tjänst"]
    assert lines[3].startswith("2026-11-02  Ansökan skickad")
    # aligned: every row's employer starts in the same column
    column = lines[2].index("Arbetsgivare")
    assert lines[3][column:].startswith("Siffergruppen")
    assert lines[8][column:].startswith("Byggbolaget Kustlinjen")
    assert lines[-1] == "6 ansökningar, 2 uppföljningar, 2 intervjuer"
    english = as_text(activity_report(demo, "2026-10"), "en")
    assert english.startswith("Activity report October 2026\n")
    assert english.rstrip().endswith("3 applications, 1 follow-up, 0 interviews")


def test_an_empty_month_says_so(demo: Document) -> None:
    text = as_text(activity_report(demo, "2025-01"), "sv")
    assert "Inga ansökningar, uppföljningar eller intervjuer i januari 2025." in text


def test_csv_form(demo: Document) -> None:
    report = activity_report(demo, "2026-11", until=NOW)
    rows = list(csv.reader(io.StringIO(as_csv(report, "sv")), delimiter=";"))
    assert rows[0] == ["Datum", "Aktivitet", "Arbetsgivare", "Tjänst", "Kanal", "Anteckning"]
    assert [tuple(r[:4]) for r in rows[1:]] == NOVEMBER_SV
    assert rows[6][4:] == ["e-post", "Skickade kort uppföljning, fick autosvar."]
    english = list(csv.reader(io.StringIO(as_csv(report, "en"))))
    assert english[0][:4] == ["Date", "Activity", "Employer", "Job title"]
    assert english[1][:2] == ["2026-11-02", "Application sent"]


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026/11", "nov", "26-11", ""])
def test_bad_months(text: str) -> None:
    with pytest.raises(ValueError, match="not a month"):
        parse_month(text)


def test_months_for_a_picker() -> None:
    months = previous_months(dt.date(2026, 2, 10), 4)
    assert months == [(2026, 2), (2026, 1), (2025, 12), (2025, 11)]


def test_report_command_csv() -> None:
    result = run(
        "report", "--month", "2026-11", "--store", str(DEMO_STORE), "--now", "2026-11-26T09:00",
        "--format", "csv", "--lang", "sv",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout), delimiter=";"))
    assert [tuple(r[:4]) for r in rows[1:]] == NOVEMBER_SV


def test_report_command_text_in_the_system_language() -> None:
    result = run("report", "--month", "2026-10", "--store", str(DEMO_STORE), env_lang="en_GB.UTF-8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Activity report October 2026")
    assert "Follow-up by email" in result.stdout


@pytest.mark.parametrize("month", ["2026-13", "november"])
def test_report_command_bad_month_exits_2(month: str) -> None:
    result = run("report", "--month", month, "--store", str(DEMO_STORE))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "not a month like 2026-11" in result.stderr


def test_report_command_needs_a_month() -> None:
    result = run("report", "--store", str(DEMO_STORE))
    assert result.returncode == 2
    assert "--month" in result.stderr
