"""The job title and the employer from an ad's first line, where it names them (18.3).

Only the plain shapes people write: "Kafferosteriet AB söker en butikssäljare",
"Acme Ltd is hiring a Warehouse Operative", "Acme Ltd is looking for an Engineer".
Anything else gives nothing: a guess the user must undo is worse than an empty field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SHAPES = (
    re.compile(
        r"^(?P<company>[^,.:;!?]{2,80}?)\s+söker\s+(?:nu\s+)?(?:en\s+|ett\s+|två\s+|fler\s+)?"
        r"(?P<title>[^,.:;!?]{2,80}?)\s*[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<company>[^,.:;!?]{2,80}?)\s+(?:is\s+hiring|is\s+looking\s+for|seeks)\s+"
        r"(?:an?\s+)?(?P<title>[^,.:;!?]{2,80}?)\s*[.!]?$",
        re.IGNORECASE,
    ),
)


@dataclass(frozen=True, slots=True)
class Heading:
    job_title: str
    company: str


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def read_heading(ad_text: str) -> Heading | None:
    """The title and employer the ad's first line names, or None."""
    line = first_line(ad_text)
    for shape in _SHAPES:
        match = shape.match(line)
        if match:
            title = match["title"].strip()
            company = match["company"].strip()
            if title and company:
                return Heading(title[:1].upper() + title[1:], company)
    return None
