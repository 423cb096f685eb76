"""Cells for the CSV files we write, made safe to open in a spreadsheet (CSV injection).

A spreadsheet reads a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or a carriage return before one) as a formula, so a job title like
``=HYPERLINK("http://evil", "Klicka")`` or ``+cmd|' /C calc'!A0`` from an ad or an imported
file would run when the user opens the export. What we chose:

* Such a cell gets a single quote in front (``'=HYPERLINK(…)``), the neutralisation OWASP
  recommends: every spreadsheet then shows it as text, and the quote shows what was done.
  The same holds for the full-width forms (``＝ ＋ － ＠``) that some spreadsheets accept,
  and for those characters behind leading spaces or line breaks, which some trim.
* A cell that is only a number, a phone number or a date ("+46 70 123 45 67",
  "-12", "+44 (0)20 7946 0958") is written as it is: it holds no letter, so it can name
  no function, cell, link or program, and a quote would spoil a number the user will
  copy or dial.
* A cell that already begins with a quote before such a character gets one more, so
  ``restore`` gives back exactly what was written: a CSV export read in again (our
  import) loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

__all__ = ["TRIGGERS", "restore", "safe_cell", "safe_row"]

TRIGGERS: Final = frozenset("=+-@\t\r＝＋－＠")
"""Characters that make a spreadsheet read a cell as a formula when it begins with one."""

_PREFIX: Final = "'"
_LEAD: Final = " \t\r\n"  # trimmed by some spreadsheets before they look for a formula
# Digits with the separators of numbers, phone numbers and dates, nothing else.
_PLAIN_NUMBER: Final = re.compile(r"[+-]?[ \t]?\(?\d[\d \t()./-]*")


def _dangerous(text: str) -> bool:
    """Whether ``text`` would start a formula (quotes in front of one count too)."""
    body = text.lstrip(_PREFIX)
    stripped = body.lstrip(_LEAD)
    if not stripped or stripped[0] not in TRIGGERS:
        return body[:1] in TRIGGERS  # "\t" or "\r" alone, or a lone trigger after spaces
    return not (body == text and _PLAIN_NUMBER.fullmatch(text) is not None)


def safe_cell(value: object) -> str:
    """``value`` as CSV cell text that no spreadsheet runs as a formula (see module doc)."""
    text = "" if value is None else str(value)
    return _PREFIX + text if text and _dangerous(text) else text


def safe_row(values: Iterable[object]) -> list[str]:
    """Each value of a row through ``safe_cell``: what ``csv.writer.writerow`` should get."""
    return [safe_cell(value) for value in values]


def restore(cell: str) -> str:
    """The value ``safe_cell`` was given: undo its quote (for reading our own CSV back)."""
    if cell.startswith(_PREFIX) and _dangerous(cell[1:]):
        return cell[1:]
    return cell
