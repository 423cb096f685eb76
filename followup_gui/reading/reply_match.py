"""Which application an employer's reply belongs to (RULES.md v2.1, the last paragraph).

``match_reply(reply, applications)`` weighs, in order: the sender's address against the
contact's e-mail (and the address in the signature), the sender's domain against the
contact's e-mail domain and the ad link's domain, the employer's name, then the job
title. Only applications that are not closed (accepted, rejected, withdrawn) take part;
among equals the newest (latest ``applied_on``, then later in the list) wins, and the
others are the candidates the user may pick instead. Nothing fitting: ``id`` is None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final
from urllib.parse import urlsplit

from followup_gui.i18n import Lang
from followup_gui.model import Application, Stage
from followup_gui.reading.reply import Reply

__all__ = ["Match", "MatchReason", "match_reply"]

CLOSED_STAGES: Final = frozenset({Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN})
# Addresses at these domains say nothing about the employer.
_SHARED_DOMAINS: Final = frozenset(
    str.split(
        """gmail.com googlemail.com hotmail.com hotmail.se outlook.com outlook.se live.com live.se
        msn.com yahoo.com yahoo.se icloud.com me.com mac.com aol.com proton.me protonmail.com
        telia.com bredband.net comhem.se spray.se gmx.com gmx.net mail.com
        teamtailor.com teamtailor-mail.com varbi.com reachmee.com jobylon.com workday.com
        myworkday.com smartrecruiters.com lever.co greenhouse.io recman.se webbrekrytering.se
        arbetsformedlingen.se linkedin.com indeed.com"""
    )
)
_COMPANY_NOISE: Final = re.compile(
    r"(?<![\w-])(?:ab|aktiebolag|publ|hb|kb|ltd|limited|inc|llc|gmbh|oy|as|plc|group|gruppen"
    r"|sverige|sweden|nordic|the)(?![\w-])|[^\w\s&-]",
    re.IGNORECASE,
)
_WEIGHTS: Final = {"address": 16, "domain": 8, "employer": 4, "title": 2}


class MatchReason(StrEnum):
    ADDRESS = "address"
    """The sender's (or the signature's) address is the contact's e-mail."""
    DOMAIN = "domain"
    """The sender's domain is the contact's e-mail domain or the ad link's."""
    EMPLOYER = "employer"
    """The employer named in the mail is the application's company."""
    TITLE = "title"
    """The job title named in the mail is the application's."""


_WHY: Final[dict[MatchReason, dict[Lang, str]]] = {
    MatchReason.ADDRESS: {
        "sv": "avsändarens adress är kontaktpersonens",
        "en": "the sender's address is the contact's",
    },
    MatchReason.DOMAIN: {
        "sv": "avsändarens domän är arbetsgivarens",
        "en": "the sender's domain is the employer's",
    },
    MatchReason.EMPLOYER: {
        "sv": "arbetsgivarens namn stämmer",
        "en": "the employer's name matches",
    },
    MatchReason.TITLE: {"sv": "yrkestiteln stämmer", "en": "the job title matches"},
}


@dataclass(frozen=True, slots=True)
class Match:
    """The application a reply belongs to, why, and the others it might belong to."""

    id: str | None
    reasons: tuple[MatchReason, ...] = ()
    """What fitted, strongest first (empty when ``id`` is None)."""
    candidates: tuple[str, ...] = ()
    """Ids of other plausible applications, most plausible first."""

    unsure: bool = False
    """Whether another application fits as well as the chosen one (ask the user)."""

    def why(self, lang: Lang = "en") -> str:
        """The reasons in words ("the sender's address is the contact's; …"), or ""."""
        return "; ".join(_WHY[reason][lang] for reason in self.reasons)

    def as_json(self, lang: Lang = "en") -> dict[str, object]:
        """DESIGN.md's ``match`` and ``candidates``."""
        return {
            "match": None if self.id is None else {"id": self.id, "why": self.why(lang)},
            "candidates": list(self.candidates),
        }


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(".")


def _site(host: str) -> str:
    """The registered part of a host: "jobb.ica.se" -> "ica.se", "x.co.uk" keeps three."""
    parts = host.lower().strip(".").split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "ac", "gov", "net"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def _url_host(url: str) -> str:
    try:
        return urlsplit(url.strip() if "//" in url else f"//{url.strip()}").hostname or ""
    except ValueError:
        return ""


def _company_key(name: str) -> str:
    return " ".join(_COMPANY_NOISE.sub(" ", name.casefold()).split())


def _contains_words(text: str, words: str) -> bool:
    return bool(words) and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _reasons(app: Application, reply: Reply, body: str) -> list[MatchReason]:
    found: list[MatchReason] = []
    contact = app.contact.email.strip().lower()
    addresses = {a for a in (reply.sender, reply.contact_email) if a}
    if contact and contact in addresses:
        found.append(MatchReason.ADDRESS)
    domains = {_site(_domain(a)) for a in addresses} - {""}
    domains = {d for d in domains if d not in _SHARED_DOMAINS and "." in d}
    theirs = {_site(_domain(contact))} if contact else set()
    host = _url_host(app.ad_url)
    if host:
        theirs.add(_site(host))
    if domains & (theirs - _SHARED_DOMAINS) and MatchReason.ADDRESS not in found:
        found.append(MatchReason.DOMAIN)
    company = _company_key(app.company)
    if company and (
        (reply.employer and _company_key(reply.employer) == company)
        or _contains_words(body, company)
    ):
        found.append(MatchReason.EMPLOYER)
    title = " ".join(app.job_title.casefold().split())
    if title and (
        (reply.job_title and " ".join(reply.job_title.casefold().split()) == title)
        or _contains_words(body, title)
    ):
        found.append(MatchReason.TITLE)
    return found


def _newest_first(apps: Sequence[Application]) -> list[Application]:
    order = list(enumerate(apps))
    order.sort(key=lambda pair: (pair[1].applied_on or dt.date.min, pair[0]), reverse=True)
    return [app for _, app in order]


def match_reply(reply: Reply, applications: Sequence[Application], *, subject: str = "") -> Match:
    """The open application ``reply`` belongs to (see the module's doc), with candidates.

    ``subject`` (the mail's subject line) is searched for the employer and title too.
    """
    body = " ".join(
        f"{reply.text[reply.body_start : reply.body_end]}\n{subject}".casefold().split()
    )
    scored: list[tuple[int, Application, list[MatchReason]]] = []
    for app in _newest_first(applications):
        if app.stage in CLOSED_STAGES:
            continue
        reasons = _reasons(app, reply, body)
        if reasons:
            scored.append((sum(_WEIGHTS[r.value] for r in reasons), app, reasons))
    if not scored:
        return Match(None)
    scored.sort(key=lambda item: item[0], reverse=True)  # stable: newest first among equals
    best_score, best, reasons = scored[0]
    others = tuple(app.id for _, app, _ in scored[1:])
    tied = len(scored) > 1 and scored[1][0] == best_score
    return Match(best.id, tuple(reasons), others, tied)
