"""An ad's text made ready to read: soft wraps joined, obfuscated addresses restored,
sentence bounds; the limits every part of the ad reader shares."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

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


# --------------------------------------------------------------------------- text prep

_TRANSLATE: Final = str.maketrans(
    {
        "\r": "\n",
        "\xa0": " ",  # no-break space
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen ("070‑123 45 67")
        "\u200b": None,  # zero-width space
        "\xad": None,  # soft hyphen
        "\ufeff": None,
    }
)
# A line that continues in lower case is a soft wrap inside a sentence: join it.
_SOFT_WRAP: Final = re.compile(r"\n[ \t]{0,40}(?=[a-zåäöéü])")
# A word a PDF broke over two lines at a hyphen ("an-\nsökningsdag", "West-\nberg", "ur-\nval"):
# the two halves are one word again. Not a hyphen that joins two words ("kund- och
# leverantörsreskontra", "B-\nkörkort", "Göteborgs-\nregionen"), which keeps its hyphen.
_BROKEN_WORD: Final = re.compile(
    r"(?<=[a-zåäöéü])-[ \t]{0,40}\n[ \t]{0,40}"
    r"(?=[a-zåäöéü])(?!(?:och|eller|samt|till|and|or|to|regionen|området|trakten)\b)"
)
_SENTENCE_END: Final = re.compile(r"[.!?][ \t]+(?=[A-ZÅÄÖ])")


# "anna.berg(at)firma.se", "anna.berg [at] firma.se": addresses written against harvesters.
_AT_SIGN: Final = re.compile(r"(?<=\w)[ \t]?[(\[{](?:at|snabel-a)[)\]}][ \t]?(?=\w)", re.IGNORECASE)
_DOT_SIGN: Final = re.compile(r"(?<=\w)[ \t]?[(\[{](?:dot|punkt)[)\]}][ \t]?(?=\w)", re.IGNORECASE)


# Text run together by copy/paste or scraping: "namn@firma.se031-22 33 44",
# "namn@hotmail.comVi söker", "mejlaNamn@gmail.com". An address ends where its top-level
# domain (lower-case letters) ends and digits or a capitalised word begin; a verb glued
# to its front ("mejla", "email") is not part of it. A space is put in between.
_GLUED_AFTER: Final = re.compile(
    r"(?<=@)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,7}\.[a-z]{2,24}"
    r"(?=\d{2,}(?!\d*\.[A-Za-z])|\+\d|[A-ZÅÄÖ][a-zåäö])"
)
# A phone number run into the address after it ("070-123 45 67anna.berg@firma.se"): a
# digit group after a digit and a space cannot begin a local part that starts with letters.
_GLUED_PHONE_ADDRESS: Final = re.compile(
    r"(?=\d)(?:(?<=\d[ \t-])\d{2,4}|(?<![\w.%+-])0\d{7,9})(?=[A-Za-z][A-Za-z0-9._%+-]{0,63}@)"
)
# A word run into the phone number after it ("Linnea Sjöberg070-123 45 67"); the number
# is not followed by "@" (then its digits are an address's own).
_GLUED_WORD_PHONE: Final = re.compile(
    r"(?=[+0]\d)(?<=[A-Za-zÅÄÖåäöéü])(?=(?:\+|0)\d(?:[ \t–-]?\d){6,12}(?![\d@]))"
)
# Text scraped from a page loses the breaks between its parts: "svenskaOrt:Jönköping",
# "2026-11-09Sista ansökningsdag", "Sverige ABPublicerad", "löpande.Kontakt". A capitalised
# word run into a lower-case word, a number, an all-capitals word or a sentence's end
# starts a new line. Addresses and links are left alone ("AnnaSvensson@Bolaget.se").
_GLUED_WORDS: Final = re.compile(
    r"(?=[A-ZÅÄÖ][a-zåäöéü]{2})"
    r"(?:(?<=[a-zåäöéü]{3})|(?<=[A-ZÅÄÖ]{2})|(?<=\d)|(?<=[a-zåäö][.!?]))"
)
_KEEP_WHOLE: Final = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}"
    r"|(?:https?://|www\.)[^\s]{1,300}"
)
# A name run into its own address ("Johan Mattssonjohan.mattsson@firma.se"): the address
# starts with a capitalised word, and what follows that word begins with the name.
_NAME_INTO_ADDRESS: Final = re.compile(
    r"(?P<before>[A-ZÅÄÖ][a-zåäöéü]{1,30})[ \t]{1,3}"
    r"(?P<glued>[A-ZÅÄÖ][a-zåäöéü]{1,30}[a-z0-9._%+-]{1,64})@"
)
_FOLD: Final = str.maketrans("åäöéèüæø", "aaoeeuao")


def _split_name_from_address(m: re.Match[str]) -> str:
    glued, before = m.group("glued"), m.group("before")
    folded = glued.lower().translate(_FOLD)  # one character for one: offsets stay
    before_folded = before.lower().translate(_FOLD)
    for i in range(2, len(glued) - 1):
        if not glued[i - 1].isalpha() or not glued[i].islower():
            break
        if folded.startswith((before_folded, folded[:i]), i):
            return f"{before} {glued[:i]} {glued[i:]}@"
    return m.group()


def _unglue_words(text: str) -> str:
    """Start a new line where scraping ran two parts of a page together (see above)."""
    kept = [(m.start(), m.end()) for m in _KEEP_WHOLE.finditer(text)]
    if not kept:
        return _GLUED_WORDS.sub("\n", text)
    starts = [start for start, _end in kept]

    def split(m: re.Match[str]) -> str:
        i = bisect.bisect_right(starts, m.start()) - 1
        return "" if i >= 0 and m.start() < kept[i][1] else "\n"

    return _GLUED_WORDS.sub(split, text)


# A label run into the date after it ("Sista ansökningsdag2027-01-11", "Publicerad2026-11-09").
_GLUED_DATE: Final = re.compile(r"(?:19|20|21)\d\d-[01]\d-[0-3]\d(?!\d)")


def _space_before_date(m: re.Match[str]) -> str:
    start = m.start()
    before = m.string[max(0, start - 3) : start]
    glued = len(before) == 3 and before.isalpha() and before.islower()
    return f" {m.group()}" if glued else m.group()


_GLUED_BEFORE: Final = re.compile(
    r"\b(?i:mejla|maila|mejl|mail|e-?post|e-?mail|epost)(?=[A-ZÅÄÖ][A-Za-z0-9._%+-]{0,63}@)"
)


def _prepare(text: str) -> str:
    """Normalise spaces and line ends, and join soft-wrapped lines, so phrases match."""
    text = text[:MAX_CHARS].replace("\r\n", "\n").translate(_TRANSLATE)
    if "at)" in text or "at]" in text or "at}" in text or "-a)" in text or "-a]" in text:
        text = _DOT_SIGN.sub(".", _AT_SIGN.sub("@", text))
    if "@" in text:
        text = _GLUED_BEFORE.sub(r"\g<0> ", _GLUED_AFTER.sub(r"\g<0> ", text))
        text = _GLUED_PHONE_ADDRESS.sub(r"\g<0> ", text)
        text = _NAME_INTO_ADDRESS.sub(_split_name_from_address, text)
    if "-\n" in text or "- " in text:
        text = _BROKEN_WORD.sub("", text)
    text = _unglue_words(_GLUED_WORD_PHONE.sub(" ", text))
    if "-" in text:
        text = _GLUED_DATE.sub(_space_before_date, text)
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


# The characters an e-mail address or a web address is written with: a word among them
# ("rekrytering" in rekrytering@firma.se, in www.firma.se/rekrytering) names no cue.
_LINK_RUN: Final = re.compile(r"[\w.%+/@~=&#?-]*")
_LINK_REACH: Final = 300


def _in_link(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of an e-mail address or a web address."""
    before = _LINK_RUN.match(text[max(0, start - _LINK_REACH) : start][::-1])
    after = _LINK_RUN.match(text, end, end + _LINK_REACH)
    run_start = start - (before.end() if before else 0)
    run = text[run_start : after.end() if after else end]
    return "@" in run or "//" in run or "www." in run.lower()


def _search_outside_links(
    pattern: re.Pattern[str], text: str, begin: int, end: int
) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text[begin:end]`` that is not inside an address."""
    for tries, m in enumerate(pattern.finditer(text, begin, end)):
        if tries >= 20:
            break
        if not _in_link(text, m.start(), m.end()):
            return m
    return None
