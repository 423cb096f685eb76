"""The yes/no facts of an ad: rolling selection, no phone calls, only shortlisted contacted."""

from __future__ import annotations

import re
from typing import Final

from .ad_prep import _collapse, _in_link, _search_outside_links, _sentence_bounds

# ------------------------------------------------------------------------ yes/no facts

_ROLLING: Final = re.compile(
    r"""
    (?=[luiratsbopcfhkgev])  # the first letters of the branches below
    (?:
    \b(?:fort)?löpande[ \t]+(?:urval|intervju|rekrytering|tillsättning|antagning|granskning)
    # (and Norwegian: "Søknader behandles fortløpende", "vurderes fortløpende"; "Vi
    # anställer löpande" hires as the applications come)
  | \b(?:sista[ \t]+)?(?:urval|intervju|rekryter|ansökning|tillsätt|kallar|kallas|granska
        |behandl|läser|går[ \t]+igenom|søknad|vurder|anställer|anställning[ \t]+sker)
        \w*[^.!?\n]{0,40}?\b(?:(?:fort)?löpande|fortløpende|kontinuerligt|successivt)\b
        (?![ \t]+(?:bokföring|redovisning|ekonomi|underhåll|drift|arbete|ärenden|uppgifter))
  | \b(?:tillsätt|avslut|stäng|anställ|besätt|intervju|urval|kalla)\w*[^.!?\n]{0,60}?
        \b(?:innan|före)[ \t]+(?:sista[ \t]+ansökningsdag|ansöknings\w+|annonserings\w+
        |annonsens|annonsen\b|annonstiden|utsatt|sista[ \t]+dag)
  | \b(?:urval|intervju|kalla|behandla|granska|går[ \t]+igenom|läser|påbörja)\w*
        [^.!?\n]{0,50}?\b(?:omgående|genast|med[ \t]+en[ \t]+gång)\b
  | \b(?:urval|intervju|ansökning|kalla|behandla|granska|går[ \t]+igenom|läser|hantera)\w*
        [^.!?\n]{0,60}?\b(?:när|då|allteftersom|efter[ \t]*hand|i[ \t]+(?:den[ \t]+)?ordning
        |i[ \t]+takt[ \t]+med)\b[^.!?\n]{0,30}?\b(?:kommer[ \t]+in|kommit[ \t]+in|inkommer
        |tas[ \t]+emot|kommer[ \t]+till[ \t]+oss)
  | \b(?:tillsätt|avslut|stäng|anställ|rekrytering|annons)\w*[^.!?\n]{0,60}?\bi[ \t]+förtid\b
  | \b(?:urval|intervju|tillsätt|kalla)\w*[^.!?\n]{0,60}?\b(?:under|redan[ \t]+under)
        [ \t]+(?:hela[ \t]+)?(?:ansökningstiden|ansökningsperioden|annonseringstiden
        |annonseringsperioden|annonsperioden)
  | \b(?:tillsätt|anställ|avslut|stäng|intervju|kalla)\w*[^.!?\n]{0,60}?\bså[ \t]+
        (?:snart|fort)[ \t]+(?:vi|rätt|lämplig)
  | \b(?:tillsätt|anställ|avslut|stäng)\w*[^.!?\n]{0,60}?\b(?:när|då)[ \t]+vi[ \t]+
        (?:har[ \t]+)?hittat[ \t]+(?:rätt|en[ \t]+lämplig|lämplig)
  | \b(?:kontakt|ringer|hör[ \t]+av|kallar)\w*[^.!?\n]{0,60}?\bredan[ \t]+under[ \t]+
        (?:hela[ \t]+)?(?:ansökningstiden|ansökningsperioden|annonseringstiden)
  | \b(?:fill|closed|appoint|hire|recruit|close|offer)\w*[^.!?\n]{0,60}?
        \bas[ \t]+soon[ \t]+as[ \t]+(?:we|the[ \t]+right|a[ \t]+suitable)
  | \b(?:(?:interview|review|shortlist|assess|select)\w*|close[sd]?|end)\b
        [^.!?\n]{0,60}?\b(?:before|prior[ \t]+to)[ \t]+(?:the[ \t]+)?
        (?:advertised[ \t]+|stated[ \t]+|published[ \t]+)?(?:application[ \t]+)?
        (?:deadline|closing[ \t]+date)
  | \b(?:on[ \t]+a[ \t]+)?rolling[ \t]+basis
  | \bon[ \t]+a[ \t]+rolling\b(?![ \t]+(?:rota|roster|schedule|shift|rotation|pattern|cycle))
  | \b(?:review|screen|assess|process|consider|read|interview|select)\w*[^.!?\n]{0,40}?
        \b(?:continuously|on[ \t]+an[ \t]+ongoing[ \t]+basis|as[ \t]+(?:they|applications)
        [ \t]+(?:come[ \t]+in|arrive|are[ \t]+received)|(?:up)?on[ \t]+receipt
        |as[ \t]+soon[ \t]+as[ \t]+(?:we[ \t]+)?
        (?:receive|get)|in[ \t]+the[ \t]+order[ \t]+(?:they|applications)[ \t]+
        (?:are[ \t]+received|arrive|come[ \t]+in))
  | \b(?:interview|review|shortlist|assess|select|invit)\w*[^.!?\n]{0,60}?
        \b(?:immediately|straight[ \t]+away|right[ \t]+away)
  | \b(?:selection|screening|interviewing|interviews|recruitment[ \t]+process|review[ \t]+of
        [ \t]+applications)[ \t]+(?:is|are|will[ \t]+be)[ \t]+(?:already[ \t]+)?
        (?:ongoing|on-going|continuous|under[ \t]+way|underway|in[ \t]+progress)
  | \b(?:urval(?:et)?|intervjuer(?:na)?|urvalsarbetet)[ \t]+(?:har[ \t]+(?:redan[ \t]+)?
        (?:påbörjats|startat|börjat)|pågår|är[ \t]+(?:redan[ \t]+)?igång|sker[ \t]+redan)
  | \bcontinuously[ \t]+(?:review|screen|assess|interview|select|process)
  | \b(?:applications|candidates|interviews|selection)[^.!?\n]{0,40}?
        \b(?:continuously|on[ \t]+an[ \t]+ongoing[ \t]+basis)
  | \b(?:filled|closed|appointed|hired|hire|recruited|close[ \t]+the)\w*[^.!?\n]{0,60}?
        \b(?:before|prior[ \t]+to)[ \t]+(?:the[ \t]+)?(?:application[ \t]+)?
        (?:deadline|closing[ \t]+date|last[ \t]+day|period[ \t]+(?:ends|closes|is[ \t]+over))
  | \b(?:select|interview|shortlist|review|screen|assess|hir|fill|appoint|recruit)\w*
        [^.!?\n]{0,60}?\b(?:during|throughout)[ \t]+the[ \t]+(?:application|advertising
        |recruitment|posting)[ \t]+period
  | \b(?:select|interview|shortlist|review|screen|fill|hir|recruit)\w*[^.!?\n]{0,60}?
        \bwhile[ \t]+the[ \t]+(?:ad|advert|advertisement|posting|vacancy|job[ \t]+ad)[ \t]+
        (?:is|remains)[ \t]+(?:still[ \t]+)?(?:open|published|live|active|up)
  | \b(?:urval|intervju|tillsätt|kalla|behandla|granska)\w*[^.!?\n]{0,60}?\bmedan[ \t]+
        (?:annonsen|ansökningstiden)[ \t]+(?:är[ \t]+(?:publicerad|ute|öppen)|ligger[ \t]+ute
        |pågår|löper)
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
  | \b(?:ombeds|uppmanas)[ \t]+(?:vänligen[ \t]+)?(?:att[ \t]+)?(?:inte|ej)[ \t]+(?:att[ \t]+)?ring
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
  | \btar[ \t]+(?:vi[ \t]+)?(?:tyvärr[ \t]+|dessvärre[ \t]+)?inte[ \t]+emot[ \t]+
        (?:några[ \t]+)?frågor[ \t]+(?:per|via|på)[ \t]+telefon
    # "inte svara på frågor om placering per telefon": what the questions are about between
  | \b(?:inte|ej)[ \t]+(?:\w+[ \t]+){0,2}?(?:tar[ \t]+emot|ta[ \t]+emot|besvarar|besvara
        |svarar[ \t]+på|svara[ \t]+på)[ \t]+(?:några[ \t]+)?(?:frågor|förfrågningar)
        (?:[ \t]+om[ \t]+\w+(?:[ \t]+\w+)?)?[ \t]+(?:per|via|på|över)[ \t]+telefon
  | \b(?:inte|ej)[ \t]+(?:\w+[ \t]+){0,2}?(?:tar[ \t]+emot|ta[ \t]+emot|besvarar|besvara
        |svarar[ \t]+på|svara[ \t]+på)[ \t]+(?:några[ \t]+)?(?:telefon)?samtal\b
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

# "Till dig som är annonssäljare: vi undanber oss samtal", "Agencies and sales people:
# please do not call": the addressee named before the request, before a colon in the same
# sentence or on the line above ("Till annonssäljare och rekryteringsföretag:" alone), or
# in a short sentence of its own just before ("Till annonssäljare! Vi undanber oss samtal.").
_ADDRESSEE_HEAD: Final = re.compile(r"[ \t]*(?:till|to|note[ \t]+to|att)\b", re.IGNORECASE)
_ADDRESSEE_MAX: Final = 100


def _addressed_to_agencies(text: str, left: int, start: int) -> bool:
    """Whether the request at ``start`` (its sentence begins at ``left``) is addressed to
    agencies or sellers named before it."""
    colon = text.rfind(":", left, start)
    if colon != -1:  # "Sökande: ring inte": the addressee is named here, no need to look up
        return _search_outside_links(_AGENCIES, text, left, colon) is not None
    floor = max(0, left - _ADDRESSEE_MAX)
    head = text[floor:left].rstrip()
    if not head.endswith((":", "!")):
        return False
    head_start = floor + max(head.rfind(stop, 0, len(head) - 1) for stop in ".!?\n") + 1
    if head.endswith("!") and not _ADDRESSEE_HEAD.match(text, head_start):
        return False
    return _search_outside_links(_AGENCIES, text, head_start, floor + len(head)) is not None


_NEGATION: Final = re.compile(r"\b(?:inte|ej|icke|not|no)\b", re.IGNORECASE)
_CLAUSE_SEPARATOR: Final = re.compile(r"[,;:]|\b(?:and|och|samt|or|eller)\b", re.IGNORECASE)
# "No calls or agencies, please": a request that ends at the match is a request of its own.
_CLAUSE_AFTER: Final = re.compile(r"[ \t]*(?:[,;/]|(?:or|eller|och|and)\b)", re.IGNORECASE)
_ONLY: Final = re.compile(r"\b(?:endast|enbart|bara|only)\b", re.IGNORECASE)
_ONLY_LAST: Final = re.compile(r"[ \t]*(?:[.!;)]|$|\n)")  # "only" closes its sentence
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


# "Successful candidates will be contacted", "Aktuella kandidater kontaktas": the chosen ones
# are contacted, the rest are not (without an "only"), unless the ad promises everyone an
# answer ("Alla sökande får besked").
_CHOSEN_CONTACTED: Final = re.compile(
    r"""
    (?<![\w-])(?:successful|short-?listed|selected)[ \t]+
        (?:candidates|applicants)[ \t]+will[ \t]+be[ \t]+(?:contacted|invited|notified|called)
  | (?<![\w-])(?:aktuella|utvalda|intressanta)[ \t]+
        (?:kandidater|sökande)[ \t]+(?:kommer[ \t]+att[ \t]+)?(?:kontaktas|kallas|meddelas)
    # "Vi kontaktar dig om du går vidare (i processen)", "We will contact you if you are
    # shortlisted": the contact is the news; silence is the answer for the others
  | \b(?:kontaktar|ringer|hör[ \t]+av[ \t]+oss[ \t]+till|återkommer[ \t]+till)[ \t]+(?:dig|er)
        [ \t]+(?:bara[ \t]+|endast[ \t]+)?(?:om|ifall|när)[ \t]+(?:du|ni)[ \t]+
        (?:går|gått|kommer)[ \t]+vidare(?![^.!?\n]{0,30}\beller[ \t]+(?:inte|ej)\b)
  | \bwe(?:[ \t]+will|'ll|’ll)[ \t]+(?:contact|call|get[ \t]+in[ \t]+touch[ \t]+with)[ \t]+
        you[ \t]+(?:only[ \t]+)?(?:if|when|once)[ \t]+you(?:[ \t]+are|'re|’re|[ \t]+have[ \t]+been)
        [ \t]+(?:shortlisted|short-listed|selected|successful)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_EVERYONE_ANSWERED: Final = re.compile(
    r"""
    \b(?:alla|samtliga|varje)[ \t]+(?:sökande|kandidater|kandidat|som[ \t]+(?:har[ \t]+)?sök\w*)
        \b[^.!?\n]{0,40}?(?:\bfår|kontakt|meddela|informera|besked|\bsvar|återkoppl|återkomm)
  | \b(?:återkommer|återkopplar|svarar|kontaktar|meddelar|besked|svar)[ \t]+(?:till[ \t]+)?
        (?:alla|samtliga|varje)[ \t]+(?:sökande|kandidater)
  | \b(?:all|every|each)[ \t]+(?:applicants?|candidates?)\b[^.!?\n]{0,40}?
        (?:contact|notif|inform|answer|respon|repl|hear|feedback|outcome)
  | \b(?:respond|reply|get[ \t]+back|write|answer)[ \t]+to[ \t]+(?:all|every|each)[ \t]+
        (?:applicants?|candidates?)
  | \bwe[ \t]+will[ \t]+(?:contact|notify|inform|answer)[ \t]+(?:all|every|each|everyone)
  | \b(?:unsuccessful|other)[ \t]+(?:candidates|applicants)[ \t]+will
  | \bövriga[ \t]+(?:sökande|kandidater)[ \t]+(?:får|meddelas|kontaktas)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Every match of these patterns contains one of these words: texts without any of them
# (most of a pasted page, all of a garbage paste) skip the pattern entirely.
_ROLLING_WORDS: Final = (
    "löpande", "løpende", "rolling", "continuous", "ongoing", "innan", "före", "before", "prior",
    "early", "arrive", "come in", "received", "kontinuerligt", "successivt", "under",
    "snart", "så fort", "soon", "omgående", "genast", "en gång", "kommer in", "kommit in",
    "inkommer", "tas emot", "till oss", "förtid", "immediately", "away", "order", "hittat",
    "receipt", "pågår", "påbörjats", "startat", "börjat", "igång", "redan", "way",
    "progress", "during", "throughout", "while", "medan",
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


# "Shifts are allocated on a rolling basis", "we work a rolling rota": the working hours roll,
# not the selection.
_ROLLING_HOURS: Final = re.compile(
    r"\b(?:shifts?|rota|roster|schedul\w*|work(?:ing)?[ \t]+hours|on[ \t]+call)\b[^.!?\n]{0,40}\Z",
    re.IGNORECASE,
)


def _about_hours(text: str, m: re.Match[str]) -> bool:
    """Whether an English "rolling" match is about working hours rather than selection."""
    if "rolling" not in m.group().lower():
        return False
    return _ROLLING_HOURS.search(text, max(0, m.start() - 60), m.start()) is not None


def _rolling(text: str, low: str, evidence: dict[str, str]) -> bool:
    """Whether selection starts before the deadline ("löpande urval", "rolling basis")."""
    if not any(word in low for word in _ROLLING_WORDS):
        return False
    for tries, m in enumerate(_ROLLING.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        if not _negated(text, m) and not _about_hours(text, m):
            evidence["rolling_selection"] = _collapse(m.group())
            return True
    return False


def _negated(text: str, m: re.Match[str]) -> bool:
    """Whether a "not" stands in the match or earlier in its clause ("inte löpande urval").

    Only the clause counts, so "Tveka inte, urval sker löpande!" is not negated.
    """
    begin = max(0, m.start() - 30)
    for stop in ",;:.!?\n–—":
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
        sentence_left = left
        for separator in _CLAUSE_SEPARATOR.finditer(text, left, m.start()):
            left = separator.end()  # "no agencies and no phone calls": two requests
        if _CLAUSE_AFTER.match(text, m.end()):
            right = m.end()
        if _in_link(text, m.start(), m.end()):
            pos = m.end()
            continue
        if _search_outside_links(_AGENCIES, text, left, right) is None and not (
            _addressed_to_agencies(text, sentence_left, m.start())
        ):
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
            after = _SHORTLIST.search(text, m.end(), right)
            if after is None and _ONLY_LAST.match(text, m.end()):  # "... candidates only."
                after = _SHORTLIST.search(text, max(left, m.start() - 30), m.start())
            if after is not None and _NOTIFIED.search(text, left, right):
                evidence["ad_only_shortlisted_contacted"] = _collapse(text[left:right])
                return True
            pos = max(right, m.end())  # one look per sentence
    chosen = _CHOSEN_CONTACTED.search(text)
    if chosen is not None and _EVERYONE_ANSWERED.search(text) is None:
        left, right = _sentence_bounds(text, chosen.start(), chosen.end())
        evidence["ad_only_shortlisted_contacted"] = _collapse(text[left:right])
        return True
    if any(word in low for word in _SILENCE_WORDS):
        silence = _SILENCE_MEANS_NO.search(text)
        if silence is not None:
            left, right = _sentence_bounds(text, silence.start(), silence.end())
            evidence["ad_only_shortlisted_contacted"] = _collapse(text[left:right])
            return True
    return False
