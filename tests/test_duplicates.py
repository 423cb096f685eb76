"""The same ad twice: same Platsbanken id or link, or the same employer and a similar title."""

from __future__ import annotations

import datetime as dt

import pytest

from followup_gui.model import Application, Stage
from followup_gui.reading.duplicates import DuplicateReason, find_duplicates, similar_titles

TODAY = dt.date(2026, 5, 20)
PB = "https://arbetsformedlingen.se/platsbanken/annonser/"


def _app(app_id: str, title: str, company: str, applied: dt.date | None = None, url: str = "",
         stage: Stage = Stage.APPLIED) -> Application:  # fmt: skip
    return Application(app_id, title, company, applied, ad_url=url, stage=stage)


def test_the_same_platsbanken_id_in_another_link_form() -> None:
    old = _app("old", "Lagerarbetare", "Acme AB", dt.date(2025, 1, 1), PB + "28746073")
    new = _app("new", "Helt annan titel", "Annat AB", None, "arbetsformedlingen.se/platsbanken/"
               "annonser/28746073?hl=sv", stage=Stage.SAVED)  # fmt: skip
    [found] = find_duplicates(new, [old], today=TODAY)
    assert (found.application, found.reason) == (old, DuplicateReason.SAME_AD)


def test_the_same_ad_link_elsewhere() -> None:
    old = _app("old", "Dev", "Acme", dt.date(2026, 1, 1), "https://www.linkedin.com/jobs/view/1/")
    new = _app("new", "Dev", "Acme", TODAY, "http://linkedin.com/jobs/view/1?trk=x")
    assert [d.reason for d in find_duplicates(new, [old], today=TODAY)] == [
        DuplicateReason.SAME_LINK
    ]


def test_same_employer_and_similar_title_within_60_days() -> None:
    new = _app("new", "Lagerarbetare till Kiruna", "Acme AB", TODAY)
    near = _app("near", "Lagerarbetare - Kiruna", "ACME", TODAY - dt.timedelta(days=60))
    far = _app("far", "Lagerarbetare - Kiruna", "Acme AB", TODAY - dt.timedelta(days=61))
    other_job = _app("other", "Ekonomiassistent", "Acme AB", TODAY)
    other_firm = _app("firm", "Lagerarbetare till Kiruna", "Globex AB", TODAY)
    found = find_duplicates(new, [near, far, other_job, other_firm, new], today=TODAY)
    assert [(d.application.id, d.reason) for d in found] == [("near", DuplicateReason.SIMILAR)]


def test_a_saved_ad_counts_from_its_deadline_or_today() -> None:
    saved = _app("saved", "Säljare", "Ica", None, stage=Stage.SAVED)
    new = _app("new", "Säljare", "ICA AB", TODAY)
    assert [d.application.id for d in find_duplicates(new, [saved], today=TODAY)] == ["saved"]


def test_most_certain_first() -> None:
    new = _app("new", "Säljare", "Ica", TODAY, PB + "123456")
    similar = _app("similar", "Säljare", "Ica", TODAY)
    same = _app("same", "x", "y", TODAY, PB + "123456")
    assert [d.application.id for d in find_duplicates(new, [similar, same], today=TODAY)] == [
        "same", "similar",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [("Lagerarbetare", "lagerarbetare", True),
     ("Säljare till vår butik i Umeå", "Säljare, butik Umeå", True),
     ("Backend Developer", "Backend Developer (m/f/d)", True),
     ("Senior Backend Developer", "Backend Developer", True),
     ("Backend Developer", "Frontend Developer", False),
     ("Lärare", "Läkare", False),
     ("Kock", "Diskare", False), ("", "Kock", False)],
)  # fmt: skip
def test_similar_titles(first: str, second: str, alike: bool) -> None:
    assert similar_titles(first, second) is alike
