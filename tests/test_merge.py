"""The three-way merge that takes another program's changes in beside the window's."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from followup_gui.model import Document, Profile
from followup_gui.store.merge import merge

from .factories import make_app


def doc(*apps: object, **fields: object) -> Document:
    return Document(applications=list(apps), **fields)  # type: ignore[arg-type]


A, B, C = make_app(id="a"), make_app(id="b"), make_app(id="c")


def test_additions_on_both_sides_are_all_kept() -> None:
    result = merge(doc(A), doc(A, B), doc(A, C))
    assert [a.id for a in result.document.applications] == ["a", "b", "c"]
    assert (result.clashes, result.kept, result.taken) == ([], [], 1)


def test_a_change_only_the_file_made_is_taken() -> None:
    theirs_a = replace(A, notes="from the laptop")
    result = merge(doc(A, B), doc(A, replace(B, notes="mine")), doc(theirs_a, B))
    assert result.document.applications[0].notes == "from the laptop"
    assert result.document.applications[1].notes == "mine"
    assert not result.clashes


def test_both_changing_one_application_is_a_clash_and_ours_stays() -> None:
    result = merge(doc(A), doc(replace(A, notes="mine")), doc(replace(A, notes="theirs")))
    assert result.clashes == ["a"]
    assert result.document.applications[0].notes == "mine"


def test_the_same_change_on_both_sides_is_no_clash() -> None:
    same = replace(A, notes="same")
    assert merge(doc(A), doc(same), doc(same)).clashes == []


def test_an_application_missing_from_the_file_is_kept_never_deleted() -> None:
    result = merge(doc(A, B), doc(A, B), doc(A))
    assert [a.id for a in result.document.applications] == ["a", "b"]
    assert result.kept == ["b"]


def test_what_we_deleted_stays_deleted_unless_they_changed_it() -> None:
    assert [a.id for a in merge(doc(A, B), doc(A), doc(A, B)).document.applications] == ["a"]
    changed = merge(doc(A, B), doc(A), doc(A, replace(B, notes="theirs")))
    assert [a.id for a in changed.document.applications] == ["a", "b"]
    assert changed.clashes == ["b"]


def test_profile_and_unknown_keys() -> None:
    base = doc(profile=Profile(name="Ada"), extra={"x": 1, "y": 1})
    ours = doc(profile=Profile(name="Ada"), extra={"x": 2, "y": 1})
    theirs = doc(profile=Profile(name="Ada L"), extra={"x": 1, "y": 3, "z": 4})
    result = merge(base, ours, theirs)
    assert result.document.profile.name == "Ada L"
    assert result.document.extra == {"x": 2, "y": 3, "z": 4}


ids = st.sets(st.sampled_from("abcdefgh"))


@given(ids, ids, ids, st.sets(st.sampled_from("abcdefgh")), st.sets(st.sampled_from("abcdefgh")))
def test_nothing_either_side_has_is_lost(
    base_ids: set[str],
    ours_ids: set[str],
    theirs_ids: set[str],
    ours_edit: set[str],
    theirs_edit: set[str],
) -> None:
    def side(keep: set[str], edited: set[str], note: str) -> Document:
        return doc(
            *(replace(make_app(id=i), notes=note if i in edited else "") for i in sorted(keep))
        )

    base = side(base_ids, set(), "")
    ours = side(ours_ids, ours_edit, "ours")
    theirs = side(theirs_ids, theirs_edit, "theirs")
    result = merge(base, ours, theirs)
    merged = {a.id: a for a in result.document.applications}
    assert len(merged) == len(result.document.applications)  # no id twice
    assert ours_ids <= merged.keys()  # the window's applications all stay
    assert theirs_ids - base_ids <= merged.keys()  # the file's additions all come in
    for app_id in ours_ids & theirs_ids:  # an edit of one side only is never undone
        if app_id in ours_edit and app_id not in theirs_edit:
            assert merged[app_id].notes == "ours"
        if app_id in base_ids and app_id in theirs_edit and app_id not in ours_edit:
            assert merged[app_id].notes == "theirs"
