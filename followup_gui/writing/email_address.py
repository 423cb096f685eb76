"""Is this one plain e-mail address? (issue 13.E)

The contact's address goes into a ``mailto:`` link. A comma or semicolon there adds
recipients, a line break adds mail headers, and ``Name <addr>`` or two ``@`` can hide
where the mail goes. Only one bare address (an RFC 5322 addr-spec without quoting or
comments: ``local.part@domain.example``) is let through.
"""

from __future__ import annotations

import re
from enum import StrEnum


class AddressProblem(StrEnum):
    LIST = "list"
    """A comma or semicolon: more than one recipient."""
    LINE_BREAK = "line_break"
    """A line break or another control character: it could add mail headers."""
    SPACE = "space"
    NOT_ONE_ADDRESS = "not_one_address"
    """Not of the form name@domain.example (or more than one @, or Name <addr>)."""


_ATOM = r"[A-Za-z0-9!#$&'*+/=?^_`{|}~-]+"
_LOCAL = rf"{_ATOM}(?:\.{_ATOM})*"
_LABEL = r"(?:[^\W_]|[^\W_][\w-]*[^\W_])"  # letters (also non-ASCII) and digits, inner hyphens
_DOMAIN = rf"{_LABEL}(?:\.{_LABEL})+"
_ADDR_SPEC = re.compile(rf"{_LOCAL}@{_DOMAIN}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")
MAX_LENGTH = 254


def address_problem(text: str) -> AddressProblem | None:
    """None when ``text`` (surrounding spaces aside) is one address, or is empty."""
    address = text.strip(" \t")
    if not address:
        return None
    if _CONTROL.search(address):
        return AddressProblem.LINE_BREAK
    if "," in address or ";" in address:
        return AddressProblem.LIST
    if any(ch.isspace() for ch in address):
        return AddressProblem.SPACE
    if len(address) > MAX_LENGTH or not _ADDR_SPEC.fullmatch(address):
        return AddressProblem.NOT_ONE_ADDRESS
    return None
