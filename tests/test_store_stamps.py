"""Format v2.1: ``updated_at`` on applications, ``deleted`` tombstones, and the app's stamping."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.model import Activity, Document, ReportedMonth, Tombstone, TombstoneKind
from followup_gui.store.stamps import local_now, stamp_changes

from .factories import d, make_app

CET = dt.timezone(dt.timedelta(hours=2))
NOW = dt.datetime(2026, 5, 4, 10, 30, 15, tzinfo=CET)


def test_stamps_and_tombstones_round_trip_exactly(tmp_path: Path) -> None:
    doc = Document(
        applications=[make_app(id="a", updated_at=NOW), make_app(id="b")],
        deleted=[
            Tombstone("gone", NOW),
            Tombstone("act-1", NOW, TombstoneKind.ACTIVITY, {"x_note": 1}),
        ],
    )
    text = store.dumps(doc)
    assert text == json.dumps(store.to_json_obj(doc), ensure_ascii=False, indent=1) + "\n"
    obj = json.loads(text)
    assert obj["applications"][0]["updated_at"] == "2026-05-04T10:30:15+02:00"
    assert list(obj["applications"][0])[-1] == "updated_at"  # after every v2 field
    assert "updated_at" not in obj["applications"][1]  # no stamp: the key is not written
    assert obj["deleted"] == [
        {"id": "gone", "deleted_at": "2026-05-04T10:30:15+02:00"},
        {"id": "act-1", "deleted_at": "2026-05-04T10:30:15+02:00", "kind": "activity", "x_note": 1},
    ]
    path = tmp_path / "applications.json"
    store.save(doc, path)
    again = store.load(path)
    assert again.applications == doc.applications
    assert again.deleted == doc.deleted
    store.save(again, path)
    assert path.read_text(encoding="utf-8") == text


def test_an_unstamped_store_is_written_without_the_new_keys() -> None:
    text = store.dumps(Document(applications=[make_app()]))
    assert "updated_at" not in text and '"deleted"' not in text


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda o: o["applications"][0].update(updated_at="2026-05-04T10:30:15"), "updated_at"),
        (lambda o: o["applications"][0].update(updated_at="yesterday"), "updated_at"),
        (lambda o: o["applications"][0].update(updated_at=5), "updated_at"),
        (lambda o: o.update(deleted={}), "deleted"),
        (lambda o: o.update(deleted=[{"deleted_at": "2026-05-04T10:30:15Z"}]), "deleted[0].id"),
        (lambda o: o.update(deleted=[{"id": "a"}]), "deleted[0].deleted_at"),
        (
            lambda o: o.update(
                deleted=[{"id": "a", "deleted_at": "2026-05-04T10:30:15Z", "kind": "cat"}]
            ),
            "deleted[0].kind",
        ),
    ],
)
def test_bad_stamps_are_refused_with_the_field(tmp_path: Path, mutate: object, field: str) -> None:
    obj = json.loads(store.dumps(Document(applications=[make_app(id="a")])))
    mutate(obj)  # type: ignore[operator]
    path = tmp_path / "applications.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    with pytest.raises(store.StoreError) as caught:
        store.load(path)
    assert caught.value.field == field


def test_unknown_keys_and_an_older_v2_apps_view() -> None:
    # A v2 app without v2.1 keeps "deleted" as an unknown key; we read it as tombstones.
    obj = json.loads(store.dumps(Document(applications=[make_app(id="a")])))
    obj["deleted"] = [{"id": "b", "deleted_at": "2026-05-04T08:00:00+00:00", "x": [1]}]
    obj["applications"][0]["updated_at"] = "2026-05-04T08:00:00+00:00"
    obj["applications"][0]["x_unknown"] = True
    doc = store.loads(json.dumps(obj))
    assert doc.deleted[0].extra == {"x": [1]}
    assert doc.applications[0].extra == {"x_unknown": True}
    assert json.loads(store.dumps(doc)) == obj


def test_stamping_marks_only_what_changed() -> None:
    a, b, c = make_app(id="a"), make_app(id="b"), make_app(id="c")
    base = Document(applications=[a, b, c])
    current = Document(applications=[a, replace(b, notes="new"), make_app(id="n")])
    assert stamp_changes(current, base, NOW)
    stamps = {app.id: app.updated_at for app in current.applications}
    assert stamps == {"a": None, "b": NOW, "n": NOW}
    assert current.deleted == [Tombstone("c", NOW)]
    # an equal copy (not the same object) is no change
    later = NOW + dt.timedelta(minutes=5)
    copy = Document(applications=[replace(app) for app in current.applications])
    copy.deleted = list(current.deleted)
    assert not stamp_changes(copy, current, later)
    # undo of the deletion: the tombstone goes and the application is stamped anew
    copy.applications.append(c)
    assert stamp_changes(copy, current, later)
    assert copy.deleted == []
    assert copy.applications[-1].updated_at == later


def test_stamping_tombstones_activities_and_months_and_prunes_old_ones() -> None:
    base = Document(
        activities=[Activity("act-1", d("2026-05-01"))],
        reported_months=[ReportedMonth("2026-04", d("2026-05-02"))],
    )
    old = Tombstone("ancient", NOW - dt.timedelta(days=401))
    recent = Tombstone("recent", NOW - dt.timedelta(days=399))
    current = Document(deleted=[old, recent])
    stamp_changes(current, base, NOW)
    assert [(t.kind, t.id) for t in current.deleted] == [
        (TombstoneKind.APPLICATION, "recent"),
        (TombstoneKind.ACTIVITY, "act-1"),
        (TombstoneKind.REPORTED_MONTH, "2026-04"),
    ]


def test_stamps_are_aware_and_whole_seconds() -> None:
    now = local_now()
    assert now.tzinfo is not None and now.microsecond == 0
    with pytest.raises(ValueError, match="aware"):
        stamp_changes(Document(), None, dt.datetime(2026, 1, 1))
