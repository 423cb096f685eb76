"""Dates as people type them in spreadsheets: ISO, the common Swedish forms, LinkedIn's.

Swedish spreadsheets write ``2026-05-15`` (ISO, the Swedish standard), ``15/5/2026``,
``15/5-2026``, ``15.5.2026``, ``15 maj 2026`` or ``20260515``; LinkedIn's export writes
``11/20/24, 8:15 AM`` (month first). A time after the date is ignored. A date without a
year is refused: a spreadsheet row may be years old, and guessing the year would be wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from ..i18n import MONTH_NUMBERS
from ..store.limits import FIRST_DAY, LAST_DAY

__all__ = ["DateError", "parse_day"]

_MONTHS: Final = MONTH_NUMBERS

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[t ,]\s*\S.*)")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
# 15/5/2026, 15/5-2026, 15.5.2026, 15-5-2026, 15/5 2026, 15/5/26; optional time after it
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-]|\s+)(\d{2}|\d{4})(?:$|[,\s]\s*\S.*)")
_WORDS_DAY_FIRST = re.compile(
    r"(?:den\s+)?(\d{1,2})(?::[ae])?\.?\s+([a-zåäö]+)\.?,?\s+(\d{4})(?:$|\s.*)"
)
_WORDS_MONTH_FIRST = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:$|\s.*)")


class DateError(ValueError):
    """Not a date; ``str()`` says why in English, ``sv`` in Swedish."""

    def __init__(self, en: str, sv: str) -> None:
        super().__init__(en)
        self.sv = sv


def _year(raw: str) -> int:
    value = int(raw)
    return 2000 + value if len(raw) == 2 else value


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        made = dt.date(year, month, day)
    except ValueError:
        raise DateError(
            f"{text!r} is not a real date", f"{text!r} är inget riktigt datum"
        ) from None
    if not FIRST_DAY <= made <= LAST_DAY:  # what the store keeps
        raise DateError(
            f"{text!r} is outside the years {FIRST_DAY.year}-{LAST_DAY.year} this app keeps",
            f"{text!r} ligger utanför åren {FIRST_DAY.year}–{LAST_DAY.year} som appen sparar",
        )
    return made


def parse_day(text: str, *, month_first: bool = False) -> dt.date:
    """The day written in ``text``; :class:`DateError` with a short reason otherwise.

    ``month_first`` reads ``11/20/24`` as 20 November (LinkedIn, American); by default a
    numeric date is day first, as in Sweden.
    """
    raw = text.strip()
    low = raw.lower()
    if not low:
        raise DateError("the date is empty", "datumet är tomt")
    if m := _ISO.fullmatch(low):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _COMPACT.fullmatch(low):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _NUMERIC.fullmatch(low):
        first, second = int(m[1]), int(m[2])
        day, month = (second, first) if month_first else (first, second)
        return _make(_year(m[3]), month, day, raw)
    if (m := _WORDS_DAY_FIRST.fullmatch(low)) and m[2] in _MONTHS:
        return _make(int(m[3]), _MONTHS[m[2]], int(m[1]), raw)
    if (m := _WORDS_MONTH_FIRST.fullmatch(low)) and m[1] in _MONTHS:
        return _make(int(m[3]), _MONTHS[m[1]], int(m[2]), raw)
    if re.fullmatch(r"\d{1,2}[/.]\d{1,2}\.?|\d{1,2}\s+[a-zåäö]+", low):
        raise DateError(f"{raw!r} has no year", f"{raw!r} saknar år")
    raise DateError(
        f"{raw!r} is not a date like 2026-05-15 or 15/5/2026",
        f"{raw!r} är inget datum som 2026-05-15 eller 15/5/2026",
    )
