"""Which language an ad is written in: Swedish or English (issue 23, minor).

An ad in English gets ``language: en`` on the new application, so the mails to that
employer are drafted in English. The guess counts the commonest short words of each
language (function words: "och", "att", "för" against "and", "the", "for"); a mixed ad
("Vi söker en Backend Developer ... Requirements: ...") goes to the language with clearly
more of them, and an ad too short or too even to tell gives None (the caller keeps what
it had). Pure, fast (one regex pass over at most ``MAX_CHARS``), never raises.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Language
from .ad_prep import _words

__all__ = ["guess_language"]

MAX_CHARS: Final = 20_000
MIN_WORDS: Final = 4
"""Fewer telling words than this in all: too little to tell."""
MARGIN: Final = 1.5
"""The winning language needs this many times the other's count."""

_SWEDISH: Final = frozenset(
    _words(
        """och att det som är för med på av till den har inte en ett vi du dig din ditt dina
    oss vår vårt våra ni er hos eller om kan ska vill söker sig vid från även samt
    inom där här mer mycket också bör erfarenhet ansökan tjänsten arbete arbetet
    kunskaper meriterande krav vara bli får gärna"""
    )
)
_ENGLISH: Final = frozenset(
    _words(
        """and the to of for with on is are be you your we our us in at as by from this that
    will have has or can an who what which also within about should would apply
    experience role work skills requirements please looking"""
    )
)
# "in", "an", "at" are English only; "den", "har", "vi" Swedish only: the sets do not share.
_WORD: Final = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> Language | None:
    """The ad's language, or None when there is too little text or it is too mixed to tell."""
    if not isinstance(text, str):
        return None
    swedish = english = 0
    for m in _WORD.finditer(text[:MAX_CHARS]):
        word = m.group().lower()
        if word in _SWEDISH:
            swedish += 1
        elif word in _ENGLISH:
            english += 1
    if swedish + english < MIN_WORDS:
        return None
    if english >= MARGIN * swedish and english > swedish:
        return Language.EN
    if swedish >= MARGIN * english and swedish > english:
        return Language.SV
    return None
