"""Format v2 in the store (issue 15 point 1) and the hostile files of issue 13 (items 1-4, B, C).

Every refusal names the file, the application (id or index) where there is one, and the
field, and leaves the file byte-identical.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from followup_gui import model, store
from followup_gui.model import Application, Attachment, Document, Stage
from followup_gui.store import StoreError, backups

from .test_store import BASE, FULL, MINIMAL_APP, NAME, as_v1, best_of, big_document, write_json

POSIX = os.name == "posix"
A2 = 'application "a2" (applications[1])'
Mutation = Callable[[dict[str, Any]], None]


def at(*keys: str | int, value: object = ..., delete: bool = False) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in keys[:-1]:
            target = target[key]
        if delete:
            del target[keys[-1]]
        else:
            target[keys[-1]] = value

    return mutate


def v2_base() -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    doc["schema_version"] = 2
    doc["applications"][1]["attachments"] = [
        {"file": "a2/cv.pdf", "kind": "cv", "added_on": "2026-03-02", "note": ""}
    ]
    doc["activities"] = [{"id": "k1", "on": "2026-03-03", "kind": "sfi", "note": ""}]
    doc["reported_months"] = [{"month": "2026-02", "reported_on": "2026-03-05"}]
    return doc


def app2(key: str, value: object = ..., *, delete: bool = False) -> Mutation:
    return at("applications", 1, key, value=value, delete=delete)


AT = ("applications", 1, "attachments", 0)
ACT = ("activities", 0)
LONG = "x" * (store.MAX_SHORT_TEXT + 1)


def case(name: str, mutation: Mutation, ref: str | None, field: str | None, word: str) -> Any:
    return pytest.param(mutation, ref, field, word, id=name)


# fmt: off
INVALID_V2: list[Any] = [
    # the new fields
    case("town-number", app2("town", 5), A2, "town", "text"),
    case("source-unknown", app2("source", "newspaper"), A2, "source", "platsbanken"),
    case("how-unknown", app2("how", "walk-in"), A2, "how", "advertised, unsolicited, assigned"),
    case("stage-unknown", app2("stage", "maybe"), A2, "stage", "saved, applied"),
    case("applied-null-not-saved", app2("applied_on", None), A2, "applied_on", "saved ad"),
    case("attachments-object", app2("attachments", {}), A2, "attachments", "list"),
    case("attachment-string", at(*AT, value="cv.pdf"), A2, "attachments[0]", "object"),
    case("attachment-file-missing", at(*AT, "file", delete=True), A2, "attachments[0].file",
         "missing"),
    case("attachment-up", at(*AT, "file", value="../secret.txt"), A2, "attachments[0].file",
         "leave"),
    case("attachment-up-inside", at(*AT, "file", value="a2/../../x"), A2, "attachments[0].file",
         "leave"),
    case("attachment-absolute", at(*AT, "file", value="/etc/passwd"), A2, "attachments[0].file",
         "absolute"),
    case("attachment-drive", at(*AT, "file", value="C:/Windows/win.ini"), A2,
         "attachments[0].file", "absolute"),
    case("attachment-backslash", at(*AT, "file", value="a2\\..\\..\\x"), A2,
         "attachments[0].file", "backslash"),
    case("attachment-kind", at(*AT, "kind", value="photo"), A2, "attachments[0].kind", "cv"),
    case("attachment-added-on", at(*AT, "added_on", value="igår"), A2,
         "attachments[0].added_on", "date"),
    case("profile-target-text", at("profile", "monthly_target", value="8"), None,
         "profile.monthly_target", "whole number"),
    case("profile-target-negative", at("profile", "monthly_target", value=-1), None,
         "profile.monthly_target", "whole number"),
    case("activities-object", at("activities", value={}), None, "activities", "list"),
    case("activity-on-missing", at(*ACT, "on", delete=True), None, "activities[0].on", "missing"),
    case("activity-kind", at(*ACT, "kind", value="gym"), None, "activities[0].kind", "cv_updated"),
    case("activity-duplicate-id",
         lambda d: d["activities"].append(dict(d["activities"][0], on="2026-03-04")),
         None, "activities[1].id", "activities[0]"),
    case("month-bad", at("reported_months", 0, "month", value="2026-13"), None,
         "reported_months[0].month", "YYYY-MM"),
    case("month-twice", lambda d: d["reported_months"].append(dict(d["reported_months"][0])),
         None, "reported_months[1].month", "twice"),
    case("reported-on-missing", at("reported_months", 0, "reported_on", delete=True), None,
         "reported_months[0].reported_on", "missing"),
    # issue 13 item 1: dates far from today, in every date field
    case("year-1-applied", app2("applied_on", "0001-01-01"), A2, "applied_on", "1900-01-01"),
    case("year-9999-deadline", app2("deadline", "9999-12-31"), A2, "deadline", "2199-12-31"),
    case("year-9999-reply-by", app2("ad_reply_by", "9999-12-31"), A2, "ad_reply_by", "outside"),
    case("year-1-interview", at("applications", 1, "interviews", 0, "at", value="0001-01-01T00:00"),
         A2, "interviews[0].at", "outside"),
    case("year-9999-interview-day", at("applications", 1, "interviews", 0, "at",
                                       value="9999-12-31"), A2, "interviews[0].at", "outside"),
    case("year-9999-promised", at("applications", 1, "interviews", 0, "promised_reply_by",
                                  value="9999-12-31"), A2,
         "interviews[0].promised_reply_by", "outside"),
    case("year-1-contact", at("applications", 1, "contacts", 0, "at", value="0001-01-01T10:00"),
         A2, "contacts[0].at", "outside"),
    case("year-9999-offer", at("applications", 1, "other_offer", "respond_by",
                               value="9999-12-31"), A2, "other_offer.respond_by", "outside"),
    case("year-1899-noted", at("applications", 1, "other_offer", "noted_on", value="1899-12-31"),
         A2, "other_offer.noted_on", "outside"),
    case("year-2200-attachment", at(*AT, "added_on", value="2200-01-01"), A2,
         "attachments[0].added_on", "outside"),
    case("year-1-activity", at(*ACT, "on", value="0001-01-01"), None, "activities[0].on",
         "outside"),
    case("year-9999-month", at("reported_months", 0, "month", value="9999-01"), None,
         "reported_months[0].month", "outside"),
    # issue 13 item 4: text and list caps
    case("title-too-long", app2("job_title", LONG), A2, "job_title", "at most 1 000"),
    case("company-too-long", app2("company", LONG), A2, "company", "at most"),
    case(
        "id-too-long",
        app2("id", LONG),
        f'application "{"x" * 37}…" (applications[1])',
        "id",
        "at most",
    ),
    case("town-too-long", app2("town", LONG), A2, "town", "at most"),
    case("contact-name-too-long", at("applications", 1, "contact", "name", value=LONG), A2,
         "contact.name", "at most"),
    case("ad-text-too-long", app2("ad_text", "x" * (store.MAX_LONG_TEXT + 1)), A2, "ad_text",
         "at most 200 000"),
    case("notes-too-long", app2("notes", "x" * (store.MAX_LONG_TEXT + 1)), A2, "notes",
         "at most"),
    case("url-too-long", app2("ad_url", "x" * (store.MAX_URL_TEXT + 1)), A2, "ad_url", "at most"),
    case("contact-note-too-long",
         at("applications", 1, "contacts", 0, "note", value="x" * (store.MAX_LONG_TEXT + 1)),
         A2, "contacts[0].note", "at most"),
    case("too-many-contacts", app2("contacts", [{"at": "2026-03-05"}] * (store.MAX_CONTACTS + 1)),
         A2, "contacts", "10 001 entries"),
    case("too-many-interviews",
         app2("interviews", [{"at": "2026-03-05"}] * (store.MAX_INTERVIEWS + 1)),
         A2, "interviews", "at most 1 000"),
    case("too-many-attachments",
         app2("attachments", [{"file": "a2/x"}] * (store.MAX_ATTACHMENTS + 1)),
         A2, "attachments", "at most"),
    case("profile-name-too-long", at("profile", "name", value=LONG), None, "profile.name",
         "at most"),
]
# fmt: on


def check_refused(
    tmp_path: Path, doc: dict[str, Any] | bytes, app_ref: str | None, field: str | None, word: str
) -> StoreError:
    path = tmp_path / NAME
    if isinstance(doc, bytes):
        path.write_bytes(doc)
    else:
        write_json(path, doc)
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        store.load(path)
    message = str(info.value)
    assert NAME in message
    assert word in message, message
    assert info.value.app_ref == app_ref
    assert info.value.field == field
    if field is not None:
        assert f'field "{field}"' in message
    assert "\n" not in message
    assert path.read_bytes() == before
    return info.value


@pytest.mark.parametrize(("mutation", "app_ref", "field", "word"), INVALID_V2)
def test_an_invalid_v2_store_is_refused_and_left_untouched(
    tmp_path: Path, mutation: Mutation, app_ref: str | None, field: str | None, word: str
) -> None:
    doc = v2_base()
    mutation(doc)
    check_refused(tmp_path, doc, app_ref, field, word)


def test_the_base_of_the_refusals_is_valid() -> None:
    doc = store.loads(json.dumps(v2_base()))
    assert doc.applications[1].attachments[0].file == "a2/cv.pdf"


def test_the_limits_themselves_are_accepted() -> None:
    doc = v2_base()
    app = doc["applications"][1]
    app.update(
        job_title="x" * store.MAX_SHORT_TEXT,
        ad_text="x" * store.MAX_LONG_TEXT,
        applied_on="1900-01-01",
        deadline="2199-12-31",
        contacts=[{"at": "2199-12-31T23:59"}] * store.MAX_CONTACTS,
    )
    loaded = store.loads(json.dumps(doc)).applications[1]
    assert len(loaded.contacts) == store.MAX_CONTACTS
    assert loaded.deadline == store.LAST_DAY


# --------------------------------------------------------------------------- saved ads


def test_a_saved_ad_needs_no_applied_on_and_saves_as_null(tmp_path: Path) -> None:
    doc = store.loads(
        json.dumps(
            {
                "format": "followup-gui",
                "schema_version": 2,
                "applications": [
                    {"id": "s1", "job_title": "Kock", "company": "Krogen", "stage": "saved"},
                    {
                        "id": "s2",
                        "job_title": "Kock",
                        "company": "Krogen",
                        "stage": "saved",
                        "applied_on": None,
                    },
                ],
            }
        )
    )
    assert [a.applied_on for a in doc.applications] == [None, None]
    path = tmp_path / NAME
    store.save(doc, path)
    assert json.loads(path.read_text())["applications"][0]["applied_on"] is None
    assert store.load(path) == doc


def test_an_applied_one_without_applied_on_is_not_saved(tmp_path: Path) -> None:
    app = Application("x", "Kock", "Krogen", None, stage=Stage.APPLIED)
    path = tmp_path / NAME
    with pytest.raises(StoreError, match="saved ad") as info:
        store.save(Document(applications=[app]), path)
    assert info.value.field == "applied_on"
    assert not path.exists()


# --------------------------------------------------------------------------- unknown keys


def test_unknown_keys_survive_in_every_v2_record(tmp_path: Path) -> None:
    path = write_json(tmp_path / NAME, FULL)
    store.save(store.load(path), path)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["applications"][0]["attachments"][0]["x_pages"] == [1, 2]
    assert again["activities"][0]["x_a"] is True
    assert again["reported_months"][0]["x_ref"] == "AF-123"
    assert again == FULL


def test_activities_without_id_get_one_that_is_kept() -> None:
    doc = store.loads(
        json.dumps(
            {
                "format": "followup-gui",
                "schema_version": 2,
                "applications": [],
                "activities": [{"on": "2026-03-01"}, {"id": "activity-1", "on": "2026-03-02"}],
            }
        )
    )
    assert [a.id for a in doc.activities] == ["activity-2", "activity-1"]


# --------------------------------------------------------------------------- v1 and migration


def test_a_v1_file_is_read_and_its_first_save_writes_v2_after_a_migration_backup(
    tmp_path: Path,
) -> None:
    path = write_json(tmp_path / NAME, as_v1(FULL))
    v1_bytes = path.read_bytes()

    doc = store.load(path)
    assert doc.schema_version == 1
    assert doc.applications[0].town == ""
    assert not doc.is_newer_than_app
    now = dt.datetime(2026, 5, 4, 9, 0)
    assert backups.migration_backup(path, now) is not None
    store.save(doc, path)

    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["schema_version"] == 2
    assert written["applications"][0]["source"] == "unknown"
    assert doc.schema_version == 2
    made = backups.list_backups(path)
    assert [b.reason for b in made] == ["migration"]
    assert made[0].path.read_bytes() == v1_bytes

    assert backups.migration_backup(path, now) is None  # the next has nothing to migrate
    store.save(doc, path)
    assert len(backups.list_backups(path)) == 1


def test_a_v1_document_saved_to_a_new_place_needs_no_backup(tmp_path: Path) -> None:
    doc = store.loads(json.dumps(as_v1(FULL)))
    path = tmp_path / "new" / NAME
    store.save(doc, path)
    assert json.loads(path.read_text())["schema_version"] == 2
    assert backups.list_backups(path) == []


def test_the_version_on_disk_is_found_in_a_hand_made_layout(tmp_path: Path) -> None:
    path = tmp_path / NAME
    body = {"applications": [dict(MINIMAL_APP, notes="x" * 70_000)], "format": "followup-gui"}
    path.write_text(json.dumps({**body, "schema_version": 1}))
    assert store.on_disk_version(path) == 1
    assert store.on_disk_version(tmp_path / "missing.json") is None


def test_a_newer_file_stays_read_only(tmp_path: Path) -> None:
    newer = dict(copy.deepcopy(FULL), schema_version=model.SCHEMA_VERSION + 1)
    path = write_json(tmp_path / NAME, newer)
    before = path.read_bytes()
    doc = store.load(path)
    assert doc.is_newer_than_app
    with pytest.raises(StoreError, match="newer version"):
        store.save(doc, path)
    assert backups.migration_backup(path, dt.datetime(2026, 5, 4)) is None
    assert path.read_bytes() == before
    assert backups.list_backups(path) == []


# --------------------------------------------------------------------------- hostile files


@pytest.mark.parametrize(
    ("text", "field", "word"),
    [
        ('{"format": "followup-gui", "schema_version": 2, "applications": [], '
         '"applications": []}', "applications", "twice"),
        ('{"format": "followup-gui", "schema_version": 2, "applications": '
         '[{"id": "a", "job_title": "A", "job_title": "B", "company": "C", '
         '"applied_on": "2026-01-01"}]}', "job_title", 'id "a"'),
        ('{"format": "followup-gui", "schema_version": 2, "applications": [], '
         '"x": {"k": 1, "k": 2}}', "k", "twice"),
        ('{"format": "followup-gui", "schema_version": 2, "profile": '
         '{"name": "a", "name": "b"}, "applications": []}', "name", "twice"),
    ],
)  # fmt: skip
def test_a_repeated_key_is_refused_at_every_level(
    tmp_path: Path, text: str, field: str, word: str
) -> None:
    # issue 13 item B: the last one won, and the next save deleted every application
    check_refused(tmp_path, text.encode(), None, field, word)


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1E999"])
def test_a_number_too_large_for_a_float_is_refused(tmp_path: Path, number: str) -> None:
    # issue 13 item C: it loaded as infinity and then every save failed for ever
    text = f'{{"format": "followup-gui", "schema_version": 2, "applications": [], "x": {number}}}'
    error = check_refused(tmp_path, text.encode(), None, None, "too large")
    assert number in str(error)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(tmp_path: Path, constant: str) -> None:
    text = f'{{"format": "followup-gui", "schema_version": 2, "applications": [], "x": {constant}}}'
    check_refused(tmp_path, text.encode(), None, None, "not allowed")


@pytest.mark.skipif(not POSIX, reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    # issue 13 item 2: a FIFO hung every entry point for ever
    path = tmp_path / NAME
    os.mkfifo(path)
    start = time.monotonic()
    with pytest.raises(StoreError, match="named pipe") as info:
        store.load(path)
    with pytest.raises(StoreError, match="regular file"):
        store.load_or_new(path)
    assert time.monotonic() - start < 5
    assert "not read" in str(info.value)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_link_to_a_device_is_refused_before_reading(tmp_path: Path, device: str) -> None:
    # issue 13 item 2: a link to /dev/zero read 6 GB before a MemoryError
    path = tmp_path / NAME
    path.symlink_to(device)
    with pytest.raises(StoreError, match="a device"):
        store.load(path)


def test_a_file_over_the_size_cap_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_json(tmp_path / NAME, FULL)
    size = path.stat().st_size
    monkeypatch.setattr("followup_gui.store.parse.MAX_FILE_BYTES", size - 1)
    monkeypatch.setattr(store.read_regular_file, "__defaults__", (size - 1,))
    reads: list[object] = []
    real_read = os.read

    def spy(fd: int, n: int) -> bytes:
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", spy)
    with pytest.raises(StoreError, match="too large") as info:
        store.load(path)
    assert reads == []
    assert "MB" in str(info.value)


def test_the_size_cap_is_generous() -> None:
    assert store.MAX_FILE_BYTES >= 10 * 17_000_000  # ten times the 10,000 of DESIGN.md


# --------------------------------------------------------------------------- attachments


@pytest.mark.skipif(not POSIX, reason="symbolic links need privileges on Windows")
def test_an_attachment_linked_outside_its_folder_is_refused(tmp_path: Path) -> None:
    doc = v2_base()
    path = write_json(tmp_path / NAME, doc)
    folder = tmp_path / "attachments" / "a2"
    folder.mkdir(parents=True)
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    (folder / "cv.pdf").symlink_to(secret)
    before = path.read_bytes()

    with pytest.raises(StoreError, match="symbolic link") as info:
        store.load(path)
    assert info.value.field == "attachments[0].file"
    assert info.value.app_id == "a2"
    assert path.read_bytes() == before

    (folder / "cv.pdf").unlink()
    (folder / "cv.pdf").write_text("cv")
    assert store.load(path).applications[1].attachments[0].file == "a2/cv.pdf"


@pytest.mark.skipif(not POSIX, reason="symbolic links need privileges on Windows")
def test_an_attachment_folder_linked_outside_is_refused(tmp_path: Path) -> None:
    path = write_json(tmp_path / NAME, v2_base())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "attachments").mkdir()
    (tmp_path / "attachments" / "a2").symlink_to(elsewhere)
    with pytest.raises(StoreError, match="outside the attachments folder"):
        store.load(path)


def test_save_refuses_an_attachment_path_that_leaves_the_folder(tmp_path: Path) -> None:
    app = Application("x", "T", "C", dt.date(2026, 1, 5), attachments=[Attachment("../x")])
    path = tmp_path / NAME
    with pytest.raises(StoreError, match="leave") as info:
        store.save(Document(applications=[app]), path)
    assert info.value.field == "attachments[0].file"
    assert not path.exists()


def test_save_refuses_dates_load_would_refuse(tmp_path: Path) -> None:
    app = Application("x", "T", "C", dt.date(1, 1, 5))
    with pytest.raises(StoreError, match="outside") as info:
        store.save(Document(applications=[app]), tmp_path / NAME)
    assert info.value.field == "applied_on"


# --------------------------------------------------------------------------- speed


def test_loading_10000_v2_applications_stays_cheap(tmp_path: Path) -> None:
    doc = big_document(10_000)
    doc.applications[0].attachments = [Attachment("app-0/cv.pdf")]
    path = tmp_path / NAME
    store.save(doc, path)
    text = path.read_text(encoding="utf-8")
    bare = best_of(3, lambda: json.loads(text))
    loaded = best_of(3, lambda: store.load(path))
    assert loaded < 3 * bare, f"load {loaded * 1000:.0f} ms vs json.loads {bare * 1000:.0f} ms"
    saved = best_of(3, lambda: store.save(doc, path))
    assert saved < 0.5, f"save {saved * 1000:.0f} ms"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda a: a.interviews.append(model.Interview(model.Moment(dt.datetime(2200, 1, 1)))),
         "interviews[0].at"),
        (lambda a: a.contacts.append(model.Contact(model.Moment(dt.datetime(2026, 1, 1)),
                                                   note="x" * (store.MAX_LONG_TEXT + 1))),
         "contacts[0].note"),
        (lambda a: setattr(a, "other_offer", model.OtherOffer(dt.date(2026, 1, 1),
                                                              dt.date(9999, 1, 1))),
         "other_offer.respond_by"),
        (lambda a: setattr(a, "town", "x" * (store.MAX_SHORT_TEXT + 1)), "town"),
        (lambda a: a.attachments.append(Attachment("a/b", added_on=dt.date(1800, 1, 1))),
         "attachments[0].added_on"),
    ],
)  # fmt: skip
def test_save_names_the_field_load_would_refuse(
    tmp_path: Path, change: Callable[[Application], None], field: str
) -> None:
    app = Application("x", "T", "C", dt.date(2026, 1, 5))
    change(app)
    with pytest.raises(StoreError, match="was not saved") as info:
        store.save(Document(applications=[app]), tmp_path / NAME)
    assert info.value.field == field
    assert not (tmp_path / NAME).exists()
