"""Read an employer's reply: its kind and the facts that change the advice.

``read_reply(text, received, subject=..., sender=...)`` returns a ``Reply`` (RULES.md
v2.1 "Reading an employer's reply", DESIGN.md contract 2 ``read-reply``):

* ``kind``: receipt, promise, interview_invitation, request, rejection, offer,
  cancelled or other (``reply_kind``);
* the interview's moment, or every moment offered when there are several, and its place;
* ``reply_by``: the date they promise an answer by ("senast vecka 50", "inom två
  veckor", "fredag 18 december"; ``reply_dates``);
* what they ask for, and the date they want it by;
* the writer's name, e-mail and phone (``reply_contact``), the employer and job title
  (``reply_job``);
* ``evidence``: for every finding, the words it came from and where they stand in
  ``text``, so a dialog can highlight them.

Only the employer's own words are read: forwarded headers and the user's own mail quoted
below the answer are left out (``mail_text``). Reading never raises; at worst the kind is
``other`` and nothing is found. The text is cut at ``MAX_CHARS``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, Final

from followup_gui.reading import reply_contact, reply_job
from followup_gui.reading.mail_text import employer_part, split_address
from followup_gui.reading.reply_dates import Moment, find_moments
from followup_gui.reading.reply_kind import (
    Kind,
    KindHit,
    find_kind_hits,
    requested_items,
    sentence_bounds,
)

__all__ = ["MAX_CHARS", "Evidence", "Kind", "Reply", "moment_text", "read_reply"]

_log = logging.getLogger(__name__)

MAX_CHARS: Final = 100_000
"""Text beyond this is not read: no answer is longer, and a pasted book must not hang."""
_EVIDENCE_MAX: Final = 200


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words a finding came from; ``start``/``end`` index the text that was read
    (both -1 when the words came from the subject line, not the text)."""

    field: str
    words: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Reply:
    """What an employer's mail says. None (or empty) means "not found in the mail"."""

    kind: Kind
    received: dt.date
    """The mail's date (a forwarded mail's own date when its header says it)."""
    interview_at: dt.datetime | dt.date | None = None
    """The interview's moment when one is given; None when several are offered."""
    interview_options: tuple[dt.datetime | dt.date, ...] = ()
    """Every moment offered, when more than one (the user picks one)."""
    interview_place: str | None = None
    """Address, meeting link, or the meeting service ("Teams")."""
    reply_by: dt.date | None = None
    """The date they promise to answer by."""
    requested: tuple[str, ...] = ()
    """What a request asks for: "references", "test", "documents", "times"."""
    respond_by: dt.date | None = None
    """The date they ask the user to answer or send something by."""
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    job_title: str | None = None
    employer: str | None = None
    sender: str | None = None
    """The address the mail came from (the headers', or a forwarded mail's own)."""
    evidence: tuple[Evidence, ...] = ()
    body_start: int = 0
    body_end: int = 0
    """The employer's own text is ``text[body_start:body_end]`` (no forward, no quote)."""
    text: str = field(default="", repr=False, compare=False)
    """The text that was read (cut at ``MAX_CHARS``)."""

    def evidence_for(self, name: str) -> Evidence | None:
        """The first evidence for the field ``name``, or None."""
        return next((e for e in self.evidence if e.field == name), None)

    def as_json(self) -> dict[str, Any]:
        """The reader's part of DESIGN.md's ``read-reply`` object (without match/candidates)."""
        return {
            "kind": str(self.kind),
            "received": self.received.isoformat(),
            "interview_at": moment_text(self.interview_at) if self.interview_at else None,
            "interview_options": [moment_text(m) for m in self.interview_options],
            "reply_by": self.reply_by.isoformat() if self.reply_by else None,
            "contact_name": self.contact_name,
            "contact_email": self.contact_email,
            "contact_phone": self.contact_phone,
            "job_title": self.job_title,
            "employer": self.employer,
            "evidence": [{"field": e.field, "words": e.words} for e in self.evidence],
        }


def moment_text(value: dt.datetime | dt.date) -> str:
    """ "2026-12-08T10:00" for a moment, "2026-12-08" for a day (the store's form)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def read_reply(text: str, received: dt.date, *, subject: str = "", sender: str = "") -> Reply:
    """Read an employer's mail. ``received`` is the mail's date (for "inom två veckor",
    "vecka 50" and dates without a year); ``subject`` and ``sender`` ("Name <address>" or an
    address) come from the mail's headers when there are any. Never raises."""
    try:
        return _read(text[:MAX_CHARS], received, subject, sender)
    except Exception:  # a bug must not lose the user's paste: report "other", log it
        _log.exception("reading a reply failed")
        return Reply(Kind.OTHER, received, text=text[:MAX_CHARS])


class _Evidence:
    def __init__(self, text: str) -> None:
        self.text = text
        self.items: list[Evidence] = []

    def make(self, name: str, start: int, end: int) -> Evidence:
        piece = self.text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        words = " ".join(self.text[start:end].split())
        if len(words) > _EVIDENCE_MAX:
            words = words[: _EVIDENCE_MAX - 1] + "…"
        return Evidence(name, words, start, end)

    def add(self, name: str, start: int, end: int) -> None:
        self.items.append(self.make(name, start, end))


def _read(text: str, received: dt.date, subject: str, sender: str) -> Reply:
    part = employer_part(text)
    start, end = part.start, part.end
    received = part.date or received
    subject = part.subject or subject
    sender_name, sender_address = split_address(part.sender or sender)
    if part.sender:
        sender_name = part.sender_name
    evidence = _Evidence(text)
    hits = find_kind_hits(text, start, end)
    sig = reply_contact.signature(text, start, end)
    moments = find_moments(text, received, start, sig.start)
    reply_by, respond_by, options = _sort_moments(text, start, moments, hits, evidence)
    kind = hits[0].kind if hits else Kind.OTHER
    kind_words = (hits[0].start, hits[0].end) if hits else None
    if kind in (Kind.RECEIPT, Kind.OTHER) and reply_by is not None:
        kind = Kind.PROMISE  # a receipt that says by when they answer (RULES.md)
        promised = next(e for e in evidence.items if e.field == "reply_by")
        kind_words = sentence_bounds(text, promised.start, promised.end, start)
    if kind_words is not None:
        evidence.items.insert(0, evidence.make("kind", *kind_words))
    interview_at: dt.datetime | dt.date | None = None
    place = None
    if kind == Kind.INTERVIEW_INVITATION:
        interview_at, options = _interview(options, evidence)
        found_place = reply_job.find_place(text, start, sig.start)
        if found_place is not None:
            place = found_place.value
            evidence.add("interview_place", found_place.start, found_place.end)
    else:
        options = []
    requested = requested_items(text, hits) if kind == Kind.REQUEST else ()
    if kind == Kind.REQUEST:
        for hit in hits:
            if hit.kind == Kind.REQUEST:
                evidence.add("request", hit.start, hit.end)
    title = _title(text, start, end, subject, evidence)
    employer = _employer(text, start, end, sig, evidence)
    name, email, phone = _contact(
        text, start, end, sig, sender=(sender_name, sender_address), evidence=evidence
    )
    if name and employer and name.casefold() == employer.casefold():  # "/Kvarnby"
        name = None
        evidence.items = [e for e in evidence.items if e.field != "contact_name"]
    return Reply(
        kind=kind,
        received=received,
        interview_at=interview_at,
        interview_options=tuple(m.value for m in options),
        interview_place=place,
        reply_by=reply_by,
        requested=requested,
        respond_by=respond_by if kind in {Kind.REQUEST, Kind.INTERVIEW_INVITATION} else None,
        contact_name=name,
        contact_email=email,
        contact_phone=phone,
        job_title=title,
        employer=employer,
        sender=sender_address or None,
        evidence=tuple(evidence.items),
        body_start=start,
        body_end=end,
        text=text,
    )


_REPLY_CUES: Final = (
    "återkomm", "återkoppl", "besked", "hör av oss", "höra av oss", "hörs", "kontaktar dig",
    "kontakta dig", "meddela dig", "meddelar dig", "ge dig svar", "får svar", "få svar",
    "beslut", "hear from us", "hear back", "get back to you", "be in touch", "contact you",
    "let you know", "update you", "an answer", "a decision", "feedback", "get an answer",
    "reply to you", "respond to you", "next steps", "återkommer",
)  # fmt: skip
_RESPOND_CUES: Final = (
    "bekräfta", "confirm", "let us know", "meddela oss", "svara ", "återkom ", "återkom gärna",
    "skicka", "send", "svar från dig", "your reply", "reply by", "respond by", "tacka ja",
    "lämna in", "submit", "complete", "genomför", "fyll i", "fill in",
)  # fmt: skip


def _sort_moments(
    text: str, floor: int, moments: list[Moment], hits: list[KindHit], evidence: _Evidence
) -> tuple[dt.date | None, dt.date | None, list[Moment]]:
    """Split the moments into the promised answer date, the user's deadline, and the rest."""
    reply_by = respond_by = None
    rest: list[Moment] = []
    for moment in moments:
        left, right = sentence_bounds(text, moment.start, moment.end, floor)
        sentence = text[left:right].lower().replace("\n", " ")
        if any(cue in sentence for cue in _RESPOND_CUES) and moment.time is None:
            if respond_by is None:
                respond_by = moment.day
                evidence.add("respond_by", left, right)
            continue
        if any(cue in sentence for cue in _REPLY_CUES) and moment.time is None:
            if reply_by is None and not _is_condition(sentence):
                reply_by = moment.day
                evidence.add("reply_by", moment.start, moment.end)
            continue
        if moment.kind == "date" or moment.time is not None:
            rest.append(moment)
    return reply_by, respond_by, rest


def _is_condition(sentence: str) -> bool:
    """ "Om du inte har hört av oss inom tre veckor …": no promise, a condition."""
    return sentence.lstrip(" -•*").startswith(("om du inte", "if you have not", "if you haven"))


def _interview(
    options: list[Moment], evidence: _Evidence
) -> tuple[dt.datetime | dt.date | None, list[Moment]]:
    unique: list[Moment] = []
    for moment in options:
        if all(moment.value != other.value for other in unique):
            unique.append(moment)
    timed = [m for m in unique if m.time is not None]
    chosen = timed or unique
    for moment in chosen:
        evidence.add("interview_at", moment.start, moment.end)
    if len(chosen) == 1:
        return chosen[0].value, []
    return None, chosen


def _contact(
    text: str,
    start: int,
    end: int,
    sig: reply_contact.Signature,
    *,
    sender: tuple[str, str],
    evidence: _Evidence,
) -> tuple[str | None, str | None, str | None]:
    """The writer's name, e-mail and phone: the signature's, else the sender's own."""
    sender_name, sender_address = sender
    name = email = phone = None
    if sig.name is not None:
        name = sig.name.value
        evidence.add("contact_name", sig.name.start, sig.name.end)
    found_email = reply_contact.find_email(text, start, end, sig.start)
    if found_email is not None:
        email = found_email.value
        evidence.add("contact_email", found_email.start, found_email.end)
    elif sender_address and not reply_contact.no_reply(sender_address):
        email = sender_address
    if name is None and sender_name and reply_contact.person_name(sender_name):
        name = sender_name
    found_phone = reply_contact.find_phone(text, start, end, sig.start)
    if found_phone is not None:
        phone = found_phone.value
        evidence.add("contact_phone", found_phone.start, found_phone.end)
    return name, email, phone


def _title(text: str, start: int, end: int, subject: str, evidence: _Evidence) -> str | None:
    found = reply_job.find_job_title(text, start, end)
    if found is not None:
        evidence.add("job_title", found.start, found.end)
        return found.value
    from_subject = reply_job.title_from_subject(subject)
    if from_subject:
        evidence.items.append(Evidence("job_title", from_subject, -1, -1))
    return from_subject


def _employer(
    text: str, start: int, end: int, sig: reply_contact.Signature, evidence: _Evidence
) -> str | None:
    found = reply_job.find_employer(text, start, sig.start) or sig.employer
    if found is None:
        found = reply_job.find_employer(text, sig.start, end)
    if found is None:
        return None
    evidence.add("employer", found.start, found.end)
    return found.value
