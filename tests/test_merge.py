"""The merge of two copies of the store (window vs file, conflict copies, import of a copy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from followup_gui.model import (
    Activity,
    Application,
    Document,
    Profile,
    ReportedMonth,
    Tombstone,
    TombstoneKind,
)
from followup_gui.store.merge import merge

from .factories import d, make_app

UTC = dt.UTC


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 5, 4, hour, minute, tzinfo=UTC)


def doc(*apps: object, **fields: object) -> Document:
    return Document(applications=list(apps), **fields)  # type: ignore[arg-type]


def ids(document: Document) -> list[str]:
    return [a.id for a in document.applications]


A, B, C = make_app(id="a"), make_app(id="b"), make_app(id="c")


def test_additions_on_both_sides_are_all_kept() -> None:
    result = merge(doc(A), doc(A, B), doc(A, C))
    assert ids(result.document) == ["a", "b", "c"]
    assert (result.clashes, result.kept, result.taken) == ([], [], 1)


def test_a_change_only_the_file_made_is_taken() -> None:
    theirs_a = replace(A, notes="from the laptop")
    result = merge(doc(A, B), doc(A, replace(B, notes="mine")), doc(theirs_a, B))
    assert result.document.applications[0].notes == "from the laptop"
    assert result.document.applications[1].notes == "mine"
    assert not result.clashes


def test_changed_on_both_keeps_the_newer_and_the_other_for_the_user() -> None:
    mine = replace(A, notes="mine", updated_at=at(10))
    theirs = replace(A, notes="theirs", updated_at=at(11))
    for result in (merge(doc(A), doc(mine), doc(theirs)), merge(doc(A), doc(theirs), doc(mine))):
        assert result.document.applications == [theirs]
        (clash,) = result.clashes
        assert (clash.kind, clash.key) == ("application", "a")
        assert (clash.kept, clash.other) == (theirs, mine)


def test_no_stamp_is_older_than_any_stamp() -> None:
    unstamped = replace(A, notes="hand edit")
    stamped = replace(A, notes="app edit", updated_at=at(1))
    result = merge(None, doc(unstamped), doc(stamped))
    assert result.document.applications == [stamped]
    assert result.clashes[0].other == unstamped


def test_the_same_change_on_both_sides_is_no_clash() -> None:
    same = replace(A, notes="same")
    assert merge(doc(A), doc(same), doc(same)).clashes == []


def test_an_application_missing_from_the_file_without_a_tombstone_is_kept() -> None:
    result = merge(doc(A, B), doc(A, B), doc(A))
    assert ids(result.document) == ["a", "b"]
    assert result.kept == ["b"]


def test_a_tombstone_wins_over_an_unchanged_copy() -> None:
    old_b = replace(B, updated_at=at(9))
    theirs = doc(A, deleted=[Tombstone("b", at(10))])
    result = merge(doc(A, old_b), doc(A, old_b), theirs)
    assert ids(result.document) == ["a"]
    assert result.removed == [("application", "b")]
    assert result.document.deleted == [Tombstone("b", at(10))]
    # and the other way round: the window deleted it, the file still has the old copy
    back = merge(doc(A, old_b), theirs, doc(A, old_b))
    assert ids(back.document) == ["a"]
    assert back.document.deleted == [Tombstone("b", at(10))]


def test_a_tombstone_loses_to_an_edit_made_after_it() -> None:
    edited = replace(B, notes="later", updated_at=at(11))
    deleter = doc(A, deleted=[Tombstone("b", at(10))])
    for result in (merge(None, doc(A, edited), deleter), merge(None, deleter, doc(A, edited))):
        assert {a.id: a for a in result.document.applications}["b"] == edited
        assert result.document.deleted == []


def test_a_deletion_over_an_edit_the_deleter_never_saw_keeps_that_edit_reachable() -> None:
    base = doc(A, B)
    theirs_b = replace(B, notes="edited there", updated_at=at(9))
    result = merge(base, doc(A, deleted=[Tombstone("b", at(10))]), doc(A, theirs_b))
    assert ids(result.document) == ["a"]
    assert [(c.key, c.kept, c.other) for c in result.clashes] == [("b", None, theirs_b)]


def test_activities_months_and_profile_merge_the_same_way() -> None:
    act = Activity("act-1", d("2026-05-02"))
    month = ReportedMonth("2026-04", d("2026-05-06"))
    base = doc(activities=[act], reported_months=[month], profile=Profile(name="Ada"))
    ours = doc(
        activities=[act, Activity("act-2", d("2026-05-03"))],
        reported_months=[],
        profile=Profile(name="Ada"),
        deleted=[Tombstone("2026-04", at(8), TombstoneKind.REPORTED_MONTH)],
    )
    theirs = doc(
        activities=[],
        reported_months=[month],
        profile=Profile(name="Ada L"),
        deleted=[Tombstone("act-1", at(8), TombstoneKind.ACTIVITY)],
    )
    result = merge(base, ours, theirs).document
    assert [a.id for a in result.activities] == ["act-2"]
    assert result.reported_months == []
    assert result.profile.name == "Ada L"
    assert {(t.kind, t.id) for t in result.deleted} == {
        (TombstoneKind.ACTIVITY, "act-1"),
        (TombstoneKind.REPORTED_MONTH, "2026-04"),
    }


def test_profile_changed_on_both_sides_is_a_clash() -> None:
    a, b, c = (doc(profile=Profile(name=name)) for name in "ABC")
    result = merge(a, b, c)
    (clash,) = result.clashes
    assert clash.kind == "profile"
    assert clash.kept is not None and clash.other is not None
    assert sorted([clash.kept.name, clash.other.name]) == ["B", "C"]


def test_unknown_top_level_keys() -> None:
    base = doc(extra={"x": 1, "y": 1})
    ours = doc(extra={"x": 2, "y": 1})
    theirs = doc(extra={"x": 1, "y": 3, "z": 4})
    assert merge(base, ours, theirs).document.extra == {"x": 2, "y": 3, "z": 4}


# --------------------------------------------------------------------------- properties

_IDS = "abcdef"
stamps = st.one_of(st.none(), st.integers(0, 6).map(at))


@st.composite
def versions(draw: st.DrawFn, app_id: str) -> Application:
    return make_app(id=app_id, notes=draw(st.sampled_from(["", "x", "y"])), updated_at=draw(stamps))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    present = draw(st.sets(st.sampled_from(_IDS)))
    apps = [draw(versions(i)) for i in sorted(present)]
    tomb_ids = draw(st.sets(st.sampled_from(_IDS))) - present
    tombs = [Tombstone(i, at(draw(st.integers(0, 6)))) for i in sorted(tomb_ids)]
    return doc(*apps, deleted=tombs)


def by_id(document: Document) -> dict[str, Application]:
    apps = {a.id: a for a in document.applications}
    assert len(apps) == len(document.applications)  # no id twice
    return apps


@given(documents(), documents())
def test_two_way_merge_is_commutative(ours: Document, theirs: Document) -> None:
    one, two = merge(None, ours, theirs), merge(None, theirs, ours)
    assert by_id(one.document) == by_id(two.document)
    assert one.document.deleted == two.document.deleted
    pairs = {(c.key, repr(c.kept), repr(c.other)) for c in one.clashes}
    assert pairs == {(c.key, repr(c.kept), repr(c.other)) for c in two.clashes}


@given(st.one_of(st.none(), documents()), documents(), documents())
def test_no_application_is_lost_without_a_tombstone(
    base: Document | None, ours: Document, theirs: Document
) -> None:
    result = merge(base, ours, theirs)
    merged = by_id(result.document)
    tombs = {t.id for t in result.document.deleted}
    for side in (ours, theirs):
        for app in side.applications:
            if app.id in merged:
                continue
            assert app.id in tombs  # only a deletion takes it away …
            assert any(t.id == app.id for t in ours.deleted + theirs.deleted)
    # … and every version that lost is reachable: in the document or among the clashes
    reachable = {repr(a) for a in result.document.applications}
    reachable |= {repr(c.other) for c in result.clashes} | {repr(c.kept) for c in result.clashes}
    deleted_at = {t.id: t.deleted_at for t in ours.deleted + theirs.deleted}
    for app in ours.applications + theirs.applications:
        if repr(app) in reachable:
            continue
        if app.id not in merged:  # deleted after its last change
            assert app.updated_at is None or app.updated_at <= deleted_at[app.id]
        else:  # only the other side changed it: this was the version both started from
            assert base is not None and app == base.find(app.id)


@given(st.one_of(st.none(), documents()), documents(), documents())
def test_merge_is_idempotent(base: Document | None, ours: Document, theirs: Document) -> None:
    once = merge(base, ours, theirs).document
    again = merge(base, once, theirs)
    assert by_id(again.document) == by_id(once)
    assert again.document.deleted == once.deleted
    assert merge(None, once, once).document == once


# --------------------------------------------------------------------------- import of a copy


def test_importing_a_copy_of_the_store_uses_the_same_merge() -> None:
    from followup_gui.importers.exchange import plan_merge

    ours = doc(
        replace(A, notes="ours, later", updated_at=at(12)),
        replace(B, updated_at=at(8)),
        replace(C, notes="old", updated_at=at(8)),
        deleted=[Tombstone("d", at(11))],
    )
    theirs = doc(
        replace(A, notes="theirs, earlier", updated_at=at(10)),
        replace(C, notes="new there", updated_at=at(9)),
        replace(make_app(id="d"), updated_at=at(7)),  # we deleted it after this
        make_app(id="e"),
        deleted=[Tombstone("b", at(9))],  # they deleted b after our last change to it
    )
    plan = plan_merge(ours, theirs)
    assert [a.id for a in plan.new] == ["e"]
    assert [(m.notes, t.notes) for m, t in plan.changed] == [("old", "new there")]
    assert [(m.id, t.notes) for m, t in plan.older] == [("a", "theirs, earlier")]
    assert [a.id for a in plan.removed] == ["b"]
    assert [a.id for a in plan.deleted_here] == ["d"]
