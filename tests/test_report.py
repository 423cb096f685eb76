"""The monthly activity report: what was done in a month, for Arbetsförmedlingen."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from followup_gui import store
from followup_gui.model import Activity as StandAlone
from followup_gui.model import (
    ActivityKind,
    Attachment,
    AttachmentKind,
    Channel,
    Contact,
    Document,
    How,
    Moment,
    Profile,
    Purpose,
    ReportedMonth,
    Stage,
)
from followup_gui.reports.report import (
    Activity,
    activity_report,
    activity_text,
    as_csv,
    as_text,
    deadline_text,
    due_month,
    form_fields,
    is_open,
    last_day,
    parse_month,
    previous_months,
    progress,
    reminder_days,
    table_rows,
    totals,
)
from followup_gui.rules.workdays import is_working_day

from .conftest import DEMO_STORE
from .factories import contact, d, interview, make_app
from .test_cli import run

NOW = dt.datetime(2026, 11, 26, 9, 0)

NOVEMBER_SV = [
    ("2026-11-02", "Sökt jobb", "Siffergruppen i Norrköping AB", "Redovisningsekonom"),
    ("2026-11-03", "Sökt jobb", "Kommunförbundet Vättern", "Handläggare inom socialtjänsten"),
    ("2026-11-05", "Sökt jobb", "Advokatfirman Berg & Lund", "Biträdande jurist"),
    ("2026-11-10", "Jobbintervju", "Telekompaniet Norr AB", "Kundtjänstmedarbetare"),
    ("2026-11-10", "Tack efter intervju via e-post", "Telekompaniet Norr AB",
     "Kundtjänstmedarbetare"),
    ("2026-11-12", "Uppföljning av ansökan via e-post", "Byggbolaget Kustlinjen AB",
     "Projektledare bygg"),
    ("2026-11-16", "Sökt jobb", "Nordisk Kaffeservice AB", "Innesäljare"),
    ("2026-11-20", "Sökt jobb", "Fjällstuga Digital AB", "UX-designer"),
    ("2026-11-20", "Sökt jobb", "Norrlandslogistik AB", "Lagerarbetare"),
    ("2026-11-25", "Jobbintervju", "Kodverket AB", "Backend-utvecklare"),
]  # fmt: skip


@pytest.fixture(scope="module")
def demo() -> Document:
    return store.load(DEMO_STORE)


def four(report_rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return [row[:4] for row in report_rows]


# --------------------------------------------------------------------------- the month due


def test_the_month_due_on_every_day_of_a_year() -> None:
    """From the 1st the previous month is due until it is marked reported; then this month."""
    day = dt.date(2026, 1, 1)
    while day.year == 2026:
        previous = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
        this = (day.year, day.month)
        assert due_month(day, []) == previous, day
        key = f"{previous[0]}-{previous[1]:02d}"
        assert due_month(day, [ReportedMonth(key, day)]) == this, day
        assert due_month(day, [key]) == this, day
        # the other months reported change nothing
        assert due_month(day, ["2020-01", f"{this[0]}-{this[1]:02d}"]) == previous, day
        first, again = reminder_days(previous)
        assert first == day.replace(day=1)
        assert again == last_day(previous) - dt.timedelta(days=3)
        assert is_open(previous, day, []) and not is_open(this, day, [])
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("month", "last"),
    [
        ((2026, 10), "2026-11-16"),  # the 14th is a Saturday: Monday the 16th
        ((2026, 4), "2026-05-15"),  # 14 May 2026 is Kristi himmelsfärdsdag (a Thursday)
        ((2028, 3), "2028-04-18"),  # 14 April 2028 is Långfredagen; then Easter to Monday
        ((2026, 2), "2026-03-16"),  # a Saturday again
        ((2026, 11), "2026-12-14"),  # a Monday: the 14th itself
        ((2026, 12), "2027-01-14"),  # over the new year
    ],
)
def test_the_last_day_moves_to_the_next_working_day(month: tuple[int, int], last: str) -> None:
    assert last_day(month) == d(last)


def test_the_last_day_is_always_the_first_working_day_from_the_14th() -> None:
    for year in range(2025, 2031):
        for number in range(1, 13):
            last = last_day((year, number))
            assert last.day >= 14 and is_working_day(last)
            between = last.replace(day=14)
            while between < last:
                assert not is_working_day(between)
                between += dt.timedelta(days=1)


def test_the_deadline_in_words() -> None:
    assert deadline_text((2026, 10), "sv") == "Rapportera oktober senast måndag 16 november"
    assert deadline_text((2026, 10), "en") == "Report October by Monday 16 November"
    assert deadline_text((2026, 12), "sv") == "Rapportera december senast torsdag 14 januari"


# --------------------------------------------------------------------------- the rows


def november_document() -> Document:
    proven = make_app(
        id="p",
        job_title="Lagerarbetare",
        company="Lager AB",
        applied_on=d("2026-11-03"),
        town="Umeå",
        how=How.UNSOLICITED,
        attachments=[
            Attachment("p/annons.pdf", AttachmentKind.AD),
            Attachment("p/cv.pdf", AttachmentKind.CV),
            Attachment("p/brev.pdf", AttachmentKind.LETTER),
            Attachment("p/brev2.pdf", AttachmentKind.LETTER),
        ],
        contacts=[
            contact("2026-11-17T10:00", Purpose.FOLLOW_UP, Channel.PHONE),
            contact("2026-11-19T08:00", Purpose.REPLY),
        ],
        interviews=[interview("2026-11-24T13:00")],
    )
    assigned = make_app(
        id="a",
        job_title="Kassabiträde",
        company="Butiken",
        applied_on=d("2026-11-03"),
        town="Luleå",
        how=How.ASSIGNED,
    )
    saved = make_app(id="s", stage=Stage.SAVED, applied_on=None, deadline=d("2026-11-20"))
    october = make_app(id="o", applied_on=d("2026-10-30"), contacts=[
        contact("2026-11-02", Purpose.OTHER)])  # fmt: skip
    return Document(
        profile=Profile(monthly_target=8),
        applications=[proven, assigned, saved, october],
        activities=[
            StandAlone("x1", d("2026-11-03"), ActivityKind.CV_UPDATED, "Nytt CV"),
            StandAlone("x2", d("2026-11-30"), ActivityKind.SFI),
            StandAlone("x3", d("2026-12-01"), ActivityKind.WORKED),
        ],
        reported_months=[ReportedMonth("2026-10", d("2026-11-05"))],
    )


def test_rows_in_the_order_of_the_agencys_form() -> None:
    report = activity_report(november_document(), "2026-11")
    assert table_rows(report) == [
        ("2026-11-02", "Kontakt med arbetsgivare via e-post", "Exempelbolaget AB",
         "Ekonomiassistent", "", "", "", ""),
        ("2026-11-03", "Sökt jobb", "Butiken", "Kassabiträde", "Luleå",
         "Anvisat av Arbetsförmedlingen", "", ""),
        ("2026-11-03", "Sökt jobb", "Lager AB", "Lagerarbetare", "Umeå", "Spontanansökan",
         "annons, personligt brev", ""),
        ("2026-11-03", "Uppdaterat CV", "", "", "", "", "", "Nytt CV"),
        ("2026-11-17", "Uppföljning av ansökan via telefon", "Lager AB", "Lagerarbetare", "Umeå",
         "", "", ""),
        ("2026-11-19", "Svar från arbetsgivaren via e-post", "Lager AB", "Lagerarbetare", "Umeå",
         "", "", ""),
        ("2026-11-24", "Jobbintervju", "Lager AB", "Lagerarbetare", "Umeå", "", "", ""),
        ("2026-11-30", "Svenska för invandrare (sfi)", "", "", "", "", "", ""),
    ]  # fmt: skip
    assert form_fields(report.rows[1]) == table_rows(report)[1][:6]
    assert report.rows[2].proof == (AttachmentKind.AD, AttachmentKind.LETTER)
    assert report.rows[3].activity is Activity.STAND_ALONE
    assert report.rows[3].activity_id == "x1"


def test_counts_progress_and_status() -> None:
    document = november_document()
    report = activity_report(document, "2026-11")
    assert (
        report.applications,
        report.interviews,
        report.follow_ups,
        report.other_contacts,
        report.stand_alone,
    ) == (2, 1, 1, 2, 2)
    assert totals(report) == (
        "2 ansökningar, 1 intervju, 1 uppföljning, 2 andra kontakter med arbetsgivare, "
        "2 andra aktiviteter"
    )
    assert progress(report) == "2 av 8 ansökningar i november"
    assert progress(report, "en") == "2 of 8 applications in November"
    assert report.reported_on is None
    october = activity_report(document, "2026-10")
    assert october.reported_on == d("2026-11-05")
    assert progress(october) == "1 av 8 ansökningar i oktober"
    document.profile.monthly_target = None
    assert progress(activity_report(document, "2026-11")) == "2 ansökningar i november"
    document.profile.monthly_target = 1
    assert progress(activity_report(document, "2026-11")) == "2 av 1 ansökan i november"


def test_the_rows_are_swedish_whatever_the_language() -> None:
    report = activity_report(november_document(), "2026-11")
    english = as_text(report, "en")
    assert english.startswith(
        "Aktivitetsrapport november 2026 (Activity report November 2026)\n"
        "Report November by Monday 14 December\n"
    )
    assert "Datum (Date)" in english and "Typ av ansökan (How it was sought)" in english
    assert "Sökt jobb" in english and "Application" not in english.split("\n", 3)[3]
    swedish = as_text(report, "sv")
    assert swedish.startswith("Aktivitetsrapport november 2026\nRapportera november senast ")
    assert swedish.rstrip().endswith("2 av 8 ansökningar i november")
    october = as_text(activity_report(november_document(), "2026-10"), "sv")
    assert october.split("\n")[1] == "Rapporterad torsdag 5 november 2026"


def test_november_in_the_demo(demo: Document) -> None:
    report = activity_report(demo, "2026-11", until=NOW)
    assert report.month == (2026, 11)
    assert four(table_rows(report)) == NOVEMBER_SV
    assert (report.applications, report.follow_ups, report.other_contacts) == (6, 1, 1)
    assert report.interviews == 2
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


def test_every_kind_of_contact_says_how_it_was_made() -> None:
    contacts = [
        Contact(Moment(dt.datetime(2026, 11, 27, 10)), Channel.PHONE, Purpose.FOLLOW_UP),
        Contact(Moment(dt.datetime(2026, 11, 27, 11)), Channel.EMAIL, Purpose.OTHER_OFFER),
        Contact(Moment.of_date(dt.date(2026, 11, 28)), Channel.PHONE, Purpose.OTHER),
        Contact(Moment.of_date(dt.date(2026, 11, 29)), Channel.EMAIL, Purpose.REPLY),
    ]
    app = make_app(applied_on=d("2026-10-01"), contacts=contacts)
    report = activity_report([app], "2026-11")
    assert [activity_text(r) for r in report.rows] == [
        "Uppföljning av ansökan via telefon",
        "Kontakt om annat erbjudande via e-post",
        "Kontakt med arbetsgivare via telefon",
        "Svar från arbetsgivaren via e-post",
    ]


def test_text_form(demo: Document) -> None:
    text = as_text(activity_report(demo, "2026-11", until=NOW), "sv")
    lines = text.splitlines()
    assert lines[0] == "Aktivitetsrapport november 2026"
    assert lines[1] == "Rapportera november senast måndag 14 december"
    assert lines[3].split()[:4] == ["Datum", "Aktivitet", "Arbetsgivare", "Tjänst"]
    assert lines[4].startswith("2026-11-02  Sökt jobb")
    # aligned: every row's employer starts in the same column
    column = lines[3].index("Arbetsgivare")
    assert lines[4][column:].startswith("Siffergruppen")
    assert lines[9][column:].startswith("Byggbolaget Kustlinjen")
    assert lines[-2].startswith("6 ansökningar, 2 intervjuer, 1 uppföljning")
    assert lines[-1] == "6 av 12 ansökningar i november"  # the example's monthly target


def test_an_empty_month_says_so(demo: Document) -> None:
    text = as_text(activity_report(demo, "2025-01"), "sv")
    assert "Inga aktiviteter i januari 2025." in text


def test_csv_form() -> None:
    report = activity_report(november_document(), "2026-11")
    rows = list(csv.reader(io.StringIO(as_csv(report, "sv")), delimiter=";"))
    assert rows[0] == [
        "Datum", "Aktivitet", "Arbetsgivare", "Tjänst", "Ort", "Typ av ansökan", "Kanal",
        "Underlag", "Anteckning",
    ]  # fmt: skip
    assert rows[3] == [
        "2026-11-03", "Sökt jobb", "Lager AB", "Lagerarbetare", "Umeå", "Spontanansökan", "",
        "annons, personligt brev", "",
    ]  # fmt: skip
    assert rows[5][1] == "Uppföljning av ansökan via telefon" and rows[5][6] == "telefon"
    english = list(csv.reader(io.StringIO(as_csv(report, "en"))))
    assert english[0][:3] == ["Datum (Date)", "Aktivitet (Activity)", "Arbetsgivare (Employer)"]
    assert english[2][:2] == ["2026-11-03", "Sökt jobb"]


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026/11", "nov", "26-11", ""])
def test_bad_months(text: str) -> None:
    with pytest.raises(ValueError, match="not a month"):
        parse_month(text)


def test_months_for_a_picker() -> None:
    months = previous_months(dt.date(2026, 2, 10), 4)
    assert months == [(2026, 2), (2026, 1), (2025, 12), (2025, 11)]


# --------------------------------------------------------------------------- the command


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
    assert result.stdout.startswith("Aktivitetsrapport oktober 2026 (Activity report October 2026)")
    assert "Uppföljning av ansökan via e-post" in result.stdout


def test_report_command_reports_the_month_now_due_by_default() -> None:
    result = run("report", "--store", str(DEMO_STORE), "--today", "2026-11-26", "--lang", "sv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Aktivitetsrapport oktober 2026\nRapportera oktober senast måndag 16 november\n"
    )
    result = run("report", "--store", str(DEMO_STORE), "--today", "2026-10-31", "--lang", "sv")
    assert result.stdout.startswith("Aktivitetsrapport september 2026\n")


@pytest.mark.parametrize("month", ["2026-13", "november"])
def test_report_command_bad_month_exits_2(month: str) -> None:
    result = run("report", "--month", month, "--store", str(DEMO_STORE))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "not a month like 2026-11" in result.stderr
