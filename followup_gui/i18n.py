"""Language choice and date wording for texts the core writes (rule reasons, messages).

The Qt side translates its own widgets with Qt's translation system; texts that the
core produces (and the command line prints) come from here, in Swedish or English.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final, Literal

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
    """Swedish for anything that names Swedish (``sv``, ``sv_SE.UTF-8``, ``sv-FI``, and
    Windows' ``Swedish_Sweden.1252``), English otherwise."""
    word = (value or "").strip().lower()
    return "sv" if word.startswith(("sv", "swedish")) else "en"


_POSIX_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
LANG_SWEDISH = 0x1D
"""Windows' primary language id of Swedish (LCID 0x041D Sweden, 0x081D Finland)."""


def choose_language(
    environ: Mapping[str, str],
    *,
    windows: bool = False,
    ui_language_id: int | None = None,
    ui_languages: Sequence[str] = (),
    locale_name: str | None = None,
) -> Lang:
    """The user's language, from what the system says (pure: the caller asks it).

    POSIX: the locale variables, as gettext reads them (``sv_SE.UTF-8`` is Swedish).
    Windows: the user's display language as ``GetUserDefaultUILanguage`` gives it (an
    LANGID/LCID), else its BCP 47 names (``sv-SE``), else the locale's name, which
    there is ``Swedish_Sweden`` rather than ``sv_SE`` (issue 29.9). The variables are
    not asked on Windows: a shell (Git Bash) sets ``LANG=en_US.UTF-8`` for itself.
    """
    if windows:
        if ui_language_id:
            return "sv" if ui_language_id & 0x3FF == LANG_SWEDISH else "en"
        if ui_languages:
            return as_lang(ui_languages[0])
        return as_lang(locale_name)
    for var in _POSIX_VARIABLES:
        value = environ.get(var)
        if value:
            return as_lang(value.split(":")[0])
    return "en"


def _windows_ui_language() -> int | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return None
    import ctypes  # noqa: PLC0415

    try:
        return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())
    except (AttributeError, OSError):
        return None


def system_language() -> Lang:
    """The user's language as the system gives it: Swedish or English."""
    if os.name != "nt":
        return choose_language(os.environ)
    import locale  # noqa: PLC0415 - pragma: no cover - Windows

    return choose_language(
        os.environ,
        windows=True,
        ui_language_id=_windows_ui_language(),
        locale_name=locale.getlocale()[0],
    )


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


MONTH_NUMBERS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # Swedish, full and abbreviated
        "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6,
        "juli": 7, "augusti": 8, "september": 9, "oktober": 10, "november": 11,
        "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
        "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
        # English, where it differs
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
        "august": 8, "october": 10, "oct": 10,
    }
)  # fmt: skip
"""Month names as people write them, Swedish and English, full and short, lower case → the
month's number: one table for every reader of written dates (ads, replies, typed dates, imports)."""
