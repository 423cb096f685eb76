"""Working days: our Swedish table agrees with the holidays package, year by year."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_gui.rules import workdays


@pytest.mark.parametrize("year", range(workdays.SWEDISH_RULES_FROM, 2081))
def test_swedish_days_off_match_the_holidays_package(year: int) -> None:
    package = holidays.country_holidays(
        "SE", categories=("public", "de_facto"), language="sv", years=year
    )
    theirs = {day for day in package if day.weekday() < 5}
    ours = {day for day in workdays.swedish_days_off(year) if day.weekday() < 5}
    assert ours == theirs
    for day in ours:
        assert workdays.swedish_days_off(year)[day] in package.get_list(day)


def test_easter() -> None:
    assert workdays.easter_sunday(2026) == dt.date(2026, 4, 5)
    assert workdays.easter_sunday(2025) == dt.date(2025, 4, 20)
    assert workdays.easter_sunday(2038) == dt.date(2038, 4, 25)


def test_working_day_arithmetic() -> None:
    friday_before_midsummer = dt.date(2026, 6, 18)  # Thursday; 19 June is Midsommarafton
    assert workdays.add_working_days(friday_before_midsummer, 1) == dt.date(2026, 6, 22)
    assert workdays.next_working_day(dt.date(2026, 12, 24)) == dt.date(2026, 12, 28)
    assert workdays.holiday_name(dt.date(2026, 6, 19)) == "Midsommarafton"
    assert workdays.holiday_name(dt.date(2026, 6, 18)) is None
    with pytest.raises(ValueError, match="at least 1"):
        workdays.add_working_days(friday_before_midsummer, 0)


def test_other_countries_and_old_years_use_the_package() -> None:
    assert not workdays.is_working_day(dt.date(2004, 5, 31))  # Annandag pingst until 2004
    try:
        workdays.set_country("NO")
        assert not workdays.is_working_day(dt.date(2026, 5, 17))  # Sunday anyway
        assert not workdays.is_working_day(dt.date(2026, 12, 25))
        assert workdays.is_working_day(dt.date(2026, 6, 19))  # no Midsommarafton in Norway
    finally:
        workdays.set_country("SE")
    assert not workdays.is_working_day(dt.date(2026, 6, 19))


def test_the_core_does_not_import_holidays_for_swedish_dates() -> None:
    import subprocess
    import sys

    code = (
        "import sys, datetime as dt\n"
        "from followup_gui.rules import workdays\n"
        "workdays.add_working_days(dt.date(2026, 6, 18), 5)\n"
        "assert 'holidays' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def _walked(day: dt.date, n: int) -> dt.date:
    """add_working_days as it was written first: a day at a time."""
    while n:
        day += dt.timedelta(days=1)
        if workdays.is_working_day(day):
            n -= 1
    return day


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)),
    n=st.integers(min_value=1, max_value=600),  # up to two years and more on
)
@settings(max_examples=300)
def test_adding_working_days_is_walking_them(day: dt.date, n: int) -> None:
    assert workdays.add_working_days(day, n) == _walked(day, n)


@pytest.mark.parametrize("country", ["NO", "US"])
def test_adding_working_days_follows_the_country(country: str) -> None:
    before = workdays.country()
    workdays.set_country(country)
    try:
        for day in (dt.date(2026, 12, 20), dt.date(2027, 5, 14), dt.date(2026, 7, 1)):
            for n in (1, 5, 15, 260):
                assert workdays.add_working_days(day, n) == _walked(day, n)
    finally:
        workdays.set_country(before)
    assert workdays.add_working_days(dt.date(2026, 12, 23), 1) == dt.date(2026, 12, 28)


def test_adding_working_days_past_the_last_date_overflows() -> None:
    with pytest.raises(OverflowError):
        workdays.add_working_days(dt.date(9999, 12, 30), 5)
