"""One Platsbanken ad, fetched from JobTech's JobSearch API, as a new application.

This is the app's only network use (README, "Privacy"): it happens only when the user
asks, and it sends nothing but the ad's id (``GET {base}/ad/{id}``). The answer is read
defensively: a total time limit, a cap on the bytes read, the content type checked, and
every failure turned into an :class:`AdFetchError` whose message says what happened in
words a job seeker understands (offline, unknown ad, server trouble, a broken answer).

The answer's shape is JobSearch's ad object (see ``tests/data/jobtech/README.md`` for the
recorded real answers the mapping is tested on). Facts the API states (title, employer,
town, deadline, contact people, how to apply) come first; the ad reader
(:func:`followup_gui.reading.adtext.analyse`) adds what only the text says (rolling selection, no
calls, only shortlisted contacted, the reply date) and fills gaps. Each filled field
remembers where it came from, so the dialog can show "from Platsbanken" or "from the ad".
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from .. import __version__
from ..i18n import Lang
from ..model import Application, ContactPerson, How, Source, Stage
from . import adtext

__all__ = [
    "BASE_URL",
    "ENV_BASE_URL",
    "MAX_BYTES",
    "TIMEOUT",
    "AdFetchError",
    "FailureKind",
    "FetchedAd",
    "Origin",
    "ad_url_for",
    "application_from_ad",
    "base_url",
    "fetch_ad",
    "fetch_application",
    "parse_ad_id",
    "platsbanken_id",
]

BASE_URL: Final = "https://jobsearch.api.jobtechdev.se"
ENV_BASE_URL: Final = "FOLLOWUP_GUI_JOBTECH_URL"
TIMEOUT: Final = 10.0
"""Seconds for the whole exchange (connect, headers and body), not per read."""
MAX_BYTES: Final = 2_000_000
"""A real ad answer is 5-30 kB; anything past this is not an ad."""
_CHUNK: Final = 64 * 1024
PLATSBANKEN_AD_URL: Final = "https://arbetsformedlingen.se/platsbanken/annonser/{id}"

_ID = re.compile(r"[0-9]{4,12}")
_LINK = re.compile(r"/platsbanken/annonser/([0-9]{4,12})(?![0-9])")


class FailureKind(StrEnum):
    BAD_ID = "bad_id"
    OFFLINE = "offline"
    TIMEOUT = "timeout"
    NOT_FOUND = "not_found"
    REFUSED = "refused"
    SERVER = "server"
    TOO_LARGE = "too_large"
    TRUNCATED = "truncated"
    WRONG_TYPE = "wrong_type"
    BAD_ANSWER = "bad_answer"


_MESSAGES: Final[Mapping[FailureKind, Mapping[Lang, str]]] = {
    FailureKind.BAD_ID: {
        "sv": "Det ser inte ut som en Platsbanken-länk eller ett annons-id: {detail}",
        "en": "That does not look like a Platsbanken link or ad id: {detail}",
    },
    FailureKind.OFFLINE: {
        "sv": "Kunde inte nå Platsbanken ({detail}). Är datorn ansluten till internet?",
        "en": "Could not reach Platsbanken ({detail}). Is the computer online?",
    },
    FailureKind.TIMEOUT: {
        "sv": "Platsbanken svarade inte inom {detail} sekunder. Försök igen om en stund.",
        "en": "Platsbanken did not answer within {detail} seconds. Try again in a while.",
    },
    FailureKind.NOT_FOUND: {
        "sv": "Annonsen {detail} finns inte hos Platsbanken (den kan ha tagits bort).",
        "en": "Platsbanken has no ad {detail} (it may have been removed).",
    },
    FailureKind.REFUSED: {
        "sv": "Platsbanken tog inte emot frågan ({detail}).",
        "en": "Platsbanken refused the request ({detail}).",
    },
    FailureKind.SERVER: {
        "sv": "Platsbanken har tekniska problem just nu ({detail}). Försök igen senare.",
        "en": "Platsbanken has a technical problem right now ({detail}). Try again later.",
    },
    FailureKind.TOO_LARGE: {
        "sv": "Svaret från Platsbanken är för stort för att vara en annons ({detail}).",
        "en": "Platsbanken's answer is too large to be an ad ({detail}).",
    },
    FailureKind.TRUNCATED: {
        "sv": "Svaret från Platsbanken kom inte fram helt ({detail}). Försök igen.",
        "en": "Platsbanken's answer was cut off ({detail}). Try again.",
    },
    FailureKind.WRONG_TYPE: {
        "sv": "Platsbanken svarade inte med en annons (innehållstyp {detail}).",
        "en": "Platsbanken did not answer with an ad (content type {detail}).",
    },
    FailureKind.BAD_ANSWER: {
        "sv": "Svaret från Platsbanken gick inte att läsa ({detail}).",
        "en": "Platsbanken's answer could not be read ({detail}).",
    },
}


class AdFetchError(Exception):
    """The ad could not be had; :meth:`message` says why, in the user's language."""

    def __init__(self, kind: FailureKind, detail: str) -> None:
        super().__init__(kind, detail)
        self.kind = kind
        self.detail = detail

    def message(self, lang: Lang = "en") -> str:
        return _MESSAGES[self.kind][lang].format(detail=self.detail)

    def __str__(self) -> str:
        return self.message("en")


class Origin(StrEnum):
    """Where a filled field came from."""

    API = "api"
    """Platsbanken states it (a field of the ad object)."""
    AD_TEXT = "ad_text"
    """The ad reader found it in the ad's text."""


@dataclass(slots=True)
class FetchedAd:
    """An ad turned into an unsaved application, with where each fact came from."""

    application: Application
    ad_id: str
    origins: dict[str, Origin] = field(default_factory=dict)
    """Application field name -> origin, for every field the ad filled."""
    evidence: dict[str, str] = field(default_factory=dict)
    """Field name -> the piece of the ad text a fact was read from (ad-text facts only)."""
    how_to_apply: str = ""
    removed: bool = False
    """Platsbanken marks the ad as removed (no longer open for applications)."""


def base_url() -> str:
    """The API's address: ``FOLLOWUP_GUI_JOBTECH_URL`` where set (tests), else JobTech's."""
    return (os.environ.get(ENV_BASE_URL) or BASE_URL).rstrip("/")


def parse_ad_id(text: str) -> str:
    """The ad id from a Platsbanken link (``…/platsbanken/annonser/<id>``) or a bare id."""
    cleaned = text.strip().strip("<>\"'")
    if _ID.fullmatch(cleaned):
        return cleaned
    found = _LINK.search(cleaned)
    if found:
        return found.group(1)
    shown = cleaned if len(cleaned) <= 80 else cleaned[:77] + "..."
    raise AdFetchError(FailureKind.BAD_ID, repr(shown))


def platsbanken_id(ad_url: str) -> str | None:
    """The Platsbanken ad id in an application's ``ad_url``, if it is a Platsbanken link."""
    found = _LINK.search(ad_url)
    return found.group(1) if found else None


def ad_url_for(ad_id: str) -> str:
    return PLATSBANKEN_AD_URL.format(id=ad_id)


def _json_type(content_type: str | None) -> bool:
    if not content_type:
        return False
    main = content_type.split(";")[0].strip().lower()
    return main == "application/json" or (
        main.startswith("application/") and main.endswith("+json")
    )


def _read_body(response: http.client.HTTPResponse, deadline: float, max_bytes: int) -> bytes:
    length = response.getheader("Content-Length")
    if length is not None and length.isdigit() and int(length) > max_bytes:
        raise AdFetchError(FailureKind.TOO_LARGE, f"{int(length):,} bytes")
    chunks: list[bytes] = []
    total = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        sock = getattr(getattr(response, "fp", None), "raw", None)
        sock = getattr(sock, "_sock", None)
        if isinstance(sock, socket.socket):
            sock.settimeout(remaining)
        try:
            chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
        except http.client.IncompleteRead as exc:
            raise AdFetchError(FailureKind.TRUNCATED, f"{total + len(exc.partial)} bytes") from None
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            raise AdFetchError(FailureKind.TOO_LARGE, f"more than {max_bytes:,} bytes")
        chunks.append(chunk)
    if length is not None and length.isdigit() and total < int(length):
        raise AdFetchError(FailureKind.TRUNCATED, f"{total} of {int(length)} bytes")
    return b"".join(chunks)


def fetch_ad(
    ad_id: str,
    *,
    base: str | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> dict[str, Any]:
    """``GET {base}/ad/{id}`` and the decoded ad object; :class:`AdFetchError` otherwise."""
    if not _ID.fullmatch(ad_id):
        raise AdFetchError(FailureKind.BAD_ID, repr(ad_id))
    url = f"{(base or base_url()).rstrip('/')}/ad/{urllib.parse.quote(ad_id)}"
    request = urllib.request.Request(
        url,
        headers={"Accept": "application/json", "User-Agent": f"followup-gui/{__version__}"},
    )
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if not _json_type(response.getheader("Content-Type")):
                kind = response.getheader("Content-Type") or "none"
                raise AdFetchError(FailureKind.WRONG_TYPE, kind)
            body = _read_body(response, deadline, max_bytes)
    except AdFetchError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 404:
            raise AdFetchError(FailureKind.NOT_FOUND, ad_id) from None
        if exc.code >= 500:
            raise AdFetchError(FailureKind.SERVER, f"HTTP {exc.code}") from None
        raise AdFetchError(FailureKind.REFUSED, f"HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise AdFetchError(FailureKind.TIMEOUT, f"{timeout:g}") from None
        raise AdFetchError(FailureKind.OFFLINE, str(exc.reason)) from None
    except TimeoutError:
        raise AdFetchError(FailureKind.TIMEOUT, f"{timeout:g}") from None
    except http.client.IncompleteRead as exc:
        raise AdFetchError(FailureKind.TRUNCATED, f"{len(exc.partial)} bytes") from None
    except (http.client.HTTPException, OSError) as exc:
        raise AdFetchError(FailureKind.OFFLINE, str(exc) or type(exc).__name__) from None
    return _decode(body)


def _decode(body: bytes) -> dict[str, Any]:
    try:
        ad = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AdFetchError(FailureKind.BAD_ANSWER, f"not JSON: {exc}") from None
    if not isinstance(ad, dict):
        raise AdFetchError(FailureKind.BAD_ANSWER, "not an ad object")
    if not _text(ad.get("headline")):
        raise AdFetchError(FailureKind.BAD_ANSWER, "the ad has no headline")
    return ad


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _obj(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _date(value: object) -> dt.date | None:
    text = _text(value)
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None


def _town(address: Mapping[str, Any]) -> str:
    town = _text(address.get("municipality")) or _text(address.get("city"))
    return town.title() if town.isupper() else town


def _contact(ad: Mapping[str, Any]) -> ContactPerson:
    """The first of the ad's contact people that has a name or a way to reach them."""
    people = ad.get("application_contacts")
    for person in people if isinstance(people, list) else []:
        entry = _obj(person)
        role = _text(entry.get("contact_type"))
        found = ContactPerson(
            # JobTech often gives ``name: null`` and the person in ``description``
            # ("Peter Blom", ad 30016596): a name lets mails and calls greet them (23.4)
            name=_text(entry.get("name")) or _name_in(_text(entry.get("description"))),
            email=_text(entry.get("email")),
            phone=_text(entry.get("telephone")),
            extra={"role": role} if role else {},
        )
        if found.name or found.email or found.phone:
            return found
    return ContactPerson()


_NAME_WORD = re.compile(r"[A-ZÅÄÖÉÜ][a-zåäöéüß]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüß]+)?")


def _name_in(description: str) -> str:
    """A person's name in a contact's description: "Peter Blom", "Peter Blom, rekryterare";
    "" when the text (or its part before a comma) is not two to four capitalised words."""
    first = description.split(",", maxsplit=1)[0].split("\n", maxsplit=1)[0].strip()
    words = first.split()
    if 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(word) for word in words):
        return " ".join(words)
    return ""


def _how_to_apply(details: Mapping[str, Any], lang: Lang) -> str:
    words = {
        "sv": ("Ansök via", "Ansök via e-post till", "Ansök via Platsbanken", "Referens"),
        "en": ("Apply at", "Apply by e-mail to", "Apply through Platsbanken", "Reference"),
    }[lang]
    lines: list[str] = []
    if _text(details.get("url")):
        lines.append(f"{words[0]} {_text(details['url'])}")
    if _text(details.get("email")):
        lines.append(f"{words[1]} {_text(details['email'])}")
    if details.get("via_af") is True:
        lines.append(words[2])
    if _text(details.get("reference")):
        lines.append(f"{words[3]}: {_text(details['reference'])}")
    for key in ("information", "other"):
        if _text(details.get(key)):
            lines.append(_text(details[key]))
    return "\n".join(lines)


def application_from_ad(
    ad: Mapping[str, Any],
    *,
    app_id: str,
    today: dt.date,
    stage: Stage = Stage.SAVED,
    lang: Lang = "sv",
) -> FetchedAd:
    """Map a JobSearch ad object to an unsaved application (``stage`` saved or applied)."""
    if stage not in (Stage.SAVED, Stage.APPLIED):
        raise ValueError(f"a fetched ad is saved or applied, not {stage}")
    ad_id = _text(str(ad.get("id", ""))) if ad.get("id") is not None else ""
    origins: dict[str, Origin] = {}
    evidence: dict[str, str] = {}

    def api(name: str, value: object) -> None:
        if value not in (None, "", False):
            origins[name] = Origin.API

    title = _text(ad.get("headline"))
    employer = _obj(ad.get("employer"))
    company = _text(employer.get("name")) or _text(employer.get("workplace"))
    town = _town(_obj(ad.get("workplace_address")))
    deadline = _date(ad.get("application_deadline"))
    person = _contact(ad)
    details = _obj(ad.get("application_details"))
    ad_text = _text(_obj(ad.get("description")).get("text"))
    webpage = _text(ad.get("webpage_url"))
    ad_url = webpage or (ad_url_for(ad_id) if _ID.fullmatch(ad_id) else "")
    for name, value in (("job_title", title), ("company", company), ("town", town),
                        ("deadline", deadline), ("ad_text", ad_text), ("ad_url", ad_url),
                        ("contact_name", person.name), ("contact_email", person.email),
                        ("contact_phone", person.phone)):  # fmt: skip
        api(name, value)
    if not person.email and _text(details.get("email")):
        person.email = _text(details["email"])  # where applications go: the best address
        origins["contact_email"] = Origin.API

    facts = adtext.analyse(ad_text, today) if ad_text else adtext.AdFacts()

    def from_text(name: str, fact: str) -> None:
        origins[name] = Origin.AD_TEXT
        if fact in facts.evidence:
            evidence[name] = facts.evidence[fact]

    if deadline is None and facts.deadline is not None:
        deadline = facts.deadline
        from_text("deadline", "deadline")
    for name in ("rolling_selection", "ad_reply_by", "ad_no_calls",
                 "ad_only_shortlisted_contacted"):  # fmt: skip
        if getattr(facts, name) not in (None, False):
            from_text(name, name)
    for name, value in (("contact_name", facts.contact_name),
                        ("contact_email", facts.contact_email),
                        ("contact_phone", facts.contact_phone)):  # fmt: skip
        attr = name.removeprefix("contact_")
        if value and not getattr(person, attr):
            setattr(person, attr, value)
            from_text(name, name)

    how_to_apply = _how_to_apply(details, lang)
    app = Application(
        id=app_id,
        job_title=title,
        company=company,
        applied_on=today if stage is Stage.APPLIED else None,
        deadline=deadline,
        rolling_selection=facts.rolling_selection,
        ad_reply_by=facts.ad_reply_by,
        ad_no_calls=facts.ad_no_calls,
        ad_only_shortlisted_contacted=facts.ad_only_shortlisted_contacted,
        stage=stage,
        contact=person,
        ad_text=ad_text,
        ad_url=ad_url,
        notes=how_to_apply,
        town=town,
        source=Source.PLATSBANKEN,
        how=How.ADVERTISED,
    )
    if how_to_apply:
        origins["notes"] = Origin.API
    return FetchedAd(
        application=app,
        ad_id=ad_id,
        origins=origins,
        evidence=evidence,
        how_to_apply=how_to_apply,
        removed=ad.get("removed") is True,
    )


def fetch_application(
    link_or_id: str,
    *,
    app_id: str,
    today: dt.date,
    stage: Stage = Stage.SAVED,
    lang: Lang = "sv",
    base: str | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> FetchedAd:
    """Parse the link, fetch the ad and map it; :class:`AdFetchError` when it cannot be had."""
    ad_id = parse_ad_id(link_or_id)
    ad = fetch_ad(ad_id, base=base, timeout=timeout, max_bytes=max_bytes)
    fetched = application_from_ad(ad, app_id=app_id, today=today, stage=stage, lang=lang)
    if not fetched.ad_id:
        fetched.ad_id = ad_id
    if not fetched.application.ad_url:
        fetched.application.ad_url = ad_url_for(ad_id)
        fetched.origins["ad_url"] = Origin.API
    return fetched
