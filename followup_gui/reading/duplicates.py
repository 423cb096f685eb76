"""The same ad twice: an application or saved ad that another one already covers.

Reposted ads are common, and applying twice to the same employer for the same job looks
careless. Two entries are the same ad when they share the Platsbanken id or the ad link;
they are probably the same job when the employer is the same and the titles are alike
("Lagerarbetare till Kiruna" / "Lagerarbetare - Kiruna") within 60 days of each other.
The check only warns: the user may still save (a second application can be deliberate).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Final

from ..model import Application
from .jobtech import platsbanken_id

__all__ = ["WINDOW_DAYS", "Duplicate", "DuplicateReason", "find_duplicates", "similar_titles"]

WINDOW_DAYS: Final = 60
_TITLE_RATIO: Final = 0.8
_COMPANY_FORMS: Final = frozenset(
    {"ab", "aktiebolag", "publ", "hb", "kb", "ek", "för", "inc", "ltd", "llc", "gmbh", "as", "oy",
     "sverige", "sweden", "group", "the"}
)  # fmt: skip
_NOISE: Final = frozenset({"till", "i", "på", "for", "to", "in", "at", "sökes", "söker", "vi",
                           "wanted", "m", "f", "k", "d", "x"})  # fmt: skip


class DuplicateReason(StrEnum):
    SAME_AD = "same_ad"
    """The same Platsbanken id."""
    SAME_LINK = "same_link"
    """The same ad link."""
    SIMILAR = "similar"
    """The same employer and a similar title within 60 days."""


@dataclass(frozen=True, slots=True)
class Duplicate:
    application: Application
    reason: DuplicateReason


def _words(text: str) -> list[str]:
    return re.findall(r"[0-9a-zåäöéü]+", text.casefold())


def _company(name: str) -> str:
    return " ".join(w for w in _words(name) if w not in _COMPANY_FORMS)


def _title(title: str) -> str:
    return " ".join(w for w in _words(title) if w not in _NOISE)


def similar_titles(first: str, second: str) -> bool:
    """Alike enough to be the same job: equal words, one within the other, or close spelling."""
    a, b = _title(first), _title(second)
    if not a or not b:
        return False
    if a == b or set(a.split()) == set(b.split()):
        return True
    if len(min(a, b, key=len)) >= 6 and (a in b or b in a):
        return True
    # close spelling ("utvecklare"/"utveckare") only for longer titles: Lärare is not Läkare
    return min(len(a), len(b)) >= 10 and SequenceMatcher(None, a, b).ratio() >= _TITLE_RATIO


def _link(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip().casefold()).rstrip("/").split("?")[0]


def _day(app: Application, today: dt.date) -> dt.date:
    return app.applied_on or app.deadline or today


def find_duplicates(
    candidate: Application, others: Iterable[Application], *, today: dt.date
) -> list[Duplicate]:
    """The other entries ``candidate`` repeats, most certain first; itself never counts."""
    pb_id = platsbanken_id(candidate.ad_url)
    link = _link(candidate.ad_url) if candidate.ad_url.strip() else ""
    company = _company(candidate.company)
    day = _day(candidate, today)
    found: list[Duplicate] = []
    for other in others:
        if other.id == candidate.id:
            continue
        if pb_id and platsbanken_id(other.ad_url) == pb_id:
            found.append(Duplicate(other, DuplicateReason.SAME_AD))
        elif link and other.ad_url.strip() and _link(other.ad_url) == link:
            found.append(Duplicate(other, DuplicateReason.SAME_LINK))
        elif (
            company
            and _company(other.company) == company
            and abs((_day(other, today) - day).days) <= WINDOW_DAYS
            and similar_titles(candidate.job_title, other.job_title)
        ):
            found.append(Duplicate(other, DuplicateReason.SIMILAR))
    order = list(DuplicateReason)
    return sorted(found, key=lambda d: order.index(d.reason))
