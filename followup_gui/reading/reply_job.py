"""The job and the employer an answer is about, and where an interview takes place.

The job title follows "tjänsten som", "rollen som", "the position of", "the role of" …,
or stands in the subject ("Din ansökan: Lagerarbetare", "Interview – Data Analyst"); the
employer follows "hos", "på", "at", "to" after the words of applying, or comes before
"s rekryteringsteam". The place of an interview is a labelled line ("Plats:",
"Location:"), a meeting link (Teams, Zoom, Google Meet …), a street address, or the name
of the meeting service alone ("via Teams").
"""

from __future__ import annotations

import re
from typing import Final

from followup_gui.reading.reply_contact import Found
from followup_gui.reading.reply_dates import lowered

__all__ = ["find_employer", "find_job_title", "find_place", "title_from_subject"]

_TITLE_WORD: Final = r"[\wåäöÅÄÖéÉ&/+#.-]{1,30}"
_TITLE_STOP: Final = re.compile(
    r"[ \t]+(?:hos|på|at|with|för|for|i|in|inom|och|and|som|that|which|vi|we|har|has|is|är|"
    r"via|through|till|to|den|the|där|where|-|–|—)(?![\w-])|[,.:;!?()\"”»\n]|[ \t]-[ \t]",
    re.IGNORECASE,
)
_TITLE_LEAD: Final = re.compile(
    r"(?<![\w-])(?:(?:tjänsten|rollen|jobbet|befattningen|positionen|uppdraget|tjänst|roll)"
    r"[ \t]{1,3}(?:som|till)|(?:position|role|job|post|vacancy)[ \t]{1,3}(?:of|as|for)"
    r"|(?:applying|applied|application)[ \t]{1,3}(?:for|to)[ \t]{1,3}the[ \t]{1,3}(?:role|position)"
    r"[ \t]{1,3}(?:of|as)?)[ \t]{1,3}(?:en[ \t]|ett[ \t]|an?[ \t]|the[ \t])?",
    re.IGNORECASE,
)
_QUOTED_TITLE: Final = re.compile(
    r"(?:tjänsten|rollen|jobbet|the[ \t](?:position|role|job)|position|role)[ \t]{1,3}"
    r"[\"“”'«»]([^\"“”'«»\n]{2,60})[\"“”'«»]",
    re.IGNORECASE,
)
_THE_X_ROLE: Final = re.compile(
    r"(?<![\w-])the[ \t]{1,3}((?:[A-Z][\w&/+#-]{0,25}[ \t]){0,4}[A-Z][\w&/+#-]{0,25})[ \t]{1,3}"
    r"(?:position|role|vacancy|job)(?![\w-])"
)
_SUBJECT_PREFIX: Final = re.compile(
    r"^(?:(?:re|sv|vs|fw|fwd|vb|aw|ang|angående)[ \t]?:[ \t]*)+", re.IGNORECASE
)
_SUBJECT_LEAD: Final = re.compile(
    r"^(?:(?:angående|ang\.?|regarding|about|om)[ \t]+)?(?:(?:din|er|your)[ \t]+)?"
    r"(?:ansökan|application|intervju|interview|inbjudan|invitation"
    r"|kallelse|erbjudande|offer|besked|update|uppdatering|tack|thank[ \t]you|status|rekrytering"
    r"|recruitment)(?:[ \t]+(?:till|för|for|om|on|as|som|to|at|hos|på))*[ \t]*(?:[:–—-][ \t]*)?",
    re.IGNORECASE,
)
_EMPLOYER_LEAD: Final = re.compile(
    r"(?:ansökan|ansöka|sökt|intresse(?:t)?|söka|applying|applied|application|interest(?:ed)?"
    r"|tjänsten|rollen|position|role|jobbet|job|joining)[^.\n]{0,60}?[ \t](?:hos|på|at|in|to|with)"
    r"[ \t]{1,3}"
)  # run on lowered() text
_ORG_WORD: Final = r"(?:[A-ZÅÄÖ0-9][\wåäöÅÄÖ&'.-]{0,30}|AB|och|&|of|i|för)"
_ORG_NAME: Final = re.compile(rf"[A-ZÅÄÖ][\wåäöÅÄÖ&'.-]{{0,30}}(?:[ \t]{_ORG_WORD}){{0,4}}")
_ORG_TAIL: Final = re.compile(r"(?:[ \t]+(?:och|&|of|i|för|and))+$")
_TEAM_OWNER: Final = re.compile(
    r"(?P<org>[A-ZÅÄÖ][\wåäöÅÄÖ&'.-]{0,30}(?:[ \t][A-ZÅÄÖ][\wåäöÅÄÖ&'.-]{0,30}){0,3})"
    r"(?::s|s|'s)[ \t]{1,3}(?:rekryteringsteam|rekryteringsgrupp|HR|HR-avdelning|recruitment|"
    r"recruiting|talent|hiring|people)",
)
_VI_PA: Final = re.compile(
    rf"(?<![\w-])(?:vi|alla|rekryteringsteamet|teamet|hr-avdelningen|(?:the[ \t])?(?:hiring|"
    rf"recruitment|recruiting|people)[ \t]team)[ \t]{{1,3}}(?:på|hos|at)[ \t]{{1,3}}"
    rf"(?P<org>{_ORG_NAME.pattern})",
    re.IGNORECASE,
)
_NOT_ORGS: Final = frozenset(
    str.split(
        """Vi Du Din Er We You Your Our Tack Thank Hej Hi Dear Hello Den Det Detta This Teams Zoom
    Google Mvh Med Monday Tuesday Wednesday Thursday Friday Måndag Tisdag Onsdag Torsdag Fredag
    Intervju Interview Sverige Sweden Stockholm Göteborg Malmö Uppsala Umeå"""
    )
)

_PLACE_LABEL: Final = re.compile(
    r"^[ \t•*-]{0,4}(?:plats|adress|address|location|where|var|mötesplats|lokal|venue|"
    r"länk|link|mötesplats)[ \t]{0,3}:[ \t]{0,3}(?P<value>[^\n]{2,200})$",
    re.IGNORECASE | re.MULTILINE,
)
_MEETING_LINK: Final = re.compile(
    r"https?://[^\s<>\"']{0,40}(?:teams\.microsoft\.com|teams\.live\.com|zoom\.us|meet\.google\.com|"
    r"whereby\.com|webex\.com|meet\.jit\.si|skype\.com)[^\s<>\"']{0,300}",
    re.IGNORECASE,
)
_STREET: Final = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][\wåäöé-]{1,30}(?:gatan|vägen|gränd|torget|torg|plan|backen|allén|stigen|"
    r"leden|platsen|kajen|gata|väg|parken|Street|Road|Avenue|Lane|Square)[ \t]{1,3}\d{1,4}[A-Za-z]?"
    r"(?:,?[ \t]{1,3}(?:\d{3}[ \t]?\d{2}[ \t]{1,3})?[A-ZÅÄÖ][a-zåäö]{1,20})?"
)
_STREET_EN: Final = re.compile(
    r"(?<![\w-])\d{1,4}[A-Za-z]?[ \t]{1,3}(?:[A-Z][a-z]{1,20}[ \t]){1,3}"
    r"(?:Street|Road|Avenue|Lane|Square|Way|Place|Row|Drive)(?![\w-])"
    r"(?:,[ \t]{1,3}[A-Z][a-z]{1,20})?"
)
_SERVICE: Final = re.compile(
    r"(?<![\w-])(?:Microsoft[ \t]Teams|Teams|Zoom|Google[ \t]Meet|Skype|Whereby|Webex)(?![\w-])"
)


def _title_from(text: str, start: int, end: int) -> Found | None:
    stop = _TITLE_STOP.search(text, start, min(end, start + 80))
    title_end = stop.start() if stop else min(end, start + 80)
    title = text[start:title_end].strip()
    words = title.split()
    if not title or len(words) > 6 or not re.match(r"[\wåäöÅÄÖ]", title):
        return None
    return Found(title, start, start + len(title))


def find_job_title(text: str, start: int, end: int) -> Found | None:
    """The job title named in ``text[start:end]``, or None."""
    quoted = _QUOTED_TITLE.search(text, start, end)
    if quoted is not None:
        return Found(quoted.group(1).strip(), quoted.start(1), quoted.end(1))
    for m in _TITLE_LEAD.finditer(text, start, end):
        found = _title_from(text, m.end(), end)
        if found is not None:
            return found
    the_role = _THE_X_ROLE.search(text, start, end)
    if the_role is not None:
        return Found(the_role.group(1), the_role.start(1), the_role.end(1))
    return None


def title_from_subject(subject: str) -> str | None:
    """A job title in a subject line: "Re: Din ansökan – Lagerarbetare" -> "Lagerarbetare"."""
    rest = _SUBJECT_PREFIX.sub("", subject.strip()[:200])
    lead = _SUBJECT_LEAD.match(rest)
    if lead is None or lead.end() == 0:
        return None
    rest = rest[lead.end() :]
    rest = re.split(r"[ \t]+(?:hos|på|at|with|-|–|—|\|)[ \t]+|[,(|]", rest, maxsplit=1)[0]
    rest = rest.strip(" \t\"'“”«».:-–")
    if _SUBJECT_LEAD.fullmatch(rest):  # "Interview invitation": no title
        return None
    return rest if 2 <= len(rest) <= 60 and len(rest.split()) <= 6 else None


def _org_name(words: str) -> str:
    """The name without what follows a sentence's end, or a trailing "och"."""
    words = re.split(r"[.!?](?:[ \t\n]|$)", words, maxsplit=1)[0]
    return _ORG_TAIL.sub("", words.rstrip(".'"))


def _org_at(text: str, pos: int, end: int) -> Found | None:
    m = _ORG_NAME.match(text, pos, end)
    if m is None:
        return None
    name = _org_name(m.group())
    if name.split()[0] in _NOT_ORGS:
        return None
    return Found(name, m.start(), m.start() + len(name))


def find_employer(text: str, start: int, end: int) -> Found | None:
    """The employer named in ``text[start:end]`` ("hos Nordlys AB", "Vi på Kvarnby")."""
    for pattern in (_TEAM_OWNER, _VI_PA):
        m = pattern.search(text, start, end)
        if m is not None and m.group("org")[:1].isupper():
            name = _org_name(m.group("org"))
            if name and name.split()[0] not in _NOT_ORGS:
                return Found(name, m.start("org"), m.start("org") + len(name))
    for m in _EMPLOYER_LEAD.finditer(lowered(text), start, end):
        found = _org_at(text, m.end(), end)
        if found is not None:
            return found
    return None


def find_place(text: str, start: int, end: int) -> Found | None:
    """Where an interview in ``text[start:end]`` takes place, or None."""
    label = _PLACE_LABEL.search(text, start, end)
    if label is not None:
        value = label.group("value").strip()
        return Found(value, label.start("value"), label.start("value") + len(value))
    for pattern in (_MEETING_LINK, _STREET, _STREET_EN, _SERVICE):
        m = pattern.search(text, start, end)
        if m is not None:
            value = m.group().rstrip(".,)")
            return Found(value, m.start(), m.start() + len(value))
    return None
