"""A ``mailto:`` link that hands a finished mail to the user's own email program.

RFC 6068: the address is the path, ``subject`` and ``body`` are query items, every
reserved character is percent-encoded, and a line break in the body is ``%0D%0A``.
Each value is percent-encoded here before it goes into ``QUrlQuery``, so that ``&``,
``=``, ``+``, ``#`` and a literal ``%`` survive: decoding the link gives back exactly
what went in (with the body's line breaks as CRLF).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl, QUrlQuery

from ...writing.email_address import address_problem

_LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def _encoded(value: str) -> str:
    return bytes(QUrl.toPercentEncoding(value).data()).decode("ascii")


def one_line(text: str) -> str:
    """A subject line: line breaks become spaces (a header cannot hold them)."""
    return _LINE_BREAKS.sub(" ", text)


def crlf(text: str) -> str:
    """Every kind of line break as CRLF, the form mail bodies use."""
    return _LINE_BREAKS.sub("\r\n", text)


def mailto_url(to: str, subject: str, body: str) -> QUrl:
    """``mailto:to?subject=…&body=…``, fully percent-encoded; empty parts are left out.

    ``ValueError`` when ``to`` is not one plain address (see ``email_address``): a comma,
    a semicolon or a line break must never add recipients or headers.
    """
    problem = address_problem(to)
    if problem is not None:
        raise ValueError(f"not one e-mail address ({problem}): {to!r}")
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(to.strip())  # decoded mode: Qt encodes "?", "#", "%" and spaces itself
    query = QUrlQuery()
    if subject:
        query.addQueryItem("subject", _encoded(one_line(subject)))
    if body:
        query.addQueryItem("body", _encoded(crlf(body)))
    if not query.isEmpty():
        url.setQuery(query)
    return url
