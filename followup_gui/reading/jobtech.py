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
import ssl
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from ..i18n import Lang
from ..model import Application, ContactPerson, How, Source, Stage
from ..store.limits import FIRST_DAY, LAST_DAY, MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_URL_TEXT
from . import adtext, jobtech_http
from .jobtech_http import (
    _REDIRECT_CODES,
    MAX_REDIRECTS,
    AdFetchError,
    FailureKind,
    _get,
    _origin,
    _redirect_target,
)

__all__ = [  # the store's limits too: what an ad is held to (tests check they are the store's)
    "BASE_URL",
    "ENV_BASE_URL",
    "ENV_TIMEOUT",
    "FIRST_DAY",
    "LAST_DAY",
    "MAX_BYTES",
    "MAX_LONG_TEXT",
    "MAX_REDIRECTS",
    "MAX_SHORT_TEXT",
    "MAX_URL_TEXT",
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
    "time_limit",
]

BASE_URL: Final = "https://jobsearch.api.jobtechdev.se"
ENV_BASE_URL: Final = "FOLLOWUP_GUI_JOBTECH_URL"
TIMEOUT: Final = 10.0
"""Seconds for the whole exchange (name lookup, connect, status line, headers and body),
not per read: every read waits at most for what is left of it."""
ENV_TIMEOUT: Final = "FOLLOWUP_GUI_JOBTECH_TIMEOUT"
"""A shorter limit in seconds (tests); a longer one is ignored: 10 s is the most."""


MAX_DEPTH: Final = 64
"""How deeply an answer may nest objects and lists (a real ad nests 4 deep)."""
MAX_BYTES: Final = 2_000_000
"""A real ad answer is 5-30 kB; anything past this is not an ad."""


PLATSBANKEN_AD_URL: Final = "https://arbetsformedlingen.se/platsbanken/annonser/{id}"

_ID = re.compile(r"[0-9]{4,12}")
_LINK = re.compile(r"/platsbanken/annonser/([0-9]{4,12})(?![0-9])")


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
    warnings: list[str] = field(default_factory=list)
    """What of the answer was left out and why (a date no job search has), in the ad's language."""


def base_url() -> str:
    """The API's address: ``FOLLOWUP_GUI_JOBTECH_URL`` where set (tests), else JobTech's."""
    return (os.environ.get(ENV_BASE_URL) or BASE_URL).rstrip("/")


def time_limit() -> float:
    """:data:`TIMEOUT`, or the shorter limit ``FOLLOWUP_GUI_JOBTECH_TIMEOUT`` gives (tests)."""
    try:
        value = float(os.environ.get(ENV_TIMEOUT, ""))
    except ValueError:
        return TIMEOUT
    return value if 0 < value < TIMEOUT else TIMEOUT


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


def fetch_ad(
    ad_id: str,
    *,
    base: str | None = None,
    timeout: float | None = None,
    max_bytes: int = MAX_BYTES,
) -> dict[str, Any]:
    """``GET {base}/ad/{id}`` and the decoded ad object; :class:`AdFetchError` otherwise.

    The whole exchange keeps to ``timeout`` seconds (:func:`time_limit` when None; never
    more than :data:`TIMEOUT`). Redirects are followed only within ``base``'s scheme, host
    and port, at most :data:`MAX_REDIRECTS` of them.
    """
    if not _ID.fullmatch(ad_id):
        raise AdFetchError(FailureKind.BAD_ID, repr(ad_id))
    limit = time_limit() if timeout is None else min(timeout, time_limit())
    deadline = jobtech_http._now() + limit  # the module's clock, which a test may replace
    root = (base or base_url()).rstrip("/")
    try:
        origin = _origin(root)
    except ValueError as exc:
        raise AdFetchError(FailureKind.OFFLINE, f"{root}: {exc}") from None
    url = f"{root}/ad/{urllib.parse.quote(ad_id)}"
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            status, location, body = _get(url, deadline, max_bytes)
            if status in _REDIRECT_CODES:
                url = _redirect_target(url, location, origin)
                continue
            if status == 404:
                raise AdFetchError(FailureKind.NOT_FOUND, ad_id)
            if status >= 500:
                raise AdFetchError(FailureKind.SERVER, f"HTTP {status}")
            if not 200 <= status < 300:
                raise AdFetchError(FailureKind.REFUSED, f"HTTP {status}")
            return _decode(body)
        raise AdFetchError(FailureKind.REDIRECTED, f"more than {MAX_REDIRECTS} times")
    except AdFetchError:
        raise
    except TimeoutError:
        raise AdFetchError(FailureKind.TIMEOUT, f"{limit:g}") from None
    except http.client.IncompleteRead as exc:
        raise AdFetchError(FailureKind.TRUNCATED, f"{len(exc.partial)} bytes") from None
    except http.client.RemoteDisconnected:
        raise AdFetchError(FailureKind.OFFLINE, "the server closed the connection") from None
    except http.client.HTTPException as exc:
        raise AdFetchError(FailureKind.BAD_ANSWER, f"not HTTP: {type(exc).__name__}") from None
    except ssl.SSLError as exc:
        raise AdFetchError(FailureKind.OFFLINE, f"secure connection: {exc.reason}") from None
    except (OSError, UnicodeError, ValueError) as exc:
        raise AdFetchError(FailureKind.OFFLINE, str(exc) or type(exc).__name__) from None


_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_SHAPE: Final[Mapping[str, tuple[type, ...]]] = {
    "id": (str, int),
    "headline": (str,),
    "employer": (dict,),
    "employer.name": (str,),
    "employer.workplace": (str,),
    "workplace_address": (dict,),
    "workplace_address.municipality": (str,),
    "workplace_address.city": (str,),
    "application_deadline": (str,),
    "application_contacts": (list,),
    "application_contacts[]": (dict,),
    "application_contacts[].name": (str,),
    "application_contacts[].email": (str,),
    "application_contacts[].telephone": (str,),
    "application_details": (dict,),
    "application_details.url": (str,),
    "application_details.email": (str,),
    "application_details.reference": (str,),
    "application_details.information": (str,),
    "application_details.other": (str,),
    "application_details.via_af": (bool,),
    "description": (dict,),
    "description.text": (str,),
    "webpage_url": (str,),
    "removed": (bool,),
}
"""The type of each field the mapping reads (null is always allowed; others are not read)."""
_TYPE_WORDS: Final[Mapping[type, str]] = {
    str: "text", int: "a number", float: "a number", bool: "true or false",
    dict: "an object", list: "a list",
}  # fmt: skip


def _at(ad: Mapping[str, Any], path: str) -> list[tuple[str, object]]:
    """The values at a dotted ``path`` ("a.b", "a[].b" for each element of list a)."""
    found: list[tuple[str, object]] = [("", ad)]
    for part in path.split("."):
        name = part.removesuffix("[]")
        step: list[tuple[str, object]] = []
        for where, value in found:
            if not isinstance(value, dict) or value.get(name) is None:
                continue
            inner, here = value[name], f"{where}.{name}" if where else name
            if part.endswith("[]"):
                if isinstance(inner, list):
                    step.extend((f"{here}[{n}]", item) for n, item in enumerate(inner))
            else:
                step.append((here, inner))
        found = step
    return found


def _check_answer(ad: object) -> None:
    """Refuse an answer nested deeper than any ad, or with text no character stands for."""
    stack: list[tuple[object, int, str]] = [(ad, 1, "")]
    while stack:
        value, depth, where = stack.pop()
        if depth > MAX_DEPTH:
            raise AdFetchError(FailureKind.BAD_ANSWER, f"nested more than {MAX_DEPTH} deep")
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise AdFetchError(
                    FailureKind.BAD_ANSWER,
                    f"{where or 'the answer'} holds a lone surrogate, which is no character",
                )
        elif isinstance(value, dict):
            for key, inner in value.items():
                stack.append((key, depth, where))
                stack.append((inner, depth + 1, f"{where}.{key}" if where else key))
        elif isinstance(value, list):
            stack.extend((inner, depth + 1, f"{where}[{n}]") for n, inner in enumerate(value))


def _decode(body: bytes) -> dict[str, Any]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AdFetchError(FailureKind.BAD_ANSWER, f"not UTF-8 text (byte {exc.start})") from None
    try:
        ad = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AdFetchError(FailureKind.BAD_ANSWER, f"not JSON: {exc}") from None
    except RecursionError:
        raise AdFetchError(FailureKind.BAD_ANSWER, f"nested more than {MAX_DEPTH} deep") from None
    except ValueError:  # a number of more digits than Python converts
        raise AdFetchError(FailureKind.BAD_ANSWER, "a number of more than 4,300 digits") from None
    if not isinstance(ad, dict):
        raise AdFetchError(FailureKind.BAD_ANSWER, "not an ad object")
    _check_answer(ad)
    for path, kinds in _SHAPE.items():
        for where, value in _at(ad, path):
            if type(value) not in kinds:
                raise AdFetchError(
                    FailureKind.BAD_ANSWER,
                    f"{where} is {_TYPE_WORDS.get(type(value), 'a value')}, "
                    f"not {_TYPE_WORDS[kinds[0]]}",
                )
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


_DATE_LEFT_OUT: Final[Mapping[Lang, str]] = {
    "sv": "Platsbanken angav sista ansökningsdag {day}, som inget ansökningsdatum kan ha; "
    "den togs inte med.",
    "en": "Platsbanken gave the deadline {day}, which no application can have; it was left out.",
}


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
    warnings: list[str] = []
    if deadline is not None and not FIRST_DAY <= deadline <= LAST_DAY:
        warnings.append(_DATE_LEFT_OUT[lang].format(day=deadline.isoformat()))
        deadline = None
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
        warnings=warnings,
    )


def _check_lengths(app: Application) -> None:
    """Refuse an answer with a text longer than the store keeps (an ad's are far shorter)."""
    person = app.contact
    for what, text, limit in (
        ("the headline", app.job_title, MAX_SHORT_TEXT),
        ("the employer", app.company, MAX_SHORT_TEXT),
        ("the town", app.town, MAX_SHORT_TEXT),
        ("the contact's name", person.name, MAX_SHORT_TEXT),
        ("the contact's e-mail address", person.email, MAX_SHORT_TEXT),
        ("the contact's phone number", person.phone, MAX_SHORT_TEXT),
        ("the ad's address", app.ad_url, MAX_URL_TEXT),
        ("the ad's text", app.ad_text, MAX_LONG_TEXT),
        ("how to apply", app.notes, MAX_LONG_TEXT),
    ):
        if len(text) > limit:
            raise AdFetchError(
                FailureKind.BAD_ANSWER,
                f"{what} is {len(text):,} characters long; at most {limit:,} are kept",
            )


def fetch_application(
    link_or_id: str,
    *,
    app_id: str,
    today: dt.date,
    stage: Stage = Stage.SAVED,
    lang: Lang = "sv",
    base: str | None = None,
    timeout: float | None = None,
    max_bytes: int = MAX_BYTES,
) -> FetchedAd:
    """Parse the link, fetch the ad and map it; :class:`AdFetchError` when it cannot be had."""
    ad_id = parse_ad_id(link_or_id)
    ad = fetch_ad(ad_id, base=base, timeout=timeout, max_bytes=max_bytes)
    fetched = application_from_ad(ad, app_id=app_id, today=today, stage=stage, lang=lang)
    _check_lengths(fetched.application)
    if not _ID.fullmatch(fetched.ad_id):
        fetched.ad_id = ad_id
    if not fetched.application.ad_url:
        fetched.application.ad_url = ad_url_for(ad_id)
        fetched.origins["ad_url"] = Origin.API
    return fetched
