"""Dates and times as a person types them into a field: one reader for every field.

A date field takes ``2026-12-09``, ``20261209``, ``9/12``, ``9/12 2026``, ``9.12.2026``,
``9 dec``, ``9 december 2026``, ``December 9, 2026``, ``onsdag 9 december`` (Swedish and
English month and weekday names), and the words ``idag``/``today``, ``igår``/``yesterday``,
``imorgon``/``tomorrow``. A numeric date without a year is day first, as in Sweden. A date
without a year is the one nearest the reference day (the field shows the whole date, and that
its year was guessed).

A regular expression first says which shape the text has (a piece that is not one of these
shapes is refused, never half-read); dateutil's parser then reads it with Swedish and English
names, with the order of day, month and year that the shape says; the result is checked
against the numbers typed, so a reading that differs from them is refused too (dateutil reads
``2026-12-09`` as 12 September when told ``dayfirst``: the check is what keeps such a thing
from ever reaching a field). Nothing here raises: what cannot be read gives ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar, Final, NamedTuple

from dateutil import parser as _dateutil
from dateutil.relativedelta import relativedelta

from ..i18n import MONTH_NUMBERS

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "TypedDate",
    "add_months",
    "read_typed_date",
    "read_typed_time",
]


class _Names(_dateutil.parserinfo):  # type: ignore[misc]  # dateutil has no types
    """Swedish and English month and weekday names for dateutil's parser."""

    JUMP: ClassVar[list[str]] = [*_dateutil.parserinfo.JUMP, "den", "the"]
    MONTHS: ClassVar[list[tuple[str, ...]]] = [
        tuple(name for name, number in MONTH_NUMBERS.items() if number == month)
        for month in range(1, 13)
    ]
    WEEKDAYS: ClassVar[list[tuple[str, ...]]] = [
        ("mån", "måndag", "mon", "monday"),
        ("tis", "tisdag", "tue", "tues", "tuesday"),
        ("ons", "onsdag", "wed", "wednesday"),
        ("tor", "tors", "torsdag", "thu", "thur", "thurs", "thursday"),
        ("fre", "fredag", "fri", "friday"),
        ("lör", "lördag", "sat", "saturday"),
        ("sön", "söndag", "sun", "sunday"),
    ]


_DAY_FIRST: Final = _Names(dayfirst=True)
_YEAR_FIRST: Final = _Names(dayfirst=False, yearfirst=True)
_MONTH_NUMBER: Final = {
    name: number for number, names in enumerate(_Names.MONTHS, 1) for name in names
}
_WEEKDAY_WORDS: Final = {name for names in _Names.WEEKDAYS for name in names}
_MONTH_ALT: Final = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))

_YMD: Final = re.compile(r"(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})")
_COMPACT: Final = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
# 9/12, 9.12, 9-12, 9/12/2026, 9/12-26, 9.12.2026, 9/12 2026
_DMY: Final = re.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:(?:[/.-]|\s)(?P<y>\d{4}|\d{2}))?")
_D_MON_Y: Final = re.compile(
    rf"(?P<d>\d{{1,2}})(?::[ae]|st|nd|rd|th)?\.?\s?(?:of\s)?(?P<mon>{_MONTH_ALT})\.?(?:,?\s(?P<y>\d{{4}}))?"
)
_MON_D_Y: Final = re.compile(
    rf"(?P<mon>{_MONTH_ALT})\.?\s?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s(?P<y>\d{{4}}))?"
)
_RELATIVE: Final = {
    "idag": 0, "i dag": 0, "today": 0,
    "igår": -1, "i går": -1, "yesterday": -1,
    "imorgon": 1, "i morgon": 1, "imorrn": 1, "tomorrow": 1,
}  # fmt: skip
FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 2199
"""A typed year outside these is refused: no application is that old or that far ahead."""
_LONGEST: Final = 60
"""Longer text is no date anyone typed into a date field."""


class TypedDate(NamedTuple):
    """What a date field understood: the day, and whether its year was guessed."""

    day: dt.date
    year_guessed: bool = False


def _clean(text: str) -> str:
    low = " ".join(text.lower().replace(",", ", ").split()).replace(" ,", ",")
    low = low.strip(" ,")
    words = low.split(" ")
    # a weekday in front ("onsdag 9 december", "Wed, Dec 9") says nothing the date does not
    if len(words) > 1 and words[0].rstrip(",.") in _WEEKDAY_WORDS:
        low = " ".join(words[1:]).lstrip(", ")
    if low.startswith("den "):
        low = low[4:]
    return low.rstrip(".").strip()


def _full_year(raw: str | None) -> int | None:
    if raw is None:
        return None
    return 2000 + int(raw) if len(raw) == 2 else int(raw)


def _nearest(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date ``day``/``month`` nearest ``reference`` (a later one wins a tie)."""
    best: dt.date | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February outside a leap year, or no such year
            continue
        if best is None or abs((candidate - reference).days) <= abs((best - reference).days):
            best = candidate
    return best


def _shape(low: str) -> tuple[int | None, int, int, _Names] | None:
    """(year or None, month, day) as typed, and the parser options that read that order."""
    for pattern, info in ((_YMD, _YEAR_FIRST), (_COMPACT, _YEAR_FIRST), (_DMY, _DAY_FIRST)):
        if m := pattern.fullmatch(low):
            return _full_year(m["y"]), int(m["m"]), int(m["d"]), info
    for pattern in (_D_MON_Y, _MON_D_Y):
        if m := pattern.fullmatch(low):
            return _full_year(m["y"]), _MONTH_NUMBER[m["mon"]], int(m["d"]), _DAY_FIRST
    return None


def read_typed_date(text: str, reference: dt.date) -> TypedDate | None:
    """The date typed in ``text``, or None when it is not one (never a guess at the shape).

    ``reference`` is today: it gives the words "today"/"yesterday"/"tomorrow" their day and
    a date typed without a year its year (the nearest such date).
    """
    low = _clean(text)
    if not low or len(low) > _LONGEST:
        return None
    if low in _RELATIVE:
        try:
            return TypedDate(reference + dt.timedelta(days=_RELATIVE[low]))
        except OverflowError:
            return None
    shape = _shape(low)
    if shape is None:
        return None
    year, month, day, info = shape
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        return None  # 0026 or 20226 is a slip of the finger, not a year
    # The parser fills what is not typed from ``default``: a leap year, so 29 February
    # without a year is read and then placed in the nearest year that has one.
    # Numbers are handed over with a four-digit year, so the parser never has to guess a
    # century; month names are handed over as typed, for the parser's names to read.
    if info is _YEAR_FIRST:
        piece = f"{year:04d}-{month:02d}-{day:02d}"
    elif low[0].isdigit() and low[-1].isdigit() and not re.search(r"[a-zåäö]", low):
        piece = f"{day}/{month}" + ("" if year is None else f"/{year:04d}")
    else:  # "9:e december", "9th of December": the parser wants the bare number
        piece = re.sub(r"(\d)(?::[ae]|st|nd|rd|th)\b", r"\1", low)
    try:
        read = _dateutil.parse(piece, parserinfo=info, default=dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    if (read.month, read.day) != (month, day) or (year is not None and read.year != year):
        return None  # dateutil read something else than what was typed: refuse it
    if year is not None:
        return TypedDate(read)
    guessed = _nearest(month, day, reference)
    return None if guessed is None else TypedDate(guessed, year_guessed=True)


_TIME: Final = re.compile(
    r"(?:kl\.?\s?|at\s)?(?P<h>\d{1,2})(?:[:.]?(?P<m>\d{2}))?(?:\s?(?P<ampm>am|pm|a\.m\.|p\.m\.))?"
)


def read_typed_time(text: str) -> dt.time | None:
    """The time of day typed in ``text`` (``14:30``, ``14.30``, ``1430``, ``kl 14``,
    ``2 pm``), or None when it is not one."""
    low = " ".join(text.lower().split())
    m = _TIME.fullmatch(low)
    if m is None:
        return None
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def add_months(day: dt.date, months: int) -> dt.date | None:
    """``day`` moved by whole months, kept in the month it lands in (31 January + 1 month is
    28 or 29 February); None beyond the calendar's ends."""
    try:
        moved: dt.date = day + relativedelta(months=months)
    except (ValueError, OverflowError):
        return None
    return moved
