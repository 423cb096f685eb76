"""The store file: exact round trips, clear refusals, atomic private saves.

Every refusal test also checks that the file's bytes are unchanged afterwards: a store
that does not validate must never be written (DESIGN.md, Contract 1).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import errno
import json
import os
import pickle
import stat
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_gui import model, store
from followup_gui.model import (
    Activity,
    ActivityKind,
    Application,
    Attachment,
    AttachmentKind,
    Channel,
    CompanySize,
    Contact,
    ContactPerson,
    Document,
    How,
    Industry,
    Interview,
    Language,
    Moment,
    OtherOffer,
    Purpose,
    ReportedMonth,
    RoleKind,
    Source,
    Stage,
)
from followup_gui.store import StoreError
from followup_gui.store import fields as store_fields

POSIX = os.name == "posix"
NAME = "applications.json"

# Every field of format v2 set, and unknown keys (with nested values) at every level.
FULL: dict[str, Any] = {
    "format": "followup-gui",
    "schema_version": 2,
    "profile": {
        "name": "Åsa Öberg",
        "email": "asa@example.se",
        "phone": "070-123 45 67",
        "linkedin": "https://www.linkedin.com/in/asa",
        "monthly_target": 8,
        "x_signature": {"lines": ["Med vänlig hälsning", "Åsa"], "bold": False},
    },
    "applications": [
        {
            "id": "a1",
            "job_title": "Säljare",
            "company": "Firma AB",
            "applied_on": "2026-05-04",
            "deadline": "2026-05-20",
            "rolling_selection": True,
            "ad_reply_by": "2026-06-01",
            "ad_no_calls": True,
            "ad_only_shortlisted_contacted": True,
            "company_size": "small",
            "industry": "finance",
            "role_kind": "sales",
            "stage": "interview",
            "language": "en",
            "contact": {
                "name": "Anna Ek",
                "email": "anna.ek@firma.se",
                "phone": "08-123 456",
                "x_title": "HR-ansvarig",
            },
            "interviews": [
                {
                    "at": "2026-05-25T10:30",
                    "promised_reply_by": "2026-06-01",
                    "x_room": {"floor": 3, "names": ["Bo", None, 1.5]},
                },
                {"at": "2026-05-28", "promised_reply_by": None},
                {"at": "2026-05-29T09:15:30", "promised_reply_by": None},
            ],
            "other_offer": {
                "noted_on": "2026-05-26",
                "respond_by": "2026-06-02",
                "x_salary": 42000,
            },
            "contacts": [
                {
                    "at": "2026-05-18T09:00",
                    "channel": "phone",
                    "purpose": "follow_up",
                    "note": "Ringde – bra samtal\nrad två",
                    "x_duration": [5, "min"],
                },
                {"at": "2026-05-26", "channel": "email", "purpose": "thank_you", "note": ""},
            ],
            "ad_text": 'Vi söker en säljare…\n"citat" \\ tab\t emoji 😀 \u2028 slut',
            "ad_url": "https://example.se/jobb/1",
            "notes": "ring efter lunch",
            "town": "Sundsvall",
            "source": "platsbanken",
            "how": "assigned",
            "attachments": [
                {
                    "file": "a1/annons.pdf",
                    "kind": "ad",
                    "added_on": "2026-05-04",
                    "note": "som PDF",
                    "x_pages": [1, 2],
                },
                {"file": "a1/brev (2).txt", "kind": "letter", "added_on": None, "note": ""},
            ],
            "x_app": {"a": [], "b": {}, "c": [[{"d": None}]], "e": -0.5, "f": 10**20},
        },
        {
            "id": "b2",
            "job_title": "Kundtjänst",
            "company": "Bolaget",
            "applied_on": "2026-04-01",
            "deadline": None,
            "rolling_selection": False,
            "ad_reply_by": None,
            "ad_no_calls": False,
            "ad_only_shortlisted_contacted": False,
            "company_size": "large",
            "industry": "public_sector",
            "role_kind": "customer_service",
            "stage": "rejected",
            "language": "sv",
            "contact": {"name": "", "email": "", "phone": ""},
            "interviews": [],
            "other_offer": None,
            "contacts": [],
            "ad_text": "",
            "ad_url": "",
            "notes": "",
            "town": "",
            "source": "unknown",
            "how": "advertised",
            "attachments": [],
        },
        {
            "id": "c3",
            "job_title": "Lagerarbetare",
            "company": "Lagret AB",
            "applied_on": None,
            "deadline": "2026-06-10",
            "rolling_selection": False,
            "ad_reply_by": None,
            "ad_no_calls": False,
            "ad_only_shortlisted_contacted": False,
            "company_size": "unknown",
            "industry": "other",
            "role_kind": "other",
            "stage": "saved",
            "language": "sv",
            "contact": {"name": "", "email": "", "phone": ""},
            "interviews": [],
            "other_offer": None,
            "contacts": [],
            "ad_text": "Vi söker lagerarbetare i Umeå.",
            "ad_url": "",
            "notes": "",
            "town": "Umeå",
            "source": "company_site",
            "how": "unsolicited",
            "attachments": [],
        },
    ],
    "activities": [
        {"id": "act-1", "on": "2026-05-05", "kind": "cv_updated", "note": "", "x_a": True},
        {"id": "act-2", "on": "2026-05-12", "kind": "sfi", "note": "kurs 3"},
    ],
    "reported_months": [
        {"month": "2026-04", "reported_on": "2026-05-06", "x_ref": "AF-123"},
    ],
    "x_top": [1, {"k": "v"}, []],
    "x_top_empty": {},
}

V2_APP_KEYS = ("town", "source", "how", "attachments")


def as_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """FULL as format v1 had it: no v2 fields, no saved ads."""
    old = copy.deepcopy(doc)
    old["schema_version"] = 1
    del old["profile"]["monthly_target"], old["activities"], old["reported_months"]
    old["applications"] = [a for a in old["applications"] if a["stage"] != "saved"]
    for app in old["applications"]:
        for key in V2_APP_KEYS:
            del app[key]
    return old


MINIMAL_APP: dict[str, Any] = {
    "id": "m1",
    "job_title": "Jurist",
    "company": "Byrån",
    "applied_on": "2026-03-02",
}


def write_json(path: Path, obj: object) -> Path:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def temp_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --------------------------------------------------------------------------- round trips


def test_full_document_round_trips_to_an_equal_json_object(tmp_path: Path) -> None:
    path = write_json(tmp_path / NAME, FULL)

    doc = store.load(path)
    assert store.to_json_obj(doc) == FULL
    out = tmp_path / "out" / NAME
    store.save(doc, out)
    assert json.loads(out.read_text(encoding="utf-8")) == FULL


def test_full_document_loads_into_the_model(tmp_path: Path) -> None:
    doc = store.load(write_json(tmp_path / NAME, FULL))

    assert doc.profile.name == "Åsa Öberg"
    assert doc.profile.extra == {
        "x_signature": {"lines": ["Med vänlig hälsning", "Åsa"], "bold": False}
    }
    assert doc.extra == {"x_top": [1, {"k": "v"}, []], "x_top_empty": {}}
    app = doc.applications[0]
    assert app.applied_on == dt.date(2026, 5, 4)
    assert app.deadline == dt.date(2026, 5, 20)
    assert app.rolling_selection is True
    assert app.company_size is CompanySize.SMALL
    assert app.industry is Industry.FINANCE
    assert app.role_kind is RoleKind.SALES
    assert app.stage is Stage.INTERVIEW
    assert app.language is Language.EN
    assert app.contact == ContactPerson(
        "Anna Ek", "anna.ek@firma.se", "08-123 456", {"x_title": "HR-ansvarig"}
    )
    assert app.interviews[0].at == Moment(dt.datetime(2026, 5, 25, 10, 30))
    assert app.interviews[0].promised_reply_by == dt.date(2026, 6, 1)
    assert app.interviews[0].extra == {"x_room": {"floor": 3, "names": ["Bo", None, 1.5]}}
    assert app.interviews[1].at == Moment.of_date(dt.date(2026, 5, 28))
    assert app.interviews[1].at.value == dt.datetime(2026, 5, 28, 23, 59)
    assert app.interviews[2].at.value == dt.datetime(2026, 5, 29, 9, 15, 30)
    assert app.other_offer == OtherOffer(
        dt.date(2026, 5, 26), dt.date(2026, 6, 2), {"x_salary": 42000}
    )
    assert app.contacts[0].channel is Channel.PHONE
    assert app.contacts[0].purpose is Purpose.FOLLOW_UP
    assert app.contacts[1].at.date_only
    assert app.extra["x_app"]["f"] == 10**20
    assert doc.applications[1].other_offer is None
    assert not doc.is_newer_than_app
    # format v2
    assert doc.profile.monthly_target == 8
    assert (app.town, app.source, app.how) == ("Sundsvall", Source.PLATSBANKEN, How.ASSIGNED)
    assert app.attachments[0] == Attachment(
        "a1/annons.pdf", AttachmentKind.AD, dt.date(2026, 5, 4), "som PDF", {"x_pages": [1, 2]}
    )
    assert app.attachments[1].added_on is None
    saved = doc.applications[2]
    assert saved.stage is Stage.SAVED
    assert saved.applied_on is None
    assert saved.is_saved_ad
    assert doc.activities[0] == Activity(
        "act-1", dt.date(2026, 5, 5), ActivityKind.CV_UPDATED, "", {"x_a": True}
    )
    assert doc.activities[1].kind is ActivityKind.SFI
    assert doc.reported_months == [
        ReportedMonth("2026-04", dt.date(2026, 5, 6), {"x_ref": "AF-123"})
    ]
    assert doc.is_reported("2026-04")


def test_load_save_load_is_stable(tmp_path: Path) -> None:
    path = write_json(tmp_path / NAME, FULL)
    first = store.load(path)
    store.save(first, path)
    saved_once = path.read_bytes()

    second = store.load(path)
    store.save(second, path)

    assert second == first
    assert path.read_bytes() == saved_once
    assert saved_once.endswith(b"}\n")
    assert "Åsa".encode() in saved_once  # ensure_ascii=False: readable Swedish


def test_dumps_is_exactly_json_dumps_of_to_json_obj() -> None:
    # The hand-written writer must agree with the json module to the byte.
    doc = store.loads(json.dumps(FULL))
    assert (
        store.dumps(doc) == json.dumps(store.to_json_obj(doc), ensure_ascii=False, indent=1) + "\n"
    )
    empty = store.new_document()
    assert (
        store.dumps(empty)
        == json.dumps(store.to_json_obj(empty), ensure_ascii=False, indent=1) + "\n"
    )


def test_minimal_application_gets_all_defaults(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / NAME,
        {"format": "followup-gui", "schema_version": 1, "applications": [MINIMAL_APP]},
    )

    doc = store.load(path)

    assert doc.profile == model.Profile()
    assert doc.applications == [Application("m1", "Jurist", "Byrån", dt.date(2026, 3, 2))]
    app = doc.applications[0]
    assert (app.company_size, app.industry, app.role_kind, app.stage, app.language) == (
        CompanySize.UNKNOWN,
        Industry.OTHER,
        RoleKind.OTHER,
        Stage.APPLIED,
        Language.SV,
    )
    assert app.contact == ContactPerson()
    assert app.interviews == []
    assert app.other_offer is None
    assert app.contacts == []
    # Saving writes every field, so the file becomes the full contract form.
    store.save(doc, path)
    written = json.loads(path.read_text(encoding="utf-8"))["applications"][0]
    assert list(written) == list(store_fields._APP_KEYS)
    assert written["stage"] == "applied"
    assert written["other_offer"] is None


def test_null_for_optional_fields_means_the_default() -> None:
    app: dict[str, Any] = dict(MINIMAL_APP)
    for key in (
        "deadline",
        "rolling_selection",
        "ad_reply_by",
        "ad_no_calls",
        "stage",
        "language",
        "company_size",
        "industry",
        "role_kind",
        "contact",
        "interviews",
        "other_offer",
        "contacts",
        "ad_text",
        "ad_url",
        "notes",
    ):
        app[key] = None
    app["contacts"] = [{"at": "2026-03-03T08:00", "channel": None, "purpose": None, "note": None}]
    app["interviews"] = [{"at": "2026-03-04"}]
    text = json.dumps(
        {"format": "followup-gui", "schema_version": 1, "profile": None, "applications": [app]}
    )

    loaded = store.loads(text).applications[0]

    assert loaded.contacts == [Contact(Moment(dt.datetime(2026, 3, 3, 8, 0)))]
    assert loaded.contacts[0].channel is Channel.EMAIL
    assert loaded.interviews == [Interview(Moment.of_date(dt.date(2026, 3, 4)))]
    assert dataclasses.replace(loaded, contacts=[], interviews=[]) == Application(
        "m1", "Jurist", "Byrån", dt.date(2026, 3, 2)
    )


def test_missing_ids_are_generated_deterministically() -> None:
    apps = [
        {k: v for k, v in MINIMAL_APP.items() if k != "id"},  # index 0 -> app-1
        dict(MINIMAL_APP, id="app-2"),  # taken, so index 2 cannot have it...
        {k: v for k, v in MINIMAL_APP.items() if k != "id"},  # index 2 -> app-3
        dict(MINIMAL_APP, id="app-4"),
        dict(MINIMAL_APP, id=None),  # null counts as missing: index 4 -> app-5
        dict(MINIMAL_APP, id="app-6"),
        {k: v for k, v in MINIMAL_APP.items() if k != "id"},  # index 6 -> app-7
    ]
    text = json.dumps({"format": "followup-gui", "schema_version": 1, "applications": apps})

    ids = [a.id for a in store.loads(text).applications]
    assert ids == ["app-1", "app-2", "app-3", "app-4", "app-5", "app-6", "app-7"]
    assert [a.id for a in store.loads(text).applications] == ids


def test_generated_id_skips_an_id_used_later_in_the_file() -> None:
    apps = [{k: v for k, v in MINIMAL_APP.items() if k != "id"}, dict(MINIMAL_APP, id="app-1")]
    text = json.dumps({"format": "followup-gui", "schema_version": 1, "applications": apps})
    assert [a.id for a in store.loads(text).applications] == ["app-2", "app-1"]


def test_a_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(FULL).encode())
    assert store.to_json_obj(store.load(path)) == FULL


def test_model_field_order_matches_the_contract() -> None:
    # store.py builds the dataclasses positionally for speed: pin the order it assumes.
    def names(cls: type) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))

    # format v2's fields follow ``extra``
    v1 = store_fields._APP_V1_KEYS
    assert names(Application) == (
        *v1,
        "extra",
        *store_fields._APP_V2_KEYS,
        *store_fields._APP_V21_KEYS,
    )
    assert names(ContactPerson) == (*store_fields._PERSON_KEYS, "extra")
    assert names(Interview) == (*store_fields._INTERVIEW_KEYS, "extra")
    assert names(OtherOffer) == (*store_fields._OFFER_KEYS, "extra")
    assert names(Contact) == (*store_fields._CONTACT_KEYS, "extra")
    assert names(model.Profile) == (
        *store_fields._PROFILE_KEYS,
        "extra",
        *store_fields._PROFILE_V2_KEYS,
    )
    assert names(model.Attachment) == (*store_fields._ATTACHMENT_KEYS, "extra")
    assert names(model.Activity) == (*store_fields._ACTIVITY_KEYS, "extra")
    assert names(model.ReportedMonth) == (*store_fields._REPORTED_KEYS, "extra")
    assert names(model.Tombstone) == (*store_fields._TOMBSTONE_KEYS, "extra")


def test_moments_are_written_back_in_their_own_form() -> None:
    app = Application(
        "x",
        "T",
        "C",
        dt.date(2026, 1, 5),
        interviews=[
            Interview(Moment(dt.datetime(2026, 1, 7, 9, 0))),
            Interview(Moment(dt.datetime(2026, 1, 8, 9, 0, 15, 999))),
            Interview(Moment.of_date(dt.date(2026, 1, 9))),
            Interview(Moment(dt.datetime(1900, 1, 9, 8, 5))),
        ],
    )
    written = store.to_json_obj(Document(applications=[app]))["applications"][0]["interviews"]
    assert [i["at"] for i in written] == [
        "2026-01-07T09:00",
        "2026-01-08T09:00:15",
        "2026-01-09",
        "1900-01-09T08:05",
    ]
    again = store.loads(store.dumps(Document(applications=[app]))).applications[0]
    assert again.interviews[3].at.value == dt.datetime(1900, 1, 9, 8, 5)


def test_a_lone_surrogate_is_refused_at_load_and_at_save(tmp_path: Path) -> None:
    # issue 13 item 3: "\ud800" in a title or an id made `agenda` print a traceback
    text = json.dumps(
        {
            "format": "followup-gui",
            "schema_version": 1,
            "applications": [MINIMAL_APP, dict(MINIMAL_APP, id="m2", notes="x\ud800y")],
        }
    )
    with pytest.raises(StoreError, match="surrogate") as info:
        store.loads(text, NAME)
    assert (info.value.app_index, info.value.app_id, info.value.field) == (1, "m2", "notes")

    doc = store.loads(
        json.dumps({"format": "followup-gui", "schema_version": 1, "applications": [MINIMAL_APP]})
    )
    doc.applications[0].contact.name = "B\udc00o"
    path = tmp_path / NAME
    with pytest.raises(StoreError, match="surrogate") as info:
        store.save(doc, path)
    assert info.value.field == "contact.name"
    assert not path.exists()


def test_escaped_pairs_that_make_a_real_character_are_fine() -> None:
    text = json.dumps(
        {
            "format": "followup-gui",
            "schema_version": 2,
            "applications": [dict(MINIMAL_APP, notes="smile \U0001f600")],
        },
        ensure_ascii=True,
    )
    assert "\\ud83d" in text
    assert store.loads(text).applications[0].notes == "smile \U0001f600"


@pytest.mark.parametrize(
    ("where", "field"),
    [
        (("applications", 0, "id"), "id"),
        (("applications", 0, "job_title"), "job_title"),
        (("applications", 1, "contacts", 0, "note"), "contacts[0].note"),
        (("profile", "name"), "profile.name"),
        (("x_top",), "x_top"),
    ],
)
def test_a_lone_surrogate_names_its_field(where: tuple[Any, ...], field: str) -> None:
    doc = copy.deepcopy(BASE)
    target: Any = doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = "a\ud800"
    with pytest.raises(StoreError, match="surrogate") as info:
        store.loads(json.dumps(doc), NAME)
    assert info.value.field == field
    assert "\ud800" not in str(info.value)


def test_the_example_message_from_the_brief() -> None:
    apps = [dict(MINIMAL_APP, id=f"a{i}") for i in range(4)]
    apps[3] = dict(MINIMAL_APP, id="a7", applied_on="2026-02-30")
    with pytest.raises(StoreError) as info:
        store.loads(
            json.dumps({"format": "followup-gui", "schema_version": 1, "applications": apps}), NAME
        )
    assert str(info.value) == (
        'applications.json: application "a7" (applications[3]): field "applied_on": '
        '"2026-02-30" is not a valid date (YYYY-MM-DD)'
    )
    err = info.value
    assert (err.path, err.app_ref, err.field, err.app_id, err.app_index) == (
        Path(NAME),
        'application "a7" (applications[3])',
        "applied_on",
        "a7",
        3,
    )
    clone = pickle.loads(pickle.dumps(err))
    assert (str(clone), clone.field, clone.app_index) == (str(err), "applied_on", 3)


# --------------------------------------------------------------------------- refusals

# The base for the refusals: the mutations below break the second application ("a2").
BASE: dict[str, Any] = {
    "format": "followup-gui",
    "schema_version": 1,
    "profile": {"name": "Åsa", "email": "", "phone": "", "linkedin": ""},
    "applications": [
        dict(MINIMAL_APP, id="a1"),
        dict(
            MINIMAL_APP,
            id="a2",
            contact={"name": "Bo", "email": "bo@x.se", "phone": ""},
            interviews=[{"at": "2026-03-10T10:00", "promised_reply_by": None}],
            other_offer={"noted_on": "2026-03-11", "respond_by": "2026-03-18"},
            contacts=[
                {"at": "2026-03-05T09:00", "channel": "phone", "purpose": "follow_up", "note": ""}
            ],
        ),
    ],
}
A2 = 'application "a2" (applications[1])'
I1 = "applications[1]"


def at(
    *keys: str | int, value: object = ..., delete: bool = False
) -> Callable[[dict[str, Any]], None]:
    """A mutation of BASE: set (or delete) the value at a path."""

    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in keys[:-1]:
            target = target[key]
        if delete:
            del target[keys[-1]]
        else:
            target[keys[-1]] = value

    return mutate


def app2(
    key: str, value: object = ..., *, delete: bool = False
) -> Callable[[dict[str, Any]], None]:
    return at("applications", 1, key, value=value, delete=delete)


Mutation = Callable[[dict[str, Any]], None] | bytes
IV = ("applications", 1, "interviews", 0)
CT = ("applications", 1, "contacts", 0)
OO = ("applications", 1, "other_offer")


def case(name: str, mutation: Mutation, ref: str | None, field: str | None, word: str) -> Any:
    """One refusal: how to break the store, and what the message must name."""
    return pytest.param(mutation, ref, field, word, id=name)


# fmt: off
INVALID: list[Any] = [
    case("empty-file", b"", None, None, "empty"),
    case("whitespace-only", b" \n\t\n", None, None, "empty"),
    case("bom-only", b"\xef\xbb\xbf", None, None, "empty"),
    case("latin-1", b'{"format": "followup-gui", "x": "\xe9t\xe9"}', None, None, "UTF-8"),
    case("utf-16", "{}".encode("utf-16"), None, None, "UTF-16"),
    case("truncated-json", b'{"format": "followup-gui",', None, None, "JSON"),
    case("single-quotes", b"{'format': 'followup-gui'}", None, None, "JSON"),
    case("nan", b'{"format": NaN}', None, None, "NaN"),
    case("nested-too-deeply", b"[" * 100_000, None, None, "JSON"),
    case("top-level-list", b"[]", None, None, "object"),
    case("top-level-string", b'"followup-gui"', None, None, "object"),
    case("format-missing", at("format", delete=True), None, "format", "missing"),
    case("format-wrong", at("format", value="followup"), None, "format", "not a followup-gui"),
    case("format-list", at("format", value=["followup-gui"]), None, "format", "not"),
    case("version-missing", at("schema_version", delete=True), None, "schema_version", "missing"),
    case("version-string", at("schema_version", value="1"), None, "schema_version", "whole"),
    case("version-bool", at("schema_version", value=True), None, "schema_version", "whole"),
    case("version-float", at("schema_version", value=1.0), None, "schema_version", "whole"),
    case("version-zero", at("schema_version", value=0), None, "schema_version", "whole"),
    case("profile-list", at("profile", value=[]), None, "profile", "object"),
    case("profile-name-number", at("profile", "name", value=5), None, "profile.name", "text"),
    case("apps-missing", at("applications", delete=True), None, "applications", "missing"),
    case("apps-object", at("applications", value={"a1": {}}), None, "applications", "list"),
    case("app-list", at("applications", 1, value=["a2"]), I1, None, "object"),
    case("app-null", at("applications", 1, value=None), I1, None, "object"),
    case("id-empty", app2("id", ""), I1, "id", "empty"),
    case("id-number", app2("id", 2), I1, "id", "non-empty"),
    case("id-duplicate", app2("id", "a1"), A2.replace("a2", "a1"), "id", "applications[0]"),
    case("title-missing", app2("job_title", delete=True), A2, "job_title", "missing"),
    case("title-empty", app2("job_title", ""), A2, "job_title", "empty"),
    case("title-blank", app2("job_title", " \t"), A2, "job_title", "empty"),
    case("title-null", app2("job_title", None), A2, "job_title", "null"),
    case("company-list", app2("company", ["Firma"]), A2, "company", "list"),
    case("applied-missing", app2("applied_on", delete=True), A2, "applied_on", "missing"),
    case("applied-feb-30", app2("applied_on", "2026-02-30"), A2, "applied_on", "valid date"),
    case("applied-unpadded", app2("applied_on", "2026-5-1"), A2, "applied_on", "YYYY-MM-DD"),
    case("applied-compact", app2("applied_on", "20260501"), A2, "applied_on", "YYYY-MM-DD"),
    case("applied-time", app2("applied_on", "2026-05-01T10:00"), A2, "applied_on", "YYYY-MM-DD"),
    case("applied-number", app2("applied_on", 20260501), A2, "applied_on", "YYYY-MM-DD"),
    case("deadline-text", app2("deadline", "next week"), A2, "deadline", "valid date"),
    case("reply-by-bool", app2("ad_reply_by", False), A2, "ad_reply_by", "valid date"),
    case("flag-int", app2("rolling_selection", 1), A2, "rolling_selection", "true or false"),
    case("flag-string", app2("ad_no_calls", "true"), A2, "ad_no_calls", "true or false"),
    case("flag-zero", app2("ad_only_shortlisted_contacted", 0), A2,
         "ad_only_shortlisted_contacted", "true or false"),
    case("stage-unknown", app2("stage", "pending"), A2, "stage", "applied, interview"),
    case("stage-capitalised", app2("stage", "Applied"), A2, "stage", "not one of"),
    case("size-unknown", app2("company_size", "huge"), A2, "company_size", "small"),
    case("industry-number", app2("industry", 3), A2, "industry", "law"),
    case("role-kind-list", app2("role_kind", ["sales"]), A2, "role_kind", "sales"),
    case("language-unknown", app2("language", "de"), A2, "language", "sv, en"),
    case("contact-string", app2("contact", "Bo"), A2, "contact", "object"),
    case("contact-email-number", at("applications", 1, "contact", "email", value=5), A2,
         "contact.email", "text"),
    case("interviews-object", app2("interviews", {"at": "2026-03-10"}), A2, "interviews", "list"),
    case("interview-string", at(*IV, value="2026-03-10"), A2, "interviews[0]", "object"),
    case("interview-25h", at(*IV, "at", value="2026-03-10T25:00"), A2, "interviews[0].at", "time"),
    case("interview-tz", at(*IV, "at", value="2026-03-10T10:00Z"), A2, "interviews[0].at", "time"),
    case("interview-space", at(*IV, "at", value="2026-03-10 10:00"), A2, "interviews[0].at",
         "time"),
    case("interview-fraction", at(*IV, "at", value="2026-03-10T10:00:00.5"), A2,
         "interviews[0].at", "time"),
    case("interview-at-missing", at(*IV, "at", delete=True), A2, "interviews[0].at", "missing"),
    case("interview-reply-by", at(*IV, "promised_reply_by", value="soon"), A2,
         "interviews[0].promised_reply_by", "date"),
    case("offer-string", app2("other_offer", "yes"), A2, "other_offer", "object or null"),
    case("offer-respond-by-missing", at(*OO, "respond_by", delete=True), A2,
         "other_offer.respond_by", "missing"),
    case("offer-noted-on-null", at(*OO, "noted_on", value=None), A2, "other_offer.noted_on",
         "date"),
    case("contacts-string", app2("contacts", "none"), A2, "contacts", "list"),
    case("contact-month-13", at(*CT, "at", value="2026-13-01T09:00"), A2, "contacts[0].at",
         "time"),
    case("contact-at-missing", at(*CT, "at", delete=True), A2, "contacts[0].at", "missing"),
    case("contact-channel", at(*CT, "channel", value="letter"), A2, "contacts[0].channel",
         "email, phone"),
    case("contact-purpose", at(*CT, "purpose", value="chat"), A2, "contacts[0].purpose",
         "follow_up"),
    case("contact-note-list", at(*CT, "note", value=["x"]), A2, "contacts[0].note", "text"),
    case("ad-text-number", app2("ad_text", 5), A2, "ad_text", "text"),
    case("notes-object", app2("notes", {"a": 1}), A2, "notes", "text"),
]
# fmt: on


@pytest.mark.parametrize(("mutation", "app_ref", "field", "word"), INVALID)
def test_an_invalid_store_is_refused_and_left_untouched(
    tmp_path: Path, mutation: Mutation, app_ref: str | None, field: str | None, word: str
) -> None:
    path = tmp_path / NAME
    if isinstance(mutation, bytes):
        path.write_bytes(mutation)
    else:
        doc = copy.deepcopy(BASE)
        mutation(doc)
        write_json(path, doc)
    before = path.read_bytes()
    listing = sorted(tmp_path.iterdir())

    with pytest.raises(StoreError) as info:
        store.load(path)
    message = str(info.value)
    assert NAME in message
    assert word in message
    assert info.value.app_ref == app_ref
    assert info.value.field == field
    if app_ref is not None:
        assert app_ref in message
    if field is not None:
        assert f'field "{field}"' in message
    assert "\n" not in message
    assert path.read_bytes() == before

    with pytest.raises(StoreError):
        store.load_or_new(path)
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == listing


def test_a_duplicate_id_names_both_applications() -> None:
    apps = [dict(MINIMAL_APP, id="x"), dict(MINIMAL_APP, id="y"), dict(MINIMAL_APP, id="x")]
    with pytest.raises(StoreError, match=r"applications\[0\].*applications\[2\]") as info:
        store.loads(
            json.dumps({"format": "followup-gui", "schema_version": 1, "applications": apps})
        )
    assert info.value.app_index == 2


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / NAME
    with pytest.raises(StoreError, match="does not exist") as info:
        store.load(path)
    assert isinstance(info.value.__cause__, FileNotFoundError)

    assert store.load_or_new(path) == store.new_document()
    assert not path.parent.exists()  # loading never creates anything


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder") as info:
        store.load(tmp_path)
    assert isinstance(info.value.__cause__, OSError)
    with pytest.raises(StoreError, match="folder"):
        store.load_or_new(tmp_path)


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = write_json(tmp_path / NAME, FULL)
    path.chmod(0)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            store.load(path)
    finally:
        path.chmod(0o600)


# --------------------------------------------------------------------------- newer versions


def test_a_newer_schema_version_loads_read_only(tmp_path: Path) -> None:
    newer = dict(copy.deepcopy(FULL), schema_version=model.SCHEMA_VERSION + 1, x_new_feature=[1])
    path = write_json(tmp_path / NAME, newer)
    before = path.read_bytes()

    doc = store.load(path)

    assert doc.schema_version == model.SCHEMA_VERSION + 1
    assert doc.is_newer_than_app
    assert doc.extra["x_new_feature"] == [1]
    with pytest.raises(StoreError, match="newer version") as info:
        store.save(doc, path)
    assert info.value.field == "schema_version"
    assert path.read_bytes() == before
    assert temp_leftovers(tmp_path) == []
    elsewhere = tmp_path / "copy.json"
    with pytest.raises(StoreError):
        store.save(doc, elsewhere)
    assert not elsewhere.exists()


def test_a_newer_schema_that_does_not_parse_says_so(tmp_path: Path) -> None:
    newer = copy.deepcopy(BASE)
    newer["schema_version"] = 7
    newer["applications"][1]["applied_on"] = {"year": 2026, "month": 3, "day": 2}
    path = write_json(tmp_path / NAME, newer)
    before = path.read_bytes()

    with pytest.raises(StoreError) as info:
        store.load(path)

    message = str(info.value)
    assert "newer version of followup-gui" in message
    assert "schema version 7" in message
    assert info.value.field == "applied_on"
    assert A2 in message
    assert path.read_bytes() == before


# --------------------------------------------------------------------------- saving


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_save_is_private_and_leaves_no_temp_files(tmp_path: Path, umask_022: None) -> None:
    folder = tmp_path / "data" / "followup-gui"
    path = folder / NAME
    doc = store.loads(json.dumps(FULL))

    store.save(doc, path)

    assert store.to_json_obj(store.load(path)) == FULL
    assert temp_leftovers(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == [NAME]
    if POSIX:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_save_makes_an_existing_public_file_private(tmp_path: Path, umask_022: None) -> None:
    path = write_json(tmp_path / NAME, FULL)
    path.chmod(0o644)
    store.save(store.load(path), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_a_strict_umask_does_not_make_the_file_unreadable(tmp_path: Path) -> None:
    old = os.umask(0o277)
    try:
        store.save(store.new_document(), tmp_path / NAME)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / NAME).stat().st_mode) == 0o600


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_failed_save_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = write_json(tmp_path / NAME, FULL)
    before = path.read_bytes()
    doc = store.load(path)
    doc.applications[0].notes = "changed"

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(StoreError, match="the disk is full") as info:
        store.save(doc, path)
    monkeypatch.undo()

    assert isinstance(info.value.__cause__, OSError)
    assert info.value.__cause__.errno == errno.ENOSPC
    assert path.read_bytes() == before
    assert temp_leftovers(tmp_path) == []


def test_saving_onto_a_folder_is_refused_plainly(tmp_path: Path) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    with pytest.raises(StoreError) as info:
        store.save(store.new_document(), folder)
    assert str(info.value) == f"{folder} could not be saved: it is a folder, not a file"
    assert isinstance(info.value.__cause__, IsADirectoryError)
    assert temp_leftovers(tmp_path) == []
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_saving_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = write_json(folder / NAME, FULL)
    before = path.read_bytes()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            store.save(store.load(path), path)
    finally:
        folder.chmod(0o700)
    assert path.read_bytes() == before


def test_permission_denied_on_save_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_json(tmp_path / NAME, FULL)
    before = path.read_bytes()
    doc = store.load(path)

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(StoreError) as info:
        store.save(doc, path)
    monkeypatch.undo()
    assert str(info.value) == f"{path} could not be saved: permission denied"
    assert path.read_bytes() == before
    assert temp_leftovers(tmp_path) == []


def test_permission_denied_on_load_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_json(tmp_path / NAME, FULL)

    def denied(*args: object) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(StoreError) as info:
        store.load(path)
    assert str(info.value) == f"{path} cannot be read: permission denied"


def test_the_temp_file_is_hidden_beside_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # cleanup_stale_temp_files relies on this name; a killed save leaves exactly this.
    seen: list[tuple[Path, int]] = []
    real_replace = os.replace

    def spy(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        seen.append((Path(src), stat.S_IMODE(os.stat(src).st_mode)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    store.save(store.new_document(), tmp_path / NAME)
    [(temp, mode)] = seen
    assert temp.parent == tmp_path
    assert temp.name.startswith(".applications.json.")
    assert temp.name.endswith(".tmp")
    if POSIX:
        assert mode == 0o600


@pytest.mark.parametrize(
    ("change", "field"),
    [
        pytest.param(
            lambda d: setattr(d.applications[1], "job_title", " "), "job_title", id="blank-title"
        ),
        pytest.param(
            lambda d: setattr(d.applications[1], "company", ""), "company", id="empty-company"
        ),
        pytest.param(lambda d: setattr(d.applications[1], "id", "a1"), "id", id="duplicate-id"),
        pytest.param(lambda d: setattr(d.applications[1], "id", ""), "id", id="no-id"),
    ],
)
def test_save_refuses_what_load_would_refuse(
    tmp_path: Path, change: Callable[[Document], None], field: str
) -> None:
    path = write_json(tmp_path / NAME, FULL)
    before = path.read_bytes()
    doc = store.load(path)
    change(doc)
    with pytest.raises(StoreError, match="was not saved") as info:
        store.save(doc, path)
    assert info.value.field == field
    assert info.value.app_index == 1
    assert path.read_bytes() == before


@pytest.mark.skipif(not POSIX, reason="symlinks")
def test_save_through_a_symlink_replaces_its_target(tmp_path: Path) -> None:
    real = write_json(tmp_path / "real.json", FULL)
    link = tmp_path / NAME
    link.symlink_to(real)
    doc = store.load(link)
    doc.profile.name = "Ny"
    store.save(doc, link)
    assert link.is_symlink()
    assert store.load(real).profile.name == "Ny"


def test_atomic_write_bytes_replaces_and_cleans_up(tmp_path: Path) -> None:
    path = tmp_path / "export.ics"
    store.atomic_write_bytes(path, b"one")
    store.atomic_write_bytes(path, b"two", mode=0o640)
    assert path.read_bytes() == b"two"
    if POSIX:
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert temp_leftovers(tmp_path) == []


def test_cleanup_removes_only_our_stale_temp_files(tmp_path: Path) -> None:
    path = write_json(tmp_path / NAME, FULL)
    stale = [tmp_path / ".applications.json.abc123.tmp", tmp_path / ".applications.json.ff.tmp"]
    for leftover in stale:
        leftover.write_bytes(b"{half")
    keep = [
        tmp_path / ".applications.json..tmp",  # not our pattern (no random part)
        tmp_path / ".other.json.abc.tmp",
        tmp_path / "applications.json.abc.tmp",
        tmp_path / ".applications.json.abc.tmp.bak",
    ]
    for other in keep:
        other.write_bytes(b"x")
    (tmp_path / ".applications.json.dir.tmp").mkdir()

    assert store.cleanup_stale_temp_files(path) == sorted(stale)
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in keep)
    assert store.cleanup_stale_temp_files(path) == []
    assert store.cleanup_stale_temp_files(tmp_path / "missing" / NAME) == []


def test_default_path_is_in_the_users_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = store.default_path()
    assert path.name == NAME
    assert path.parent.name == "followup-gui"
    if sys.platform.startswith("linux"):
        assert path == tmp_path / "followup-gui" / NAME


def test_os_error_reasons_are_plain_words() -> None:
    assert (
        store.os_error_reason(OSError(errno.ENOSPC, "No space left on device"))
        == "the disk is full"
    )
    assert (
        store.os_error_reason(PermissionError(errno.EACCES, "Permission denied"))
        == "permission denied"
    )
    assert store.os_error_reason(OSError(errno.ENXIO, "No such device or address")) == (
        "no such device or address"
    )


# --------------------------------------------------------------------------- fuzzing

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path inside a JSON value (to pick a place to break)."""
    found: list[tuple[Any, ...]] = []
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, child in items:
        found.append((*prefix, key))
        found.extend(_paths(child, (*prefix, key)))
    return found


FULL_PATHS = _paths(FULL)
PLAUSIBLE: st.SearchStrategy[Any] = st.sampled_from(
    ["", " ", "2026-02-30", "2026-05-01", "2026-5-1", "2026-05-01T10:00", "2026-05-01T24:00",
     "2026-05-01T10:00:59", "a1", "b2", "email", "other", "applied", 0, 1, True, None, [], {}]
)  # fmt: skip


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """FULL with up to four places deleted, nulled or replaced: mostly-valid stores."""
    doc = copy.deepcopy(FULL)
    for _ in range(draw(st.integers(0, 4))):
        path = draw(st.sampled_from(FULL_PATHS))
        target: Any = doc
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]]  # still there after earlier mutations?
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(target, dict | list):  # a parent was replaced by text
            continue
        if draw(st.booleans()) and isinstance(target, dict):
            del target[path[-1]]
        else:
            target[path[-1]] = draw(PLAUSIBLE | json_values)
    return doc


FUZZ = settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])


def check_only_store_errors(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        doc = store.load(path)
    except StoreError as exc:
        message = str(exc)
        assert path.read_bytes() == data
        assert message.startswith(str(path))
        return
    # What loads must save and load back to the same thing.
    assert (
        store.dumps(doc) == json.dumps(store.to_json_obj(doc), ensure_ascii=False, indent=1) + "\n"
    )
    if not doc.is_newer_than_app:
        store.save(doc, path)
        assert store.load(path) == doc


@pytest.fixture(scope="module")
def fuzz_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / NAME


@FUZZ
@given(json_values)
def test_any_json_value_loads_or_is_refused(fuzz_path: Path, value: Any) -> None:
    check_only_store_errors(fuzz_path, json.dumps(value).encode())


@FUZZ
@given(mutated_documents())
def test_any_near_valid_document_loads_or_is_refused(fuzz_path: Path, value: Any) -> None:
    check_only_store_errors(fuzz_path, json.dumps(value, ensure_ascii=False).encode())


@FUZZ
@given(
    st.binary(max_size=200)
    | st.builds(
        lambda b: b'{"format": "followup-gui", "schema_version": 1, ' + b, st.binary(max_size=60)
    )
)
def test_any_bytes_load_or_are_refused(fuzz_path: Path, data: bytes) -> None:
    check_only_store_errors(fuzz_path, data)


# --------------------------------------------------------------------------- performance


def big_document(count: int) -> Document:
    ad = "Vi söker en engagerad säljare till vårt team i Stockholm. Du har erfarenhet av B2B. " * 11
    apps = [
        Application(
            f"app-{i}",
            f"Säljare {i}",
            f"Företaget {i % 500} AB",
            dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
            deadline=dt.date(2026, 6, 1) if i % 2 else None,
            company_size=CompanySize.SMALL if i % 3 else CompanySize.LARGE,
            stage=Stage.INTERVIEW if i % 4 == 0 else Stage.APPLIED,
            contact=ContactPerson("Anna Ek", "anna@example.se", "08-123 45"),
            interviews=[Interview(Moment(dt.datetime(2026, 5, 1, 10, 0)))] if i % 4 == 0 else [],
            contacts=[
                Contact(Moment(dt.datetime(2026, 5, 2, 9, 0)), Channel.PHONE, Purpose.FOLLOW_UP)
            ]
            if i % 3 == 0
            else [],
            ad_text=ad + str(i),
            ad_url=f"https://example.se/jobb/{i}",
        )
        for i in range(count)
    ]
    return Document(applications=apps)


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def test_loading_10000_applications_costs_less_than_3x_json_loads(tmp_path: Path) -> None:
    doc = big_document(10_000)
    path = tmp_path / NAME
    store.save(doc, path)
    text = path.read_text(encoding="utf-8")
    assert len(text.encode()) > 16_000_000  # like the 17 MB of DESIGN.md

    bare = best_of(3, lambda: json.loads(text))
    loaded = best_of(3, lambda: store.load(path))

    assert store.load(path) == doc
    assert loaded < 3 * bare, f"load {loaded * 1000:.0f} ms vs json.loads {bare * 1000:.0f} ms"
