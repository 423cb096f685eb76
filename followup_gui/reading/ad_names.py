"""The contact person where an ad names them loosely, read when no label, role or signature
named anyone (``ad_contact._find_name`` found nobody): a role and a name before what the
person does ("Klinikchef Elin Sandberg svarar på frågor", "Krögare Jonas Ek nås på ..."),
a name in capitals ("KONTAKTA OLLE NYGREN 070-..."), a first name in lower case or after
SMS speak ("ring maria 0456-...", "Hör av dig t Jessica 073-..."), a first name in
brackets after the number ("📞 060-61 71 81 (Nora)"), and a name and role signing the ad at
its foot ("Marie Sjölund, ägare")."""

from __future__ import annotations

import re
from typing import Final

from .ad_contact import (
    _NAME_RUN,
    _NAME_TOKEN,
    _UPPER,
    _clean_name,
    _inside,
    _is_role,
    _not_a_person,
)
from .ad_flags import _MAX_TRIES
from .ad_prep import _collapse, _words

# What the contact person does, right after their name: answers questions, is reached on a
# number, tells more about the job.
_PERSON_VERB: Final = re.compile(
    r"""[ \t]+(?:svarar[ \t]+(?:gärna[ \t]+)?på[ \t]+(?:(?:dina|era|alla|eventuella)[ \t]+)?frågor
        | nås[ \t]+(?:enklast[ \t]+)?(?:på|via|at)\b
        | (?:berättar|kan[ \t]+berätta)[ \t]+(?:gärna[ \t]+)?mer
        | (?:is|are)[ \t]+happy[ \t]+to[ \t]+(?:answer|tell)
        | (?:can|will)[ \t]+(?:answer[ \t]+(?:your[ \t]+|any[ \t]+)?questions
          |tell[ \t]+you[ \t]+more)
        | answers[ \t]+(?:your[ \t]+|any[ \t]+)?questions)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# ... and what makes it about the job: details to reach them by, or the job named.
_ABOUT_THE_JOB: Final = re.compile(
    r"@|\+\d|\b0\d|\bfrågor|\bquestions|\b(?:tjänsten|jobbet|rollen|arbetet|befattningen"
    r"|the[ \t]+(?:role|job|position))\b",
    re.IGNORECASE,
)
_AGENT_SUFFIXES: Final = ("are", "ör", "ist", "log", "ent")  # krögare, direktör, terapeut ...


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` begins a line or a sentence (its first word is capitalised anyway)."""
    before = text[max(0, pos - 3) : pos].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def _name_before_verb(text: str, union: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """ "Personalansvarig Emma Berg svarar på frågor", "Krögare Jonas Ek nås på 070-...":
    the name run right before what the person does, without the role before it."""
    for tries, verb in enumerate(_PERSON_VERB.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        begin = max(text.rfind("\n", 0, verb.start()) + 1, verb.start() - 80)
        runs = [r for r in _NAME_RUN.finditer(text, begin, verb.start()) if r.end() == verb.start()]
        if not runs or _inside(runs[0].start(), union):
            continue
        sentence_end = re.compile(r"[.!?](?:[ \t]|$)|\n").search(text, verb.end())
        right = len(text) if sentence_end is None else sentence_end.start()
        if _ABOUT_THE_JOB.search(text, verb.end(), min(right, verb.end() + 120)) is None:
            continue
        run = runs[0]
        tokens = run.group().split()
        if (
            len(tokens) >= 3
            and _sentence_start(text, run.start())
            and tokens[0].lower().endswith(_AGENT_SUFFIXES)
        ):
            tokens = tokens[1:]  # "Krögare Jonas Ek": the role starts the sentence
        name = _clean_name(" ".join(tokens))
        if name is not None:
            return name, run.start(), run.end()
    return None


# "KONTAKTA OLLE NYGREN 070-244 18 90": a label and a name in a line written in capitals.
_CAPS_NAME: Final = re.compile(
    rf"""(?<![\w-])(?:KONTAKTA|KONTAKT|RING|FRÅGOR|CONTACT|CALL|SMS:?A|MEJLA|MAILA)[ \t]*:?[ \t]+
        (?P<run>[{_UPPER}]{{2,20}}(?:-[{_UPPER}]{{2,20}})?(?:[ \t]+[{_UPPER}]{{2,20}}
        (?:-[{_UPPER}]{{2,20}})?){{1,3}})(?=[ \t]*(?:[,(:–-]|\+\d|0\d|$|\n))""",
    re.VERBOSE | re.MULTILINE,
)


def _name_in_capitals(text: str, union: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """A person named after a contact word in capitals, given in normal case."""
    for tries, m in enumerate(_CAPS_NAME.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        words = m.group("run").split()
        if _inside(m.start(), union) or any(_not_a_person(w.lower()) for w in words[-2:]):
            continue
        run = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
        name = _clean_name(run)
        if name is not None:
            return name, m.start(), m.end("run")
    return None


# "ring maria 0456-123 45", "sms:a lena 076-...", "Hör av dig t Jessica 073-...": a first name
# (in lower case, or after SMS-speak "t" for "till") right before the number.
_LOOSE_FIRST_NAME: Final = re.compile(
    r"""(?<![\w-])(?i:ring|ringa|sms:?a|smsa|messa|texta|call|text|hör[ \t]+av[ \t]+dig[ \t]+t\.?)
        [ \t]+(?:(?i:gärna)[ \t]+)?(?P<name>[a-zåäö]{3,20}|[A-ZÅÄÖ][a-zåäö]{2,20})
        [ \t]+(?:(?i:på)[ \t]+)?(?=\+\d|0\d)""",
    re.VERBOSE,
)
_NOT_NAMES: Final = frozenset(
    _words(
        """oss mig dig direkt gärna nu också även dagtid kvällstid kvällar helger vardagar mobil
        tel telefon nummer numret växeln kontoret butiken mottagningen receptionen jourtelefon
        till eller och efter före mellan innan snarast idag today us me now anytime"""
    )
)


def _loose_first_name(text: str, union: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """A first name right after a call verb, before the number; given capitalised."""
    for tries, m in enumerate(_LOOSE_FIRST_NAME.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        low = m.group("name").lower()
        if _inside(m.start(), union) or low in _NOT_NAMES or _not_a_person(low) or _is_role(low):
            continue
        return low.capitalize(), m.start(), m.end("name")
    return None


# "📞 060-61 71 81 (Nora)", "070-123 45 67 (Anna Berg)": the person after their number.
_NAME_AFTER_NUMBER: Final = re.compile(
    rf"(?:\+\d|(?<![\w-])0\d)[\d \t-]{{5,16}}\d[ \t]*\((?P<name>{_NAME_TOKEN}(?:[ \t]+"
    rf"{_NAME_TOKEN})?)\)"
)


def _name_after_number(text: str, union: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """A first name (or name) in brackets right after a phone number, or None."""
    for tries, m in enumerate(_NAME_AFTER_NUMBER.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        name = m.group("name")
        if _inside(m.start(), union) or any(_not_a_person(w.lower()) for w in name.split()):
            continue
        return name, m.start(), m.end()
    return None


# "Välkommen med din ansökan! / Marie Sjölund, ägare": a small firm's ad signed at its foot
# with a name and the signer's role (then perhaps the firm or a number, nothing more). Not a
# quote's attribution ("”Här trivs alla!” / Anna Berg, VD"; "– Anna Berg, VD" never matches).
_SIGNED_WITH_ROLE: Final = re.compile(
    rf"""^[ \t]*(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,2}})[ \t]*,[ \t]*
        (?P<role>[^\n,]{{2,40}}?)[ \t]*(?:,[^\n]{{0,60}})?$""",
    re.MULTILINE | re.VERBOSE,
)
_SIGNER_ROLES: Final = frozenset(
    _words(
        """ägare delägare innehavare grundare medgrundare vd ceo owner co-owner founder
        co-founder manager director chef"""
    )
)
_SIGNER_SUFFIXES: Final = ("chef", "ansvarig", "ledare", "ägare", "manager", "director")
_SIGNATURE_FOOT: Final = 400  # characters from the end of the ad where the signature stands
_FOOT_REST: Final = 160  # what may follow it: the firm's name, a number, an address
_PROSE: Final = re.compile(r"[a-zåäö]{2}[.!?](?:\s|$)")
_QUOTE_END: Final = ("”", '"', "»", "“")


def _signer_role(role: str) -> bool:
    """Whether ``role`` ("ägare", "VD och grundare", "Store Manager") is a signer's role."""
    words = role.lower().split()
    return 0 < len(words) <= 4 and any(
        word in _SIGNER_ROLES or word.endswith(_SIGNER_SUFFIXES) for word in words
    )


def _signed_with_role(text: str, union: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The name on a last line "Name Surname, <role>" at the ad's foot, or None."""
    found: tuple[str, int, int] | None = None
    start = max(0, len(text.rstrip()) - _SIGNATURE_FOOT)
    for tries, m in enumerate(_SIGNED_WITH_ROLE.finditer(text, start)):
        if tries >= _MAX_TRIES:
            break
        rest = text[m.end() :].strip()
        if len(rest) > _FOOT_REST or _PROSE.search(rest):
            continue  # more of the ad follows: a name in the text, not its signature
        above = text[max(0, m.start() - 200) : m.start()].rstrip()
        if above.endswith(_QUOTE_END) or _inside(m.start(), union):
            continue
        if not _signer_role(m.group("role")) or _not_a_person(m.group("name").split()[0].lower()):
            continue
        name = _clean_name(m.group("name"))
        if name is not None:
            found = name, m.start("name"), m.end("name")
    return found


def _find_loose_name(
    text: str, union: list[tuple[int, int]], evidence: dict[str, str]
) -> tuple[str | None, int]:
    """The contact person named loosely (see the module's docstring), and where the name
    ends; (None, -1) if none."""
    finders = (
        _name_before_verb, _name_in_capitals, _loose_first_name, _name_after_number,
        _signed_with_role,
    )  # fmt: skip
    for finder in finders:
        found = finder(text, union)
        if found is not None:
            name, start, end = found
            evidence["contact_name"] = _collapse(text[start:end])
            return name, end
    return None, -1
