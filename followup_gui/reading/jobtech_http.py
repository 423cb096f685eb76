"""One bounded HTTP GET for the ad fetcher: a deadline on every read (the status line and
the headers too), redirects only to the same origin, a cap on the body, and the ways it
fails, told in one line each.
"""

from __future__ import annotations

import http.client
import io
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final

from .. import __version__
from ..i18n import Lang

MAX_REDIRECTS: Final = 5
"""Redirects followed, and only within the configured address (same scheme, host and port)."""
_REDIRECT_CODES: Final = frozenset({301, 302, 303, 307, 308})


_CHUNK: Final = 64 * 1024


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
    REDIRECTED = "redirected"


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
    FailureKind.REDIRECTED: {
        "sv": "Platsbanken skickade frågan vidare ({detail}); dit följer appen inte med.",
        "en": "Platsbanken sent the request on ({detail}); the app does not follow it there.",
    },
}


class AdFetchError(Exception):
    """The ad could not be had; :meth:`message` says why, in the user's language."""

    def __init__(self, kind: FailureKind, detail: str) -> None:
        detail = _one_line(detail)
        super().__init__(kind, detail)
        self.kind = kind
        self.detail = detail

    def message(self, lang: Lang = "en") -> str:
        return _MESSAGES[self.kind][lang].format(detail=self.detail)

    def __str__(self) -> str:
        return self.message("en")


def _one_line(text: str, limit: int = 160) -> str:
    """``text`` as one printable line of at most ``limit`` characters (a server's words in a
    message: no line breaks, terminal escapes or lone surrogates)."""
    shown = "".join(c if c.isprintable() else "?" for c in " ".join(text[: limit * 4].split()))
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def _json_type(content_type: str | None) -> bool:
    if not content_type:
        return False
    main = content_type.split(";")[0].strip().lower()
    return main == "application/json" or (
        main.startswith("application/") and main.endswith("+json")
    )


_now = time.monotonic
"""The clock the time limit is kept on (a test may replace it)."""


def _left(deadline: float) -> float:
    """Seconds left until ``deadline``; :class:`TimeoutError` when none are."""
    remaining = deadline - _now()
    if remaining <= 0:
        raise TimeoutError
    return remaining


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes where every read waits at most for what is left of the time limit:
    a server that drips its status line, headers or body a byte at a time is cut off too."""

    def __init__(self, stream: io.BufferedReader, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._stream = stream  # the socket's own file: while open, the socket stays usable
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        self._sock.settimeout(_left(self._deadline))
        return self._stream.readinto1(buffer)

    def close(self) -> None:
        self._stream.close()
        super().close()


def _response_class(deadline: float) -> type[http.client.HTTPResponse]:
    class Response(http.client.HTTPResponse):
        def __init__(self, sock: socket.socket, *args: Any, **kwargs: Any) -> None:
            super().__init__(sock, *args, **kwargs)
            self.fp = io.BufferedReader(_DeadlineReader(self.fp, sock, deadline))

    return Response


def _addresses(host: str, port: int, deadline: float) -> list[Any]:
    """The host's addresses, looked up on a helper thread: a hanging name lookup (a network
    that is half there) keeps to the time limit too."""
    found: list[Any] = []

    def look_up() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            found.append(exc)

    helper = threading.Thread(target=look_up, name="fetch-ad-lookup", daemon=True)
    helper.start()
    helper.join(_left(deadline))
    if not found:
        raise TimeoutError
    if isinstance(found[0], Exception):
        raise found[0]
    return list(found[0])


class _Connection(http.client.HTTPConnection):
    """HTTP or HTTPS where connecting and every read keep to one deadline for the exchange."""

    def __init__(self, host: str, port: int, deadline: float, *, tls: bool) -> None:
        super().__init__(host, port)
        self._deadline = deadline
        self._tls = ssl.create_default_context() if tls else None
        if tls:
            self.default_port = 443
        self.response_class = _response_class(deadline)

    def connect(self) -> None:
        error: OSError = OSError(f"no address for {self.host}")
        for family, kind, proto, _name, address in _addresses(self.host, self.port, self._deadline):
            remaining = _left(self._deadline)
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(remaining)
                sock.connect(address)
                if self._tls is not None:
                    sock = self._tls.wrap_socket(sock, server_hostname=self.host)
            except OSError as exc:
                sock.close()
                error = exc
                continue
            self.sock = sock
            return
        raise error


def _origin(url: str) -> tuple[str, str, int]:
    """Scheme, host and port of a web address (ValueError for anything else)."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http or https address")
    return scheme, parts.hostname.lower(), parts.port or (443 if scheme == "https" else 80)


def _redirect_target(url: str, location: str | None, origin: tuple[str, str, int]) -> str:
    """Where a redirect leads, if it stays at the configured address (scheme, host, port):
    https never turns into http, and no other server's answer becomes the ad."""
    if not location or not location.strip():
        raise AdFetchError(FailureKind.BAD_ANSWER, "a redirect without an address")
    try:
        target = urllib.parse.urljoin(url, location.strip())
        where = _origin(target)
    except ValueError:
        raise AdFetchError(FailureKind.REDIRECTED, f"to {location!r}") from None
    if where != origin:
        scheme, host, port = where
        raise AdFetchError(FailureKind.REDIRECTED, f"to {scheme}://{host}:{port}")
    if not all(33 <= ord(c) < 127 for c in target):
        raise AdFetchError(FailureKind.REDIRECTED, f"to {target!r}, which is no web address")
    return target


def _get(url: str, deadline: float, max_bytes: int) -> tuple[int, str | None, bytes]:
    """One ``GET``: the status, the ``Location`` of a redirect, and the body of a 2xx answer."""
    parts = urllib.parse.urlsplit(url)
    tls = parts.scheme.lower() == "https"
    connection = _Connection(
        parts.hostname or "", parts.port or (443 if tls else 80), deadline, tls=tls
    )
    response: http.client.HTTPResponse | None = None
    try:
        connection.connect()
        connection.sock.settimeout(_left(deadline))
        connection.request(
            "GET",
            parts.path + (f"?{parts.query}" if parts.query else ""),
            headers={"Accept": "application/json", "User-Agent": f"followup-gui/{__version__}"},
        )
        response = connection.getresponse()
        status = response.status
        if status in _REDIRECT_CODES:
            return status, response.getheader("Location"), b""
        if not 200 <= status < 300:
            return status, None, b""
        if not _json_type(response.getheader("Content-Type")):
            raise AdFetchError(FailureKind.WRONG_TYPE, response.getheader("Content-Type") or "none")
        return status, None, _read_body(response, deadline, max_bytes)
    finally:
        if response is not None:
            response.close()
        connection.close()


def _read_body(response: http.client.HTTPResponse, deadline: float, max_bytes: int) -> bytes:
    length = response.getheader("Content-Length")
    declared: int | None = None
    if length is not None:
        length = length.strip()
        if not (length.isascii() and length.isdigit()):
            raise AdFetchError(FailureKind.BAD_ANSWER, f"a length of {length!r} bytes")
        if len(length) > 15:  # no ad is a petabyte, and int() refuses 4,300 digits
            raise AdFetchError(FailureKind.TOO_LARGE, f"a number of {len(length):,} digits")
        declared = int(length)
        if declared > max_bytes:
            raise AdFetchError(FailureKind.TOO_LARGE, f"{declared:,} bytes")
    chunks: list[bytes] = []
    total = 0
    while True:
        _left(deadline)  # each read below waits at most for what is left (_DeadlineReader)
        try:
            chunk = response.read1(_CHUNK)
        except http.client.IncompleteRead as exc:
            raise AdFetchError(FailureKind.TRUNCATED, f"{total + len(exc.partial)} bytes") from None
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            raise AdFetchError(FailureKind.TOO_LARGE, f"more than {max_bytes:,} bytes")
        chunks.append(chunk)
    if declared is not None and total < declared:
        raise AdFetchError(FailureKind.TRUNCATED, f"{total} of {declared} bytes")
    return b"".join(chunks)
