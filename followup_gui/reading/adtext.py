"""Read the facts that matter for following up out of a pasted job ad.

``analyse(text, reference)`` finds the application deadline, the ad's own timeline
(when applicants hear back, when interviews are held), "rolling selection", "no phone
calls", "only shortlisted candidates are contacted", the contact person (Swedish,
British, North American and other international phone numbers) and the workplace's
town, in Swedish and English ads (RULES.md "The application window", guide: "Läs
annonsen noggrant").

How it works, and why:

* Dates are found first, with one regex for every written form ("15 maj", "1:a juni",
  "2026-05-15", "15/5", "May 15, 2026", "vecka 23", ...). Each date then takes its
  meaning from the nearest cue word before it in the same sentence ("Sista
  ansökningsdag", "Vi återkommer", "Tillträde", ...), so a start date or the reply
  timeline is never mistaken for the deadline. dateutil is not used: it cannot read
  "1:a juni" or two dates in one string, and a month table is faster.
* The yes/no facts are fixed phrases, some with a short bounded gap between two parts.
* Every pattern is linear: no nested unbounded quantifiers, all gaps bounded, and the
  text is cut at ``MAX_CHARS``. Analysing never raises; at worst nothing is found.
* Only the standard library is imported here; the holiday calendar behind "vecka 23"
  (``workdays``) is loaded only when an ad actually names a week.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Final

__all__ = ["MAX_CHARS", "AdFacts", "analyse"]

_log = logging.getLogger(__name__)

MAX_CHARS: Final = 200_000
"""Text beyond this is ignored: no real ad is longer, and pasting a book must not hang the UI."""

_EVIDENCE_MAX: Final = 160
_LOOKBACK: Final = 100  # how far before a date its cue word may stand
_HEAD_MAX: Final = 25  # a date line with a longer cue-less head does not look at the line above
_MAX_DATES: Final = 1000  # dates weighed per text: an ad has a dozen, a table of numbers more
_YEARLESS_GRACE: Final = dt.timedelta(days=60)
"""A year-less date may lie this far before the reference: an ad read some weeks after its
deadline keeps that deadline instead of jumping a year (DESIGN.md contract 3)."""


def _words(words: str) -> tuple[str, ...]:
    """A word table written as one string: easier to read and extend than a list."""
    return tuple(words.split())


def _empty_evidence() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class AdFacts:
    """What an ad says about its process. None/False means "not found in the ad".

    Equality compares the facts only, not ``evidence`` (where they were read from).
    """

    deadline: dt.date | None = None
    rolling_selection: bool = False
    ad_reply_by: dt.date | None = None
    ad_no_calls: bool = False
    ad_only_shortlisted_contacted: bool = False
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    town: str | None = None
    """The workplace's town or municipality (ort), where the ad states it ("Ort: Umeå")."""
    evidence: Mapping[str, str] = field(default_factory=_empty_evidence, compare=False)
    """Fact name -> the short piece of the ad it was read from, for "found: ..." in the UI."""

    @property
    def found(self) -> tuple[str, ...]:
        """Names of the facts that were found, in field order (e.g. ``("deadline",)``)."""
        return tuple(
            f.name
            for f in fields(self)
            if f.name != "evidence" and getattr(self, f.name) not in (None, False)
        )


# --------------------------------------------------------------------------- text prep

_TRANSLATE: Final = str.maketrans(
    {
        "\r": "\n",
        "\xa0": " ",  # no-break space
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": None,  # zero-width space
        "\xad": None,  # soft hyphen
        "\ufeff": None,
    }
)
# A line that continues in lower case is a soft wrap inside a sentence: join it.
_SOFT_WRAP: Final = re.compile(r"\n[ \t]{0,40}(?=[a-zåäöéü])")
_SENTENCE_END: Final = re.compile(r"[.!?][ \t]+(?=[A-ZÅÄÖ])")


# "anna.berg(at)firma.se", "anna.berg [at] firma.se": addresses written against harvesters.
_AT_SIGN: Final = re.compile(r"(?<=\w)[ \t]?[(\[{](?:at|snabel-a)[)\]}][ \t]?(?=\w)", re.IGNORECASE)
_DOT_SIGN: Final = re.compile(r"(?<=\w)[ \t]?[(\[{](?:dot|punkt)[)\]}][ \t]?(?=\w)", re.IGNORECASE)


def _prepare(text: str) -> str:
    """Normalise spaces and line ends, and join soft-wrapped lines, so phrases match."""
    text = text[:MAX_CHARS].replace("\r\n", "\n").translate(_TRANSLATE)
    if "at)" in text or "at]" in text or "at}" in text or "-a)" in text or "-a]" in text:
        text = _DOT_SIGN.sub(".", _AT_SIGN.sub("@", text))
    return _SOFT_WRAP.sub(" ", text)


def _collapse(snippet: str) -> str:
    """One line, single spaces, at most ``_EVIDENCE_MAX`` characters: fit for a label."""
    snippet = " ".join(snippet.split()).strip(" ,;:-–•*.")
    if len(snippet) > _EVIDENCE_MAX:
        half = _EVIDENCE_MAX // 2 - 2
        snippet = f"{snippet[:half]} … {snippet[-half:]}"
    return snippet


def _sentence_bounds(text: str, start: int, end: int, span: int = 120) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most ``span`` characters each side."""
    left = max(0, start - span)
    for stop in ".!?\n":
        left = max(left, text.rfind(stop, left, start) + 1)
    right = min(len(text), end + span)
    for stop in ".!?\n":
        hit = text.find(stop, end, right)
        if hit != -1:
            right = hit
    return left, right


# ---------------------------------------------------------------------------- dates

_MONTHS: Final[Mapping[str, int]] = MappingProxyType(
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
_MONTH_ALT: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))

_DATE: Final = re.compile(
    rf"""
    (?<![\w/.])
    (?=[\djfmasondvw])  # cheap first-character test: most positions fail here
    (?:
        (?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?!\d)
      | (?P<dd>\d{{1,2}})(?::?(?:a|e|st|nd|rd|th))?\.?[ \t]{{0,3}}(?:of[ \t]{{1,3}})?
        (?P<dmon>{_MONTH_ALT})\b\.?(?:,?[ \t]{{1,3}}(?P<dy>\d{{4}})(?!\d))?
      | (?P<mmon>{_MONTH_ALT})\b\.?[ \t]{{0,3}}(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)
        (?:,?[ \t]{{1,3}}(?P<my>\d{{4}})(?!\d))?
      | (?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})
        (?:[ \t]{{1,3}}(?P<ny>\d{{4}})|[-/](?P<ny2>\d{{4}}|\d{{2}}))?(?![\d/])
      | (?P<pd>\d{{1,2}})\.(?P<pm>\d{{1,2}})\.(?P<py>\d{{4}})(?!\d)
      | (?:vecka|veckorna|weeks|week|wk\.?|v\.?)[ \t]{{0,3}}(?P<w>\d{{1,2}})
        (?:[ \t]{{0,3}}(?:[-–—&]|och|and|till|to)[ \t]{{0,3}}(?:(?:vecka|week|v\.?)[ \t]{{0,3}})?
           (?P<w2>\d{{1,2}}))?(?!\d)
        (?:,?[ \t]{{1,3}}(?P<wy>\d{{4}})(?!\d))?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "15 maj – 20 maj", "1 juni till 5 juni": the range ends at the second date.
_RANGE: Final = re.compile(
    r"[ \t]{0,3}(?:[-–—]|till|to|until|t\.o\.m\.?|tom)[ \t]{0,3}", re.IGNORECASE
)

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
                updated uppdaterad"""
            ),
            "start",
        ),
        **dict.fromkeys(_words("senast by before innan före ansökan cv than"), "weak"),
    }
)
_CUE_PREFIXES: Final = (
    ("deadline", ("ansökningsdag", "ansökningsdatum", "ansökningstid", "ansökningsperiod")),
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
        ("applications", "close"): "deadline",
        ("applications", "closes"): "deadline",
        ("application", "due"): "deadline",
        ("application", "period"): "deadline",
        ("sista", "dag"): "deadline",
        ("sista", "dagen"): "deadline",
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


def _on_or_after(month: int, day: int, year: int | None, reference: dt.date) -> dt.date | None:
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


def _week_end(week: int, year: int | None, reference: dt.date) -> dt.date | None:
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


def _to_date(m: re.Match[str], reference: dt.date, *, month_first: bool = False) -> dt.date | None:
    """Turn one ``_DATE`` match into a date, or None if it names no real day.

    A slashed date is day first ("15/6") unless the ad is American (``month_first``:
    "6/15") or the day-first reading names no month ("6/15/2026").
    """
    g = m.group
    if g("iy"):
        return _on_or_after(int(g("im")), int(g("id")), int(g("iy")), reference)
    if g("dmon"):
        return _on_or_after(_MONTHS[g("dmon").lower()], int(g("dd")), _year(g("dy")), reference)
    if g("mmon"):
        return _on_or_after(_MONTHS[g("mmon").lower()], int(g("md")), _year(g("my")), reference)
    if g("nd"):
        year = _year(g("ny")) or _year(g("ny2"), short_ok=True)
        day, month = int(g("nd")), int(g("nm"))
        if month_first or (month > 12 >= day):
            day, month = month, day
        return _on_or_after(month, day, year, reference)
    if g("pd"):
        return _on_or_after(int(g("pm")), int(g("pd")), int(g("py")), reference)
    if g("w"):
        return _week_end(int(g("w2") or g("w")), _year(g("wy")), reference)
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


def _find_dates(
    text: str, reference: dt.date, evidence: dict[str, str]
) -> tuple[dt.date | None, dt.date | None]:
    """The deadline (the first one named) and the reply timeline (the latest one named)."""
    if reference > dt.date.min + _YEARLESS_GRACE:
        reference -= _YEARLESS_GRACE  # year-less dates: the first on or after this day
    month_first = "$" in text or "USD" in text or _AMERICAN.search(text) is not None
    deadline: dt.date | None = None
    reply_by: dt.date | None = None
    for hit in _date_hits(text):
        if hit.cue.kind == "deadline" and deadline is not None:
            continue
        day = _hit_date(hit, reference, month_first)
        if day is None:
            continue
        if hit.cue.kind == "deadline":
            deadline = day
            evidence["deadline"] = _hit_evidence(text, hit)
        elif reply_by is None or day > reply_by:
            reply_by = day
            evidence["ad_reply_by"] = _hit_evidence(text, hit)
    return deadline, reply_by


# ------------------------------------------------------------------------ yes/no facts

_ROLLING: Final = re.compile(
    r"""
    (?=[luiratsbopcfhkge])  # the first letters of the branches below
    (?:
    \b(?:fort)?löpande[ \t]+(?:urval|intervju|rekrytering|tillsättning|antagning|granskning)
  | \b(?:sista[ \t]+)?(?:urval|intervju|rekryter|ansökning|tillsätt|kallar|kallas|granska
        |behandla|läser|går[ \t]+igenom)\w*[^.!?\n]{0,40}?
        \b(?:(?:fort)?löpande|kontinuerligt|successivt)\b
        (?![ \t]+(?:bokföring|redovisning|ekonomi|underhåll|drift|arbete|ärenden|uppgifter))
  | \b(?:tillsätt|avslut|stäng|anställ|besätt|intervju|urval|kalla)\w*[^.!?\n]{0,60}?
        \b(?:innan|före)[ \t]+(?:sista[ \t]+ansökningsdag|ansöknings\w+|annonserings\w+
        |annonsens|annonstiden|utsatt|sista[ \t]+dag)
  | \b(?:urval|intervju|tillsätt|kalla)\w*[^.!?\n]{0,60}?\b(?:under|redan[ \t]+under)
        [ \t]+(?:hela[ \t]+)?(?:ansökningstiden|ansökningsperioden|annonseringstiden
        |annonseringsperioden|annonsperioden)
  | \b(?:tillsätt|anställ|avslut|stäng)\w*[^.!?\n]{0,60}?\bså[ \t]+(?:snart|fort)[ \t]+
        (?:vi|rätt|lämplig)
  | \b(?:filled|closed|appoint|hire|recruit|close|offer)\w*[^.!?\n]{0,60}?
        \bas[ \t]+soon[ \t]+as[ \t]+(?:we|the[ \t]+right|a[ \t]+suitable)
  | \b(?:(?:interview|review|shortlist|assess|select)\w*|close[sd]?|end)\b
        [^.!?\n]{0,60}?\b(?:before|prior[ \t]+to)[ \t]+(?:the[ \t]+)?
        (?:advertised[ \t]+|stated[ \t]+|published[ \t]+)?(?:application[ \t]+)?
        (?:deadline|closing[ \t]+date)
  | \b(?:on[ \t]+a[ \t]+)?rolling[ \t]+basis | \bon[ \t]+a[ \t]+rolling\b
  | \b(?:review|screen|assess|process|consider|read|interview|select)\w*[^.!?\n]{0,40}?
        \b(?:continuously|on[ \t]+an[ \t]+ongoing[ \t]+basis|as[ \t]+(?:they|applications)
        [ \t]+(?:come[ \t]+in|arrive|are[ \t]+received))
  | \bcontinuously[ \t]+(?:review|screen|assess|interview|select|process)
  | \b(?:applications|candidates|interviews|selection)[^.!?\n]{0,40}?
        \b(?:continuously|on[ \t]+an[ \t]+ongoing[ \t]+basis)
  | \b(?:filled|closed|appointed|hired|hire|recruited|close[ \t]+the)\w*[^.!?\n]{0,60}?
        \b(?:before|prior[ \t]+to)[ \t]+(?:the[ \t]+)?(?:application[ \t]+)?
        (?:deadline|closing[ \t]+date|last[ \t]+day)
  | \bclose[ \t]+(?:(?:the|this)[ \t]+(?:advert|advertisement|ad|posting|recruitment|vacancy
        |position|role|job|post|listing|campaign)[ \t]+)?early
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_NO_CALLS: Final = re.compile(
    r"""
    \bundanbe[dr]\w*[ \t]+(?:oss[ \t]+|vi[ \t]+)?[^.!?\n]{0,30}?(?:telefon)?samtal
  | \bundanbe[dr]\w*[ \t]+(?:oss[ \t]+)?[^.!?\n]{0,20}?kontakt[ \t]+(?:per|via)[ \t]+telefon
  | \b(?:telefon)?samtal[^.!?\n]{0,40}?\bundanb[eo]\w*
  | \btelefon\w*[ \t]+(?:\w+[ \t]+)?undanb[eo]\w*
  | \b(?:förfrågningar|frågor)[ \t]+(?:per|via|på)[ \t]+telefon[ \t]+undanb[eo]\w*
  | \b(?:ber|önskar)[^.!?\n]{0,30}?\b(?:inte|ej)[ \t]+(?:att[ \t]+)?ring
  | \b(?:svarar|besvarar)[ \t]+(?:vi[ \t]+)?(?:inte|ej)[ \t]+(?:på[ \t]+)?(?:några[ \t]+)?
        (?:frågor|samtal)[ \t]+(?:per|via|på)[ \t]+telefon
  | \binga[ \t]+(?:frågor|förfrågningar)[ \t]+(?:per|via|på)[ \t]+telefon
  | \binga[ \t]+(?:telefon)?samtal
  | \bring[ \t]+(?:oss[ \t]+|mig[ \t]+)?(?:inte|ej)\b
  | \bkontakta[ \t]+[^.!?\n]{0,20}?inte[ \t]+(?:per|via|på)[ \t]+telefon
  | \b(?:frågor|kontakt)\w*[^.!?\n]{0,40}?\b(?:endast|enbart|bara)[ \t]+(?:via|per|på)[ \t]+
        (?:e-?post|mejl|mail|e-?mail)
  | \bavstå[^.!?\n]{0,20}?\bringa
  | \bundvik\w*[ \t]+(?:att[ \t]+ringa|(?:att[ \t]+)?(?:telefon)?samtal)
  | \b(?:frågor|samtal)[^.!?\n]{0,20}?\b(?:besvaras|tas)[ \t]+(?:inte|ej)[ \t]+(?:emot[ \t]+)?
        (?:per|via|på)[ \t]+telefon
  | \btar[ \t]+(?:vi[ \t]+)?inte[ \t]+emot[ \t]+(?:några[ \t]+)?frågor[ \t]+(?:per|via|på)
        [ \t]+telefon
  | \bavoid[ \t]+(?:phone[ \t]+|telephone[ \t]+)?(?:calls|calling|phoning)\b
  | \b(?:tar|besvarar)[ \t]+(?:vi[ \t]+)?(?:inte|ej)[ \t]+(?:emot[ \t]+)?(?:några[ \t]+)?
        (?:telefon)?samtal
  | \bno[ \t]+(?:phone[ \t]+|telephone[ \t]+)?calls\b
  | \b(?:do[ \t]+not|don'?t|don’t)[ \t]+(?:call|phone|telephone)\b
  | \b(?:questions|enquiries|inquiries)[^.!?\n]{0,40}?(?:e-?mail|in[ \t]+writing)[ \t]+only
  | \b(?:questions|enquiries|inquiries|contact)\w*[^.!?\n]{0,40}?\bonly[ \t]+(?:by|via|through)
        [ \t]+e-?mail
  | \bno[ \t]+(?:telephone|phone)[ \t]+(?:enquiries|inquiries)
  | \brefrain[ \t]+from[ \t]+(?:calling|phoning|telephoning)
  | \b(?:do[ \t]+not|don'?t|don’t|cannot|can'?t|can’t)[ \t]+(?:accept|take|answer|respond[ \t]+to)
        [ \t]+(?:phone|telephone)[ \t]+(?:calls|enquiries|inquiries)
  | \b(?:phone|telephone)[ \t]+(?:calls|enquiries|inquiries)[ \t]+
        (?:are[ \t]+not|will[ \t]+be[ \t]+not|will[ \t]+not|won'?t|won’t|cannot|can'?t|can’t)\b
  | \b(?:do[ \t]+not|don'?t|don’t|please[ \t]+avoid)[ \t]+contact\w*[^.!?\n]{0,30}?
        \b(?:by|via|over|on)[ \t]+(?:the[ \t]+)?(?:phone|telephone)
  | \bunable[ \t]+to[ \t]+(?:accept|take|answer|respond[ \t]+to|deal[ \t]+with)[ \t]+
        (?:any[ \t]+)?(?:phone|telephone)[ \t]+(?:calls|enquiries|inquiries)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "Vi undanber oss samtal från rekryteringsföretag och annonssäljare" is about agencies,
# not about applicants calling.
_AGENCIES: Final = re.compile(
    r"""
    rekryterings(?:företag|bolag|firm|konsult|-) | bemanning | annons\w*(?:försälj|säljare|företag)
  | annonsör | \w*säljare | försäljare | konsultbolag | mediebyrå | \bagenc | headhunt
  | rekryterare | \bsäljföretag | försäljningsföretag
  | \brecruiters | recruit(?:ment|ing)[ \t]+(?:firm|compan|agenc|consult)
  | \bsales[ \t]*(?:people|persons|men|calls) | \badvertis
    """,
    re.IGNORECASE | re.VERBOSE,
)

_NEGATION: Final = re.compile(r"\b(?:inte|ej|icke|not|no)\b", re.IGNORECASE)
_CLAUSE_SEPARATOR: Final = re.compile(r"[,;:]|\b(?:and|och|samt|or|eller)\b", re.IGNORECASE)
# "No calls or agencies, please": a request that ends at the match is a request of its own.
_CLAUSE_AFTER: Final = re.compile(r"[ \t]*(?:[,;/]|(?:or|eller|och|and)\b)", re.IGNORECASE)
_ONLY: Final = re.compile(r"\b(?:endast|enbart|bara|only)\b", re.IGNORECASE)
_NOT_ONLY: Final = re.compile(r"\b(?:inte|ej|not)[ \t]+$", re.IGNORECASE)
_SHORTLIST: Final = re.compile(
    r"""
    går[ \t]+vidare | gått[ \t]+vidare | är[ \t]+aktuella | blir[ \t]+aktuella | kallas[ \t]+till
  | utvald | valts[ \t]+ut | väljs[ \t]+ut | \bshort-?listed | \bsuccessful | \bselected
  | \binvited[ \t]+(?:to|for) | progress | proceed | move[ \t]+forward | \badvanc
  | \b(?:aktuella|relevanta|kvalificerade|intressanta|utvalda)[ \t]+(?:kandidater|sökande)
  | vill[ \t]+(?:träffa|gå[ \t]+vidare|kalla) | kallas[ \t]+(?:till|på)
  | \bfinalists? | \bqualified[ \t]+(?:applicants|candidates) | \bchosen
  | \b(?:meet|match)(?:es)?[ \t]+(?:the|our|all) | \bwe[ \t]+(?:wish|want|would[ \t]+like)[ \t]+to
  | \bof[ \t]+interest | \bconsidered[ \t]+for
    """,
    re.IGNORECASE | re.VERBOSE,
)
_NOTIFIED: Final = re.compile(
    r"kontakt|meddela|hör[ \t]+av|återkomm|återkoppl|besked|\bsvar|contact|notif|hear|respond"
    r"|reply|feedback|get[ \t]+back|in[ \t]+touch|\bkallas|\bcalled|\binvited|\bintervju"
    r"|\binterview",
    re.IGNORECASE,
)
_SILENCE_MEANS_NO: Final = re.compile(
    r"""
    \b(?:om[ \t]+du|har[ \t]+du)[ \t]+inte[ \t]+(?:har[ \t]+)?hört[ \t]+(?:av[ \t]+oss|något)
  | \bif[ \t]+you[ \t]+(?:have[ \t]+not|haven'?t|haven’t|do[ \t]+not|don'?t|don’t)[ \t]+
        (?:heard|hear|received)[ \t]+(?:back[ \t]+|anything[ \t]+|a[ \t]+response[ \t]+)?
        (?:from[ \t]+us|within|by)
  | \b(?:om[ \t]+du|har[ \t]+du)[ \t]+inte[ \t]+(?:har[ \t]+)?fått[ \t]+(?:något[ \t]+)?
        (?:besked|svar|återkoppling)
  | \bhör[ \t]+du[ \t]+inte[ \t]+(?:av[ \t]+oss|något)
  | \b(?:(?:unable|not[ \t]+able)[ \t]+to|cannot|can'?t|can’t|can[ \t]+not)[ \t]+
        (?:personally[ \t]+)?
        (?:respond|reply)[ \t]+to[ \t]+(?:every|each|all)
        [ \t]+(?:application|applicant|candidate)
  | \b(?:inte|ej)[ \t]+(?:har[ \t]+)?möjlighet[ \t]+att[ \t]+(?:återkoppla|svara|besvara|återkomma
        |(?:lämna|ge|ge[ \t]+ett)[ \t]+(?:personligt[ \t]+)?(?:besked|svar|återkoppling))
        [ \t]+(?:till[ \t]+)?(?:alla|varje|samtliga)
  | \bkan[ \t]+(?:tyvärr[ \t]+)?inte[ \t]+(?:återkoppla|svara|besvara|återkomma)[ \t]+
        (?:till[ \t]+)?(?:alla|varje|samtliga)
    """,
    re.IGNORECASE | re.VERBOSE,
)


# Every match of these patterns contains one of these words: texts without any of them
# (most of a pasted page, all of a garbage paste) skip the pattern entirely.
_ROLLING_WORDS: Final = (
    "löpande", "rolling", "continuous", "ongoing", "innan", "före", "before", "prior",
    "early", "arrive", "come in", "received", "kontinuerligt", "successivt", "under",
    "snart", "så fort", "soon",
)  # fmt: skip
_NO_CALLS_WORDS: Final = (
    "samtal", "telefon", "ring", "mail", "post", "mejl", "call", "phon", "writing",
)  # fmt: skip
_ONLY_WORDS: Final = ("endast", "enbart", "bara", "only")
_SILENCE_WORDS: Final = (
    "hört", "hear", "fått", "hör du", "received", "able", "möjlighet", "svara", "återkoppla",
    "återkomma", "respond", "reply", "besked",
)  # fmt: skip
_MAX_TRIES: Final = 100  # anchors examined per fact: a real ad has a handful


def _rolling(text: str, low: str, evidence: dict[str, str]) -> bool:
    """Whether selection starts before the deadline ("löpande urval", "rolling basis")."""
    if not any(word in low for word in _ROLLING_WORDS):
        return False
    for tries, m in enumerate(_ROLLING.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        if not _negated(text, m):
            evidence["rolling_selection"] = _collapse(m.group())
            return True
    return False


def _negated(text: str, m: re.Match[str]) -> bool:
    """Whether a "not" stands in the match or earlier in its clause ("inte löpande urval").

    Only the clause counts, so "Tveka inte, urval sker löpande!" is not negated.
    """
    begin = max(0, m.start() - 30)
    for stop in ",;:.!?\n":
        begin = max(begin, text.rfind(stop, begin, m.start()) + 1)
    return _NEGATION.search(text, begin, m.end()) is not None


def _no_calls(text: str, low: str, evidence: dict[str, str]) -> bool:
    """Whether the ad asks applicants not to phone (agencies and sellers do not count)."""
    if not any(word in low for word in _NO_CALLS_WORDS):
        return False
    pos = 0
    for _ in range(_MAX_TRIES):
        m = _NO_CALLS.search(text, pos)
        if m is None:
            return False
        left, right = _sentence_bounds(text, m.start(), m.end())
        for separator in _CLAUSE_SEPARATOR.finditer(text, left, m.start()):
            left = separator.end()  # "no agencies and no phone calls": two requests
        if _CLAUSE_AFTER.match(text, m.end()):
            right = m.end()
        if _AGENCIES.search(text, left, right) is None:
            evidence["ad_no_calls"] = _collapse(m.group())
            return True
        pos = max(right, m.end())  # the rest of this sentence is about agencies too
    return False


def _only_shortlisted(text: str, low: str, evidence: dict[str, str]) -> bool:
    """Whether only those who go on are contacted, i.e. silence may be the answer."""
    if any(word in low for word in _ONLY_WORDS):
        pos = 0
        for _ in range(_MAX_TRIES):
            m = _ONLY.search(text, pos)
            if m is None:
                break
            left, right = _sentence_bounds(text, m.start(), m.end())
            if _NOT_ONLY.search(text, max(left, m.start() - 6), m.start()):
                pos = m.end()  # "inte bara de som går vidare": everyone hears back
                continue
            if _SHORTLIST.search(text, m.end(), right) and _NOTIFIED.search(text, left, right):
                evidence["ad_only_shortlisted_contacted"] = _collapse(text[left:right])
                return True
            pos = max(right, m.end())  # one look per sentence
    if any(word in low for word in _SILENCE_WORDS):
        silence = _SILENCE_MEANS_NO.search(text)
        if silence is not None:
            left, right = _sentence_bounds(text, silence.start(), silence.end())
            evidence["ad_only_shortlisted_contacted"] = _collapse(text[left:right])
            return True
    return False


# -------------------------------------------------------------------------- contact

_EMAIL: Final = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}"
)
_PHONE: Final = re.compile(
    r"""
    (?<![\w+/.,-])
    (?:
        # international: +46 70 123 45 67, +44 (0)20 7946 0958, +1 (406) 257-2255
        (?:\+|00)[ \t]?[1-9]\d{0,2}[ \t]?(?:\(0\)[ \t]?)?(?:\(\d{1,4}\)|\d{1,4})
        (?:[ \t]?[-–/.][ \t]?|[ \t])?
        \d{2,4}(?:(?:[ \t]?[-–.][ \t]?|[ \t])?\d{2,4}){0,4}
        # North American: 406-257-2255, (406) 257-2255, 1-800-555-0199
      | (?:1[ \t.-])?(?:\([2-9]\d{2}\)[ \t]?|[2-9]\d{2}[ \t]?[-.][ \t]?|[2-9]\d{2}[ \t])
        \d{3}[ \t]?[-. \t][ \t]?\d{4}
        # national with a leading 0: 070-123 45 67, 08-123 456 78, 0191-386-8029, 020 7946 0958
      | \(?0\d{1,4}\)?(?:[ \t]?[-–/][ \t]?|[ \t])?\d{2,4}(?:[ \t-]?\d{2,4}){0,3}
    )
    (?!\d)
    """,
    re.VERBOSE,
)
# Numbers that are not phones: company and organisation numbers, references, accounts.
_NOT_A_PHONE: Final = re.compile(
    r"""
    org(?:anisation)?s?[ \t.-]*(?:nr|nummer|no|number) | \borg\.?[ \t]*nr
  | company[ \t]+(?:no|number|reg\w*) | registered | registration | \breg\.?[ \t]*(?:no|nr|number)
  | \bvat\b | \bmoms | \bdnr\b | diarie | ärende | \bref(?:erence|erens)?\b | referensnummer
  | \bjob[ \t]*(?:id|no|number|code) | annons\w*(?:id|nummer|nr)\b | \bid\b | \bkod\b | \bcode\b
  | bankgiro | plusgiro | \biban\b | konto | account | personnummer | \bssn\b | postnummer
  | \bzip\b | charity | \bcvr\b | \babn\b | \bein\b | \bbox\b | \bpo[ \t]+box
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PHONE_WORD: Final = re.compile(
    r"tel|phone|mobil|\bring|\bcall|\bnås|växel|fax|\bmob\b|\bcell", re.IGNORECASE
)
_TRAILING_GROUP: Final = re.compile(r"[ \t-]?\d{1,4}$")
_CONTACT_WORDS: Final = re.compile(
    r"kontakt|frågor|fråga|upplysning|besvara|\bnås\b|contact|question|enquir|inquir|reach|"
    r"\btel\b|telefon|mobil|phone|\bring\b|\bcall\b",
    re.IGNORECASE,
)
_MAX_CANDIDATES: Final = 30  # addresses or numbers weighed; the contact's comes early
_FAX: Final = re.compile(r"\bfax|växel|switchboard", re.IGNORECASE)
_NO_REPLY: Final = re.compile(r"no-?reply|do-?not-?reply|noreply", re.IGNORECASE)

_NAME_LABEL: Final = re.compile(
    r"""
    (?=[uifqerhkcblgvdasm])  # the first letters of the labels below
    \b(?:
        (?:upplysningar|information|frågor|questions|enquiries|rekryterare|recruiter
          |hiring[ \t]+manager|rekryterande[ \t]+chef)
        (?:[ \t]+om[ \t]+tjänsten|[ \t]+about[ \t]+the[ \t]+(?:role|position|job))?[ \t]*:
      | (?:kontaktperson(?:er)? | contact[ \t]+person | kontakt | contact
          | (?:besvaras|lämnas|ges)[ \t]+av | kontakta | vänd[ \t]+dig[ \t]+till
          | hör[ \t]+av[ \t]+dig[ \t]+till | reach[ \t]+out[ \t]+to | (?:directed|addressed)[ \t]+to
          | speak[ \t]+(?:to|with) | ringa? | mejla | maila | call | e-?mail
          | (?:send|submit|direct|forward)[ \t]+(?:your[ \t]+)?(?:resume|résumé|cv|application
            |cover[ \t]+letter)s?(?:[ \t]+and[ \t]+(?:a[ \t]+)?(?:cover[ \t]+letter|resume|cv))?
            [ \t]+to
          | skicka[ \t]+(?:din[ \t]+ansökan|ditt[ \t]+cv|cv)(?:[ \t]+och[ \t]+\w+[ \t]+\w+)?
            [ \t]+till
        )\b
    )[ \t]*[:\-–]?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_UPPER: Final = "A-ZÅÄÖÉÜÆØÈÁÍÓÚ"
_LOWER: Final = "a-zåäöéüæøèáíóúßëïñç"
_NAME_TOKEN: Final = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?"
_NAME_RUN: Final = re.compile(
    rf"{_NAME_TOKEN}(?:[ \t]+(?:(?:af|von|van|de|der|den|la|le)[ \t]+)?{_NAME_TOKEN}){{1,3}}"
)
_WORD: Final = re.compile(r"[^\s,;:()]+[,;:]?")
_NAME_ABORT: Final = frozenset(
    _words("oss us mig me med with inte not dig you er your din vi we")
)  # "Kontakta oss", "kontakt med kunder": no person follows
_TITLES: Final = frozenset(
    _words(
        """vår vårt våra our the rekryterare rekryterande rekryteringsansvarig
        rekryteringskonsult ansvarig ansvariga chef vd hr recruiter recruiting hiring manager
        talent acquisition partner specialist konsult teamledare gruppchef rektor
        kontaktperson contact person frågor kontakta please gärna mr ms mrs dr fru herr"""
    )
)  # leading words of a name run that are titles ("Rekryterande chef Anna Svensson")
_NAME_STOP: Final = frozenset(
    _words(
        """telefon tel mobil mobile phone mail email epost mejl ring via vid kontakt och or and
        måndag tisdag onsdag torsdag fredag monday tuesday wednesday thursday friday"""
    )
)  # capitalised words that end a name ("Anna Svensson Telefon: ...")
_COMPANY_SUFFIX: Final = re.compile(r"[ \t]{1,3}(?:AB|HB|KB|Ltd|Inc|Oy|AS|ASA|GmbH|Group)\b")


_UNION: Final = re.compile(
    r"fackli\w*|fackförbund\w*|\bunion[ \t]+(?:rep|contact)\w*|\btrade[ \t]+union",
    re.IGNORECASE,
)


_HEADING_REST: Final = re.compile(r"[^\d@,;\n]{0,40}")
_CONTACT_LINE: Final = re.compile(
    r"\n[ \t•*-]{0,5}(?:kontakt|frågor|upplysningar|contact|questions|rekryter|recruit|hiring"
    r"|för[ \t]+frågor|vid[ \t]+frågor|har[ \t]+du[ \t]+frågor|mer[ \t]+information)",
    re.IGNORECASE,
)


def _union_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Where the ad names its union representatives ("Fackliga företrädare: ...").

    Public-sector ads list them beside the contact person; their names and numbers are
    not whom to follow up with. A span runs to the end of the line, or, after a heading
    ("Fackliga kontaktpersoner:" alone on its line), to the next blank line.
    """
    if "fack" not in low and "union" not in low:
        return []
    spans: list[tuple[int, int]] = []
    for m in _UNION.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        end = line_end
        if _HEADING_REST.fullmatch(text, m.end(), line_end):  # a heading: a list follows
            blank = text.find("\n\n", m.end(), m.end() + 400)
            end = min(len(text), m.end() + 400) if blank == -1 else blank
            next_contact = _CONTACT_LINE.search(text, line_end, end)
            end = end if next_contact is None else next_contact.start()
        spans.append((m.start(), end))
        if len(spans) >= _MAX_TRIES:
            break
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


_HEADING_TAIL: Final = re.compile(
    r"""[ \t:–-]*(?:(?:för|om|till|for|about)[ \t]+(?:(?:detta|denna|this|the)[ \t]+)?
        (?:jobb|jobbet|tjänst|tjänsten|annons|annonsen|role|position|job|vacancy)[ \t:]*)?""",
    re.IGNORECASE | re.VERBOSE,
)  # "Kontaktpersoner för detta jobb" alone on its line: a heading, the name comes below


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _name_after(text: str, pos: int) -> tuple[str, int] | None:
    """The person named right after a label at ``pos`` (skipping titles), or None.

    After a heading ("Kontaktperson:" alone on its line) the name may stand on one of the
    next three lines, below a title ("Kontakt / Rekryterande chef / Anna Andersson").
    """
    line_end = _line_end(text, pos)
    lines = 1
    if _HEADING_TAIL.fullmatch(text, pos, line_end):
        pos, lines = line_end + 1, 3
        line_end = _line_end(text, pos)
    for line in range(lines):
        end_limit = min(line_end, pos + 120)
        if pos > len(text) or (line and not text[pos:end_limit].strip()):
            break  # a blank line ends the contact block
        for skipped, word in enumerate(_WORD.finditer(text, pos, end_limit)):
            if skipped > 4 or word.group().rstrip(",;:").lower() in _NAME_ABORT:
                return None
            run = _NAME_RUN.match(text, word.start(), end_limit)
            if run is not None:
                name = _clean_name(run.group())
                if name is not None and not _COMPANY_SUFFIX.match(text, run.end(), end_limit):
                    return name, run.end()
        if any(c.isdigit() or c == "@" for c in text[pos:end_limit]):
            break  # a number or an address: the contact block has no name
        pos = line_end + 1
        line_end = _line_end(text, pos)
    return None


def _clean_name(run: str) -> str | None:
    """Drop leading titles and trailing non-name words; keep a 2-3 word name or nothing."""
    tokens = run.split()
    while tokens and (tokens[0].lower() in _TITLES or tokens[0].lower().endswith("chef")):
        tokens.pop(0)
    for i, token in enumerate(tokens):
        if token.lower() in _NAME_STOP:
            tokens = tokens[:i]
            break
    capitalised = [t for t in tokens if t[0].isupper()]
    if len(capitalised) < 2:
        return None
    while tokens and not tokens[-1][0].isupper():  # a dangling particle
        tokens.pop()
    if len(capitalised) > 3:
        tokens = tokens[: tokens.index(capitalised[2]) + 1]
    return " ".join(tokens)


def _find_name(
    text: str, union: list[tuple[int, int]], evidence: dict[str, str]
) -> tuple[str | None, int]:
    """The contact person and where the name ends (-1 if none)."""
    for tries, label in enumerate(_NAME_LABEL.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        if _inside(label.start(), union):
            continue
        found = _name_after(text, label.end())
        if found is not None:
            name, end = found
            evidence["contact_name"] = _collapse(text[label.start() : end])
            return name, end
    return None, -1


def _score(text: str, start: int, near_name: int) -> int:
    """Prefer an address or number next to the contact person or a "contact" word."""
    score = 0
    if 0 <= near_name <= start <= near_name + 200:
        score += 2
    if _CONTACT_WORDS.search(text, max(0, start - 120), start):
        score += 1
    return score


def _unglue(text: str, m: re.Match[str]) -> str:
    """The address without the sentence glued to it ("namn@firma.se.Välkommen med ...").

    A domain label after the second that is capitalised ("Välkommen", "Welcome") or that
    runs on into letters no domain has ("välkommen" stops at "ä") starts the next sentence.
    """
    address = m.group().rstrip(".-")
    local, domain = address.split("@", 1)
    labels = domain.split(".")
    end = m.start() + len(address)
    for i in range(2, len(labels)):
        label = labels[i]
        if label[:1].isupper() and label[1:2].islower():
            labels = labels[:i]
            break
        label_end = m.start() + len(local) + 1 + len(".".join(labels[: i + 1]))
        if i == len(labels) - 1 and label_end == end and end < len(text) and text[end].isalpha():
            labels = labels[:i]
            break
    return f"{local}@{'.'.join(labels)}"


def _find_email(
    text: str, near_name: int, union: list[tuple[int, int]], evidence: dict[str, str]
) -> str | None:
    """The most plausible contact address: near the contact person or a contact word."""
    best: tuple[int, str] | None = None
    for count, m in enumerate(_EMAIL.finditer(text)):
        if count >= _MAX_CANDIDATES:
            break
        if _inside(m.start(), union):
            continue
        address = _unglue(text, m)
        tld = address.rsplit(".", 1)[-1]
        if "." not in address.split("@", 1)[1] or not tld.isalpha() or len(tld) < 2:
            continue
        if _NO_REPLY.search(address) or address.startswith("."):
            continue
        score = _score(text, m.start(), near_name)
        if best is None or score > best[0]:
            best = (score, address)
        if score >= 3:
            break  # next to the contact person and a contact word: cannot do better
    if best is None:
        return None
    evidence["contact_email"] = best[1]
    return best[1]


def _phone_digits_ok(number: str) -> bool:
    """Whether the number has as many digits as a phone number of its kind.

    Swedish numbers have 8-10 digits in national form (0 + area code + subscriber);
    British ones 11 (0 + 10), written in at most three groups ("0191-386-8029");
    North American ones 10 (or 11 with the leading 1); others at most 15 (E.164).
    """
    digits = "".join(c for c in number.replace("(0)", "") if c.isdigit())
    if number.startswith(("+", "00")):
        if number.startswith("00"):
            digits = digits[2:]
        if digits.startswith("46"):
            return 8 <= len(digits) - 1 <= 10  # back to the 0-form
        if digits.startswith("1"):
            return len(digits) == 11
        if digits.startswith("44"):
            return 11 <= len(digits) <= 12
        return 9 <= len(digits) <= 14
    if not number.startswith(("0", "(0")):  # North American
        return len(digits) == 10 or (len(digits) == 11 and digits.startswith("1"))
    if 8 <= len(digits) <= 10:
        return True
    return len(digits) == 11 and len(re.split(r"[ \t/–-]+", number.strip())) <= 3


def _trim_phone(number: str) -> str | None:
    """Drop trailing digit groups that belong to something else ("070-123 45 67 12 maj")."""
    number = number.strip()
    for _ in range(3):
        if _phone_digits_ok(number):
            return number
        if sum(c.isdigit() for c in number) < 8:
            return None
        number = _TRAILING_GROUP.sub("", number).rstrip(" -–/")
    return number if _phone_digits_ok(number) else None


def _without_trailing_date(text: str, m: re.Match[str]) -> str:
    """The number without a last group that begins a date ("+49 30 1234567 12 May")."""
    number = m.group()
    for _ in range(2):
        last = _TRAILING_GROUP.search(number)
        if last is None or last.start() == 0:
            break
        group_start = m.start() + last.start() + (not number[last.start()].isdigit())
        if _DATE.match(text, group_start) is None:
            break
        number = number[: last.start()].rstrip(" -–/.")
    return number


def _not_a_phone(text: str, start: int) -> bool:
    """Whether the number at ``start`` is labelled as something else ("Org.nr", "Ref")."""
    line_start = text.rfind("\n", max(0, start - 50), start) + 1
    begin = max(line_start, start - 50)
    last_end = -1
    for label in _NOT_A_PHONE.finditer(text, begin, start):
        last_end = label.end()
    return last_end != -1 and _PHONE_WORD.search(text, last_end, start) is None


def _find_phone(
    text: str, near_name: int, union: list[tuple[int, int]], evidence: dict[str, str]
) -> str | None:
    """The most plausible contact number, as written; fax and switchboard numbers last."""
    best: tuple[int, str] | None = None
    for count, m in enumerate(_PHONE.finditer(text)):
        if count >= _MAX_CANDIDATES:
            break
        if _inside(m.start(), union) or _not_a_phone(text, m.start()):
            continue
        number = _trim_phone(_without_trailing_date(text, m))
        if number is None:
            continue
        score = _score(text, m.start(), near_name)
        if _FAX.search(text, max(0, m.start() - 25), m.start()):
            score -= 3
        if best is None or score > best[0]:
            best = (score, number)
        if score >= 3:
            break
    if best is None:
        return None
    evidence["contact_phone"] = best[1]
    return best[1]


# ----------------------------------------------------------------------------- town

_TOWN_LABEL: Final = re.compile(
    rf"""
    (?<![\w-])(?:
        (?:placeringsort|arbetsort|ort|kommun|stad|placering|arbetsplatsens[ \t]+ort
          |(?:job[ \t]+|work[ \t]+)?location|city|town|place[ \t]+of[ \t]+work|based[ \t]+in)
        (?:[ \t]*[:–—][ \t]*|[ \t]*\n[ \t]*(?=[{_UPPER}]))
      | (?:placeringsort(?:en)?|arbetsort(?:en)?)[ \t]+är[ \t]+
      | (?:är|bli)[ \t]+(?:placerad|stationerad|baserad)[ \t]+(?:i|på)[ \t]+
        (?:(?:vårt|vår|våra)[ \t]+\w+[ \t]+i[ \t]+)?
      | (?:role|position|job|post|vacancy|you)[ \t]+(?:is|are|will[ \t]+be)[ \t]+based[ \t]+
        (?:in|at)[ \t]+(?:our[ \t]+)?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_TOWN_WORD: Final = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?"
_TOWN: Final = re.compile(rf"{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}")
_TOWN_INSIDE: Final = re.compile(rf"\b(?:in|i)[ \t]+(?=[{_UPPER}])")
_TOWN_PARTS: Final = re.compile(r"[,/|;•·()–—]|[ \t]-[ \t]|[ \t]+(?:och|and|eller|or)[ \t]+")
_TOWN_SUFFIX: Final = re.compile(r"[ \t]+(?:stad|kommun|municipality|city)$", re.IGNORECASE)
_NOT_TOWNS: Final = frozenset(
    _words(
        """remote hybrid distans distansarbete flexibel flexible sverige sweden uk usa england
        scotland wales europe europa various flera heltid deltid onsite on-site anywhere
        worldwide global nationwide hela se enligt according office kontor huvudkontor in on
        multiple several olika valfri ort any we vi the our this det den du you är om about as
        a an at"""
    )
)  # first words of a "location" that is no town ("Location: Remote", "Ort: Flera orter")
_GENITIVE_KEEP: Final = ("ås", "äs", "fors", "ss")  # Borås, Bollnäs, Hagfors: their own s


def _town_of(value: str) -> str | None:
    """A town named at the start of ``value`` (the text after a label), or None."""
    for raw in _TOWN_PARTS.split(value, maxsplit=3)[:3]:
        part = raw.strip()
        m = _TOWN.match(part)
        if m is not None and part.split(None, 1)[0].lower() in _NOT_TOWNS:
            inside = _TOWN_INSIDE.search(part)  # "Hybrid remote in Austin"
            m = None if inside is None else _TOWN.match(part, inside.end())
        if m is None:
            continue
        town = m.group()
        rest = part[m.end() :]
        suffix = _TOWN_SUFFIX.search(town) or re.match(r"[ \t]+(?:stad|kommun)\b", rest)
        if suffix is not None:
            town = _TOWN_SUFFIX.sub("", town)
            if town.endswith("s") and not town.endswith(_GENITIVE_KEEP):
                town = town[:-1]  # "Lunds kommun", "Göteborgs stad"
        if len(town) >= 2 and town.split(None, 1)[0].lower() not in _NOT_TOWNS:
            return town
    return None


def _find_town(text: str, evidence: dict[str, str]) -> str | None:
    """The workplace's town where the ad states it ("Ort: Umeå", "Location: Malmö")."""
    for tries, label in enumerate(_TOWN_LABEL.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        begin = label.end()
        line_end = text.find("\n", begin, begin + 80)
        if line_end != -1 and not text[begin:line_end].strip():  # "Ort:" alone on its line
            begin = line_end + 1
            line_end = text.find("\n", begin, begin + 80)
        value = text[begin : begin + 80 if line_end == -1 else line_end]
        if "\n" in label.group() and len(value.strip()) > 50:
            continue  # a heading followed by prose, not by a place
        town = _town_of(value)
        if town is not None:
            evidence["town"] = _collapse(text[label.start() : begin + len(value)])
            return town
    return None


# ----------------------------------------------------------------------------- entry


def _analyse(text: str, reference: dt.date) -> AdFacts:
    """``analyse`` without the safety net (tests call this to see real errors)."""
    if isinstance(reference, dt.datetime):
        reference = reference.date()  # a datetime does not compare with dates
    text = _prepare(text)
    low = text.lower()  # for quick "is this word anywhere" checks only: offsets may differ
    evidence: dict[str, str] = {}
    deadline, reply_by = _find_dates(text, reference, evidence)
    union = _union_spans(text, low)
    name, name_end = _find_name(text, union, evidence)
    return AdFacts(
        deadline=deadline,
        rolling_selection=_rolling(text, low, evidence),
        ad_reply_by=reply_by,
        ad_no_calls=_no_calls(text, low, evidence),
        ad_only_shortlisted_contacted=_only_shortlisted(text, low, evidence),
        contact_name=name,
        contact_email=_find_email(text, name_end, union, evidence),
        contact_phone=_find_phone(text, name_end, union, evidence),
        town=_find_town(text, evidence),
        evidence=MappingProxyType(evidence),
    )


def analyse(text: str, reference: dt.date) -> AdFacts:
    """Read deadline, timeline, rules and contact person out of an ad's text.

    ``reference`` is the day year-less dates count from: "15 maj" is the first 15 May on
    or after ``reference`` minus 60 days, so an ad read some weeks after its deadline
    keeps that deadline. It is usually the day the ad is pasted or the application
    sent. Never raises: a text that cannot be read yields an empty ``AdFacts``.
    """
    try:
        return _analyse(text if isinstance(text, str) else str(text), reference)
    except Exception:  # a bug here must not cost the user the paste
        _log.exception("could not analyse the ad text")
        return AdFacts()
