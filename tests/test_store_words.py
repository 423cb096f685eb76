"""Issue 18.7: a broken store explained in the user's words, not in JSON paths.

The command line keeps store.py's technical sentences (a contract); the window shows
``store_words.describe`` and keeps the technical text as details.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_gui import store
from followup_gui.store.error_words import describe, field_words

App = dict[str, Any]


def record(**fields: Any) -> App:
    base: App = {
        "id": "a1",
        "job_title": "Säljare",
        "company": "Acme AB",
        "applied_on": "2026-05-04",
        "stage": "applied",
    }
    base.update(fields)
    return base


def document(*apps: App, **top: Any) -> dict[str, Any]:
    return {"format": "followup-gui", "schema_version": 2, "applications": list(apps), **top}


def error_of(data: str | bytes) -> store.StoreError:
    with pytest.raises(store.StoreError) as caught:
        store.loads(data, "/home/u/applications.json")
    return caught.value


def error_for(doc: dict[str, Any]) -> store.StoreError:
    return error_of(json.dumps(doc))


def without(app: App, key: str) -> App:
    return {k: v for k, v in app.items() if k != key}


def test_a_missing_title_names_the_application_and_the_field() -> None:
    error = error_for(document(record(), without(record(id="b", company="Bolaget"), "job_title")))
    assert "applications[1]" in str(error), "the command line keeps its words"
    assert describe(error, "sv") == "Ansökan 2 (Bolaget): Tjänst saknas."
    assert describe(error, "en") == "Application 2 (Bolaget): Job title is missing."


@pytest.mark.parametrize(
    ("doc", "sv", "en"),
    [
        (document(record(applied_on="14 maj")),
         "Ansökan 1 (Säljare, Acme AB): Sökt den är inte ett datum som 2026-05-14 "
         '(där står "14 maj").',
         'Application 1 (Säljare, Acme AB): Applied on is not a date like 2026-05-14 '
         '(it says "14 maj").'),
        (document(record(stage="pending")),
         'Ansökan 1 (Säljare, Acme AB): Status har ett värde som appen inte känner igen '
         '("pending").',
         'Application 1 (Säljare, Acme AB): Stage has a value the app does not know '
         '("pending").'),
        (document(record(interviews=[{"at": "2026-05-20T10:00"}, {"at": "i morgon"}])),
         "Ansökan 1 (Säljare, Acme AB): Intervju 2, Tid är inte en tidpunkt som "
         '2026-05-14T10:00 (där står "i morgon").',
         "Application 1 (Säljare, Acme AB): Interview 2, Time is not a time like "
         '2026-05-14T10:00 (it says "i morgon").'),
        (document(record(job_title="x" * 1001)),
         "Ansökan 1 (" + "x" * 80 + ", Acme AB): Tjänst är för långt (1 001 tecken, högst "
         "1 000).",
         "Application 1 (" + "x" * 80 + ", Acme AB): Job title is too long (1 001 characters; "
         "at most 1 000)."),
        (document(record(), record(company="Bolaget")),
         "Ansökan 2 (Säljare, Bolaget): Id är samma som i nummer 1; var och en behöver sitt "
         "eget.",
         "Application 2 (Säljare, Bolaget): Id is the same as number 1's; each needs its own."),
        (document(record(rolling_selection="yes")),
         "Ansökan 1 (Säljare, Acme AB): Löpande urval har fel sorts värde.",
         "Application 1 (Säljare, Acme AB): Rolling selection has the wrong kind of value."),
        (document(record(), profile={"name": 5}),
         "Din profil, Namn har fel sorts värde.",
         "Your profile, Name has the wrong kind of value."),
        ({"format": "followup-gui", "applications": []},
         "Filen är ingen giltig ansökningsfil från followup-gui.",
         "The file is not a valid applications file of followup-gui."),
        ({"applications": []},
         "Filen är ingen ansökningsfil från followup-gui.",
         "The file is not an applications file of followup-gui."),
        (document(record(job_title=5), schema_version=9),
         "Ansökan 1 (Acme AB): Tjänst har fel sorts värde. Filen kommer från en nyare version "
         "av followup-gui.",
         "Application 1 (Acme AB): Job title has the wrong kind of value. The file comes from "
         "a newer version of followup-gui."),
    ],
)  # fmt: skip
def test_each_kind_of_problem_in_both_languages(doc: dict[str, Any], sv: str, en: str) -> None:
    error = error_for(doc)
    assert (describe(error, "sv"), describe(error, "en")) == (sv, en)


@pytest.mark.parametrize(
    ("data", "sv"),
    [
        ("", "Filen är tom."),
        ('{"format": "followup-gui",', "Filen är trasig på rad 1, tecken 27: den kan ha skadats "
                                       "eller ändrats för hand."),
        ("[1, 2]", "Filen är ingen ansökningsfil från followup-gui."),
        ("\ufeff{}".encode("utf-16"), "Filen är sparad som UTF-16-text; den måste vara UTF-8."),
        (b"\xff\x00{}", "Filen är inte UTF-8-text; den kan ha skadats."),
    ],
)  # fmt: skip
def test_a_broken_file_is_told_as_a_file(data: str | bytes, sv: str) -> None:
    assert describe(error_of(data), "sv") == sv


def test_a_file_that_is_gone_and_a_failed_save() -> None:
    gone = store.StoreError("/x/applications.json", "does not exist")
    assert describe(gone, "en") == "The file does not exist."
    full = store.StoreError("/x/applications.json", "could not be saved: the disk is full")
    assert describe(full, "sv") == "Det gick inte att spara: the disk is full"
    stuck = store.StoreError("/x/applications.json", "could not be restored: permission denied")
    assert describe(stuck, "en") == "The backup could not be put back: permission denied"
    refused = store.StoreError("/x/applications.json", "was not saved: permission denied")
    assert describe(refused, "sv") == "permission denied", "the banner's sentence goes on"


def test_field_words_count_from_one() -> None:
    assert field_words("interviews[0].promised_reply_by", "sv") == "Intervju 1, Besked"
    assert field_words("contacts[2].channel", "en") == "Contact 3, Channel"
    assert field_words("other_offer.respond_by", "sv") == "Annat erbjudande, Svara senast"
    assert field_words("activities[4].on", "en") == "Activity 5, Date"


# Every way one application can be broken, one field at a time.
BREAKERS: list[Callable[[App], App]] = [
    lambda a: without(a, "job_title"),
    lambda a: without(a, "company"),
    lambda a: without(a, "applied_on"),
    lambda a: {**a, "applied_on": None},
    lambda a: {**a, "job_title": "  "},
    lambda a: {**a, "job_title": ["a"]},
    lambda a: {**a, "deadline": "2026-13-01"},
    lambda a: {**a, "deadline": "1066-10-14"},
    lambda a: {**a, "ad_reply_by": 20260501},
    lambda a: {**a, "stage": "x"},
    lambda a: {**a, "language": "de"},
    lambda a: {**a, "company_size": 3},
    lambda a: {**a, "ad_no_calls": "no"},
    lambda a: {**a, "contact": "Eva"},
    lambda a: {**a, "contact": {"email": 5}},
    lambda a: {**a, "interviews": {}},
    lambda a: {**a, "interviews": [{"at": "igår"}]},
    lambda a: {**a, "interviews": [{"at": "2026-05-05", "promised_reply_by": "snart"}]},
    lambda a: {**a, "contacts": [{"at": "2026-05-05", "channel": "fax", "purpose": "other"}]},
    lambda a: {**a, "contacts": [{"at": "2026-05-05", "channel": "email", "purpose": "x"}]},
    lambda a: {**a, "other_offer": {"noted_on": "2026-05-05"}},
    lambda a: {**a, "other_offer": {"noted_on": "x", "respond_by": "2026-05-09"}},
    lambda a: {**a, "attachments": [{"file": "../../etc/passwd", "kind": "cv"}]},
    lambda a: {**a, "attachments": [{"kind": "cv"}]},
    lambda a: {**a, "id": ""},
    lambda a: {**a, "id": 7},
    lambda a: {**a, "notes": "n" * 200_001},
    lambda a: {**a, "town": 5},
]


@pytest.mark.parametrize("index", range(len(BREAKERS)))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_message_speaks_json(index: int, lang: str) -> None:
    broken = BREAKERS[index](copy.deepcopy(record(id=f"b{index}")))
    error = error_for(document(record(), broken))
    said = describe(error, lang)  # type: ignore[arg-type]
    assert said.startswith("Ansökan 2" if lang == "sv" else "Application 2"), said
    for technical in ("applications[", "[0]", "_", "field ", "null", "JSON", "YYYY"):
        assert technical not in said, (technical, said, str(error))
    if lang == "sv":  # English words would show through
        assert error.problem not in said, ("no words for it yet", str(error))


@given(st.sampled_from(BREAKERS), st.integers(min_value=0, max_value=30))
def test_the_number_is_the_one_the_user_counts(breaker: Callable[[App], App], at: int) -> None:
    apps = [record(id=f"ok{i}") for i in range(at)]
    apps.append(breaker(record(id="bad")))
    said = describe(error_for(document(*apps)), "sv")
    assert said.startswith(f"Ansökan {at + 1}"), said
