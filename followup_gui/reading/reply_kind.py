"""What kind of answer an employer's mail is (RULES.md "Reading an employer's reply").

Each kind has a table of phrases, Swedish and English, the way employers and their
recruiting systems write. A phrase that stands after "om", "if", "innan", "before" …
in its sentence is a condition, not news ("Om du går vidare kallar vi dig till
intervju"), and does not count. When several kinds are found the strongest wins:
cancelled > rejection > offer > interview_invitation > request > receipt, so a receipt
that mentions interviews stays a receipt, and a rejection that invites the reader to
apply again stays a rejection. ``promise`` is decided by the caller: a receipt or
other mail that names the date of an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from followup_gui.reading.reply_dates import lowered

__all__ = ["Kind", "KindHit", "find_kind_hits", "requested_items", "sentence_bounds"]


class Kind(StrEnum):
    RECEIPT = "receipt"
    PROMISE = "promise"
    INTERVIEW_INVITATION = "interview_invitation"
    REQUEST = "request"
    REJECTION = "rejection"
    OFFER = "offer"
    CANCELLED = "cancelled"
    OTHER = "other"


def _table(*phrases: str) -> re.Pattern[str]:
    """One pattern from phrases whose spaces match any short run of spaces and line ends."""
    space = r"[ \t\n]{1,4}"
    body = "|".join("(?:" + p.replace(" ", space) + ")" for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")  # run on lowered() text


_CANCELLED: Final = _table(
    r"rekryteringen (?:har )?(?:avbrutits|avbryts|avslutats utan|pausats|stoppats|lagts på is)",
    r"(?:avbryta|avbryter|avbrutit|pausa|pausar) (?:den här |denna )?rekryteringen",
    r"rekryteringen (?:är|blir) (?:avbruten|pausad|stoppad)",
    r"rekryteringen (?:av|till|för) [^.\n]{1,60}? (?:har|är) "
    r"(?:avbrutits|avbruten|pausats|stoppats)",
    r"(?:tjänsten|rollen|befattningen) (?:har )?(?:tillsatts|tillsätts) internt",
    r"tillsatt(?:s)? (?:tjänsten|rollen) internt",
    r"(?:tjänsten|rollen) (?:har )?(?:dragits tillbaka|tagits bort)",
    r"(?:inte|ej) (?:kommer att |att )?tillsätta (?:tjänsten|rollen|befattningen)",
    r"(?:recruitment|hiring process|process|position|role|vacancy) (?:has been|is|was) "
    r"(?:cancell?ed|withdrawn|put on hold|paused|closed without)",
    r"(?:position|role|vacancy) (?:has been|was|will be) filled internally",
    r"filled (?:the (?:position|role) )?internally",
    r"decided not to (?:fill|proceed with) the (?:position|role|vacancy|recruitment)",
    r"(?:cancel|withdraw|pause)(?:l?ed|l?ing)? (?:the|this) (?:recruitment|position|role|vacancy)",
    r"no longer (?:recruiting|hiring) for",
    r"hiring freeze",
)
_REJECTION: Final = _table(
    r"gå vidare med (?:en |andra |annan |några )?(?:andra |annan )?"
    r"(?:kandidat|kandidater|kandidaten|sökande)",
    r"valt (?:en |andra |annan )?(?:annan |andra )?(?:kandidat|kandidater|sökande)",
    r"(?:inte|ej) (?:att )?(?:gå|går|gått) vidare med (?:din|er) ansökan",
    r"(?:du|din ansökan) (?:har )?(?:tyvärr )?(?:inte|ej) (?:gått|går|kommer att gå) vidare",
    r"(?:inte|ej) (?:blivit |är |blir )?aktuell för (?:tjänsten|rollen|fortsatt|vidare|nästa)",
    r"(?:inte|ej) (?:kan |kunna )?erbjuda dig",
    r"beslutat att (?:inte|ej) gå vidare",
    r"valt att (?:inte|ej) gå vidare",
    r"tyvärr (?:har du|blev det) (?:inte|ej)",
    r"(?:decided|chosen|opted|elected) (?:to )?(?:move|go|proceed|continue) (?:forward |ahead )?"
    r"with (?:other|another|a different) (?:candidates?|applicants?)",
    r"(?:move|moving|go|going|proceed|proceeding) forward with (?:other|another) "
    r"(?:candidates?|applicants?)",
    r"not (?:be )?(?:moving|move|taking|going|progressing|proceeding)(?: forward| further)? "
    r"with your application",
    r"(?:regret|sorry) to (?:inform|tell|let) you",
    r"(?:has|have|was|were) not been (?:successful|selected|shortlisted)",
    r"(?:unsuccessful|not successful) (?:on|in|this)",
    r"will not be (?:progressing|taking your application)",
    r"decided not to (?:proceed|progress|continue|move forward) with your",
    r"pursue other candidates",
)
_OFFER: Final = _table(
    r"(?:vill|glada att|gärna|nöjet att|förmånen att) erbjuda dig (?:tjänsten|anställning|en "
    r"anställning|jobbet|rollen|en tjänst|en tillsvidareanställning|en visstidsanställning|"
    r"en provanställning)",
    r"erbjudande om anställning",
    r"anställningserbjudande",
    r"du har fått (?:tjänsten|jobbet)",
    r"(?:pleased|happy|delighted|glad|thrilled) to (?:offer you|extend (?:you )?an offer)",
    r"offer you the (?:position|role|job)",
    r"(?:formal |written )?offer of employment",
    r"(?:job|employment) offer",
)
_INVITATION: Final = _table(
    r"(?:vill|skulle vilja|önskar) (?:därför |nu )?(?:gärna )?(?:träffa dig|bjuda in dig|kalla dig"
    r"|boka (?:in )?(?:en |ett )?(?:intervju|samtal|möte) med dig)",
    r"bjuda in dig (?:till|på) (?:en |ett )?(?:digital |första |andra )?(?:intervju|samtal|möte)",
    r"(?:inbjudan|kallelse) till (?:en )?(?:digital |första |andra )?intervju",
    r"välkommen (?:på|till) (?:en |ett )?(?:digital |första |andra )?(?:intervju|videointervju|"
    r"intervjusamtal|anställningsintervju)",
    r"(?:gått|går) vidare (?:i processen )?till (?:en )?intervju",
    r"(?:invite|inviting|invited) you (?:to|for) (?:an |a )?(?:first |second |video |online |"
    r"final )?(?:interview|meeting|conversation)",
    r"(?:would|'d|we'd) (?:like|love) to (?:meet|interview|invite) you",
    r"interview invitation",
    r"invitation to (?:an |a )?(?:first |second |video )?interview",
    r"(?:selected|shortlisted) (?:you )?(?:for|to) (?:an |a )?(?:interview|the next stage)",
)
_RECEIPT: Final = _table(
    r"tack för [^.\n]{0,30}(?:din|er) ansökan",
    r"(?:vi )?(?:har )?(?:tagit emot|mottagit|fått) (?:din|er) ansökan",
    r"(?:din|er) ansökan (?:har )?(?:kommit in|tagits emot|mottagits|är registrerad|registrerats)",
    r"bekräftelse på (?:din )?ansökan",
    r"mottagningsbekräftelse",
    r"thank you for (?:your application|applying|submitting)",
    r"thanks for (?:your application|applying)",
    r"(?:we )?(?:have )?(?:received|got) your application",
    r"your application (?:has been|was) (?:received|submitted|registered)",
    r"(?:detta|det här) är ett automatiskt",
    r"(?:this is an )?automatic(?:ally generated)? (?:message|reply|confirmation)",
)
_REQUEST_ASK: Final = _table(
    r"(?:be|ber) (?:vi )?dig",
    r"vill (?:att du|be dig)",
    r"behöver (?:vi )?(?:få|ha)(?: in)?",
    r"vill (?:vi )?(?:gärna |också )?(?:få|ha)(?: in)?",
    r"vänligen",
    r"(?:skulle|kan|kunde) du(?: kunna)?",
    r"du ombeds",
    r"skicka (?:gärna|oss)",
    r"please",
    r"(?:could|would|can) you",
    r"kindly",
    r"we (?:would )?need",
    r"we require",
    r"(?:we'd|we would) like you to",
    r"(?:ask|asking) you to",
    r"you are (?:asked|required)",
)
_REQUEST_ITEMS: Final = (
    ("references", _table(r"referens(?:er|erna|personer)?", r"references?", r"referees?")),
    (
        "test",
        _table(
            r"(?:\w{0,20})test(?:et|er|erna)?",
            r"arbetsprov(?:et)?",
            r"case(?:t)?",
            r"assessments?",
            r"assignments?",
            r"uppgift(?:en)?",
            r"(?:\w{0,20})tests?",
        ),
    ),
    (
        "documents",
        _table(
            r"betyg(?:en)?",
            r"intyg(?:en)?",
            r"examensbevis(?:et)?",
            r"utdrag(?:et)?",
            r"belastningsregister",
            r"(?:personligt )?brev",
            r"cv",
            r"löneanspråk",
            r"certifikat",
            r"certificates?",
            r"diplomas?",
            r"transcripts?",
            r"documents?",
            r"dokument(?:en|et)?",
            r"portfolio",
            r"salary expectations?",
            r"copy of",
            r"kopia (?:av|på)",
            r"id-handling",
            r"legitimation",
            r"körkort(?:et)?",
        ),
    ),
    (
        "times",
        _table(
            r"(?:vilka|några|lämpliga) tider",
            r"när (?:det )?passar (?:det )?(?:dig|bäst)",
            r"vilka dagar",
            r"your availability",
            r"when you are available",
            r"which times",
            r"times that suit you",
            r"what times",
            r"available times",
        ),
    ),
)
# "Om du går vidare …", "If you are shortlisted …": what follows is a condition.
_CONDITION: Final = re.compile(
    r"(?<![\w-])(?:om (?:du|din|ditt|dina|vi|ni|det|ansökan|profilen|någon)|ifall|innan|if|before|"
    r"should|unless|in case|"
    r"kan komma att|may|might|eventuellt|possibly|senare i processen|later in the process|"
    r"i nästa steg|in the next step|kommer att (?:kontakta|höra)|will contact)(?![\w-])"
)


@dataclass(frozen=True, slots=True)
class KindHit:
    """A phrase that tells a kind, and where it stands."""

    kind: Kind
    start: int
    end: int


_TABLES: Final = (
    (Kind.CANCELLED, _CANCELLED, False),
    (Kind.REJECTION, _REJECTION, True),
    (Kind.OFFER, _OFFER, True),
    (Kind.INTERVIEW_INVITATION, _INVITATION, True),
    (Kind.RECEIPT, _RECEIPT, False),
)
_STOPS: Final = re.compile(r"[.!?](?:[ \t\n]|$)|\n[ \t]*\n|\n[ \t]*[-•*–]")


def sentence_bounds(text: str, start: int, end: int, floor: int = 0) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, within 300 characters each side."""
    left = max(floor, start - 300)
    for m in _STOPS.finditer(text, left, start):
        left = m.end()
    right_limit = min(len(text), end + 300)
    stop = _STOPS.search(text, end, right_limit)
    right = stop.start() + 1 if stop else right_limit
    return left, right


def _conditional(text: str, start: int, floor: int, *, before_ok: bool = False) -> bool:
    """Whether a condition word stands before ``start`` in its sentence ("innan"/"before"
    do not count with ``before_ok``: "Innan vi går vidare ber vi dig …" is a request)."""
    left, _ = sentence_bounds(text, start, start, floor)
    for m in _CONDITION.finditer(text, left, start):
        if not (before_ok and m.group().lower() in ("innan", "before")):
            return True
    return False


def find_kind_hits(text: str, start: int, end: int) -> list[KindHit]:
    """Every phrase in ``text[start:end]`` that tells a kind, strongest kind first."""
    hits: list[KindHit] = []
    text = lowered(text)
    for kind, table, conditional_ok in _TABLES:
        for m in table.finditer(text, start, end):
            if conditional_ok and _conditional(text, m.start(), start):
                continue
            hits.append(KindHit(kind, m.start(), m.end()))
    hits.extend(_request_hits(text, start, end))
    order = list(Kind)
    strength = [Kind.CANCELLED, Kind.REJECTION, Kind.OFFER, Kind.INTERVIEW_INVITATION,
                Kind.REQUEST, Kind.RECEIPT]  # fmt: skip
    hits.sort(key=lambda hit: (strength.index(hit.kind), order.index(hit.kind), hit.start))
    return hits


def _request_hits(text: str, start: int, end: int) -> list[KindHit]:
    hits: list[KindHit] = []
    for ask in _REQUEST_ASK.finditer(text, start, end):
        if _conditional(text, ask.start(), start, before_ok=True):
            continue
        _, right = sentence_bounds(text, ask.start(), ask.end(), start)
        for _item, table in _REQUEST_ITEMS:
            thing = table.search(text, ask.end(), min(right, end))
            if thing is not None:
                hits.append(KindHit(Kind.REQUEST, ask.start(), thing.end()))
                break
    return hits


def requested_items(text: str, hits: list[KindHit]) -> tuple[str, ...]:
    """What the request hits ask for: "references", "test", "documents", "times"."""
    found: list[str] = []
    for hit in hits:
        if hit.kind != Kind.REQUEST:
            continue
        words = lowered(text[hit.start : hit.end])
        for item, table in _REQUEST_ITEMS:
            if item not in found and table.search(words):
                found.append(item)
    return tuple(found)
