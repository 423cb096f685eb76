"""A stand-in for JobTech's JobSearch API on 127.0.0.1, serving recorded answers and failures.

Tests start it with the ``ad_server`` fixture (``tests/conftest.py``) and point the app at
it with ``FOLLOWUP_GUI_JOBTECH_URL``. Each odd id below answers the way a broken network
or server would; the recorded real answers live in ``tests/data/jobtech/``.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "jobtech"
RECORDED = {path.stem.removeprefix("ad_"): path for path in DATA.glob("ad_*.json")}

NOT_FOUND = "10404"
SERVER_ERROR = "10500"
UNAVAILABLE = "10503"
REFUSED = "10401"
SLOW = "20001"
TRUNCATED = "20002"
HUGE_DECLARED = "20003"
HUGE_STREAMED = "20004"
HTML = "20005"
NO_TYPE = "20006"
BAD_JSON = "20007"
NOT_AN_OBJECT = "20008"
NO_HEADLINE = "20009"
TEXT_JSON = "20010"
SLOW_BODY = "20011"

FIFTY_MB = 50 * 1024 * 1024


class AdServer:
    """The running server: its base URL, the paths it was asked for, and extra answers."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.extra: dict[str, dict[str, object]] = {}
        self.raw: dict[str, bytes] = {}
        """Id -> the whole answer as bytes (status line, headers, body), sent as it is."""
        self.drip: dict[str, tuple[bytes, float]] = {}
        """Id -> (answer, seconds): the whole answer a byte at a time, one every so often."""
        self.redirects: dict[str, str] = {}
        """Id -> the ``Location`` of a 302 answer."""
        self.release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> AdServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _send(
                self, status: int, body: bytes, ctype: str | None, length: int | None = None
            ) -> None:
                self.send_response(status)
                if ctype is not None:
                    self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body) if length is None else length))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers.items())))
                ad_id = self.path.rsplit("/", 1)[-1]
                json_type = "application/json; charset=utf-8"
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._answer(ad_id, json_type)
                self.close_connection = True

            def _answer(self, ad_id: str, json_type: str) -> None:
                if not self.path.startswith("/ad/"):
                    self._send(404, b'{"message": "no such endpoint"}', json_type)
                elif ad_id in server.raw:
                    self.wfile.write(server.raw[ad_id])
                elif ad_id in server.drip:
                    answer, pause = server.drip[ad_id]
                    for n in range(len(answer)):
                        self.wfile.write(answer[n : n + 1])
                        self.wfile.flush()
                        if server.release.wait(pause):
                            return
                elif ad_id in server.redirects:
                    self.send_response(302)
                    self.send_header("Location", server.redirects[ad_id])
                    self.send_header("Content-Length", "0")
                    self.send_header("Connection", "close")
                    self.end_headers()
                elif ad_id in server.extra:
                    self._send(200, json.dumps(server.extra[ad_id]).encode(), json_type)
                elif ad_id in RECORDED:
                    self._send(200, RECORDED[ad_id].read_bytes(), json_type)
                elif ad_id == NOT_FOUND:
                    self._send(404, b'{"message": "Ad not found"}', json_type)
                elif ad_id in (SERVER_ERROR, UNAVAILABLE):
                    self._send(int(ad_id[2:]), b"<html>Internal error</html>", "text/html")
                elif ad_id == REFUSED:
                    self._send(401, b'{"message": "api-key required"}', json_type)
                elif ad_id == SLOW:
                    server.release.wait(10)
                    self._send(200, RECORDED["28746073"].read_bytes(), json_type)
                elif ad_id == SLOW_BODY:
                    self._trickle(json_type)
                elif ad_id == TRUNCATED:
                    self._send(200, RECORDED["28746073"].read_bytes()[:500], json_type, 9000)
                elif ad_id == HUGE_DECLARED:
                    self._send(200, b"", json_type, FIFTY_MB)
                elif ad_id == HUGE_STREAMED:
                    self._stream_huge(json_type)
                elif ad_id == HTML:
                    self._send(200, b"<!doctype html><title>Platsbanken</title>", "text/html")
                elif ad_id == NO_TYPE:
                    self._send(200, RECORDED["28746073"].read_bytes(), None)
                elif ad_id == TEXT_JSON:
                    self._send(200, RECORDED["28746073"].read_bytes(), "text/plain")
                elif ad_id == BAD_JSON:
                    self._send(200, b'{"id": "20007", "headline": ', json_type)
                elif ad_id == NOT_AN_OBJECT:
                    self._send(200, b'["a list", "not an ad"]', json_type)
                elif ad_id == NO_HEADLINE:
                    self._send(200, b'{"id": "20009"}', json_type)
                else:
                    self._send(404, b'{"message": "Ad not found"}', json_type)

            def _trickle(self, json_type: str) -> None:
                """Headers at once, then a little of the body every 0.1 s: slower than allowed."""
                body = RECORDED["28746073"].read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", json_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for start in range(0, len(body), 200):
                    self.wfile.write(body[start : start + 200])
                    self.wfile.flush()
                    if server.release.wait(0.1):
                        return

            def _stream_huge(self, json_type: str) -> None:
                """50 MB without a length: the client must stop reading at its cap."""
                self.send_response(200)
                self.send_header("Content-Type", json_type)
                self.send_header("Connection", "close")
                self.end_headers()
                chunk = b" " * 65536
                self.wfile.write(b'{"headline": "')
                for _ in _chunks(FIFTY_MB, len(chunk)):
                    self.wfile.write(chunk)

        return Handler


def _chunks(total: int, size: int) -> Iterator[int]:
    yield from range(0, total, size)
