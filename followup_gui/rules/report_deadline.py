"""When the activity report is due: the month now due, its last day, the reminder days.

RULES.md "The activity report": the report for month M is due from the 1st to the 14th of
M+1 (the next working day when the 14th is not one); from the 1st of M+1 until M is marked
reported, M is the month now due. These are rules of the calendar, so they live with the
other rules; :mod:`followup_gui.reports.report` collects the report's rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ..i18n import Lang, month_name
from ..model import Document, ReportedMonth
from .workdays import next_working_day

Month = tuple[int, int]
"""(year, month)"""

_MONTH_RE = re.compile(r"(\d{4})-(\d{1,2})")
LAST_DAY_OF_MONTH_AFTER = 14
"""The report for M must be in by the 14th of M+1 (the next working day when it is not one)."""
SECOND_REMINDER_DAYS = 3
"""The second reminder comes this many days before the last day."""


# --------------------------------------------------------------------------- months


def parse_month(text: str) -> Month:
    """ "2026-11" → (2026, 11); ValueError with a readable message otherwise."""
    match = _MONTH_RE.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"'{text}' is not a month like 2026-11")
    return int(match.group(1)), int(match.group(2))


def month_key(month: Month) -> str:
    """(2026, 11) → "2026-11", as ``reported_months`` keeps it."""
    return f"{month[0]:04d}-{month[1]:02d}"


def month_of(day: dt.date) -> Month:
    return day.year, day.month


def next_month(month: Month) -> Month:
    year, number = month
    return (year, number + 1) if number < 12 else (year + 1, 1)


def previous_month(month: Month) -> Month:
    year, number = month
    return (year, number - 1) if number > 1 else (year - 1, 12)


def previous_months(today: dt.date, count: int) -> list[Month]:
    """``today``'s month and the ``count - 1`` before it, newest first."""
    months = [month_of(today)]
    while len(months) < count:
        months.append(previous_month(months[-1]))
    return months


def month_title(month: Month, lang: Lang) -> str:
    """ "november 2026" / "November 2026"."""
    return f"{month_name(month[1], lang)} {month[0]}"


def last_day(month: Month) -> dt.date:
    """The last day to send the report for ``month``: the 14th of the month after, or the
    next working day when the 14th is not one (as the unemployment funds count it)."""
    year, number = next_month(month)
    return next_working_day(dt.date(year, number, LAST_DAY_OF_MONTH_AFTER))


def first_day_to_report(month: Month) -> dt.date:
    """The 1st of the month after: the report can be sent from then."""
    year, number = next_month(month)
    return dt.date(year, number, 1)


def reminder_days(month: Month) -> tuple[dt.date, dt.date]:
    """The days to remind the user of ``month``'s report: the 1st of the month after, and
    three days before the last day."""
    return first_day_to_report(month), last_day(month) - dt.timedelta(days=SECOND_REMINDER_DAYS)


def _reported(reported: Document | Iterable[ReportedMonth | str]) -> set[str]:
    entries = reported.reported_months if isinstance(reported, Document) else reported
    return {entry if isinstance(entry, str) else entry.month for entry in entries}


def due_month(today: dt.date, reported: Document | Iterable[ReportedMonth | str]) -> Month:
    """The month now due (RULES.md): last month from the 1st until it is marked reported,
    otherwise this month (still being collected)."""
    last = previous_month(month_of(today))
    return month_of(today) if month_key(last) in _reported(reported) else last


def is_open(
    month: Month, today: dt.date, reported: Document | Iterable[ReportedMonth | str]
) -> bool:
    """Whether ``month``'s report can and should be sent now: the month is over and it is not
    marked reported (a late report is still owed)."""
    return first_day_to_report(month) <= today and month_key(month) not in _reported(reported)
