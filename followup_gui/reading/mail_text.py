"""Which part of a pasted mail is the employer's own text.

A mail the user pastes or drops may be forwarded by the user ("---------- Vidarebefordrat
meddelande ----------", "---------- Forwarded message ---------", "Begin forwarded
message:"), may begin with the headers the user copied along ("Från: … Datum: … Ämne: …"),
and usually quotes the user's own application below the answer ("Den 3 nov 2026 skrev
Anna …:", "On … wrote:", "> " lines, "-----Ursprungligt meddelande-----", an Outlook
"Från: … Skickat: …" block). ``employer_part(text)`` finds the employer's text between
those, and the sender, date and subject that forwarded or copied headers give.

Positions index the text as given, so a caller can highlight what was read in it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from followup_gui.reading.reply_dates import parse_header_date

__all__ = ["MailPart", "employer_part"]

_FORWARD: Final = re.compile(
    r"""^[ \t>]{0,4}(?:
        -{2,}[ \t]{0,3}(?:vidarebefordrat[ \t]meddelande|forwarded[ \t]message
            |videresendt[ \t]melding
            |weitergeleitete[ \t]nachricht)[ \t]{0,3}-{0,20}
      | begin[ \t]forwarded[ \t]message[ \t]?:
      | start[ \t]of[ \t]forwarded[ \t]message
      | b[öo]rja[ \t]vidarebefordrat[ \t]meddelande[ \t]?:
    )[ \t]*$""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
_ORIGINAL: Final = re.compile(
    r"^[ \t>]{0,4}(?:-{2,}[ \t]{0,3}(?:ursprungligt[ \t]meddelande|original[ \t]message)"
    r"[ \t]{0,3}-{0,20}|_{20,})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER: Final = re.compile(
    r"^[ \t>*]{0,4}(?P<name>från|from|datum|date|skickat|sent|ämne|subject|till|to|kopia|cc"
    r"|svara[ \t]till|reply-to)[ \t]{0,3}:[*]?[ \t]{0,3}(?P<value>[^\n]{0,300})$",
    re.IGNORECASE | re.MULTILINE,
)
_FROM_NAMES: Final = ("från", "from")
_DATE_NAMES: Final = ("datum", "date", "skickat", "sent")
_SUBJECT_NAMES: Final = ("ämne", "subject")
# "Den 3 nov 2026 skrev Anna Svensson <anna@…>:", "On Tue, Nov 3, 2026 at 2:02 PM Anna
# <…> wrote:", "tis 3 nov. 2026 kl. 14:02 skrev …:" — possibly wrapped over two lines.
_QUOTE_INTRO: Final = re.compile(
    r"(?<![\w-])(?:skrev|wrote|schrieb|kirjoitti)(?:[ \t][^\n]{0,200})?:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTE_INTRO_START: Final = re.compile(
    r"^[ \t]{0,4}(?:den|on|am|mån|tis|ons|tors|tor|fre|lör|sön|mon|tue|wed|thu|fri|sat|sun"
    r"|\d{1,4}[-/. ])",
    re.IGNORECASE,
)
_QUOTED_LINE: Final = re.compile(r"^[ \t]{0,3}>", re.MULTILINE)
_ANGLE_ADDRESS: Final = re.compile(r"<\s{0,3}([^<>\s@]{1,64}@[^<>\s@]{1,255})\s{0,3}>")
_BARE_ADDRESS: Final = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_MAX_SCAN: Final = 200_000


@dataclass(frozen=True, slots=True)
class MailPart:
    """Where the employer's text lies in a pasted mail, and what its headers said."""

    start: int
    end: int
    sender: str = ""
    """The employer's address from forwarded or copied headers ("" when none was seen)."""
    sender_name: str = ""
    date: dt.date | None = None
    subject: str = ""
    forwarded: bool = False


@dataclass(frozen=True, slots=True)
class _Headers:
    end: int
    sender: str
    sender_name: str
    date: dt.date | None
    subject: str


def split_address(value: str) -> tuple[str, str]:
    """("Anna Berg", "anna@firma.se") from "Anna Berg <anna@firma.se>" or a bare address."""
    value = value.strip()[:400]
    m = _ANGLE_ADDRESS.search(value)
    if m is not None:
        name = value[: m.start()].strip().strip("\"' ,")
        return name, m.group(1).strip().lower()
    bare = _BARE_ADDRESS.search(value)
    if bare is not None:
        name = (value[: bare.start()] + value[bare.end() :]).strip().strip("\"'()[] ,")
        return name, bare.group().lower()
    return value.strip("\"' "), ""


def _header_block(text: str, start: int, limit: int) -> _Headers | None:
    """The block of "Från:/Datum:/Ämne:" lines beginning at ``start`` (a line start)."""
    pos = start
    seen: dict[str, str] = {}
    last_end = -1
    for _ in range(16):
        if pos >= limit:
            break
        line_end = text.find("\n", pos, limit)
        line_end = limit if line_end == -1 else line_end
        m = _HEADER.match(text, pos, line_end)
        if m is not None:
            seen.setdefault(m.group("name").lower(), m.group("value").strip())
            last_end = line_end
        elif not seen or not text[pos:line_end].strip() or not text[pos : pos + 1].isspace():
            break  # a blank line or the body ends the block; wrapped header lines are indented
        pos = line_end + 1
    names = set(seen)
    if last_end < 0 or not (names & set(_FROM_NAMES)) or len(names) < 2:
        return None
    sender_name, sender = split_address(_first(seen, _FROM_NAMES))
    date = parse_header_date(_first(seen, _DATE_NAMES))
    subject = _first(seen, _SUBJECT_NAMES)
    return _Headers(min(last_end + 1, limit), sender, sender_name, date, subject)


def _first(seen: dict[str, str], names: tuple[str, ...]) -> str:
    for name in names:
        if name in seen:
            return seen[name]
    return ""


def _quote_start(text: str, start: int, end: int) -> int:
    """Where quoted text (the user's own mail below the answer) begins, or ``end``."""
    cut = end
    intro = _QUOTE_INTRO.search(text, start, end)
    if intro is not None:
        line_start = text.rfind("\n", start, intro.start()) + 1
        line_start = max(line_start, start)
        if not _QUOTE_INTRO_START.match(text, line_start) and line_start > start:
            above = text.rfind("\n", start, line_start - 1) + 1
            above = max(above, start)
            if _QUOTE_INTRO_START.match(text, above):
                line_start = above
        if intro.start() - line_start <= 400:
            cut = line_start
    original = _ORIGINAL.search(text, start, cut)
    if original is not None:
        cut = original.start()
    quoted = _QUOTED_LINE.search(text, start, cut)
    if quoted is not None and text[start : quoted.start()].strip():
        cut = quoted.start()
    outlook = _outlook_block(text, start, cut)
    return min(cut, outlook)


def _outlook_block(text: str, start: int, end: int) -> int:
    """A "Från: … Skickat: … Ämne: …" block below some text: the quoted mail begins there."""
    for m in _HEADER.finditer(text, start, end):
        if m.group("name").lower() not in _FROM_NAMES:
            continue
        if not text[start : m.start()].strip():
            continue
        if _header_block(text, m.start(), end) is not None:
            return m.start()
    return end


def employer_part(text: str) -> MailPart:
    """The employer's own text in ``text`` and what forwarded or copied headers say."""
    limit = min(len(text), _MAX_SCAN)
    start, forwarded = 0, False
    sender = sender_name = subject = ""
    date: dt.date | None = None
    marker = _FORWARD.search(text, 0, limit)
    if marker is not None:
        forwarded = True
        start = marker.end() + 1 if marker.end() < limit else limit
    headers = _leading_headers(text, start, limit)
    if headers is not None:
        start = headers.end
        sender, sender_name, date, subject = (
            headers.sender, headers.sender_name, headers.date, headers.subject
        )  # fmt: skip
    # A mail that is all "> " lines (quoted whole by a mail program): read it as it is.
    end = _quote_start(text, start, limit)
    if not text[start:end].strip():
        end = limit
    return MailPart(start, end, sender, sender_name, date, subject, forwarded)


def _leading_headers(text: str, start: int, limit: int) -> _Headers | None:
    """Headers at the top of the (forwarded) mail, after blank lines only."""
    pos = start
    while pos < limit and text[pos] in " \t\r\n":
        pos += 1
    if _HEADER.match(text, pos) is None:
        return None
    line_start = text.rfind("\n", 0, pos) + 1
    return _header_block(text, max(line_start, start), limit)
