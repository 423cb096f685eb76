"""Read the facts that matter for following up out of a pasted job ad.

``analyse(text, reference)`` finds the application deadline, the ad's own timeline
(when applicants hear back, when interviews are held), "rolling selection", "no phone
calls", "only shortlisted candidates are contacted", the contact person (Swedish,
British, North American and other international phone numbers) and the workplace's
town, in Swedish and English ads (RULES.md "The application window", guide: "Läs
annonsen noggrant").

How it works, and why:

* Dates are found first, with one regex for every written form ("15 maj", "1:a juni",
  "2026-05-15", "15/5", "May 15, 2026", "vecka 23", ...). Each date then takes its
  meaning from the nearest cue word before it in the same sentence ("Sista
  ansökningsdag", "Vi återkommer", "Tillträde", ...), so a start date or the reply
  timeline is never mistaken for the deadline. dateutil is not used: it cannot read
  "1:a juni" or two dates in one string, and a month table is faster.
* The yes/no facts are fixed phrases, some with a short bounded gap between two parts.
* Every pattern is linear: no nested unbounded quantifiers, all gaps bounded, and the
  text is cut at ``MAX_CHARS``. Analysing never raises; at worst nothing is found.
* Only the standard library is imported here; the holiday calendar behind "vecka 23"
  (``workdays``) is loaded only when an ad actually names a week.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType

from .ad_contact import _find_email, _find_name, _find_phone, _union_spans
from .ad_dates import _find_dates
from .ad_flags import _no_calls, _only_shortlisted, _rolling
from .ad_names import _find_loose_name
from .ad_page import _chrome_spans
from .ad_prep import MAX_CHARS, _empty_evidence, _prepare
from .ad_town import _find_town

__all__ = ["MAX_CHARS", "AdFacts", "analyse"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AdFacts:
    """What an ad says about its process. None/False means "not found in the ad".

    Equality compares the facts only, not ``evidence`` (where they were read from).
    """

    deadline: dt.date | None = None
    rolling_selection: bool = False
    ad_reply_by: dt.date | None = None
    ad_no_calls: bool = False
    ad_only_shortlisted_contacted: bool = False
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    town: str | None = None
    """The workplace's town or municipality (ort), where the ad states it ("Ort: Umeå"), or
    failing a label a Swedish municipality its text names as a place ("ett åkeri i Umeå")."""
    deadline_year_guessed: bool = field(default=False, compare=False)
    """The deadline is written without a year ("15 maj"): its year is the reader's guess."""
    evidence: Mapping[str, str] = field(default_factory=_empty_evidence, compare=False)
    """Fact name -> the short piece of the ad it was read from, for "found: ..." in the UI."""

    @property
    def found(self) -> tuple[str, ...]:
        """Names of the facts that were found, in field order (e.g. ``("deadline",)``)."""
        return tuple(
            f.name
            for f in fields(self)
            if f.name not in ("evidence", "deadline_year_guessed")
            and getattr(self, f.name) not in (None, False)
        )


# ----------------------------------------------------------------------------- entry


def _analyse(text: str, reference: dt.date) -> AdFacts:
    """``analyse`` without the safety net (tests call this to see real errors)."""
    if isinstance(reference, dt.datetime):
        reference = reference.date()  # a datetime does not compare with dates
    text = _prepare(text)
    low = text.lower()  # for quick "is this word anywhere" checks only: offsets may differ
    evidence: dict[str, str] = {}
    guessed: set[str] = set()
    deadline, reply_by = _find_dates(text, reference, evidence, guessed)
    union = _union_spans(text, low) + _chrome_spans(text, low)  # not the contact's
    name, name_end = _find_name(text, union, evidence)
    if name is None:
        name, name_end = _find_loose_name(text, union, evidence)
    return AdFacts(
        deadline=deadline,
        rolling_selection=_rolling(text, low, evidence),
        ad_reply_by=reply_by,
        ad_no_calls=_no_calls(text, low, evidence),
        ad_only_shortlisted_contacted=_only_shortlisted(text, low, evidence),
        contact_name=name,
        contact_email=_find_email(text, name_end, union, evidence, name),
        contact_phone=_find_phone(text, name_end, union, evidence, name),
        town=_find_town(text, evidence),
        deadline_year_guessed="deadline" in guessed,
        evidence=MappingProxyType(evidence),
    )


def analyse(text: str, reference: dt.date) -> AdFacts:
    """Read deadline, timeline, rules and contact person out of an ad's text.

    ``reference`` is the day year-less dates count from: "15 maj" is the first 15 May on
    or after ``reference`` minus 60 days, so an ad read some weeks after its deadline
    keeps that deadline. It is usually the day the ad is pasted or the application
    sent. Never raises: a text that cannot be read yields an empty ``AdFacts``.
    """
    try:
        return _analyse(text if isinstance(text, str) else str(text), reference)
    except Exception:  # a bug here must not cost the user the paste
        _log.exception("could not analyse the ad text")
        return AdFacts()
