"""Fetching one Platsbanken ad: the link, the recorded real answers, and every way it fails."""

from __future__ import annotations

import datetime as dt
import json
import socket
import time
from collections.abc import Iterator

import pytest

from followup_gui.model import How, Source, Stage
from followup_gui.reading import jobtech
from followup_gui.reading.jobtech import AdFetchError, FailureKind, Origin
from tests import ad_server
from tests.ad_server import AdServer

TODAY = dt.date(2024, 4, 25)


@pytest.fixture
def server() -> Iterator[AdServer]:
    with AdServer() as running:
        yield running


def _recorded(ad_id: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(ad_server.RECORDED[ad_id].read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("text", "ad_id"),
    [
        ("28746073", "28746073"),
        ("  28746073\n", "28746073"),
        ("https://arbetsformedlingen.se/platsbanken/annonser/28746073", "28746073"),
        ("arbetsformedlingen.se/platsbanken/annonser/28746073?hl=sv#top", "28746073"),
        ("<https://arbetsformedlingen.se/platsbanken/annonser/22884504/>", "22884504"),
    ],
)
def test_a_link_or_a_bare_id_gives_the_id(text: str, ad_id: str) -> None:
    assert jobtech.parse_ad_id(text) == ad_id


@pytest.mark.parametrize(
    "text",
    ["", "hello", "https://www.linkedin.com/jobs/view/4077276177", "12", "28746073x", "../etc"],
)
def test_anything_else_is_refused_before_any_network_use(text: str) -> None:
    with pytest.raises(AdFetchError) as caught:
        jobtech.parse_ad_id(text)
    assert caught.value.kind is FailureKind.BAD_ID
    assert "Platsbanken" in caught.value.message("sv")


def test_the_recorded_english_ad_maps_to_a_saved_application() -> None:
    fetched = jobtech.application_from_ad(_recorded("28746073"), app_id="a1", today=TODAY)
    app = fetched.application
    assert (app.id, app.job_title, app.company) == (
        "a1",
        "Group Product Manager - Customer Care",
        "Volvo Personvagnar AB",
    )
    assert app.town == "Stockholm"
    assert app.deadline == dt.date(2024, 5, 8)
    assert (app.contact.name, app.contact.email, app.contact.phone) == (
        "Jonas Berglin",
        "",
        "+46 31590000",
    )
    assert app.ad_url == "https://arbetsformedlingen.se/platsbanken/annonser/28746073"
    assert app.ad_text.startswith("Who are we?\nVolvo Cars")
    assert (app.stage, app.applied_on, app.source, app.how) == (
        Stage.SAVED,
        None,
        Source.PLATSBANKEN,
        How.ADVERTISED,
    )
    assert "https://volvo-car-corporation.contactrh.com/jobs/9669/42438554" in fetched.how_to_apply
    assert app.notes == fetched.how_to_apply
    assert fetched.origins["deadline"] is Origin.API
    assert fetched.origins["contact_phone"] is Origin.API
    assert "contact_email" not in fetched.origins
    assert not fetched.removed


def test_the_recorded_swedish_ad_takes_the_town_and_the_application_address() -> None:
    fetched = jobtech.application_from_ad(
        _recorded("22884504"), app_id="a2", today=dt.date(2019, 3, 1), stage=Stage.APPLIED
    )
    app = fetched.application
    assert app.company == "Fazer Food Services AB"
    assert app.town == "Kiruna"  # municipality, not the upper-case postal town
    assert app.deadline == dt.date(2019, 4, 15)
    assert app.contact.email == "fornamn.efternamn@emailadress.se"  # application_details.email
    assert (app.stage, app.applied_on) == (Stage.APPLIED, dt.date(2019, 3, 1))
    # no webpage_url in this answer: the link is made from the id
    assert app.ad_url == "https://arbetsformedlingen.se/platsbanken/annonser/22884504"
    assert "Ansök via e-post till fornamn.efternamn@emailadress.se" in fetched.how_to_apply
    assert "Referens: Trafikledare" in fetched.how_to_apply


def test_the_ad_reader_adds_what_only_the_text_says_and_says_so() -> None:
    ad = _recorded("28746073")
    ad["application_deadline"] = None
    ad["application_contacts"] = []
    ad["description"] = {
        "text": "Vi söker en lagerarbetare.\n\nUrval sker löpande. Sista ansökningsdag är "
        "den 15 maj 2024. Vi undanber oss vänligen telefonsamtal. "
        "Frågor besvaras av Anna Svensson, anna.svensson@example.se."
    }
    fetched = jobtech.application_from_ad(ad, app_id="a3", today=TODAY)
    app = fetched.application
    assert app.rolling_selection and app.ad_no_calls
    assert app.deadline == dt.date(2024, 5, 15)
    assert app.contact.email == "anna.svensson@example.se"
    for name in ("rolling_selection", "ad_no_calls", "deadline", "contact_email"):
        assert fetched.origins[name] is Origin.AD_TEXT
    assert "15 maj 2024" in fetched.evidence["deadline"]


def test_the_api_wins_over_the_text_where_both_say_something() -> None:
    ad = _recorded("28746073")
    ad["description"] = {"text": "Sista ansökningsdag 1 juni 2024."}
    fetched = jobtech.application_from_ad(ad, app_id="a4", today=TODAY)
    assert fetched.application.deadline == dt.date(2024, 5, 8)
    assert fetched.origins["deadline"] is Origin.API


def test_only_saved_or_applied() -> None:
    with pytest.raises(ValueError, match="saved or applied"):
        jobtech.application_from_ad(_recorded("28746073"), app_id="x", today=TODAY,
                                    stage=Stage.INTERVIEW)  # fmt: skip


def test_fetching_from_the_server_sends_only_the_id(server: AdServer) -> None:
    fetched = jobtech.fetch_application(
        "https://arbetsformedlingen.se/platsbanken/annonser/28746073",
        app_id="a5",
        today=TODAY,
        base=server.url,
    )
    assert fetched.application.company == "Volvo Personvagnar AB"
    assert fetched.ad_id == "28746073"
    [(path, headers)] = server.requests
    assert path == "/ad/28746073"
    assert headers["Accept"] == "application/json"
    assert not {"Cookie", "Authorization", "Referer"} & set(headers)


def test_the_base_url_comes_from_the_environment(
    server: AdServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(jobtech.ENV_BASE_URL, raising=False)
    assert jobtech.base_url() == "https://jobsearch.api.jobtechdev.se"
    monkeypatch.setenv(jobtech.ENV_BASE_URL, server.url + "/")
    assert jobtech.base_url() == server.url
    assert jobtech.fetch_ad("22884504")["id"] == "22884504"


@pytest.mark.parametrize(
    ("ad_id", "kind"),
    [
        (ad_server.NOT_FOUND, FailureKind.NOT_FOUND),
        ("99999999", FailureKind.NOT_FOUND),
        (ad_server.SERVER_ERROR, FailureKind.SERVER),
        (ad_server.UNAVAILABLE, FailureKind.SERVER),
        (ad_server.REFUSED, FailureKind.REFUSED),
        (ad_server.TRUNCATED, FailureKind.TRUNCATED),
        (ad_server.HUGE_DECLARED, FailureKind.TOO_LARGE),
        (ad_server.HUGE_STREAMED, FailureKind.TOO_LARGE),
        (ad_server.HTML, FailureKind.WRONG_TYPE),
        (ad_server.NO_TYPE, FailureKind.WRONG_TYPE),
        (ad_server.TEXT_JSON, FailureKind.WRONG_TYPE),
        (ad_server.BAD_JSON, FailureKind.BAD_ANSWER),
        (ad_server.NOT_AN_OBJECT, FailureKind.BAD_ANSWER),
        (ad_server.NO_HEADLINE, FailureKind.BAD_ANSWER),
    ],
)
def test_each_failure_has_its_own_clear_message(
    server: AdServer, ad_id: str, kind: FailureKind
) -> None:
    with pytest.raises(AdFetchError) as caught:
        jobtech.fetch_ad(ad_id, base=server.url)
    assert caught.value.kind is kind
    for lang in ("sv", "en"):
        message = caught.value.message(lang)
        assert "Platsbanken" in message and "{" not in message


def test_a_50_mb_answer_is_not_read_to_the_end(server: AdServer) -> None:
    started = time.monotonic()
    with pytest.raises(AdFetchError) as caught:
        jobtech.fetch_ad(ad_server.HUGE_STREAMED, base=server.url, max_bytes=2_000_000)
    assert caught.value.kind is FailureKind.TOO_LARGE
    assert time.monotonic() - started < 5


def test_a_slow_answer_ends_at_the_timeout(server: AdServer) -> None:
    started = time.monotonic()
    with pytest.raises(AdFetchError) as caught:
        jobtech.fetch_ad(ad_server.SLOW, base=server.url, timeout=0.3)
    assert caught.value.kind is FailureKind.TIMEOUT
    assert time.monotonic() - started < 3
    assert "0.3" in caught.value.message("en")


def test_a_body_that_trickles_in_ends_at_the_timeout_in_all(server: AdServer) -> None:
    """Each piece comes within the time limit; the whole answer does not."""
    started = time.monotonic()
    with pytest.raises(AdFetchError) as caught:
        jobtech.fetch_ad(ad_server.SLOW_BODY, base=server.url, timeout=0.5)
    assert caught.value.kind is FailureKind.TIMEOUT
    assert time.monotonic() - started < 2


def test_a_closed_port_is_offline() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(AdFetchError) as caught:
        jobtech.fetch_ad("28746073", base=f"http://127.0.0.1:{port}", timeout=2)
    assert caught.value.kind is FailureKind.OFFLINE
    assert "internet" in caught.value.message("sv")


def test_the_default_limits() -> None:
    assert jobtech.TIMEOUT == 10
    assert 1_000_000 <= jobtech.MAX_BYTES <= 5_000_000


def test_platsbanken_id_of_a_stored_link() -> None:
    assert jobtech.platsbanken_id("https://arbetsformedlingen.se/platsbanken/annonser/123456") == (
        "123456"
    )
    assert jobtech.platsbanken_id("https://example.se/jobs/123456") is None


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("Peter Blom", "Peter Blom"),
        ("Peter Blom, rekryterare", "Peter Blom"),
        ("Anna-Karin Ek Lind", "Anna-Karin Ek Lind"),
        ("Ring oss gärna på 070-123 45 67", ""),
        ("HR", ""),
        ("", ""),
    ],
)
def test_a_contact_without_a_name_takes_it_from_its_description(
    description: str, name: str
) -> None:
    """Issue 23.4: JobTech often gives ``name: null`` and the person in ``description``
    (ad 30016596: "Peter Blom"); ``contact_type`` is their role."""
    ad = _recorded("28746073")
    ad["application_contacts"] = [
        {"name": None, "description": description, "email": "pb@example.se",
         "telephone": None, "contact_type": "Rekryterare"}
    ]  # fmt: skip
    contact = jobtech.application_from_ad(ad, app_id="a5", today=TODAY).application.contact
    assert contact.name == name
    assert contact.email == "pb@example.se"
    assert contact.extra == {"role": "Rekryterare"}
