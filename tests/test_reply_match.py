"""Which application a reply belongs to: address, domain, employer, title; newest open first."""

from __future__ import annotations

import datetime as dt

from followup_gui.model import Application, ContactPerson, Stage
from followup_gui.reading.reply import read_reply
from followup_gui.reading.reply_match import MatchReason, match_reply

from .factories import d, make_app

R = dt.date(2026, 11, 20)

# ruff: noqa: E501 - mails are written one paragraph a line
REJECTION = """Hej Anna,

Tack för ditt intresse för tjänsten som lagerarbetare hos Nordlys Logistik AB. Vi har valt att gå vidare med andra kandidater.

Med vänliga hälsningar
Karin Ek
karin.ek@nordlys.se
"""


def _apps() -> list[Application]:
    return [
        make_app(
            id="old-nordlys",
            company="Nordlys Logistik AB",
            job_title="Truckförare",
            applied_on=d("2026-09-01"),
        ),
        make_app(
            id="nordlys",
            company="Nordlys Logistik",
            job_title="Lagerarbetare",
            applied_on=d("2026-10-20"),
        ),
        make_app(
            id="other", company="Solkatten Bageri", job_title="Bagare", applied_on=d("2026-11-01")
        ),
    ]


def test_the_contacts_address_wins_over_everything() -> None:
    apps = _apps()
    apps[0].contact = ContactPerson(name="Karin Ek", email="Karin.Ek@nordlys.se")
    match = match_reply(read_reply(REJECTION, R), apps)
    assert match.id == "old-nordlys"
    assert match.reasons[0] == MatchReason.ADDRESS
    assert "nordlys" in match.candidates
    assert not match.unsure


def test_the_sender_domain_matches_the_ad_link() -> None:
    apps = _apps()
    apps[2].ad_url = "https://jobb.solkatten.se/annons/12"
    reply = read_reply("Hej!\n\nVi vill gärna träffa dig.\n", R, sender="Eva <eva@solkatten.se>")
    match = match_reply(reply, apps)
    assert match.id == "other"
    assert match.reasons == (MatchReason.DOMAIN,)
    assert match.why("sv") == "avsändarens domän är arbetsgivarens"


def test_shared_mail_domains_say_nothing() -> None:
    apps = _apps()
    apps[2].contact = ContactPerson(email="boss@gmail.com")
    reply = read_reply("Hej!\n\nTack för din ansökan.\n", R, sender="someone@gmail.com")
    assert match_reply(reply, apps).id is None


def test_employer_then_title_and_newest_first() -> None:
    match = match_reply(read_reply(REJECTION, R), _apps())
    assert match.id == "nordlys"  # employer and title both fit
    assert match.reasons == (MatchReason.EMPLOYER, MatchReason.TITLE)
    assert match.candidates == ("old-nordlys",)


def test_equal_fits_pick_the_newest_and_say_unsure() -> None:
    apps = _apps()
    apps[0].job_title = "Lagerarbetare"
    match = match_reply(read_reply(REJECTION, R), apps)
    assert match.id == "nordlys" and match.unsure
    assert match.candidates == ("old-nordlys",)


def test_closed_applications_do_not_take_part() -> None:
    apps = _apps()
    apps[1].stage = Stage.REJECTED
    match = match_reply(read_reply(REJECTION, R), apps)
    assert match.id == "old-nordlys"
    assert "nordlys" not in match.candidates


def test_the_title_alone_matches_from_the_subject() -> None:
    reply = read_reply(
        "Hej,\n\nVi återkommer nästa vecka.\n", R, subject="Re: Din ansökan – Bagare"
    )
    match = match_reply(reply, _apps(), subject="Re: Din ansökan – Bagare")
    assert match.id == "other"
    assert match.reasons == (MatchReason.TITLE,)


def test_no_fit_is_none_with_no_candidates() -> None:
    reply = read_reply("Hello,\n\nThank you for applying to Quillfeather Ltd.\n", R)
    match = match_reply(reply, _apps())
    assert match.id is None and match.candidates == ()
    assert match.as_json() == {"match": None, "candidates": []}


def test_quoted_text_does_not_match() -> None:
    text = REJECTION.replace("Nordlys Logistik AB", "Fjällbo AB") + (
        "\nDen 3 nov 2026 skrev Anna <anna@example.com>:\n> Jag söker jobbet som bagare hos Solkatten Bageri.\n"
    )
    assert match_reply(read_reply(text, R), _apps()).id != "other"


def test_json_names_the_match_and_why() -> None:
    match = match_reply(read_reply(REJECTION, R), _apps())
    assert match.as_json("en") == {
        "match": {"id": "nordlys", "why": "the employer's name matches; the job title matches"},
        "candidates": ["old-nordlys"],
    }


def test_applications_without_applied_on_come_last() -> None:
    apps = _apps()
    apps.append(
        make_app(
            id="saved",
            company="Nordlys Logistik",
            job_title="Lagerarbetare",
            applied_on=None,
            stage=Stage.SAVED,
        )
    )
    match = match_reply(read_reply(REJECTION, R), apps)
    assert match.id == "nordlys" and match.candidates[0] == "saved"
