"""The person who wrote an employer's mail: name, e-mail and phone from the signature.

The signature is what follows the last closing line ("Med vänliga hälsningar", "Best
regards", "/Anna") of the employer's text, or else its last lines. The name is the first
line there of two to four capitalised words (not a team: "Rekryteringsteamet", "Talent
Acquisition"); the e-mail is an address there, else the sender's own if it is a person's
(not "no-reply"); the phone is a number there, a switchboard's or a fax's last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["Found", "Signature", "find_email", "find_phone", "no_reply", "person_name", "signature"]

_CLOSING: Final = re.compile(
    r"""^[ \t]{0,8}(?:med[ \t]vänlig(?:a|t)?[ \t]hälsning(?:ar)?|vänliga[ \t]hälsningar
      |varma[ \t]hälsningar|bästa[ \t]hälsningar|trevlig[ \t]helg|hälsningar|mvh|vh|allt[ \t]gott
      |ha[ \t]en[ \t](?:fin|bra|trevlig)[ \t]dag
      |best[ \t]regards|kind[ \t]regards|warm[ \t]regards|warmest[ \t]regards|regards
      |best[ \t]wishes
      |all[ \t]the[ \t]best|best|cheers|sincerely|yours[ \t]sincerely|yours[ \t]faithfully
      |many[ \t]thanks|thank[ \t]you|thanks|tack|hälsar|välkommen|welcome|lycka[ \t]till|vi[ \t]ses
      |see[ \t]you[ \t]soon|see[ \t]you)
      [ \t]{0,3}[,!.]?[ \t]{0,3}(?P<rest>[^\n]{0,60})$""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
_SLASH_NAME: Final = re.compile(
    r"^[ \t]{0,8}/[ \t]{0,2}(?P<rest>[A-ZÅÄÖ][^\n]{0,60})$", re.MULTILINE
)
_NAME_WORD: Final = r"[A-ZÅÄÖÉÜ][a-zåäöéüèáíóúøæ]{1,20}(?:-[A-ZÅÄÖ][a-zåäöéüèáíóúøæ]{1,20})?"
_NAME: Final = re.compile(
    rf"{_NAME_WORD}(?:[ \t](?:(?:von|van|af|de|af|da|di|el|bin)[ \t])?{_NAME_WORD}){{0,3}}"
)
_NOT_NAME_WORDS: Final = frozenset(
    str.split(
        """rekryteringsteamet rekryteringen rekrytering team teamet hr talent acquisition
    rekryteringsgruppen gruppen
    recruitment
    people personal personalavdelningen avdelningen kundtjänst support ab kommun region group
    sverige sweden rekryterare recruiter manager chef ansvarig partner specialist koordinator
    coordinator consultant konsult assistent assistant director direktör head vd ceo cto
    lead tel telefon mobil phone mobile e-post email mail www the och and for för på at of
    avdelning enhet enheten office kontor huvudkontor bemanning stiftelse förening aktiebolag
    limited ltd inc gmbh oy as hälsningar regards human resources jobb jobs careers karriär
    bageri utilities bank labs studio software systems media health foods freight retail
    logistics logistik restaurang förskola skola skolan culture kultur service services"""
    )
)
_EMAIL: Final = re.compile(r"(?<![\w.+-])[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")
_NO_REPLY: Final = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|noreply|notifications?@|mailer-daemon|bounce",
    re.IGNORECASE,
)
_PHONE: Final = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ \t-]?(?:\(0\)[ \t-]?)?\d{1,4}|0\d{1,4}|\(0\d{1,4}\))"
    r"(?:[ \t\-/]{0,2}\d{1,4}){1,5}(?![\d-])"
)
_PHONE_LABEL: Final = re.compile(
    r"(?<![\w-])(?:tel|telefon|telefonnummer|mobil|mob|phone|mobile|direkt|direct|cell|ring|call"
    r"|nummer|number|nå mig|reach me)(?![a-zåäö])|(?<![\w-])[tm]\.?[ \t]{0,2}:[ \t]{0,3}$",
    re.IGNORECASE,
)
_SWITCHBOARD: Final = re.compile(r"(?:växel|vx|switchboard|reception|fax)", re.IGNORECASE)
_ORG: Final = re.compile(
    r"(?<![\w-])(?:AB|Aktiebolag|Kommun|kommun|Region|Landsting|Ltd|Limited|Inc|Group|Sverige|"
    r"Sweden|GmbH|Oy|AS|HB|KB|Stiftelsen|stiftelse|Förening|förening|Consulting|Bemanning)"
    r"(?![\w-])"
)
_URL_OR_ADDRESS: Final = re.compile(r"www\.|https?://|@|\d{3}[ \t]?\d{2}|\+\d|\b0\d")


@dataclass(frozen=True, slots=True)
class Found:
    """A value and where its words stand in the text."""

    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Signature:
    start: int
    end: int
    name: Found | None
    employer: Found | None


def _signature_start(text: str, start: int, end: int) -> tuple[int, Found | None]:
    """Where the signature begins, and a name written on the closing line itself."""
    closing = None
    for m in _CLOSING.finditer(text, start, end):
        closing = m
    slash = None
    for m in _SLASH_NAME.finditer(text, start, end):
        slash = m
    if slash is not None and (closing is None or slash.start() > closing.start()):
        closing = slash
    if closing is None:  # the last short lines, at most seven
        lines_start = end
        for _ in range(7):
            previous = text.rfind("\n", start, max(start, lines_start - 1))
            line_start = max(previous + 1, start)
            if lines_start - line_start > 80:
                break
            lines_start = line_start
            if previous < start:
                break
        return lines_start, None
    rest = closing.group("rest").strip()
    name = None
    if rest:
        rest_name = _NAME.match(rest)
        if rest_name is not None and rest_name.end() == len(rest) and _is_name(rest):
            offset = closing.start("rest") + closing.group("rest").index(rest)
            name = Found(rest, offset, offset + len(rest))
    return closing.end(), name


def _is_name(words: str) -> bool:
    parts = words.replace("-", " ").split()
    return 1 <= len(parts) <= 4 and not any(p.lower() in _NOT_NAME_WORDS for p in parts)


def signature(text: str, start: int, end: int) -> Signature:
    """The signature of ``text[start:end]`` (the employer's part) and what it names."""
    sig_start, name = _signature_start(text, start, end)
    employer = None
    pos = sig_start
    seen_lines = 0
    while pos < end and seen_lines < 10:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end == -1 else line_end
        raw = text[pos:line_end]
        line = raw.strip(" \t|•-–")
        if line:
            seen_lines += 1
            offset = pos + raw.index(line)
            if seen_lines == 1 or (name is not None and seen_lines == 2 and " " not in name.value):
                m = _NAME.match(line)
                longer = name is None or (line.startswith(name.value + " "))
                if m is not None and m.end() == len(line) and _is_name(line) and longer:
                    name = Found(line, offset, offset + len(line))
                    pos = line_end + 1
                    continue
            if employer is None:
                employer = _employer_in_line(line, offset)
        pos = line_end + 1
    return Signature(sig_start, end, name, employer)


def _employer_in_line(line: str, offset: int) -> Found | None:
    """An organisation named in a signature line ("Rekryterare | Nordlys AB", "Umeå kommun")."""
    for piece in re.split(r"[|,·•]| - | – ", line):
        words = piece.strip()
        if not words or _URL_OR_ADDRESS.search(words) or len(words) > 60:
            continue
        if _ORG.search(words) and words[0].isupper():
            start = offset + line.index(words)
            return Found(words, start, start + len(words))
    return None


def find_email(text: str, start: int, end: int, sig_start: int) -> Found | None:
    """The writer's address: in the signature first, else elsewhere in their text."""
    best: Found | None = None
    for m in _EMAIL.finditer(text, start, end):
        address = m.group().rstrip(".")
        if _NO_REPLY.search(address):
            continue
        found = Found(address.lower(), m.start(), m.start() + len(address))
        if m.start() >= sig_start:
            return found
        if best is None:
            best = found
    return best


def _digits_ok(number: str) -> bool:
    digits = sum(c.isdigit() for c in number)
    if number.startswith("+"):
        return 9 <= digits <= 14
    return 8 <= digits <= 11


def find_phone(text: str, start: int, end: int, sig_start: int) -> Found | None:
    """The writer's number: in the signature or after a phone word, a switchboard's last."""
    best: tuple[int, Found] | None = None
    for count, m in enumerate(_PHONE.finditer(text, start, end)):
        if count > 50:
            break
        number = m.group().strip(" -/")
        if not _digits_ok(number):
            continue
        line_start = text.rfind("\n", start, m.start()) + 1
        before = text[max(line_start, m.start() - 30) : m.start()]
        labelled = _PHONE_LABEL.search(before) is not None
        in_signature = m.start() >= sig_start
        if not (labelled or in_signature):
            continue
        score = 2 * in_signature + labelled - 3 * bool(_SWITCHBOARD.search(before))
        found = Found(number, m.start(), m.start() + len(number))
        if best is None or score > best[0]:
            best = (score, found)
    return None if best is None else best[1]


def no_reply(address: str) -> bool:
    """Whether ``address`` is a system's that nobody reads ("no-reply@…")."""
    return _NO_REPLY.search(address) is not None


def person_name(words: str) -> bool:
    """Whether ``words`` look like a person's name ("Anna Berg"), not a team's."""
    words = words.strip()
    m = _NAME.fullmatch(words)
    return m is not None and len(words.split()) >= 2 and _is_name(words)
