"""``followup-gui read-reply FILE|-``: what the app would read from an employer's mail.

Reads one mail (an ``.eml`` file, plain text or HTML; ``-`` for standard input), prints
its kind, the facts found with the words they came from, and the application it belongs
to (DESIGN.md contract 2). Changes nothing. An input that cannot be read raises
``MailFileError``; the command line turns it into a message and exit 2.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, BinaryIO, Final, TextIO

from ..i18n import Lang
from ..model import Document
from ..reading.mail_file import MAX_BYTES, Mail, read_mail_bytes, read_mail_file
from ..reading.reply import Reply, moment_text, read_reply
from ..reading.reply_match import Match, match_reply

__all__ = ["read_input", "reply_object", "reply_text", "run_read_reply"]

_KINDS: Final[dict[str, dict[Lang, str]]] = {
    "receipt": {"sv": "mottagningsbekräftelse", "en": "receipt"},
    "promise": {"sv": "löfte om besked", "en": "promise of an answer"},
    "interview_invitation": {"sv": "inbjudan till intervju", "en": "interview invitation"},
    "request": {"sv": "begäran", "en": "request"},
    "rejection": {"sv": "avslag", "en": "rejection"},
    "offer": {"sv": "erbjudande", "en": "offer"},
    "cancelled": {"sv": "rekryteringen avbruten", "en": "recruitment cancelled"},
    "other": {"sv": "annat", "en": "other"},
}
_LABELS: Final[dict[str, dict[Lang, str]]] = {
    "kind": {"sv": "Typ", "en": "Kind"},
    "received": {"sv": "Mottaget", "en": "Received"},
    "interview_at": {"sv": "Intervju", "en": "Interview"},
    "interview_options": {"sv": "Föreslagna tider", "en": "Times offered"},
    "interview_place": {"sv": "Plats", "en": "Place"},
    "reply_by": {"sv": "Besked senast", "en": "Answer by"},
    "requested": {"sv": "Ber om", "en": "Asks for"},
    "respond_by": {"sv": "Svara senast", "en": "Respond by"},
    "contact": {"sv": "Kontakt", "en": "Contact"},
    "employer": {"sv": "Arbetsgivare", "en": "Employer"},
    "job_title": {"sv": "Tjänst", "en": "Job"},
    "application": {"sv": "Ansökan", "en": "Application"},
    "candidates": {"sv": "Andra möjliga", "en": "Other candidates"},
    "none": {
        "sv": "ingen passar (kan skapas från mejlet)",
        "en": "none fits (can be created from the mail)",
    },
    "unsure": {"sv": "osäkert", "en": "unsure"},
    "words": {"sv": "Ord i mejlet", "en": "Words in the mail"},
}
_REQUESTED: Final[dict[str, dict[Lang, str]]] = {
    "references": {"sv": "referenser", "en": "references"},
    "test": {"sv": "test", "en": "a test"},
    "documents": {"sv": "dokument", "en": "documents"},
    "times": {"sv": "tider", "en": "times"},
}


def read_input(source: str, stdin: BinaryIO) -> Mail:
    """The mail in the file ``source``, or on ``stdin`` for ``-``; raises ``MailFileError``."""
    if source == "-":
        return read_mail_bytes(stdin.read(MAX_BYTES + 1))
    return read_mail_file(Path(source))


def reply_object(reply: Reply, match: Match, lang: Lang) -> dict[str, Any]:
    """DESIGN.md's ``read-reply`` JSON object."""
    return {**reply.as_json(), **match.as_json(lang)}


def _line(out: list[str], key: str, value: str | None, lang: Lang) -> None:
    if value:
        out.append(f"{_LABELS[key][lang]}: {value}")


def reply_text(reply: Reply, match: Match, lang: Lang) -> str:
    """A short readable account of what was read and where it belongs."""
    out: list[str] = []
    _line(out, "kind", _KINDS[str(reply.kind)][lang], lang)
    _line(out, "received", reply.received.isoformat(), lang)
    if reply.interview_at:
        _line(out, "interview_at", moment_text(reply.interview_at).replace("T", " "), lang)
    if reply.interview_options:
        options = ", ".join(moment_text(m).replace("T", " ") for m in reply.interview_options)
        _line(out, "interview_options", options, lang)
    _line(out, "interview_place", reply.interview_place, lang)
    _line(out, "reply_by", reply.reply_by.isoformat() if reply.reply_by else None, lang)
    asked = ", ".join(_REQUESTED[item][lang] for item in reply.requested)
    _line(out, "requested", asked, lang)
    _line(out, "respond_by", reply.respond_by.isoformat() if reply.respond_by else None, lang)
    contact = ", ".join(
        v for v in (reply.contact_name, reply.contact_email, reply.contact_phone) if v
    )
    _line(out, "contact", contact, lang)
    _line(out, "employer", reply.employer, lang)
    _line(out, "job_title", reply.job_title, lang)
    if match.id is None:
        _line(out, "application", _LABELS["none"][lang], lang)
    else:
        unsure = f", {_LABELS['unsure'][lang]}" if match.unsure else ""
        _line(out, "application", f"{match.id} ({match.why(lang)}{unsure})", lang)
    _line(out, "candidates", ", ".join(match.candidates), lang)
    words = [e for e in reply.evidence if e.words]
    if words:
        out.append(f"{_LABELS['words'][lang]}:")
        out.extend(f"  {e.field}: “{e.words}”" for e in words)
    return "\n".join(out) + "\n"


def run_read_reply(
    document: Document,
    mail: Mail,
    *,
    received: dt.date | None,
    lang: Lang,
    out: TextIO,
    as_object: bool,
) -> int:
    """Read ``mail`` and print what was found (``received`` overrides the mail's date)."""
    when = received or mail.date or dt.date.today()
    reply = read_reply(mail.text, when, subject=mail.subject, sender=mail.sender)
    match = match_reply(reply, document.applications, subject=mail.subject)
    if as_object:
        out.write(json.dumps(reply_object(reply, match, lang), ensure_ascii=False))
        out.write("\n")
    else:
        out.write(reply_text(reply, match, lang))
    return 0
