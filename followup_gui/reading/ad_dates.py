"""Dates in an ad and what each one means: the deadline, the ad's own timeline, or neither.

Each date takes its meaning from the nearest cue word before it in the same sentence."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from .ad_prep import (
    _HEAD_MAX,
    _LOOKBACK,
    _MAX_DATES,
    _SENTENCE_END,
    _YEARLESS_GRACE,
    _collapse,
    _in_link,
    _search_outside_links,
    _sentence_bounds,
    _words,
)
from .written_dates import MONTHS as _SWEDISH_ENGLISH_MONTHS
from .written_dates import day_on_or_after, week_end

# Norwegian and Danish spell four months their own way ("Søknadsfrist: 10. januar 2027").
MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {**_SWEDISH_ENGLISH_MONTHS, "januar": 1, "februar": 2, "mai": 5, "desember": 12}
)
MONTH_ALT: Final = "|".join(sorted(MONTHS, key=len, reverse=True))

# ---------------------------------------------------------------------------- dates


_DATE: Final = re.compile(
    rf"""
    (?<![\w/.])
    (?=[\djfmasondvweu])  # cheap first-character test: most positions fail here
    (?:
        # "2027-01-11", and with dots or slashes in the same order: "2027.01.11"
        (?P<iy>\d{{4}})(?P<isep>[-./])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})(?!\d|\.\d)
        # "the end of January", "i slutet av januari", "besked lämnas under april": the
        # month's last day ("under jul" is at Christmas, not in July)
      | (?:end[ \t]{{1,3}}of|slutet[ \t]{{1,3}}av|utgången[ \t]{{1,3}}av|under|during)[ \t]{{1,3}}
        (?!jul\b)(?P<emon>{MONTH_ALT})\b\.?(?:,?[ \t]{{1,3}}(?P<ey>\d{{4}})(?!\d))?
      | (?P<dd>\d{{1,2}})(?::?(?:a|e|st|nd|rd|th))?\.?[ \t]{{0,3}}(?:of[ \t]{{1,3}})?
        (?P<dmon>{MONTH_ALT})\b\.?(?:,?[ \t]{{1,3}}(?P<dy>\d{{4}})(?!\d))?
      | (?P<mmon>{MONTH_ALT})\b\.?[ \t]{{0,3}}(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)
        (?:,?[ \t]{{1,3}}(?P<my>\d{{4}})(?!\d))?
      | (?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})
        (?:[ \t]{{1,3}}(?P<ny>\d{{4}})|[-/](?P<ny2>\d{{4}}|\d{{2}}))?(?![\d/])
      | (?P<pd>\d{{1,2}})\.(?P<pm>\d{{1,2}})\.(?P<py>\d{{4}})(?!\d)
        # "15.1." (day, month, a dot after each, no year), not "1.5 år" nor "version 2.1"
      | (?P<sd>\d{{1,2}})\.(?P<sm>\d{{1,2}})\.(?![\w.])
      | (?P<hd>\d{{1,2}})-(?P<hm>\d{{1,2}})-(?P<hy>(?:19|20|21)\d{{2}})(?![\d-])
      | (?:vecka|veckorna|weeks|week|wk\.?|v\.?)[ \t]{{0,3}}(?P<w>\d{{1,2}})
        (?:[ \t]{{0,3}}(?:[-–—&]|och|and|till|to)[ \t]{{0,3}}(?:(?:vecka|week|v\.?)[ \t]{{0,3}})?
           (?P<w2>\d{{1,2}}))?(?!\d)
        (?:,?[ \t]{{1,3}}(?P<wy>\d{{4}})(?!\d))?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "15 maj – 20 maj", "1 juni till 5 juni": the range ends at the second date; so does a pair,
# "Intervjudagar: 2027-01-19 och 2027-01-20" (the later day is when that step is over).
_RANGE: Final = re.compile(
    r"[ \t]{0,3}(?:[-–—]|till|to|until|t\.o\.m\.?|tom|och|and|samt|&)[ \t]{0,3}", re.IGNORECASE
)
_CLOCK_BEFORE: Final = re.compile(r"\b(?:kl|klockan|at)\.?[ \t]{0,2}\Z", re.IGNORECASE)

# Cue words that give a date its meaning, looked up word by word (a table is clearer
# and ten times faster than one big case-insensitive regex). Kinds: "deadline", "reply"
# (the ad's own timeline), "start" (start date, publication date, ... : ignored),
# "weak" (counts as deadline when nothing stronger stands before the date), and two
# that lean on the cue before them: "start_verb" ("Intervjuer startar v. 23") and
# "from" ("hear from us by 12 June").
_WORD_RE: Final = re.compile(r"[^\W\d_]+")
_CUE_EXACT: Final[Mapping[str, str]] = MappingProxyType(
    {
        **dict.fromkeys(
            _words("sök ansök söka ansöka tillhanda deadline apply closing closes expires expiry"),
            "deadline",
        ),
        **dict.fromkeys(_words("svar besked contacted inform informed outcome"), "reply"),
        **dict.fromkeys(_words("startar börjar starts begin begins igång"), "start_verb"),
        **dict.fromkeys(_words("from från"), "from"),
        **dict.fromkeys(
            _words(
                """anställningen employment fr fom published posted sedan since född born
                updated uppdaterad uppdaterat uppdaterades"""
            ),
            "start",
        ),
        **dict.fromkeys(_words("senast by before innan före ansökan cv than"), "weak"),
    }
)
_CUE_PREFIXES: Final = (
    (
        "deadline",
        ("ansökningsdag", "ansökningsdatum", "ansökningstid", "ansökningsperiod", "søknadsfrist",
         "ansøkningsfrist", "ansökningsfrist"),
    ),
    (
        "reply",
        (
            "återkomm", "återkoppl", "beslut", "kontaktas", "kontaktar", "meddela", "intervju",
            "urval", "tillsätt", "hear", "notif", "interview", "decision", "decide", "respond",
            "response", "feedback", "selection", "shortlist", "repl", "answer", "rekryter",
            "recruit", "invit", "inbjud", "kallelse",
        ),
    ),
    ("start", ("tillträd", "start", "börja", "publicera")),
    ("weak", ("ansökningar", "application", "submit", "skicka")),
)  # fmt: skip
_CUE_PAIRS: Final[Mapping[tuple[str, str], str]] = MappingProxyType(
    {
        ("get", "back"): "reply",
        ("getting", "back"): "reply",
        ("hör", "av"): "reply",
        # "Vi svarar alla sökande senast 12/2" (not "svarar på frågor", the contact's)
        ("vi", "svarar"): "reply",
        ("svarar", "vi"): "reply",
        ("applications", "close"): "deadline",
        ("applications", "closes"): "deadline",
        ("application", "due"): "deadline",
        ("application", "period"): "deadline",
        ("sista", "dag"): "deadline",
        ("sista", "dagen"): "deadline",
        # "sista ansöknings dag" written as two words
        ("ansöknings", "dag"): "deadline",
        ("ansöknings", "dagen"): "deadline",
        ("ansöknings", "datum"): "deadline",
        ("annonsen", "stänger"): "deadline",
        ("annonsen", "stängs"): "deadline",
        ("applications", "due"): "deadline",
    }
)
_CUE_LEAD_IN: Final = frozenset({"sista", "last", "application", "applications", "closing"})
# "via vårt rekryteringssystem", "through our recruitment portal": the way to apply, which
# leans towards the deadline, not the reply timeline the bare "rekrytering" would mean.
_TOOL_SUFFIXES: Final = _words(
    """system systemet verktyg verktyget portal portalen sida sidan sajt sajten tjänst
    tjänsten formulär formuläret länk länken plattform plattformen"""
)
_TOOL_WORDS: Final = frozenset(_words("system portal site website tool platform page form link"))
# The words of applying: after a deadline label ("Sista ansökningsdag: Välkommen med din
# ansökan ... senast 12/12") they keep the date a deadline.
_APPLY_WORDS: Final = frozenset(
    _words("ansökan ansökningar ansök sök cv apply application applications submit skicka")
)


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: str
    start: int
    end: int


def _cue_kind(word: str, previous: str) -> str | None:
    """The kind of cue ``word`` is (after ``previous``), or None; both lower case."""
    kind = _CUE_PAIRS.get((previous, word)) or _CUE_EXACT.get(word)
    if kind is not None:
        return kind
    if word.startswith(("rekryter", "ansökning")) and word.endswith(_TOOL_SUFFIXES):
        return "weak"
    for prefix_kind, prefixes in _CUE_PREFIXES:
        if word.startswith(prefixes):
            return prefix_kind
    return None


def _cues(text: str, begin: int, end: int) -> list[_Cue]:
    """The cue words in ``text[begin:end]``, in order."""
    found: list[_Cue] = []
    previous, previous_start, previous_kind = "", begin, None
    lead_in_start, words_since_lead_in = -1, 0
    for m in _WORD_RE.finditer(text, begin, end):
        word = m.group().lower()
        kind = _cue_kind(word, previous)
        if kind is not None and _in_link(text, m.start(), m.end()):
            continue  # "till rekrytering@firma.se senast ...": an address names no cue
        if kind == "from" and previous_kind == "reply":
            kind = None  # "hear from us": part of the reply cue
        if word in _TOOL_WORDS and previous_kind == "reply" and previous.startswith("recruit"):
            found[-1] = _Cue("weak", found[-1].start, m.end())  # "recruitment portal"
            previous, previous_start, previous_kind = word, m.start(), "weak"
            continue
        if kind is not None:
            cue_start = m.start()
            if (previous, word) in _CUE_PAIRS:
                cue_start = previous_start
            elif kind == "deadline" and lead_in_start >= 0 and words_since_lead_in <= 3:
                cue_start = lead_in_start  # "Sista dag att ansöka", "Last day to apply"
            found.append(_Cue(kind, cue_start, m.end()))
        if word in _CUE_LEAD_IN:
            lead_in_start, words_since_lead_in = m.start(), 0
        words_since_lead_in += 1
        previous, previous_start, previous_kind = word, m.start(), kind
    return found


@dataclass(frozen=True, slots=True)
class _DateHit:
    """A date (or a range, read as its end) and the text it was found in."""

    first: re.Match[str]
    last: re.Match[str]
    cue: _Cue  # evidence runs from min(cue.start, first.start()) to max(last.end(), cue.end)


def _year(raw: str | None, *, short_ok: bool = False) -> int | None:
    """A written year, or None; two digits ("15/5-26") only where the form allows them."""
    if raw is None:
        return None
    year = int(raw)
    if short_ok and len(raw) == 2:
        year += 2000
    return year


def _to_date(m: re.Match[str], reference: dt.date, *, month_first: bool = False) -> dt.date | None:
    """Turn one ``_DATE`` match into a date, or None if it names no real day.

    A slashed date is day first ("15/6") unless the ad is American (``month_first``:
    "6/15") or the day-first reading names no month ("6/15/2026").
    """
    g = m.group
    if g("iy"):
        return day_on_or_after(int(g("im")), int(g("id")), int(g("iy")), reference)
    if g("dmon"):
        return day_on_or_after(MONTHS[g("dmon").lower()], int(g("dd")), _year(g("dy")), reference)
    if g("mmon"):
        return day_on_or_after(MONTHS[g("mmon").lower()], int(g("md")), _year(g("my")), reference)
    if g("nd"):
        year = _year(g("ny")) or _year(g("ny2"), short_ok=True)
        day, month = int(g("nd")), int(g("nm"))
        if month_first or (month > 12 >= day):
            day, month = month, day
        return day_on_or_after(month, day, year, reference)
    if g("pd"):
        return day_on_or_after(int(g("pm")), int(g("pd")), int(g("py")), reference)
    if g("emon"):  # the month's last day: its 28th fixes the year
        month = MONTHS[g("emon").lower()]
        near = day_on_or_after(month, 28, _year(g("ey")), reference)
        return None if near is None else near.replace(day=calendar.monthrange(near.year, month)[1])
    if g("sd"):
        if _CLOCK_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
            return None  # "kl. 10.12.": a time of day
        return day_on_or_after(int(g("sm")), int(g("sd")), None, reference)
    if g("hd"):  # 06-12-2026: day first, as a slashed date
        day, month = int(g("hd")), int(g("hm"))
        if month_first or (month > 12 >= day):
            day, month = month, day
        return day_on_or_after(month, day, int(g("hy")), reference)
    if g("w"):
        return week_end(int(g("w2") or g("w")), _year(g("wy")), reference)
    return None


def _lookback_start(text: str, start: int, floor: int) -> int:
    """Where the context of a date at ``start`` begins.

    The same line, after the previous date and the last sentence end, at most
    ``_LOOKBACK`` characters; a date whose line has no cue before it ("Sista
    ansökningsdag" on one line, "15 maj" on the next) also sees the line above.
    """
    line_start = max(floor, text.rfind("\n", floor, start) + 1)
    begin = max(line_start, start - _LOOKBACK)
    if (
        line_start > floor
        and len(text[begin:start].strip()) <= _HEAD_MAX
        and not _cues(text, begin, start)
    ):
        begin = _line_above(text, line_start, floor)
    for sentence_end in _SENTENCE_END.finditer(text, begin, start):
        begin = sentence_end.end()
    return begin


def _line_above(text: str, line_start: int, floor: int) -> int:
    """Start of the last non-blank line before ``line_start`` (at most 2 blank lines up)."""
    end = line_start - 1  # the line break
    for _ in range(3):
        above = max(floor, text.rfind("\n", floor, end) + 1)
        if text[max(above, end - _LOOKBACK) : end].strip() or above <= floor:
            return max(above, end - _LOOKBACK)
        end = above - 1
    return line_start


def _classify(text: str, start: int, end: int, floor: int) -> _Cue | None:
    """The cue that gives the date at ``text[start:end]`` its meaning, or None.

    The nearest strong cue before the date wins; a weak one ("senast", "by") alone
    means a deadline; failing both, a cue right after the date counts ("15 maj är
    sista ansökningsdag").
    """
    strong: list[_Cue] = []
    weak: _Cue | None = None
    applying = False  # an application word after the last strong cue
    for cue in _cues(text, _lookback_start(text, start, floor), start):
        if cue.kind == "weak":
            weak = weak or cue
            applying = applying or text[cue.start : cue.end].lower() in _APPLY_WORDS
        elif cue.kind == "start_verb" and strong and strong[-1].kind in ("deadline", "reply"):
            pass  # "Intervjuer startar v. 23": the verb belongs to the cue before it
        else:
            strong.append(cue)
            applying = False
    if strong and strong[-1].kind == "reply" and applying:
        label = _deadline_label(text, strong)
        if label is not None:
            return _Cue("deadline", label.start, start)
    if strong:
        cue = strong[-1]
        if cue.kind in ("start_verb", "from"):
            return _Cue("start", cue.start, cue.end)
        return _Cue(cue.kind, cue.start, start)
    if weak is not None:
        return _Cue("deadline", weak.start, start)
    line_end = text.find("\n", end, end + 30)
    for cue in _cues(text, end, end + 30 if line_end == -1 else line_end):
        if cue.start - end <= 16 and cue.kind in ("deadline", "reply"):
            return _Cue(cue.kind, start, cue.end)
        break
    return None


_LABEL_COLON: Final = re.compile(r"[ \t]{0,3}:")
# Process words that often come before "..., so send your application by <date>".
_PROCESS_PREFIXES: Final = ("urval", "select", "intervju", "interview", "rekryter", "recruit")


def _deadline_label(text: str, strong: list[_Cue]) -> _Cue | None:
    """The cue that makes "<reply cue> ... <apply word> ... <date>" a deadline, or None.

    "Sista ansökningsdag: Vi intervjuar löpande, skicka din ansökan senast 12/12": a
    deadline label (a cue and a colon) before it; or a process word as the reply cue
    ("Urvalet sker löpande, så skicka in din ansökan senast 12 december").
    """
    for cue in strong[:-1]:
        if cue.kind == "deadline" and _LABEL_COLON.match(text, cue.end):
            return cue
    last = strong[-1]
    if text[last.start : last.end].lower().startswith(_PROCESS_PREFIXES):
        return last
    return None


def _date_hits(text: str) -> list[_DateHit]:
    """Every deadline or reply date in the text, in order, with the cue that names it."""
    hits: list[_DateHit] = []
    floor = pos = 0
    for _ in range(_MAX_DATES):
        first = _DATE.search(text, pos)
        if first is None:
            break
        last = first
        connector = _RANGE.match(text, first.end())
        if connector is not None:
            second = _DATE.match(text, connector.end())
            if second is not None:
                last = second
        cue = _classify(text, first.start(), last.end(), floor)
        if cue is not None and cue.kind in ("deadline", "reply"):
            hits.append(_DateHit(first, last, cue))
        floor = pos = max(last.end(), first.start() + 1)
    return hits


def _hit_date(hit: _DateHit, reference: dt.date, month_first: bool) -> dt.date | None:
    """A range ends at its second date; if that is not a real day, at its first."""
    if hit.last is not hit.first:
        end = _to_date(hit.last, reference, month_first=month_first)
        if end is not None:
            return end
    return _to_date(hit.first, reference, month_first=month_first)


# Signs of an American ad, whose "6/15/2026" is month first: dollars, a state and ZIP code.
_AMERICAN: Final = re.compile(r"\$[ \t]?\d|,[ \t]?[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b|\bUSD\b")


def _hit_evidence(text: str, hit: _DateHit) -> str:
    return _collapse(text[min(hit.cue.start, hit.first.start()) : max(hit.last.end(), hit.cue.end)])


_NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{w: i for i, w in enumerate(_words("noll en två tre fyra fem sex sju åtta nio tio"))},
        **{
            w: i
            for i, w in enumerate(_words("zero one two three four five six seven eight nine ten"))
        },
        "ett": 1,
        "a": 1,
    }
)
# "Besked lämnas inom två veckor efter sista ansökningsdag", "We will get back to you within
# three weeks of the closing date": a reply date counted from the deadline.
_AFTER_DEADLINE: Final = re.compile(
    r"""\b(?:inom|senast|within|no[ \t]+later[ \t]+than)[ \t]+(?P<n>\d{1,2}|[a-zåäö]{1,5})[ \t]+
        (?P<unit>dagar|dag|veckor|vecka|days|day|weeks|week)
        (?:[ \t]+(?:efter|från|after|of|from)[ \t]+(?:att[ \t]+)?(?:the[ \t]+)?
        (?:sista[ \t]+ansökningsdag(?:en)?|ansökningstiden|ansökningsperioden|annonsens
        |closing[ \t]+date|deadline|application[ \t]+(?:deadline|period)|end[ \t]+of)
        # "We will get back to you within 3 weeks.": from the deadline too (or, without
        # one, from the day the ad is read)
        |(?P<bare>[ \t]*(?:[.!\n]|$)))""",
    re.IGNORECASE | re.VERBOSE,
)
_REPLY_WORDS: Final = re.compile(
    r"besked|svar|återkomm|återkoppl|meddela|kontakta|hör[ \t]+av|beslut|hear|answer|reply"
    r"|respond|decision|contact|notif|feedback|get[ \t]+back|inform|(?:be|get)[ \t]+in[ \t]+touch",
    re.IGNORECASE,
)


def _reply_after_deadline(
    text: str, deadline: dt.date | None, reference: dt.date
) -> tuple[dt.date, str] | None:
    """A reply date given as a delay after the deadline ("inom två veckor efter ..."), and
    the words it was read from; or None. A delay with no day named ("Vi återkommer inom två
    veckor.") counts from the deadline, or without one from ``reference``."""
    for tries, m in enumerate(_AFTER_DEADLINE.finditer(text)):
        if tries >= 20:
            break
        raw = m.group("n").lower()
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
        left = max(0, text.rfind("\n", 0, m.start()) + 1, m.start() - 120)
        for sentence_end in _SENTENCE_END.finditer(text, left, m.start()):
            left = sentence_end.end()
        if count is None or _search_outside_links(_REPLY_WORDS, text, left, m.start()) is None:
            continue
        base = deadline if deadline is not None or m.group("bare") is None else reference
        if base is None:
            continue
        days = count * 7 if m.group("unit").lower().startswith(("v", "w")) else count
        return base + dt.timedelta(days=days), _collapse(text[left : m.end()].rstrip(".!\n"))
    return None


_YEAR_GROUPS: Final = ("iy", "dy", "my", "ny", "ny2", "py", "hy", "wy", "ey")


def _names_year(hit: _DateHit) -> bool:
    """Whether the date (or the end of the range) is written with its year."""
    return any(hit.last.group(g) or hit.first.group(g) for g in _YEAR_GROUPS)


def _find_dates(
    text: str,
    reference: dt.date,
    evidence: dict[str, str],
    guessed: set[str] | None = None,
) -> tuple[dt.date | None, dt.date | None]:
    """The deadline (the first one named) and the reply timeline (the latest one named).

    ``guessed`` gets "deadline" when the deadline is written without its year ("15 maj"),
    so the reader's year was a guess the user should see."""
    today = reference
    if reference > dt.date.min + _YEARLESS_GRACE:
        reference -= _YEARLESS_GRACE  # year-less dates: the first on or after this day
    month_first = "$" in text or "USD" in text or _AMERICAN.search(text) is not None
    deadline: dt.date | None = None
    reply_by: dt.date | None = None
    for hit in _date_hits(text):
        if hit.cue.kind == "deadline" and deadline is not None and not _extended(text, hit):
            continue
        if hit.cue.kind == "deadline" and _other_job(text, hit):
            continue
        day = _hit_date(hit, reference, month_first)
        if day is None:
            continue
        if hit.cue.kind == "deadline":
            deadline = day
            evidence["deadline"] = _hit_evidence(text, hit)
            if guessed is not None and not _names_year(hit):
                guessed.add("deadline")
        elif reply_by is None or day > reply_by:
            reply_by = day
            evidence["ad_reply_by"] = _hit_evidence(text, hit)
    if deadline is None or reply_by is None:
        deadline, reply_by = _weekdays(text, today, deadline, reply_by, evidence)
    after = _reply_after_deadline(text, deadline, today)
    if after is not None and (reply_by is None or after[0] > reply_by):
        reply_by, evidence["ad_reply_by"] = after
    return deadline, reply_by


# "Sista dag förlängd till 14 december", "The deadline has been extended to 14 December":
# the new deadline replaces the one printed before or after it.
_EXTENDED: Final = re.compile(
    r"förläng|extended|extension|postponed|framflyttad|flyttad|senarelagd"
    r"|\bny[ \t]+sista|\bnew[ \t]+(?:deadline|closing)",
    re.IGNORECASE,
)


# "Vi söker även en kock, sista dag att söka den tjänsten är 10 januari", "We are also
# hiring a Junior Designer (apply by 8 January)": the deadline of another job in the ad.
_OTHER_JOB: Final = re.compile(
    r"""\b(?:söker[ \t]+(?:vi[ \t]+)?(?:även|också)|(?:även|också)[ \t]+söker
        |den[ \t]+(?:tjänsten|rollen|befattningen)\b
        |(?:also|too)[ \t]+(?:hiring|looking[ \t]+for|recruiting|searching[ \t]+for)
        |that[ \t]+(?:role|position|job|vacancy)\b)""",
    re.IGNORECASE | re.VERBOSE,
)


def _other_job(text: str, hit: _DateHit) -> bool:
    """Whether the sentence before the deadline is about another job the ad mentions."""
    left, _right = _sentence_bounds(text, hit.first.start(), hit.last.end())
    return _search_outside_links(_OTHER_JOB, text, left, hit.first.start()) is not None


def _extended(text: str, hit: _DateHit) -> bool:
    """Whether the words before the date on its line say the deadline was moved."""
    begin = max(text.rfind("\n", 0, hit.first.start()) + 1, hit.first.start() - 80)
    return _search_outside_links(_EXTENDED, text, begin, hit.first.start()) is not None


_WEEKDAY_NUMBERS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{d: i for i, d in enumerate(_words("måndag tisdag onsdag torsdag fredag lördag söndag"))},
        **{d: i for i, d in enumerate(_words("monday tuesday wednesday thursday friday"))},
    }
)
# A weekday alone ("senast på fredag", "by Friday"), not one before its date ("fredag 8
# januari") nor a habit ("på fredagar").
_LONE_WEEKDAY: Final = re.compile(
    rf"(?<![\w-])(?P<day>{'|'.join(_WEEKDAY_NUMBERS)})(?:en)?\b"
    r"(?![ \t,]{0,3}(?:den\b|the\b|\d))",
    re.IGNORECASE,
)
# When a post or page was published: "2 december kl. 14:12" (a social-media post's
# stamp), "Publicerad: 2026-12-02".
_CLOCK_AFTER: Final = re.compile(r"[ \t,]{0,3}(?:kl\.?|klockan|at)[ \t]{0,2}\d{1,2}[:.]\d{2}")
_POSTED_LABEL: Final = re.compile(
    r"(?:publicerad|publicerat|posted|published|upplagd|uppdaterad|uppdaterat)\w*[ \t:]{0,3}\Z",
    re.IGNORECASE,
)
_POSTED_REACH: Final = 400  # a post's stamp stands at its top


def _posted(text: str, reference: dt.date) -> dt.date | None:
    """The day the ad was posted, where its top says so, or None."""
    for tries, m in enumerate(_DATE.finditer(text, 0, _POSTED_REACH)):
        if tries >= 10:
            break
        labelled = _POSTED_LABEL.search(text, max(0, m.start() - 20), m.start())
        if labelled is None and _CLOCK_AFTER.match(text, m.end()) is None:
            continue
        day = _to_date(m, reference - _YEARLESS_GRACE)
        if day is not None and day <= reference:
            return day
    return None


def _weekdays(
    text: str,
    today: dt.date,
    deadline: dt.date | None,
    reply_by: dt.date | None,
    evidence: dict[str, str],
) -> tuple[dt.date | None, dt.date | None]:
    """The deadline or reply day given as a weekday alone ("senast på fredag"): the first
    such day after the post's date when the ad is dated, else after ``today``."""
    base: dt.date | None = None
    for tries, m in enumerate(_LONE_WEEKDAY.finditer(text)):
        if tries >= 20:
            break
        cue = _classify(text, m.start(), m.end(), 0)
        if cue is None or cue.kind not in ("deadline", "reply"):
            continue
        if (deadline if cue.kind == "deadline" else reply_by) is not None:
            continue
        base = base or _posted(text, today) or today
        ahead = (_WEEKDAY_NUMBERS[m.group("day").lower()] - base.weekday() - 1) % 7 + 1
        day = base + dt.timedelta(days=ahead)
        evidence["deadline" if cue.kind == "deadline" else "ad_reply_by"] = _collapse(
            text[min(cue.start, m.start()) : m.end()]
        )
        if cue.kind == "deadline":
            deadline = day
        else:
            reply_by = day
    return deadline, reply_by
