"""Dates and times in an employer's mail (RULES.md "Reading an employer's reply").

``find_moments(text, received)`` finds every day a mail names, in Swedish and English,
with the time of day when one stands next to it:

* written dates: "tisdag 8 december", "fredag 18 december kl. 10", "8/12", "2026-12-08",
  "Tuesday, December 8", "8th of December 2026"; a date without a year is the first
  such date on or after the mail's date;
* weeks: "vecka 50", "v. 50", "week 50" mean that ISO week's last working day;
* spans from the mail's date: "inom två veckor" (+14 days), "within 10 days",
  "inom fem arbetsdagar" (working days), "nästa vecka" / "next week" (that week's last
  working day), "i slutet av veckan", "i morgon";
* a weekday alone ("på fredag", "by Friday"): the first such day after the mail's date.

Every pattern is bounded (no nested unbounded repeats), so a long text cannot make the
search slow; the caller cuts the text it passes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from followup_gui.rules import workdays

from .written_dates import MONTH_ALT, MONTHS, day_on_or_after, week_end

__all__ = ["Moment", "find_moments", "lowered", "parse_header_date", "week_end"]


def lowered(text: str) -> str:
    """``text`` in lower case, letter for letter (same length, so positions carry over).

    Patterns that need no capitals run case-sensitively on it: twice as fast as
    ``re.IGNORECASE`` on a long mail.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ"


MomentKind = Literal["date", "week", "span", "weekday"]


_WEEKDAYS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5,
        "söndag": 6, "mån": 0, "tis": 1, "ons": 2, "tors": 3, "tor": 3, "fre": 4, "lör": 5,
        "sön": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3,
        "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    }
)  # fmt: skip
_WEEKDAY_ALT: Final = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
# Only whole weekday names stand alone ("på fredag"); "fri" and "sun" are English words.
_LONE_WEEKDAYS: Final = (
    "måndag|tisdag|onsdag|torsdag|fredag|monday|tuesday|wednesday|thursday|friday"
)

_NUMBERS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
        "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "fjorton": 14,
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
        "a couple of": 2, "ett par": 2, "några": 3, "a few": 3,
    }
)  # fmt: skip
_NUMBER_ALT: Final = "|".join(sorted(_NUMBERS, key=len, reverse=True))

_S: Final = r"[ \t\n]{1,4}"  # a bounded run of spaces, a line end included
_DATE_BODY: Final = rf"""
    (?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?!\d)
  | (?:den[ \t]{{1,3}})?(?P<dd>\d{{1,2}})(?::?(?:a|e|st|nd|rd|th))?\.?[ \t]{{0,3}}
    (?:of[ \t]{{1,3}})?(?P<dmon>{MONTH_ALT})\b\.?(?:,?[ \t]{{1,3}}(?P<dy>\d{{4}})(?!\d))?
  | (?P<mmon>{MONTH_ALT})\b\.?[ \t]{{0,3}}(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|[:.]\d)
    (?:,?[ \t]{{1,3}}(?P<my>\d{{4}})(?!\d))?
  | (?:den[ \t]{{1,3}})?(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})(?:[-/](?P<ny>\d{{4}}|\d{{2}}))?(?![\d/])
  | (?P<pd>\d{{1,2}})\.(?P<pm>\d{{1,2}})\.(?P<py>\d{{4}})(?!\d)
"""
_MOMENT: Final = re.compile(
    rf"""
    (?<![\w/.-])
    (?:
        (?:(?P<wd>{_WEEKDAY_ALT})(?:en|s|\.)?,?{_S}(?:the[ \t]{{1,3}})?)?(?:{_DATE_BODY})
      | (?:vecka|week|wk\.?|v\.?)[ \t]{{0,3}}(?P<w>\d{{1,2}})
        (?:[ \t]{{0,3}}(?:[-–—&]|eller|or|och|and|till|to)[ \t]{{0,3}}
           (?:(?:vecka|week|v\.?)[ \t]{{0,3}})?
           (?P<w2>\d{{1,2}}))?(?!\d)(?:,?[ \t]{{1,3}}(?P<wy>\d{{4}})(?!\d))?
      | (?:inom|within|in|om|under|de[ \t]närmaste|the[ \t]next|the[ \t]coming|kommande)
        {_S}(?:the[ \t]next[ \t]|de[ \t]närmaste[ \t]|de[ \t]kommande[ \t])?
        (?P<n>\d{{1,2}}|{_NUMBER_ALT}){_S}
        (?P<unit>arbetsdagar|arbetsdag|vardagar|working[ \t]days?|business[ \t]days?
           |veckor|veckorna|vecka|weeks?|dagar|dag|days?)\b
      | (?P<nextweek>nästa[ \t]vecka|next[ \t]week|kommande[ \t]vecka|veckan[ \t]som[ \t]kommer)
      | (?P<thisweek>(?:i[ \t]|mot[ \t])?slutet[ \t]av[ \t](?:den[ \t]här[ \t]|denna[ \t])?veckan
           |(?:the[ \t])?end[ \t]of[ \t](?:this|the)[ \t]week)
      | (?P<monthend>(?:i[ \t]|mot[ \t])?slutet[ \t]av[ \t](?:den[ \t]här[ \t]|denna[ \t])?månaden
           |(?:the[ \t])?end[ \t]of[ \t](?:this|the)[ \t]month)
      | (?P<tomorrow>i[ \t]?morgon|tomorrow)\b
      | (?:(?:på|nu[ \t]på|on|by|this|senast|until|till|before|före)[ \t]{{1,3}})
        (?P<lone>{_LONE_WEEKDAYS})(?:en)?\b(?![ \t,]{{0,3}}(?:den|the|\d|(?:{MONTH_ALT})\b))
    )
    """,
    re.VERBOSE,
)
# Hours in words after "klockan"/"kl.": "klockan tio", "kl. halv tre", "kvart över nio".
# An hour of one to six in words is the afternoon (nobody meets at two at night).
_HOUR_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "ett": 13, "två": 14, "tre": 15, "fyra": 16, "fem": 17, "sex": 18, "sju": 7,
        "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13,
        "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18,
    }
)  # fmt: skip
_HOUR_WORD_ALT: Final = "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
_TIME: Final = re.compile(
    rf"""
    (?<![\w.:/-])
    (?:
        (?:kl(?:ockan)?\.?|klockan)[ \t]{{1,3}}
        (?P<kpart>halv|kvart[ \t]{{1,3}}över|kvart[ \t]{{1,3}}i)?[ \t]{{0,3}}
        (?P<kw>{_HOUR_WORD_ALT})(?![\w])
      | (?:kl(?:ockan)?\.?|klockan)[ \t]{{0,3}}(?P<kh>\d{{1,2}})(?:[.:](?P<km>\d{{2}}))?(?![\d])
      | (?P<ah>\d{{1,2}})(?:[.:](?P<am>\d{{2}}))?[ \t]{{0,2}}(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])
      | (?P<hh>\d{{1,2}})[:.](?P<hm>\d{{2}})(?![\d]|\.\d)
    )
    """,
    re.VERBOSE,
)
_TIME_GAP: Final = re.compile(
    r"[ \t]{0,3}(?:,|at|@|från|from|mellan|between)?[ \t]{0,3}",
    re.IGNORECASE,
)
_SAME_DAY_MORE: Final = re.compile(
    r"[ \t]{0,3}(?:[-–—]\s{0,2}\d{1,2}(?:[.:]\d{2})?[ \t]{0,3})?,?[ \t]{0,3}(?:eller|or|och|and|,)"
    r"[ \t]{0,3}(?:at[ \t]{1,3})?",
    re.IGNORECASE,
)
_TIME_BEFORE_DATE: Final = re.compile(
    r"[ \t]{0,3}(?:,|på|on|den|the)?[ \t]{0,3}(?:på[ \t]{1,3}|on[ \t]{1,3})?", re.IGNORECASE
)
_MAX_MOMENTS: Final = 200


@dataclass(frozen=True, slots=True)
class Moment:
    """A day the mail names (with its time when one is given) and where it stands."""

    day: dt.date
    time: dt.time | None
    start: int
    end: int
    kind: MomentKind
    """"date" written out, "week" (its last working day), "span" from the mail's date, a
    lone "weekday"."""

    @property
    def value(self) -> dt.datetime | dt.date:
        """The day, or the moment when a time is given."""
        return dt.datetime.combine(self.day, self.time) if self.time else self.day


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    year = int(raw)
    return year + 2000 if len(raw) == 2 else year


def _written_date(m: re.Match[str], received: dt.date) -> dt.date | None:
    g = m.group
    if g("iy"):
        return day_on_or_after(int(g("im")), int(g("id")), int(g("iy")), received)
    if g("dmon"):
        return day_on_or_after(MONTHS[g("dmon").lower()], int(g("dd")), _year(g("dy")), received)
    if g("mmon"):
        return day_on_or_after(MONTHS[g("mmon").lower()], int(g("md")), _year(g("my")), received)
    if g("nd"):
        return day_on_or_after(int(g("nm")), int(g("nd")), _year(g("ny")), received)
    if g("pd"):
        return day_on_or_after(int(g("pm")), int(g("pd")), int(g("py")), received)
    return None


def _this_week_end(day: dt.date) -> dt.date:
    iso = day.isocalendar()
    end = workdays.last_working_day_of_week(iso.year, iso.week)
    return end if end >= day else day


def _span(m: re.Match[str], received: dt.date) -> dt.date | None:
    raw = m.group("n").lower()
    count = int(raw) if raw.isdigit() else _NUMBERS.get(" ".join(raw.split()), 0)
    if not 0 < count <= 60:
        return None
    unit = m.group("unit").lower()
    if unit.startswith(("arbetsdag", "vardag", "working", "business")):
        return workdays.add_working_days(received, count)
    if unit.startswith(("veck", "week")):
        return received + dt.timedelta(days=7 * count)
    return received + dt.timedelta(days=count)


def _month_end(day: dt.date) -> dt.date:
    first_next = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    end = first_next - dt.timedelta(days=1)
    while not workdays.is_working_day(end) and end > day:
        end -= dt.timedelta(days=1)
    return end


def _day_of(m: re.Match[str], received: dt.date) -> tuple[dt.date | None, MomentKind]:
    g = m.group
    if g("w"):
        return week_end(int(g("w2") or g("w")), _year(g("wy")), received), "week"
    if g("n"):
        return _span(m, received), "span"
    if g("nextweek"):
        return _this_week_end(received + dt.timedelta(days=7 - received.weekday())), "span"
    if g("thisweek"):
        return _this_week_end(received), "span"
    if g("monthend"):
        return _month_end(received), "span"
    if g("tomorrow"):
        return received + dt.timedelta(days=1), "span"
    if g("lone"):
        weekday = _WEEKDAYS[g("lone").lower()]
        ahead = (weekday - received.weekday() - 1) % 7 + 1
        return received + dt.timedelta(days=ahead), "weekday"
    return _written_date(m, received), "date"


def _time_of(m: re.Match[str]) -> dt.time | None:
    g = m.group
    if g("kw"):
        hour, minute = _HOUR_WORDS[g("kw")], 0
        part = " ".join((g("kpart") or "").split())
        if part == "halv":  # "halv tre": half an hour before three
            hour, minute = hour - 1, 30
        elif part == "kvart över":
            minute = 15
        elif part == "kvart i":
            hour, minute = hour - 1, 45
    elif g("kh"):
        hour, minute = int(g("kh")), int(g("km") or 0)
    elif g("ah"):
        hour, minute = int(g("ah")), int(g("am") or 0)
        pm = g("ampm").lower().startswith("p")
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    else:
        hour, minute = int(g("hh")), int(g("hm"))
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def _times(text: str, begin: int, end: int) -> list[tuple[dt.time, int, int]]:
    found = []
    for m in _TIME.finditer(text, begin, end):
        time = _time_of(m)
        if time is not None:
            found.append((time, m.start(), m.end()))
    return found


def find_moments(
    text: str, received: dt.date, begin: int = 0, end: int | None = None
) -> list[Moment]:
    """Every day named in ``text[begin:end]``, in order, with its time when one is given.

    A time right after a date ("tisdag 8 december kl. 10") or right before it ("kl. 10
    den 8 december") belongs to it; more times for the same day ("kl. 10 eller kl. 14")
    each make a moment of their own. Positions index ``text``.
    """
    stop = len(text) if end is None else min(end, len(text))
    found: list[Moment] = []
    text = _joined_lines(lowered(text))
    times = _times(text, begin, stop)
    used: set[int] = set()
    for count, m in enumerate(_MOMENT.finditer(text, begin, stop)):
        if count >= _MAX_MOMENTS:
            break
        day, kind = _day_of(m, received)
        if day is None:
            continue
        attached = _times_after(text, m.end(), times, used)
        if not attached and kind in ("date", "weekday"):
            attached = _time_before(text, m.start(), times, used)
        if not attached:
            found.append(Moment(day, None, m.start(), m.end(), kind))
            continue
        for time, _start, time_end in attached:
            found.append(Moment(day, time, m.start(), max(m.end(), time_end), kind))
    found.sort(key=lambda moment: moment.start)
    return found


_LINE_BREAK: Final = re.compile(r"(?<![\r\n])\r?\n(?![ \t]{0,8}[\r\n])")


def _joined_lines(text: str) -> str:
    """``text`` with each single line break as spaces (same length, positions carry over).

    Mail programs and people break lines anywhere, also inside a date: "senast fredag⏎11
    december", "tisdag⏎8 december kl. 10", "den⏎18 december". Within a paragraph a line
    break reads as a space; an empty line still ends the phrase.
    """
    if "\n" not in text:
        return text
    return _LINE_BREAK.sub(lambda m: " " * len(m.group()), text)


def _times_after(
    text: str, pos: int, times: list[tuple[dt.time, int, int]], used: set[int]
) -> list[tuple[dt.time, int, int]]:
    """The times that follow a date at ``pos``: "kl. 10", "10:00–11:00 eller 14:00"."""
    attached: list[tuple[dt.time, int, int]] = []
    gap = _TIME_GAP.match(text, pos)
    cursor = gap.end() if gap else pos
    for time, start, time_end in times:
        if start < cursor or start in used:
            continue
        if start > cursor and not _only_joiners(text, cursor, start):
            break
        attached.append((time, start, time_end))
        used.add(start)
        more = _SAME_DAY_MORE.match(text, time_end)
        if more is None or more.end() == time_end:
            range_end = re.match(r"[ \t]{0,3}[-–—][ \t]{0,3}", text[time_end : time_end + 8])
            cursor = time_end + (range_end.end() if range_end else 0)
            if range_end:  # "10.00–11.00": the end of the range is no new time
                for other in times:
                    if other[1] == cursor:
                        used.add(other[1])
            break
        cursor = more.end()
    return attached


def _only_joiners(text: str, start: int, end: int) -> bool:
    piece = text[start:end].strip(" \t,")
    return piece.lower() in (
        "", "kl", "kl.", "klockan", "at", "@", "från", "from", "tid:", "tid", "time:", "time",
    )  # fmt: skip


def _time_before(
    text: str, pos: int, times: list[tuple[dt.time, int, int]], used: set[int]
) -> list[tuple[dt.time, int, int]]:
    """A time that stands right before a date ("kl. 10 på tisdag 8 december")."""
    for time, start, time_end in times:
        if time_end > pos or start in used or pos - time_end > 12:
            continue
        if _TIME_BEFORE_DATE.fullmatch(text, time_end, pos) is not None:
            used.add(start)
            return [(time, start, time_end)]
    return []


_HEADER_DATE: Final = re.compile(
    rf"""
    (?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})
  | (?P<dd>\d{{1,2}})(?::?e|:?a|st|nd|rd|th)?\.?[ \t]{{0,3}}(?P<dmon>{MONTH_ALT})\.?,?[ \t]{{1,3}}
    (?P<dy>\d{{4}})
  | (?P<mmon>{MONTH_ALT})\.?[ \t]{{0,3}}(?P<md>\d{{1,2}}),?[ \t]{{1,3}}(?P<my>\d{{4}})
  | (?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})/(?P<ny>\d{{4}})
    """,
    re.IGNORECASE | re.VERBOSE,
)


def parse_header_date(value: str) -> dt.date | None:
    """The day in a mail's date line: "tis 3 nov. 2026 14:02", "Tuesday, November 3, 2026
    2:02 PM", "2026-11-03 14:02", "Tue, 3 Nov 2026 14:02:00 +0100"; None if there is none."""
    m = _HEADER_DATE.search(value[:300])
    if m is None:
        return None
    g = m.group
    try:
        if g("iy"):
            return dt.date(int(g("iy")), int(g("im")), int(g("id")))
        if g("dmon"):
            return dt.date(int(g("dy")), MONTHS[g("dmon").lower()], int(g("dd")))
        if g("mmon"):
            return dt.date(int(g("my")), MONTHS[g("mmon").lower()], int(g("md")))
        return dt.date(int(g("ny")), int(g("nm")), int(g("nd")))
    except ValueError:
        return None
