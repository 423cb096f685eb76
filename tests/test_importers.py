"""Importing spreadsheets, LinkedIn's export and our own files: shapes, mapping, merge."""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.i18n import LANGS
from followup_gui.importers import (
    Column,
    ImportFileError,
    ImportKind,
    ImportPlan,
    MappingError,
    apply_import,
    guess_mapping,
    parse_day,
    plan_import,
    read_source,
)
from followup_gui.importers.exchange import to_csv
from followup_gui.model import Application, ContactPerson, Document, Source, Stage

LINKEDIN_HEADER = (
    "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
    "Resume Name,Question And Answers\n"
)
LINKEDIN_ROWS = (
    '"11/20/24, 8:15 AM",me@example.se,+46 70 111 22 33,Acme AB,Lagerarbetare,'
    "http://www.linkedin.com/jobs/view/4077276177,CV 2024.pdf,\n"
    '"3/7/25, 2:22 PM",,,"Globex, Inc.",Backend Engineer,'
    'http://www.linkedin.com/jobs/view/4100000001,cv-en.pdf,"Years of Python?: 6 | Visa?: No"\n'
)


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _plan(path: Path, document: Document | None = None) -> tuple[Document, ImportPlan]:
    ours = document or Document()
    return ours, plan_import(ours, read_source(path))


def _new(path: Path, document: Document | None = None) -> list[Application]:
    ours = document or Document()
    return plan_import(ours, read_source(path)).merge.new


# ---- dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-05-15", dt.date(2026, 5, 15)),
        ("2026-5-7", dt.date(2026, 5, 7)),
        ("2026-05-15 10:30", dt.date(2026, 5, 15)),
        ("2026-05-15T10:30:00", dt.date(2026, 5, 15)),
        ("2026/05/15", dt.date(2026, 5, 15)),
        ("20260515", dt.date(2026, 5, 15)),
        ("15/5/2026", dt.date(2026, 5, 15)),
        ("15/5-2026", dt.date(2026, 5, 15)),
        ("15.5.2026", dt.date(2026, 5, 15)),
        ("15-05-2026", dt.date(2026, 5, 15)),
        ("15/5/26", dt.date(2026, 5, 15)),
        ("15 maj 2026", dt.date(2026, 5, 15)),
        ("den 1:a juni 2026", dt.date(2026, 6, 1)),
        ("3 okt. 2026", dt.date(2026, 10, 3)),
        ("May 15, 2026", dt.date(2026, 5, 15)),
        ("15 May 2026", dt.date(2026, 5, 15)),
    ],
)
def test_iso_and_swedish_dates(text: str, day: dt.date) -> None:
    assert parse_day(text) == day


def test_linkedin_dates_are_month_first() -> None:
    assert parse_day("11/20/24, 8:15 AM", month_first=True) == dt.date(2024, 11, 20)
    assert parse_day("3/7/25", month_first=True) == dt.date(2025, 3, 7)
    assert parse_day("3/7/25") == dt.date(2025, 7, 3)


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "empty"), ("15 maj", "no year"), ("15/5", "no year"), ("31/2/2026", "not a real"),
     ("snart", "not a date"), ("2026-13-01", "not a real")],
)  # fmt: skip
def test_bad_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_day(text)


# ---- ten CSV shapes ----------------------------------------------------------------


def test_shape_1_swedish_excel_semicolons_with_bom(tmp_path: Path) -> None:
    text = (
        "Företag;Tjänst;Sökt;Sista ansökningsdag;Ort;Kontaktperson;E-post;Telefon\r\n"
        "Ica AB;Säljare;2026-05-01;2026-05-20;Umeå;Åsa Öberg;asa@ica.se;090-12 34 56\r\n"
    )
    path = _write(tmp_path, "ansokningar.csv", codecs.BOM_UTF8 + text.encode("utf-8"))
    source = read_source(path)
    assert source.kind is ImportKind.CSV and source.table is not None
    assert (source.table.delimiter, source.table.encoding) == (";", "utf-8-sig")
    [app] = _new(path)
    assert (app.company, app.job_title, app.applied_on, app.deadline, app.town) == (
        "Ica AB", "Säljare", dt.date(2026, 5, 1), dt.date(2026, 5, 20), "Umeå",
    )  # fmt: skip
    assert app.contact == ContactPerson("Åsa Öberg", "asa@ica.se", "090-12 34 56")
    assert app.stage is Stage.APPLIED


def test_shape_2_english_commas_without_bom(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "jobs.csv",
        "Company,Job Title,Date Applied,Deadline,Location,Notes\n"
        "Spotify,Data Engineer,2026-04-02,,Stockholm,Referral from Kim\n"
        "Klarna,Backend Engineer,2026-04-03,2026-04-30,Stockholm,\n",
    )
    apps = _new(path)
    assert [(a.company, a.job_title, a.deadline) for a in apps] == [
        ("Spotify", "Data Engineer", None),
        ("Klarna", "Backend Engineer", dt.date(2026, 4, 30)),
    ]
    assert apps[0].notes == "Referral from Kim"


def test_shape_3_tabs_in_utf16_as_excel_unicode_text(tmp_path: Path) -> None:
    text = "Arbetsgivare\tBefattning\tDatum\r\nVolvo\tMontör\t2026-03-03\r\n"
    path = _write(tmp_path, "export.txt", text.encode("utf-16"))
    source = read_source(path)
    assert source.table is not None and source.table.delimiter == "\t"
    [app] = _new(path)
    assert (app.company, app.job_title, app.applied_on) == ("Volvo", "Montör", dt.date(2026, 3, 3))


def test_shape_4_windows_1252_from_an_older_excel(tmp_path: Path) -> None:
    text = "Företag;Tjänst;Sökt\r\nÅhléns;Butikssäljare;2026-02-02\r\n"
    path = _write(tmp_path, "gammal.csv", text.encode("cp1252"))
    [app] = _new(path)
    assert (app.company, app.job_title) == ("Åhléns", "Butikssäljare")


def test_shape_5_swedish_date_forms_in_one_column(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "datum.csv",
        "Företag;Tjänst;Sökt\n"
        "A;Kock;15/5/2026\nB;Kock;15/5-2026\nC;Kock;15.5.2026\n"
        "D;Kock;15 maj 2026\nE;Kock;20260515\n",
    )
    assert {a.applied_on for a in _new(path)} == {dt.date(2026, 5, 15)}


def test_shape_6_a_missing_date_column_makes_saved_ads(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "sparade.csv", "Företag;Tjänst;Annons\nSJ;Tågvärd;https://sj.se/jobb/1\n"
    )
    [app] = _new(path)
    assert (app.stage, app.applied_on, app.ad_url) == (Stage.SAVED, None, "https://sj.se/jobb/1")


def test_shape_7_bad_dates_are_reported_per_row(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "fel.csv",
        "Företag;Tjänst;Sökt;Sista ansökningsdag\n"
        "Bra AB;Städare;2026-05-01;2026-05-20\n"
        "Fel AB;Städare;igår;2026-05-20\n"
        "Halvfel AB;Städare;2026-05-02;30 februari 2026\n"
        "Årslös AB;Städare;15 maj;\n",
    )
    _ours, plan = _plan(path)
    assert [a.company for a in plan.merge.new] == ["Bra AB", "Halvfel AB"]
    assert plan.merge.new[1].deadline is None
    found = [(p.line, p.column, p.value, p.skipped) for p in plan.problems]
    assert found == [
        (3, "Sökt", "igår", True),
        (4, "Sista ansökningsdag", "30 februari 2026", False),
        (5, "Sökt", "15 maj", True),
    ]
    assert plan.problems[2].text() == "line 5, Sökt: '15 maj' has no year (row left out)"
    assert plan.problems[2].text("sv") == "rad 5, Sökt: '15 maj' saknar år (raden togs inte med)"
    assert plan.problems[1].text("sv").startswith("rad 4, Sista ansökningsdag: '30 februari")


def test_shape_8_quoted_separators_and_line_breaks(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "citat.csv",
        'Company,Job,Applied,Notes\n"Acme, Inc.","Dev, backend",2026-01-05,"line one\nline two"\n'
        "Globex,Tester,2026-01-06,\n",
    )
    apps = _new(path)
    assert (apps[0].company, apps[0].job_title, apps[0].notes) == (
        "Acme, Inc.", "Dev, backend", "line one\nline two",
    )  # fmt: skip
    assert apps[1].company == "Globex"


def test_shape_9_unknown_headers_and_a_mapping_chosen_by_the_user(tmp_path: Path) -> None:
    path = _write(tmp_path, "egen.csv", "Firma;Jobb;När;Vem\nBolaget AB;Snickare;2026-06-01;Per\n")
    source = read_source(path)
    assert source.mapping == [Column.IGNORE, Column.IGNORE, Column.IGNORE, Column.IGNORE]
    with pytest.raises(MappingError, match="Job and Company"):
        plan_import(Document(), source)
    mapping = [Column.COMPANY, Column.JOB_TITLE, Column.APPLIED_ON, Column.CONTACT_NAME]
    [app] = plan_import(Document(), source, mapping).merge.new
    assert (app.company, app.job_title, app.applied_on, app.contact.name) == (
        "Bolaget AB", "Snickare", dt.date(2026, 6, 1), "Per",
    )  # fmt: skip


def test_shape_10_stages_sources_and_two_note_columns(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "status.csv",
        "Företag;Tjänst;Sökt;Status;Källa;Kommentar;Anteckningar\n"
        "A AB;Lärare;2026-01-10;Intervju;Platsbanken;ringde;bra känsla\n"
        "B AB;Lärare;2026-01-11;Avslag;LinkedIn;;\n"
        "C AB;Lärare;2026-01-12;kanske;vet ej;;\n",
    )
    _ours, plan = _plan(path)
    a, b, c = plan.merge.new
    assert (a.stage, a.source, a.notes) == (
        Stage.INTERVIEW, Source.PLATSBANKEN, "Kommentar: ringde\nAnteckningar: bra känsla",
    )  # fmt: skip
    assert (b.stage, b.source) == (Stage.REJECTED, Source.LINKEDIN)
    assert (c.stage, c.source) == (Stage.APPLIED, Source.OTHER)
    [problem] = plan.problems
    assert (problem.line, problem.value, problem.skipped) == (4, "kanske", False)


def test_a_header_without_rows_imports_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, "tom.csv", "Företag;Tjänst;Sökt\n")
    _ours, plan = _plan(path)
    assert plan.is_empty and plan.problems == []


def test_rows_without_title_or_company_are_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "halv.csv", "Företag;Tjänst\n;Kock\nKrogen AB;\n")
    _ours, plan = _plan(path)
    assert plan.merge.new == []
    assert [(p.line, p.problem) for p in plan.problems] == [
        (2, "the company is empty"), (3, "the job title is empty"),
    ]  # fmt: skip


def test_the_guess_knows_our_own_export_headers_in_both_languages() -> None:
    from followup_gui.importers.exchange import CSV_COLUMNS

    for lang in LANGS:
        guess = guess_mapping(CSV_COLUMNS[lang])
        assert guess[:6] == [Column.ID, Column.JOB_TITLE, Column.COMPANY, Column.APPLIED_ON,
                             Column.DEADLINE, Column.STAGE]  # fmt: skip
        assert guess.count(Column.CONTACT_NAME) == 1  # "Kontakter" (a count) is not a person
        assert guess[-2:] == [Column.AD_URL, Column.NOTES]


@pytest.mark.parametrize(
    ("data", "says"),
    [(b"", "empty"), (b"just one column\nno separators\n", "no columns"),
     (b"\xff\xfe\x00\xd8", "not valid")],
)  # fmt: skip
def test_unreadable_tables_are_refused_with_a_reason(
    tmp_path: Path, data: bytes, says: str
) -> None:
    path = _write(tmp_path, "trasig.csv", data)
    with pytest.raises(ImportFileError, match=says):
        read_source(path)


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"does not exist|no such file"):
        read_source(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="folder"):
        read_source(tmp_path)


# ---- LinkedIn ------------------------------------------------------------------------


def test_linkedin_job_applications_csv(tmp_path: Path) -> None:
    path = _write(tmp_path, "Job Applications.csv", LINKEDIN_HEADER + LINKEDIN_ROWS)
    source = read_source(path)
    assert source.kind is ImportKind.LINKEDIN
    ours = Document()
    ours.profile.email = "ME@example.se"
    plan = plan_import(ours, source)
    acme, globex = plan.merge.new
    assert (acme.company, acme.job_title, acme.applied_on, acme.source, acme.stage) == (
        "Acme AB", "Lagerarbetare", dt.date(2024, 11, 20), Source.LINKEDIN, Stage.APPLIED,
    )  # fmt: skip
    assert acme.ad_url == "http://www.linkedin.com/jobs/view/4077276177"
    # "Contact Email/Phone" are what the user typed into Easy Apply: their own, never the
    # employer's contact (issue 23.3); what the profile lacks is offered for it
    assert acme.contact.email == ""
    assert acme.contact.phone == ""
    assert (plan.own_email, plan.own_phone) == ("", "+46 70 111 22 33")
    empty = plan_import(Document(), source)
    assert (empty.own_email, empty.own_phone) == ("me@example.se", "+46 70 111 22 33")
    assert all(not a.contact.email and not a.contact.phone for a in empty.merge.new)
    assert acme.notes == "Resume Name: CV 2024.pdf"
    assert globex.company == "Globex, Inc."
    assert globex.applied_on == dt.date(2025, 3, 7)
    assert "Question And Answers: Years of Python?: 6 | Visa?: No" in globex.notes


def test_linkedin_zip_with_split_files(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Connections.csv", "First Name,Last Name\nA,B\n")
        archive.writestr("Jobs/Job Applications_1.csv", LINKEDIN_HEADER + LINKEDIN_ROWS)
        archive.writestr(
            "Jobs/Job Applications_2.csv",
            LINKEDIN_HEADER + '"1/2/26, 9:00 AM",,,Initech,Analyst,'
            "http://www.linkedin.com/jobs/view/999002,r.pdf,\n",
        )
    path = _write(tmp_path, "Basic_LinkedInDataExport_11-28-2026.zip", buffer.getvalue())
    source = read_source(path)
    assert source.kind is ImportKind.LINKEDIN
    apps = plan_import(Document(), source).merge.new
    assert [a.company for a in apps] == ["Acme AB", "Globex, Inc.", "Initech"]
    assert apps[2].applied_on == dt.date(2026, 1, 2)


def test_a_zip_without_job_applications_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Connections.csv", "First Name,Last Name\nA,B\n")
    path = _write(tmp_path, "other.zip", buffer.getvalue())
    with pytest.raises(ImportFileError, match=r"neither Job Applications\.csv"):
        read_source(path)


def test_importing_the_same_linkedin_file_twice_changes_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, "Job Applications.csv", LINKEDIN_HEADER + LINKEDIN_ROWS)
    ours = Document()
    first = plan_import(ours, read_source(path))
    assert apply_import(ours, first) == 2
    again = plan_import(ours, read_source(path))
    assert again.is_empty and len(again.merge.identical) == 2


def test_a_row_matches_an_application_by_its_ad_link_and_keeps_what_the_file_lacks(
    tmp_path: Path,
) -> None:
    mine = Application(
        "own1", "Lagerarbetare", "Acme AB", dt.date(2024, 11, 19),
        ad_url="http://www.linkedin.com/jobs/view/4077276177", notes="ringde HR",
    )  # fmt: skip
    mine.contact.name = "Eva"
    ours = Document(applications=[mine])
    path = _write(tmp_path, "Job Applications.csv", LINKEDIN_HEADER + LINKEDIN_ROWS)
    plan = plan_import(ours, read_source(path))
    [(before, after)] = plan.merge.changed
    assert before is mine and after.id == "own1"
    assert after.applied_on == dt.date(2024, 11, 20)
    assert after.contact.name == "Eva"  # the file has no contact name: kept
    assert len(plan.merge.new) == 1


# ---- our own files ---------------------------------------------------------------------


def _our_applications() -> list[Application]:
    first = Application(
        "a1", "Säljare", "Ica AB", dt.date(2026, 5, 1), deadline=dt.date(2026, 5, 20),
        ad_url="https://arbetsformedlingen.se/platsbanken/annonser/123456",
        notes="Skrev brev; ringde 3 maj\nandra raden, med komma",
    )  # fmt: skip
    first.contact = ContactPerson("Åsa Öberg", "asa@ica.se", "090-12 34 56")
    return [
        first,
        Application("a2", "Backend Engineer", "Klarna", dt.date(2026, 4, 3), stage=Stage.INTERVIEW),
        Application("a3", "Lärare", "Umeå kommun", dt.date(2026, 3, 1), stage=Stage.REJECTED),
    ]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_our_csv_export_imports_back_to_the_same_applications(tmp_path: Path, lang: str) -> None:
    document = Document(applications=_our_applications())
    data = to_csv(document, dt.datetime(2026, 5, 2, 9, 0), lang)  # type: ignore[arg-type]
    path = _write(tmp_path, f"export-{lang}.csv", data)
    assert plan_import(document, read_source(path)).merge.identical == document.applications
    empty = Document()
    plan = plan_import(empty, read_source(path))
    assert plan.problems == []
    assert plan.merge.new == document.applications


def test_cells_made_safe_for_spreadsheets_come_back_as_they_were(tmp_path: Path) -> None:
    app = Application(
        "f1", "=HYPERLINK(\"http://x\")", "+Plus AB", dt.date(2026, 5, 1),
        notes="- ringde HR\n@anna svarade", ad_url="https://example.se/jobb?id=1",
    )  # fmt: skip
    app.contact = ContactPerson("Anna", "", "+46 70 123 45 67")
    document = Document(applications=[app])
    data = to_csv(document, dt.datetime(2026, 5, 2, 9, 0), "sv")
    assert "'=HYPERLINK" in data and "'+Plus AB" in data  # the export guards them
    path = _write(tmp_path, "export.csv", data)
    assert plan_import(document, read_source(path)).merge.identical == [app]


def test_our_csv_changes_only_what_it_carries(tmp_path: Path) -> None:
    document = Document(applications=_our_applications())
    data = to_csv(document, dt.datetime(2026, 5, 2, 9, 0), "sv").replace("Klarna", "Klarna Bank")
    path = _write(tmp_path, "export.csv", data)
    from followup_gui.model import Interview, Moment

    document.applications[1].interviews.append(Interview(Moment.of_date(dt.date(2026, 4, 20))))
    [(before, after)] = plan_import(document, read_source(path)).merge.changed
    assert after.company == "Klarna Bank" and after.interviews == before.interviews


def test_our_json_store_merges_by_id(tmp_path: Path) -> None:
    theirs = Document(applications=_our_applications()[:3])
    path = tmp_path / "other.json"
    store.save(theirs, path)
    ours = Document(applications=copy.deepcopy(theirs.applications[:2]))
    ours.applications[1].company = "Klarna AB"
    source = read_source(path)
    assert source.kind is ImportKind.STORE
    plan = plan_import(ours, source)
    assert [a.id for a in plan.merge.new] == ["a3"]
    assert [theirs.id for _mine, theirs in plan.merge.changed] == ["a2"]
    assert [a.id for a in plan.merge.identical] == ["a1"]
    assert apply_import(ours, plan, chosen={"a3"}) == 1
    assert [a.company for a in ours.applications] == ["Ica AB", "Klarna AB", "Umeå kommun"]


def test_a_broken_json_store_is_refused_with_the_store_message(tmp_path: Path) -> None:
    path = _write(tmp_path, "trasig.json", '{"format": "followup-gui", "schema_version": 1, ')
    with pytest.raises(ImportFileError, match="not valid JSON"):
        read_source(path)
