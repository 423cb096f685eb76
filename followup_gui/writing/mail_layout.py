"""A mail body's shape for the checklist: greeting, sentences, sign-off, and the phrase
regexes compiled once from the word lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from ..i18n import Lang
from .checklist_words import (
    ABBREVIATIONS,
    APPLICANT_COUNT_PHRASES,
    CASUAL_WORDS,
    CHANCE_PHRASES,
    DEADLINE_PHRASES,
    DEMAND_PHRASES,
    EXACT_WHEN_PHRASES,
    GREETINGS,
    IMPATIENT_PHRASES,
    INTEREST_PHRASES,
    POLITE_PHRASES,
    RELATIVE_DATE_PHRASES,
    SALARY_WORDS,
    SIGN_OFFS,
    SOFT_ABBREVIATIONS,
    SPECIFIC_PHRASES,
    THANKS_PHRASES,
)

# --------------------------------------------------------------------------- regex helpers

_QUOTE_PAIRS: Final = (
    ("’", "'"), ("‘", "'"), ("`", "'"), ("´", "'"),
    ("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"'),
)  # fmt: skip

Span = tuple[int, int]
"""A piece of the text: start and end offsets."""


def _straight(text: str) -> str:
    """Typographic quotes and apostrophes made straight; one character for one, so offsets
    stay valid. (Chained ``str.replace`` is many times faster than ``str.translate`` here.)"""
    for curly, plain in _QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, plain)
    return text


def _phrase_regex(phrase: str) -> str:
    """One list entry → a regex fragment (see the module docstring for the syntax)."""
    parts: list[str] = []
    for token in _straight(phrase).split():
        if token == "*":
            parts.append(r"(?:\s+\S+){0,3}?")
            continue
        alternatives = []
        for alt in token.split("|"):
            if alt.endswith("*") and len(alt) > 1:
                alternatives.append(re.escape(alt[:-1]) + r"\w*")
            else:
                alternatives.append(re.escape(alt))
        fragment = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        parts.append(fragment if not parts else r"\s+" + fragment)
    return "".join(parts)


def _compile(phrases: Iterable[str]) -> re.Pattern[str]:
    """All entries of a list as one case-insensitive, whole-word pattern (longest first)."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(_phrase_regex(p) for p in ordered)
    # A lookahead on the possible first letters lets the scan skip most words at once.
    initials = {alt[0] for p in ordered for alt in _straight(p).split()[0].split("|")}
    firsts = {c for i in initials for c in (i.lower(), i.upper())}
    first = "".join(sorted(re.escape(c) for c in firsts))
    return re.compile(rf"(?<!\w)(?=[{first}])(?:{body})(?!\w)", re.IGNORECASE)


_IMPATIENT_RE: Final = _compile(IMPATIENT_PHRASES)
_DEMAND_RE: Final = _compile(DEMAND_PHRASES)
_DEADLINE_RE: Final = _compile(DEADLINE_PHRASES)
_PRESSING_RES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("salary", _compile(SALARY_WORDS)),
    ("chances", _compile(CHANCE_PHRASES)),
    ("applicants", _compile(APPLICANT_COUNT_PHRASES)),
    ("exact_date", _compile(EXACT_WHEN_PHRASES)),
)
_CASUAL_RE: Final = re.compile(
    _compile(CASUAL_WORDS).pattern
    + r"|!{2,}|\?{2,}"
    + r"|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2764\uFE0F]"
    + r"|(?<!\S)[:;=]-?[)(DPp](?!\w)|(?<!\w)xD(?!\w)",
    re.IGNORECASE,
)
_POLITE_RE: Final = _compile(POLITE_PHRASES)
_THANKS_RE: Final = _compile(THANKS_PHRASES)
_SPECIFIC_RE: Final = re.compile(
    _compile(SPECIFIC_PHRASES).pattern + r'|"[^"\n]{3,80}"', re.IGNORECASE
)
_INTEREST_RE: Final = _compile(INTEREST_PHRASES)
_RELATIVE_DATE_RE: Final = _compile(RELATIVE_DATE_PHRASES)

_SIGN_OFF_RE: Final = re.compile(
    rf"^[ \t]*(?:{'|'.join(_phrase_regex(p) for p in sorted(SIGN_OFFS, key=len, reverse=True))})"
    r"(?!\w)[ \t]*[,.!:]?(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_GREETING_RE: Final = re.compile(
    rf"^[ \t]*(?:{'|'.join(_phrase_regex(p) for p in sorted(GREETINGS, key=len, reverse=True))})"
    r"(?!\w)",
    re.IGNORECASE,
)
_PLACEHOLDER_RE: Final = re.compile(
    r"\[[^\]\n]{0,80}\]|\{[^}\n]{0,60}\}|<[^\W\d_][^<>@/:\n]{0,40}>|(?<!\w)(?:X{2,}|x{3,}|TODO|NN)(?!\w)|_{3,}"
)
_DOUBLED_RE: Final = re.compile(r"(?<![\w-])([^\W\d_]+)\s+(\1)(?![\w-])", re.IGNORECASE)
_DOUBLE_OK: Final = frozenset({"that", "had"})
_MASK_RE: Final = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|(?:https?://|www\.)\S+"  # web addresses
    r"|(?<![\w@])(?:[\w-]+\.)+(?:se|com|nu|org|net|io|eu|dk|no|fi|uk)(?:/\S*)?(?!\w)"
)
_DIGIT_OR_UNDERSCORE_RE: Final = re.compile(r"[\d_]")
_WORD_RE: Final = re.compile(r"\w+(?:['’.\-]\w+)*")
_SENTENCE_END_RE: Final = re.compile(r"[.!?…]+(?=[\"'”’)\]]*(?:\s|$))")
_TOKEN_BEFORE_RE: Final = re.compile(r"\S+$")
_NON_SPACE_RE: Final = re.compile(r"\S")
_HAS_LETTER_RE: Final = re.compile(r"[^\W\d_]")
_SUBJECT_PREFIX_RE: Final = re.compile(r"^\s*(?:(?:re|sv|vs|fwd|fw|vb)\s*:\s*)+", re.IGNORECASE)
_LOOSE_RE: Final = re.compile(r"[\s\-‐‑–—_/]+")


def _loose(text: str) -> str:
    """Case-folded, quotes straightened, whitespace and dashes as single spaces."""
    return _LOOSE_RE.sub(" ", _straight(text).casefold()).strip()


def _contains_title(text: str, title: str) -> bool:
    """Whether the loose title occurs in the loose text, starting at a word boundary.

    No boundary at the end, so inflected forms count ("Ekonomiassistenten").
    """
    wanted = _loose(title)
    if not wanted:
        return False
    return re.search(rf"(?<!\w){re.escape(wanted)}", _loose(text)) is not None


# --------------------------------------------------------------------------- body structure


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where the greeting ends and the sign-off starts, and the sentences in between."""

    core_start: int
    core_end: int
    sign_off: re.Match[str] | None
    sentences: tuple[Span, ...]


def _greeting_end(body: str) -> int:
    """Offset just after the greeting ("Hej Anna," / "Dear Ms Lind,"), or of the first text."""
    start = len(body) - len(body.lstrip())
    line_end = body.find("\n", start)
    if line_end == -1:
        line_end = len(body)
    line = body[start:line_end]
    if not _GREETING_RE.match(line):
        return start
    stripped = line.rstrip()
    if len(stripped.split()) <= 6 and not _SENTENCE_END_RE.search(stripped.rstrip(",!:")):
        return line_end
    comma = re.search(r"[,!:]", line)
    if comma and comma.start() <= 40:
        return start + comma.end()
    return line_end if len(stripped.split()) <= 6 else start


def _find_sign_off(body: str, start: int) -> re.Match[str] | None:
    """The first line from ``start`` on that is a sign-off, with at most a name after it."""
    for match in _SIGN_OFF_RE.finditer(body, start):
        if len(match.group("rest").split()) <= 4:
            return match
    return None


def _sentences(text: str, lo: int, hi: int) -> list[Span]:
    """Sentence spans in ``text[lo:hi]``.

    Ends at . ! ? … followed by a space or the end, except after abbreviations and inside
    numbers; a line without end punctuation is a sentence of its own unless the next line
    starts in lower case (a wrapped line).
    """
    units: list[Span] = []
    unit_start: int | None = None
    pos = lo
    for raw in text[lo:hi].split("\n"):
        line_lo, line_hi = pos, pos + len(raw)
        pos = line_hi + 1
        content = raw.strip()
        if not content:
            if unit_start is not None:
                units.append((unit_start, line_lo - 1))
                unit_start = None
            continue
        if unit_start is not None and not content[0].islower():
            units.append((unit_start, line_lo - 1))
            unit_start = None
        if unit_start is None:
            unit_start = line_lo + (len(raw) - len(raw.lstrip()))
    if unit_start is not None:
        units.append((unit_start, hi))

    spans: list[Span] = []
    for u_lo, u_hi in units:
        start = u_lo
        for end in _SENTENCE_END_RE.finditer(text, u_lo, u_hi):
            token_match = _TOKEN_BEFORE_RE.search(text, start, end.end())
            token = token_match.group(0).lower() if token_match else ""
            token = token.lstrip("\"'(“‘")
            if end.group(0) == ".":
                following = _NON_SPACE_RE.search(text, end.end(), u_hi)
                after = following.group(0) if following else ""
                if after.islower() and _DIGIT_OR_UNDERSCORE_RE.search(token):
                    continue  # "den 12.5. och sedan": a date, not the end of a sentence
                # An abbreviation goes on, unless the mail ends there or (for a soft one
                # like "osv.") a capital letter follows.
                if (
                    token in ABBREVIATIONS
                    and after
                    and (token not in SOFT_ABBREVIATIONS or not after.isupper())
                ):
                    continue
            if _HAS_LETTER_RE.search(text, start, end.start()) or text[start : end.start()].strip():
                spans.append((start, end.end()))
            start = end.end()
            while start < u_hi and text[start].isspace():
                start += 1
        rest = text[start:u_hi]
        if _HAS_LETTER_RE.search(rest):
            stripped_end = start + len(rest.rstrip())
            spans.append((start, stripped_end))
    return spans


def _layout(body: str) -> _Layout:
    core_start = _greeting_end(body)
    sign_off = _find_sign_off(body, core_start)
    core_end = sign_off.start() if sign_off else len(body)
    return _Layout(core_start, core_end, sign_off, tuple(_sentences(body, core_start, core_end)))


# --------------------------------------------------------------------------- messages


def _q(text: str, lang: Lang) -> str:
    return f"”{text}”" if lang == "sv" else f"“{text}”"


def _quoted_list(items: Sequence[str], lang: Lang, limit: int = 4) -> str:
    seen: list[str] = []
    for item in items:
        if item.casefold() not in (s.casefold() for s in seen):
            seen.append(item)
    shown = ", ".join(_q(s, lang) for s in seen[:limit])
    return shown + (" …" if len(seen) > limit else "")


def _matches(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list[Span]:
    """Spans of ``pattern`` in ``text`` with straight quotes (same offsets: 1:1 mapping)."""
    end = len(text) if hi is None else hi
    return [m.span() for m in pattern.finditer(_straight(text), lo, end)]


def _words_at(text: str, spans: Sequence[Span]) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in spans]
