"""Dates as people write them in Swedish and English text: month names, a day without a
year, a week number. Shared by the readers of ads and of employers' replies.

Only the standard library is imported here: the holiday calendar behind a week's last
working day (``workdays``) is loaded only when a text actually names a week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final

from ..i18n import MONTH_NUMBERS

__all__ = ["MONTHS", "MONTH_ALT", "day_on_or_after", "week_end"]

MONTHS: Final[Mapping[str, int]] = MONTH_NUMBERS
MONTH_ALT: Final = "|".join(sorted(MONTHS, key=len, reverse=True))


def day_on_or_after(month: int, day: int, year: int | None, reference: dt.date) -> dt.date | None:
    """The written day, or (no year given) the next such day on or after ``reference``."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None:
        if not 1900 <= year <= 2199:
            return None
        try:
            return dt.date(year, month, day)
        except ValueError:  # 31/2
            return None
    for candidate_year in range(reference.year, reference.year + 9):  # 9 years: 29 Feb
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate >= reference:
            return candidate
    return None


def week_end(week: int, year: int | None, reference: dt.date) -> dt.date | None:
    """Last working day of ISO week ``week``; without a year the next such on/after reference."""
    if not 1 <= week <= 53:
        return None
    from followup_gui.rules import workdays  # noqa: PLC0415 - keeps this module stdlib-only at import

    if year is not None:
        if not 1900 <= year <= 2199:
            return None
        try:
            return workdays.last_working_day_of_week(year, week)
        except ValueError:  # week 53 in a year that has 52
            return None
    first_year = reference.isocalendar().year
    for candidate_year in range(first_year, first_year + 7):
        try:
            candidate = workdays.last_working_day_of_week(candidate_year, week)
        except ValueError:
            continue
        if candidate >= reference:
            return candidate
    return None
