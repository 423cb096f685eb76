"""An ad's text made ready to read: soft wraps joined, obfuscated addresses restored,
sentence bounds; the limits every part of the ad reader shares."""

from __future__ import annotations

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
