"""The workplace's town (ort) named in an ad."""

from __future__ import annotations

import re
from typing import Final

from .ad_contact import _LOWER, _UPPER
from .ad_flags import _MAX_TRIES
from .ad_prep import _collapse, _words

# ----------------------------------------------------------------------------- town

_TOWN_WORD: Final = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?"
_TOWN_LABEL: Final = re.compile(
    rf"""
    (?<![\w-])(?:
        (?:placeringsort|arbetsort|ort|kommun|stad|placering|arbetsplatsens[ \t]+ort
          |(?:job[ \t]+|work[ \t]+)?location|city|town|place[ \t]+of[ \t]+work|based[ \t]+in)
        (?:[ \t]*[:–—][ \t]*|[ \t]*\n[ \t]*(?=[{_UPPER}]))
      | (?:placeringsort(?:en)?|arbetsort(?:en)?)[ \t]+(?:är[ \t]+)?(?=(?-i:[{_UPPER}]))
      | (?:(?<=\n)|^)[ \t•*-]{{0,3}}(?:ort|kommun|placering|location|stad)[ \t]+
        (?=(?-i:{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})[ \t]*(?:\n|$))
      | (?:är|bli)[ \t]+(?:placerad|stationerad|baserad)[ \t]+(?:i|på)[ \t]+
        (?:(?:vårt|vår|våra)[ \t]+\w+[ \t]+i[ \t]+)?
      | (?:role|position|job|post|vacancy|you)[ \t]+(?:is|are|will[ \t]+be)[ \t]+based[ \t]+
        (?:in|at)[ \t]+(?:our[ \t]+)?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
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
_TOWN_STOP: Final = frozenset(
    _words(
        """sista ansök ansökan ansökningsdag ansökningsperiod kontakt kontaktperson välkommen
        tillträde omfattning anställningsform anställning lön publicerad län start
        varaktighet arbetstid upplysningar om vi du apply deadline contact employment hours
        salary closing the we you about"""
    )
)  # a word that starts the next part of a page run together ("Arbetsort Växjö Sista ...")
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
        words = m.group().split()
        for i, word in enumerate(words[1:], 1):
            if word.lower() in _TOWN_STOP:
                words = words[:i]
                break
        town = " ".join(words)
        rest = part[m.start() + len(town) :]
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
