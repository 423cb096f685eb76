"""The list cache after another program changed the store: the records whose bytes are
the same keep their rows, the changed ones are read and judged, and whatever cannot be
shown for certain gives no preview (the store is then read whole first)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_gui import store
from followup_gui.model import Application, Stage
from followup_gui.rules.advice import assess
from followup_gui.store import list_cache, write

from .benchmarks import stores
from .factories import t

NOW = t("2026-11-26T09:00")
COUNT = 40


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 40 applications as the app writes it."""
    path = tmp_path_factory.mktemp("written") / "applications.json"
    stores.write(path, COUNT)
    store.save(store.load(path), path)
    return path


@pytest.fixture
def store_path(written: Path, tmp_path: Path) -> Path:
    path = tmp_path / "applications.json"
    shutil.copyfile(written, path)
    return path


def rows_of(path: Path, now: dt.datetime = NOW) -> list[list_cache.Row]:
    return [list_cache.row(a, assess(a, now)) for a in store.load(path).applications]


def cache_of(path: Path, now: dt.datetime = NOW) -> list_cache.ListCache:
    """The cache as the app keeps it once it has read ``path`` (order as sorted by id)."""
    read = list_cache.read_whole(path)
    assert read is not None
    apps = store.load(path).applications
    rows = rows_of(path, now)
    order = sorted(range(len(rows)), key=lambda i: rows[i][list_cache.ID])
    sums = list_cache.record_sums(read[1], [a.id for a in apps])
    return list_cache.build(
        read[0], apps, rows, now, [store.application_record(apps[order[0]])],
        order=order, sorted_by="id", sums=sums,
    )  # fmt: skip


def cached(path: Path, tmp_path: Path) -> tuple[Path, list_cache.ListCache]:
    file = tmp_path / "cache" / "list.cache"
    cache = cache_of(path)
    assert list_cache.write(file, cache)
    return file, cache


def edit_text(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_each_application_of_a_written_store_has_its_checksum(store_path: Path) -> None:
    sums = cache_of(store_path).sums
    assert len(sums) == COUNT + 2
    assert len(set(sums)) == len(sums)


def test_a_file_in_another_layout_has_none(store_path: Path, tmp_path: Path) -> None:
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps(json.loads(store_path.read_text("utf-8"))), "utf-8")
    assert list_cache.pieces(compact.read_bytes()) is None
    assert cache_of(compact).sums == []
    two = tmp_path / "indent2.json"  # cut in the wrong places: not known as the records
    two.write_text(json.dumps(json.loads(store_path.read_text("utf-8")), indent=2), "utf-8")
    assert cache_of(two).sums == []


def test_a_changed_application_is_read_and_the_others_kept(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file, before = cached(store_path, tmp_path)
    document = store.load(store_path)
    changed = document.applications[17]
    changed.job_title = "Helt ny titel"
    changed.stage = Stage.REJECTED
    store.save(document, store_path)  # as the app on another computer does

    parsed: list[str] = []
    parse = store.application_from_record

    def counted(record: object) -> Application:
        parsed.append(record["id"])  # type: ignore[index]
        return parse(record)

    monkeypatch.setattr(write, "application_from_record", counted)
    cache = list_cache.read(file, store_path, NOW)
    assert cache is not None
    assert parsed == [changed.id]  # the others keep their rows
    assert cache.rows == rows_of(store_path)  # exactly what reading it all would show
    assert cache.rows[17][list_cache.TITLE] == "Helt ny titel"
    assert cache.rows[17] != before.rows[17]
    assert store.application_from_record(cache.records[changed.id]) == changed
    assert cache.order == []  # the list sorts anew: the change may move the row
    assert cache.identity == before.identity  # written anew once the store is read


def test_added_and_removed_applications(store_path: Path, tmp_path: Path) -> None:
    file, _ = cached(store_path, tmp_path)
    document = store.load(store_path)
    gone = document.applications.pop(3)
    new = store.application_from_record(store.application_record(gone))
    new.id, new.job_title = "a-new-one", "Ny ansökan"
    document.applications.append(new)
    store.save(document, store_path)
    cache = list_cache.read(file, store_path, NOW)
    assert cache is not None
    assert cache.rows == rows_of(store_path)
    assert gone.id not in {row[list_cache.ID] for row in cache.rows}
    assert gone.id not in cache.records


def test_the_same_content_written_again_keeps_the_order(store_path: Path, tmp_path: Path) -> None:
    file, before = cached(store_path, tmp_path)
    document = store.load(store_path)
    document.profile.name = "Någon annan"  # outside the applications: the rows hold
    store.save(document, store_path)
    cache = list_cache.read(file, store_path, NOW)
    assert cache is not None
    assert cache.rows == before.rows and cache.order == before.order


def test_an_invalid_record_far_down_gives_no_preview(store_path: Path, tmp_path: Path) -> None:
    file, _ = cached(store_path, tmp_path)
    last = store.load(store_path).applications[-1]
    edit_text(
        store_path,
        f'"id": "{last.id}",\n   "job_title": ',
        f'"id": "{last.id}",\n   "job_title": 7, "x": ',
    )
    with pytest.raises(store.StoreError):
        store.load(store_path)
    assert list_cache.read(file, store_path, NOW) is None  # read whole first: it is refused


def test_a_record_that_is_no_json_gives_no_preview(store_path: Path, tmp_path: Path) -> None:
    file, _ = cached(store_path, tmp_path)
    edit_text(store_path, '"rolling_selection": false', '"rolling_selection": NaN')
    assert list_cache.read(file, store_path, NOW) is None


def test_an_id_twice_gives_no_preview(store_path: Path, tmp_path: Path) -> None:
    file, _ = cached(store_path, tmp_path)
    apps = store.load(store_path).applications
    edit_text(store_path, f'"id": "{apps[30].id}"', f'"id": "{apps[2].id}"')
    assert list_cache.read(file, store_path, NOW) is None


def test_many_changes_are_read_whole(store_path: Path, tmp_path: Path) -> None:
    file, _ = cached(store_path, tmp_path)
    document = store.load(store_path)
    for app in document.applications[: COUNT // 2]:
        app.notes += " ändrad"
    store.save(document, store_path)
    assert list_cache.read(file, store_path, NOW) is None


def test_a_preview_is_no_promise_that_the_rest_is_valid(store_path: Path, tmp_path: Path) -> None:
    """The parts outside the changed records are checked when the whole file is read
    after the first paint (the window then says it is not valid: tests/ui)."""
    file, _ = cached(store_path, tmp_path)
    document = store.load(store_path)
    document.applications[5].notes = "ändrad"
    store.save(document, store_path)
    edit_text(store_path, '"activities": []', '"activities": 5')
    assert list_cache.read(file, store_path, NOW) is not None
    with pytest.raises(store.StoreError):
        store.load(store_path)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.lists(
        st.tuples(
            st.sampled_from(["title", "stage", "drop", "copy", "move"]), st.integers(0, COUNT - 1)
        ),
        max_size=6,
    )
)
def test_a_preview_lists_what_reading_the_file_lists(
    written: Path, tmp_path_factory: pytest.TempPathFactory, changes: list[tuple[str, int]]
) -> None:
    folder = tmp_path_factory.mktemp("changes")
    path = folder / "applications.json"
    shutil.copyfile(written, path)
    file, before = cached(path, folder)
    document = store.load(path)
    apps = document.applications
    for number, (change, index) in enumerate(changes):
        app = apps[index % len(apps)]
        if change == "title":
            app.job_title = f"Titel {number}"
        elif change == "stage":
            app.stage = Stage.INTERVIEW if app.stage is not Stage.INTERVIEW else Stage.APPLIED
        elif change == "drop" and len(apps) > 1:
            apps.remove(app)
        elif change == "move":
            apps.insert(number % len(apps), apps.pop(index % len(apps)))
        elif change == "copy":
            copy = store.application_from_record(store.application_record(app))
            copy.id = f"kopia-{number}"
            apps.insert(index % len(apps), copy)
    store.save(document, path)
    cache = list_cache.read(file, path, NOW)
    assert len(changes) < COUNT * list_cache.MAX_CHANGED_SHARE
    assert cache is not None
    assert cache.rows == rows_of(path)
    assert cache.order == [] or cache.rows == before.rows
    cuts = list_cache.pieces(path.read_bytes())  # cut the slow way: the same pieces
    assert cuts is not None and cache.sums == list_cache.piece_sums(cuts)
