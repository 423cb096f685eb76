"""A hostile or broken server: malformed answers, dripping headers, redirects, impossible dates.

Every case ends in one sentence (exit 3 for ``fetch-ad``) and never in a traceback; the
whole exchange keeps to the time limit; only the configured address is ever asked.
Servers run on 127.0.0.1 only (``tests/ad_server.py``).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_gui.cli.imports import write_fetched
from followup_gui.model import Stage
from followup_gui.reading import jobtech, jobtech_http
from followup_gui.reading.jobtech import AdFetchError, FailureKind
from followup_gui.store import limits
from followup_gui.store.saving import _app_save_problem
from tests import ad_server
from tests.ad_server import AdServer

TODAY = dt.date(2024, 4, 25)
AD = "30001"
JSON = b"application/json"


@pytest.fixture
def server() -> Iterator[AdServer]:
    with AdServer() as running:
        yield running


def _answer(body: bytes, *, ctype: bytes = JSON, extra: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype + b"\r\nContent-Length: "
        + str(len(body)).encode() + b"\r\nConnection: close\r\n" + extra + b"\r\n" + body
    )  # fmt: skip


def _fail(server: AdServer, answer: bytes) -> AdFetchError:
    server.raw[AD] = answer
    with pytest.raises(AdFetchError) as caught:
        jobtech.fetch_application(AD, app_id="x", today=TODAY, base=server.url)
    return caught.value


def _cli(*args: str, url: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followup_gui.cli", "fetch-ad", *args],
        capture_output=True, text=True, timeout=60, check=False,
        env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1",
             jobtech.ENV_BASE_URL: url, **env},
    )  # fmt: skip


DEEP = b'{"headline": "Kock", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
LONG_NUMBER = b'{"headline": "Kock", "id": ' + b"7" * 100_000 + b"}"
MALFORMED = [
    (b"[" * 100_000 + b"]" * 100_000, "nested more than 64 deep"),
    (DEEP, "nested more than 64 deep"),
    (b'{"headline": "Kock", "x": ' + b"[" * 500 + b"]" * 500 + b"}", "nested more than 64 deep"),
    (LONG_NUMBER, "a number of more than 4,300 digits"),
    (b'{"headline": "Kock \\ud800"}', "headline holds a lone surrogate"),
    (b'{"headline": "Kock", "description": {"text": "a\\udfffb"}}', "description.text holds"),
    (b'{"headline": "Kock", "\\ud800": 1}', "lone surrogate"),
    (b'{"headline": 5}', "headline is a number, not text"),
    (b'{"headline": "Kock", "employer": "Acme"}', "employer is text, not an object"),
    (b'{"headline": "Kock", "application_contacts": [{"name": ["a"]}]}',
     "application_contacts[0].name is a list, not text"),
    (b'{"headline": "Kock", "id": true}', "id is true or false, not text"),
    (b'{"headline": "Kock", "removed": "yes"}', "removed is text, not true or false"),
    (b'{"headline": "\xff\xfe"}', "not UTF-8 text"),
    (json.dumps({"headline": "K" * 5000}).encode(), "the headline is 5,000 characters long"),
    (json.dumps({"headline": "Kock", "description": {"text": "x" * 300_000}}).encode(),
     "the ad's text is 300,000 characters long"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "says"), MALFORMED)
def test_a_malformed_answer_is_one_sentence_naming_what_was_wrong(
    server: AdServer, body: bytes, says: str
) -> None:
    error = _fail(server, _answer(body))
    assert error.kind is FailureKind.BAD_ANSWER
    assert says in error.message("en"), error.message("en")
    for lang in ("sv", "en"):
        message = error.message(lang)
        assert "\n" not in message and len(message) < 300
        message.encode("utf-8")  # printable: no lone surrogate of the server's


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
         + b"9" * 5000 + b"\r\n\r\n{}", FailureKind.TOO_LARGE),
        (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \xb2\r\n\r\n{}",
         FailureKind.BAD_ANSWER),
        (b"HTTP/1.1 200 OK\r\nX: " + b"a" * 70_000 + b"\r\n\r\n", FailureKind.BAD_ANSWER),
        (b"SMTP ready\r\n\r\n", FailureKind.BAD_ANSWER),
        (b"", FailureKind.OFFLINE),
        (b"HTTP/1.1 200 OK\r\nContent-Type: \x1b[31mtext/html\r\n\r\n", FailureKind.WRONG_TYPE),
    ],
)  # fmt: skip
def test_broken_http_is_one_sentence_too(
    server: AdServer, answer: bytes, kind: FailureKind
) -> None:
    error = _fail(server, answer)
    assert error.kind is kind, error
    assert "\x1b" not in error.message("en") and "\n" not in error.message("en")


@pytest.mark.parametrize(
    ("body", "says"),
    [(DEEP, "nested more than 64 deep"), (LONG_NUMBER, "more than 4,300 digits"),
     (b'{"headline": "\\ud800"}', "lone surrogate"), (b'{"headline": {}}', "not text")],
)  # fmt: skip
def test_fetch_ad_exits_3_with_one_line_whatever_the_answer(
    server: AdServer, body: bytes, says: str
) -> None:
    server.raw[AD] = _answer(body)
    for args in ([AD], [AD, "--json"]):
        result = _cli(*args, url=server.url)
        assert result.returncode == 3, result.stderr
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and says in result.stderr
        assert "Traceback" not in result.stderr


# ---------------------------------------------------------------------------- time limit

DRIPPED_HEADERS = _answer(b'{"headline": "Kock"}', extra=b"X-Padding: " + b"p" * 400 + b"\r\n")


def test_headers_that_drip_in_end_at_the_time_limit(server: AdServer) -> None:
    """A byte every 20 ms: each read is quick, the whole answer would take 10 s."""
    server.drip[AD] = (DRIPPED_HEADERS, 0.02)
    started = time.monotonic()
    with pytest.raises(AdFetchError) as caught:
        jobtech.fetch_ad(AD, base=server.url, timeout=0.6)
    error = caught.value
    assert error.kind is FailureKind.TIMEOUT
    assert time.monotonic() - started < 2
    assert "0.6 seconds" in error.message("en")


def test_a_status_line_that_drips_in_ends_at_the_time_limit_from_the_command_line(
    server: AdServer,
) -> None:
    server.drip[AD] = (DRIPPED_HEADERS, 0.05)
    started = time.monotonic()
    result = _cli(AD, url=server.url, **{jobtech.ENV_TIMEOUT: "1"})
    assert result.returncode == 3
    assert "did not answer within 1 seconds" in result.stderr
    assert time.monotonic() - started < 8  # start-up of Python and the app included


def test_the_time_limit_is_10_seconds_and_the_environment_can_only_shorten_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(jobtech.ENV_TIMEOUT, raising=False)
    assert jobtech.time_limit() == 10
    for value, limit in (("1", 1), ("0.5", 0.5), ("60", 10), ("0", 10), ("-1", 10),
                         ("nan", 10), ("inf", 10), ("soon", 10), ("", 10)):  # fmt: skip
        monkeypatch.setenv(jobtech.ENV_TIMEOUT, value)
        assert jobtech.time_limit() == limit, value


def test_by_default_the_whole_exchange_gets_10_seconds(
    server: AdServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clock that runs 1 s a read: the dripping answer is cut off after 10 of them."""
    monkeypatch.delenv(jobtech.ENV_TIMEOUT, raising=False)
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(jobtech_http, "_now", lambda: float(next(ticks)))
    server.drip[AD] = (DRIPPED_HEADERS, 0.001)
    with pytest.raises(AdFetchError) as caught:
        jobtech.fetch_ad(AD, base=server.url, timeout=60)  # asking for more gives no more
    assert caught.value.kind is FailureKind.TIMEOUT
    assert "within 10 seconds" in caught.value.message("en")
    assert 9 <= next(ticks) <= 12  # the clock was read on every read, ten reads in all


# ---------------------------------------------------------------------------- redirects


def test_a_redirect_within_the_configured_address_is_followed(server: AdServer) -> None:
    server.redirects[AD] = "/ad/28746073"
    server.redirects["30002"] = f"{server.url}/ad/{AD}"
    ad = jobtech.fetch_ad("30002", base=server.url)
    assert ad["id"] == "28746073"
    assert [path for path, _ in server.requests] == ["/ad/30002", f"/ad/{AD}", "/ad/28746073"]


def test_a_redirect_to_another_server_is_not_followed(server: AdServer) -> None:
    with AdServer() as other:
        other.extra[AD] = {"id": AD, "headline": "Not from Platsbanken"}
        port = other.url.rsplit(":", 1)[1]
        for location in (f"{other.url}/ad/{AD}", f"http://localhost:{port}/ad/{AD}",
                         f"//127.0.0.1:{port}/ad/{AD}", f"https://{server.url[7:]}/ad/{AD}",
                         "file:///etc/passwd", "http://[::1"):  # fmt: skip
            server.redirects["30003"] = location
            with pytest.raises(AdFetchError) as caught:
                jobtech.fetch_ad("30003", base=server.url)
            assert caught.value.kind is FailureKind.REDIRECTED, location
            assert "does not follow" in caught.value.message("en")
        assert other.requests == []


def test_https_never_turns_into_http() -> None:
    origin = ("https", "jobsearch.api.jobtechdev.se", 443)
    here = "https://jobsearch.api.jobtechdev.se/ad/1"
    assert jobtech_http._redirect_target(here, "/ad/2", origin).endswith("/ad/2")
    for location in ("http://jobsearch.api.jobtechdev.se/ad/2",
                     "https://jobsearch.api.jobtechdev.se:8443/ad/2",
                     "https://evil.example/ad/2", "/ad/2 x"):  # fmt: skip
        with pytest.raises(AdFetchError) as caught:
            jobtech_http._redirect_target(here, location, origin)
        assert caught.value.kind is FailureKind.REDIRECTED


def test_a_redirect_loop_ends(server: AdServer) -> None:
    server.redirects[AD] = f"/ad/{AD}"
    with pytest.raises(AdFetchError) as caught:
        jobtech.fetch_ad(AD, base=server.url)
    assert caught.value.kind is FailureKind.REDIRECTED
    assert len(server.requests) == jobtech.MAX_REDIRECTS + 1
    result = _cli(AD, url=server.url)
    assert result.returncode == 3 and "more than 5 times" in result.stderr


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("day", "kept"),
    [("9999-12-31", None), ("0001-01-01T00:00:00", None), ("1899-12-31", None),
     ("2200-01-01", None), ("1900-01-01", dt.date(1900, 1, 1)),
     ("2199-12-31T23:59:59", dt.date(2199, 12, 31))],
)  # fmt: skip
def test_a_date_no_application_can_have_is_left_out_with_a_note(
    server: AdServer, day: str, kept: dt.date | None
) -> None:
    server.extra[AD] = {"id": AD, "headline": "Kock", "application_deadline": day,
                        "employer": {"name": "Krogen AB"}}  # fmt: skip
    fetched = jobtech.fetch_application(AD, app_id="x", today=TODAY, base=server.url, lang="en")
    assert fetched.application.deadline == kept
    assert _app_save_problem(fetched.application) is None
    if kept is None:
        assert fetched.warnings == [
            f"Platsbanken gave the deadline {day[:10]}, which no application can have; "
            "it was left out."
        ]
        assert "deadline" not in fetched.origins
    else:
        assert fetched.warnings == []


def test_fetch_ad_prints_the_note_and_the_rest_of_the_ad(server: AdServer) -> None:
    server.extra[AD] = {"id": AD, "headline": "Kock", "application_deadline": "9999-12-31"}
    result = _cli(AD, "--json", url=server.url, LANG="sv_SE.UTF-8")
    assert result.returncode == 0
    assert json.loads(result.stdout)["deadline"] is None
    assert result.stderr == (
        "followup-gui: Platsbanken angav sista ansökningsdag 9999-12-31, som inget "
        "ansökningsdatum kan ha; den togs inte med.\n"
    )


def test_the_limits_are_the_stores() -> None:
    assert (jobtech.FIRST_DAY, jobtech.LAST_DAY) == (limits.FIRST_DAY, limits.LAST_DAY)
    assert (jobtech.MAX_SHORT_TEXT, jobtech.MAX_URL_TEXT, jobtech.MAX_LONG_TEXT) == (
        limits.MAX_SHORT_TEXT, limits.MAX_URL_TEXT, limits.MAX_LONG_TEXT
    )  # fmt: skip


# ---------------------------------------------------------------------------- property

_KEYS = st.sampled_from(sorted({path.split(".")[0].removesuffix("[]") for path in jobtech._SHAPE}))
_TEXT = st.text(st.characters(blacklist_categories=()), max_size=40)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            _KEYS | _TEXT | st.sampled_from(["name", "text", "email", "telephone"]),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)
_AD = st.dictionaries(_KEYS, _JSON, max_size=8).map(lambda d: {"headline": "Kock", **d})


def _survives(server: AdServer, answer: bytes) -> None:
    server.raw[AD] = answer
    try:
        fetched = jobtech.fetch_application(
            AD, app_id="x", today=TODAY, stage=Stage.APPLIED, base=server.url, timeout=1
        )
    except AdFetchError as error:
        said = [error.message("sv"), error.message("en")]
    else:
        problem = _app_save_problem(fetched.application)  # the store takes it as it is
        assert problem is None or problem == ("company", "the field is empty")  # the user's
        said = list(fetched.warnings)
        for as_json in (True, False):
            out = io.StringIO()
            write_fetched(fetched, as_json=as_json, lang="sv", out=out)
            out.getvalue().encode("utf-8")
    for message in said:
        assert "\n" not in message
        message.encode("utf-8")


@pytest.fixture(scope="module")
def shared_server() -> Iterator[AdServer]:
    with AdServer() as running:
        yield running


_QUICK = settings(
    max_examples=int(os.environ.get("FOLLOWUP_GUI_HYPOTHESIS_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_QUICK
@given(st.binary(max_size=300))
def test_random_bytes_from_the_server_never_end_in_a_traceback(
    shared_server: AdServer, data: bytes
) -> None:
    _survives(shared_server, data)


@_QUICK
@given(st.binary(max_size=200))
def test_random_bytes_as_the_body_never_end_in_a_traceback(
    shared_server: AdServer, data: bytes
) -> None:
    _survives(shared_server, _answer(data))


@_QUICK
@given(_AD | _JSON)
def test_random_json_never_ends_in_a_traceback(shared_server: AdServer, value: object) -> None:
    _survives(shared_server, _answer(json.dumps(value).encode()))


def test_the_recorded_ads_pass_every_check() -> None:
    for path in ad_server.RECORDED.values():
        ad = jobtech._decode(path.read_bytes())
        fetched = jobtech.application_from_ad(ad, app_id="x", today=TODAY)
        jobtech._check_lengths(fetched.application)
        assert fetched.warnings == []
