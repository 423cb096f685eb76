"""Language choice and date wording for texts the core writes (rule reasons, messages).

The Qt side translates its own widgets with Qt's translation system; texts that the
core produces (and the command line prints) come from here, in Swedish or English.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Literal

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = ("sv", "en")

_WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS: dict[Lang, tuple[str, ...]] = {
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def as_lang(value: str | None) -> Lang:
    """Swedish for anything that starts with ``sv``, English otherwise."""
    return "sv" if value and value.lower().startswith("sv") else "en"


def system_language() -> Lang:
    """The user's language from the environment: Swedish for ``sv_*``, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return as_lang(value.split(":")[0])
    if os.name == "nt":  # pragma: no cover - Windows has no LANG by default
        import locale  # noqa: PLC0415

        return as_lang(locale.getlocale()[0])
    return "en"


_SHORT_MONTHS: dict[Lang, tuple[str, ...]] = {
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def csv_delimiter(lang: Lang) -> str:
    """``;`` for Swedish spreadsheets, where ``,`` is the decimal sign; ``,`` otherwise."""
    return ";" if lang == "sv" else ","


def weekday_name(day: dt.date, lang: Lang) -> str:
    return _WEEKDAYS[lang][day.weekday()]


def month_name(month: int, lang: Lang) -> str:
    return _MONTHS[lang][month - 1]


def format_date(
    day: dt.date, lang: Lang, *, ref_year: int | None = None, weekday: bool = True
) -> str:
    """ "fredag 15 maj" / "Friday 15 May"; the year is added when it is not ``ref_year``."""
    text = f"{day.day} {month_name(day.month, lang)}"
    if ref_year is None or day.year != ref_year:
        text += f" {day.year}"
    if weekday:
        text = f"{weekday_name(day, lang)} {text}"
    return text


def format_short_date(day: dt.date, lang: Lang, *, ref_year: int | None = None) -> str:
    """ "15 maj", "3 nov 2025": compact, for tables; the year only when not ``ref_year``."""
    text = f"{day.day} {_SHORT_MONTHS[lang][day.month - 1]}"
    if ref_year is None or day.year != ref_year:
        text += f" {day.year}"
    return text


def format_time(moment: dt.datetime, lang: Lang) -> str:
    """ "10.00" in Swedish, "10:00" in English."""
    sep = "." if lang == "sv" else ":"
    return f"{moment.hour:02d}{sep}{moment.minute:02d}"


def format_datetime(moment: dt.datetime, lang: Lang, *, ref_year: int | None = None) -> str:
    """ "tisdag 22 juni kl. 10.00" / "Tuesday 22 June at 10:00"."""
    day = format_date(moment.date(), lang, ref_year=ref_year)
    joiner = "kl." if lang == "sv" else "at"
    return f"{day} {joiner} {format_time(moment, lang)}"
