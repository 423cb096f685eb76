"""Working days: Monday to Friday that are not days off in the configured country.

Days off are the ``holidays`` package's categories ``public`` and ``de_facto`` (for
Sweden that adds Midsommarafton, Julafton and Nyårsafton, see RULES.md "Calendar").
The package is imported and its tables built on first use only, so that start-up does
not pay for them, and every answer is cached.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

DEFAULT_COUNTRY = "SE"
_CATEGORIES = ("public", "de_facto")

_country = DEFAULT_COUNTRY


def set_country(country: str) -> None:
    """Use another country's days off (ISO 3166 code understood by ``holidays``)."""
    global _country  # noqa: PLW0603 - one process-wide setting, like a locale
    if country != _country:
        _country = country
        is_working_day.cache_clear()


def country() -> str:
    return _country


@functools.cache
def _calendar(country: str) -> Any:
    import holidays  # noqa: PLC0415 - deferred: ~0.1 s that the first paint must not pay

    language = "sv" if country == "SE" else None
    try:
        return holidays.country_holidays(country, categories=_CATEGORIES, language=language)
    except NotImplementedError:  # a country without a de_facto category
        return holidays.country_holidays(country, language=language)


def holiday_name(day: dt.date) -> str | None:
    """The name of the day off on ``day`` (Swedish for Sweden), or None."""
    name = _calendar(_country).get(day)
    return str(name) if name else None


@functools.lru_cache(maxsize=8192)
def is_working_day(day: dt.date) -> bool:
    if day.weekday() >= 5:
        return False
    return day not in _calendar(_country)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def add_working_days(day: dt.date, n: int) -> dt.date:
    """The n-th working day strictly after ``day`` (n >= 1)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    while n:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            n -= 1
    return day


def last_working_day_of_week(year: int, week: int) -> dt.date:
    """The last working day of ISO week ``week`` ("vecka 23" in an ad).

    Falls back to the week's Friday if the whole week is off (never in Sweden).
    """
    for weekday in range(5, 0, -1):
        day = dt.date.fromisocalendar(year, week, weekday)
        if is_working_day(day):
            return day
    return dt.date.fromisocalendar(year, week, 5)
