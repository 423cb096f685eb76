"""Issue 23.1: one reader for every typed date and time (followup_gui.reading.typed_dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_gui.i18n import format_date
from followup_gui.reading.typed_dates import (
    FIRST_YEAR,
    LAST_YEAR,
    TypedDate,
    add_months,
    read_typed_date,
    read_typed_time,
)

TODAY = dt.date(2026, 11, 20)
DEC_9 = dt.date(2026, 12, 9)


@pytest.mark.parametrize(
    "typed",
    [
        "2026-12-09",
        "20261209",
        "2026/12/09",
        "2026.12.9",
        "9 december 2026",
        "9 dec 2026",
        "9 DEC. 2026",
        "onsdag 9 december 2026",
        "den 9 december 2026",
        "9:e december 2026",
        "December 9, 2026",
        "Dec 9 2026",
        "Wednesday, December 9, 2026",
        "9th of December 2026",
        "9/12/2026",
        "9/12-26",
        "9.12.2026",
        "9/12 2026",
        "  9 december 2026  ",
    ],
)
def test_a_date_with_its_year(typed: str) -> None:
    assert read_typed_date(typed, TODAY) == TypedDate(DEC_9)


@pytest.mark.parametrize("typed", ["9/12", "9.12", "9 dec", "9 december", "Dec 9", "onsdag 9 dec"])
def test_a_date_without_a_year_is_the_nearest_and_says_its_year_was_guessed(typed: str) -> None:
    assert read_typed_date(typed, TODAY) == TypedDate(DEC_9, year_guessed=True)
    # in January, "9/12" is last December, not eleven months ahead
    assert read_typed_date(typed, dt.date(2027, 1, 10)) == TypedDate(DEC_9, year_guessed=True)


def test_swedish_and_english_month_names() -> None:
    assert read_typed_date("3 maj 2027", TODAY) == TypedDate(dt.date(2027, 5, 3))
    assert read_typed_date("3 May 2027", TODAY) == TypedDate(dt.date(2027, 5, 3))
    assert read_typed_date("1 okt 2026", TODAY) == TypedDate(dt.date(2026, 10, 1))
    assert read_typed_date("1 Oct 2026", TODAY) == TypedDate(dt.date(2026, 10, 1))
    assert read_typed_date("14 mars 2026", TODAY) == TypedDate(dt.date(2026, 3, 14))


def test_today_tomorrow_yesterday() -> None:
    assert read_typed_date("idag", TODAY) == TypedDate(TODAY)
    assert read_typed_date("i morgon", TODAY) == TypedDate(TODAY + dt.timedelta(days=1))
    assert read_typed_date("yesterday", TODAY) == TypedDate(TODAY - dt.timedelta(days=1))


@pytest.mark.parametrize(
    "typed",
    ["", "12", "dec", "2026-13-01", "2026-02-30", "31/2", "32/12", "9 decx", "9/12/0026",
     "2026-12", "202612", "2026120", "twelve", "9 december 2026 och 10 december 2026",
     "0000-01-01", "99999-01-01"],
)  # fmt: skip
def test_what_is_not_a_date_is_refused_never_guessed(typed: str) -> None:
    assert read_typed_date(typed, TODAY) is None


def test_iso_is_never_read_day_first() -> None:
    """dateutil with dayfirst reads 2026-12-09 as 12 September: the reader must not."""
    assert read_typed_date("2026-03-12", TODAY) == TypedDate(dt.date(2026, 3, 12))
    assert read_typed_date("20250930", TODAY) == TypedDate(dt.date(2025, 9, 30))


days = st.dates(dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31))
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]  # fmt: skip


@given(day=days, today=days)
def test_every_written_form_reads_back_as_the_same_day(day: dt.date, today: dt.date) -> None:
    forms = [
        day.isoformat(),
        day.strftime("%Y%m%d"),
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day}.{day.month}.{day.year}",
        f"{day.day} {SV_MONTHS[day.month - 1]} {day.year}",
        f"{day.day} {day.strftime('%B')} {day.year}",
        f"{day.strftime('%b')} {day.day}, {day.year}",
        format_date(day, "sv"),
        format_date(day, "en"),
    ]
    for form in forms:
        assert read_typed_date(form, today) == TypedDate(day), form


@given(day=days.filter(lambda d: (d.month, d.day) != (2, 29)), today=days)
def test_a_year_less_date_is_within_half_a_year_or_so(day: dt.date, today: dt.date) -> None:
    typed = read_typed_date(f"{day.day}/{day.month}", today)
    if typed is None:  # only at the calendar's very ends
        assert today.year in (1, 9999) or not FIRST_YEAR <= today.year <= LAST_YEAR
        return
    assert typed.year_guessed
    assert (typed.day.month, typed.day.day) == (day.month, day.day)
    assert abs((typed.day - today).days) <= 184


@given(text=st.text(max_size=40), today=st.dates())
def test_the_reader_never_raises(text: str, today: dt.date) -> None:
    typed = read_typed_date(text, today)
    assert typed is None or isinstance(typed.day, dt.date)
    assert read_typed_time(text) is None or isinstance(read_typed_time(text), dt.time)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("14:30", dt.time(14, 30)), ("14.30", dt.time(14, 30)), ("1430", dt.time(14, 30)),
     ("kl 14", dt.time(14)), ("kl. 9.05", dt.time(9, 5)), ("2 pm", dt.time(14)),
     ("12 am", dt.time(0)), ("9", dt.time(9))],
)  # fmt: skip
def test_times(typed: str, expected: dt.time) -> None:
    assert read_typed_time(typed) == expected


@pytest.mark.parametrize("typed", ["", "24:00", "14:60", "13 pm", "half past two", "1:3"])
def test_what_is_not_a_time_is_refused(typed: str) -> None:
    assert read_typed_time(typed) is None


@given(moment=st.times())
def test_every_time_reads_back(moment: dt.time) -> None:
    whole = moment.replace(second=0, microsecond=0)
    for form in (whole.strftime("%H:%M"), whole.strftime("%H.%M"), whole.strftime("%H%M")):
        assert read_typed_time(form) == whole


def test_add_months_keeps_the_day_in_the_month() -> None:
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 12, 9), -1) == dt.date(2026, 11, 9)
    assert add_months(dt.date(9999, 12, 1), 1) is None
