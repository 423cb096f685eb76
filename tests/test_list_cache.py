"""The list cache: trusted only for the very file it describes, while its verdicts hold."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.rules.advice import assess
from followup_gui.store import list_cache

from .conftest import DEMO_STORE
from .factories import t

NOW = t("2026-11-26T09:00")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "applications.json"
    shutil.copyfile(DEMO_STORE, path)
    return path


def cache_of(path: Path, now: dt.datetime = NOW) -> list_cache.ListCache:
    read = list_cache.checksums(path)
    assert read is not None
    apps = store.load(path).applications
    records = [store.application_record(apps[0])]
    rows = [list_cache.row(a, assess(a, now)) for a in apps]
    return list_cache.build(read[0], apps, rows, now, records, content=read[1])


def test_a_written_cache_reads_back_whole(store_path: Path, tmp_path: Path) -> None:
    cache = cache_of(store_path)
    file = tmp_path / "cache" / "list.cache"
    assert list_cache.write(file, cache)
    assert list_cache.read(file, store_path, NOW) == cache
    assert file.stat().st_mode & 0o777 == 0o600  # job titles and employers: private
    apps = store.load(store_path).applications
    assert len(cache.rows) == len(apps)
    assert store.application_from_record(cache.records[apps[0].id]) == apps[0]


def test_rows_carry_what_the_list_shows(store_path: Path) -> None:
    apps = store.load(store_path).applications
    row = cache_of(store_path).rows[0]
    verdict = assess(apps[0], NOW)
    assert row[list_cache.ID] == apps[0].id
    assert row[list_cache.TITLE] == apps[0].job_title
    assert dt.date.fromordinal(row[list_cache.APPLIED]) == apps[0].applied_on
    assert row[list_cache.ACTION] == verdict.action.value


def test_a_changed_store_file_is_not_described(store_path: Path, tmp_path: Path) -> None:
    file = tmp_path / "list.cache"
    list_cache.write(file, cache_of(store_path))
    document = store.load(store_path)
    document.applications[0].job_title = "Något annat"
    store.save(document, store_path)
    assert list_cache.read(file, store_path, NOW) is None


def test_same_size_and_time_but_another_file_is_not_described(
    store_path: Path, tmp_path: Path
) -> None:
    file = tmp_path / "list.cache"
    list_cache.write(file, cache_of(store_path))
    info = store_path.stat()
    data = bytearray(store_path.read_bytes())
    data[data.index("Biträdande".encode())] ^= 0x20  # same length, new text
    replacement = tmp_path / "replacement.json"
    replacement.write_bytes(bytes(data))
    os.utime(replacement, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.replace(replacement, store_path)  # a new inode, as editors and sync tools do
    assert store_path.stat().st_size == info.st_size
    assert list_cache.read(file, store_path, NOW) is None


def test_verdicts_are_not_trusted_outside_their_time(store_path: Path, tmp_path: Path) -> None:
    file = tmp_path / "list.cache"
    cache = cache_of(store_path)
    list_cache.write(file, cache)
    assert NOW < cache.valid_until <= t("2026-11-27T00:00")
    assert list_cache.read(file, store_path, cache.valid_until - dt.timedelta(seconds=1))
    assert list_cache.read(file, store_path, cache.valid_until) is None
    assert (
        list_cache.read(file, store_path, NOW - dt.timedelta(seconds=1)) is None
    )  # clock set back


@pytest.mark.parametrize("damage", ["truncate", "flip", "other_version", "garbage", "empty"])
def test_a_damaged_cache_is_ignored(store_path: Path, tmp_path: Path, damage: str) -> None:
    file = tmp_path / "list.cache"
    list_cache.write(file, cache_of(store_path))
    data = bytearray(file.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[-100] ^= 0x01
    elif damage == "other_version":  # of the cache format, the app or Python
        data[data.index(b"\n", len(b"followup-gui list cache\n")) - 1] ^= 0x01
    elif damage == "garbage":
        data = bytearray(os.urandom(len(data)))
    else:
        data = bytearray()
    file.write_bytes(bytes(data))
    assert list_cache.read(file, store_path, NOW) is None


def test_a_well_checksummed_but_malformed_payload_is_refused() -> None:
    good = list_cache.dumps(
        list_cache.ListCache((1, 2, 3, 4, 5), NOW, NOW + dt.timedelta(hours=1), [("x",)], {})
    )
    assert list_cache.loads(good) is None  # a row of the wrong length


def test_a_missing_store_or_unwritable_folder_is_no_error(tmp_path: Path) -> None:
    assert list_cache.read(tmp_path / "list.cache", tmp_path / "nothing.json", NOW) is None
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = list_cache.ListCache((1, 2, 3, 4, 5), NOW, NOW + dt.timedelta(hours=1), [], {})
    assert not list_cache.write(blocker / "list.cache", cache)


def test_each_store_has_its_own_cache_file(tmp_path: Path) -> None:
    one = list_cache.path_for(tmp_path, Path("/a/applications.json"))
    other = list_cache.path_for(tmp_path, Path("/b/applications.json"))
    assert one != other
    assert one.parent == tmp_path


def test_the_order_is_kept_for_its_own_sort_only(store_path: Path, tmp_path: Path) -> None:
    identity = list_cache.file_identity(store_path)
    assert identity is not None
    apps = store.load(store_path).applications
    rows = [list_cache.row(a, assess(a, NOW)) for a in apps]
    order = list(reversed(range(len(apps))))
    cache = list_cache.build(identity, apps, rows, NOW, order=order, sorted_by="1:0")
    file = tmp_path / "list.cache"
    list_cache.write(file, cache)
    read = list_cache.read(file, store_path, NOW)
    assert read is not None
    assert read.order_for("1:0") == order
    assert read.order_for("3:0") is None  # another sort: the list sorts itself


def test_an_order_that_is_not_each_row_once_is_refused(store_path: Path) -> None:
    cache = cache_of(store_path)
    rows = len(cache.rows)
    for order in ([0] * rows, list(range(rows - 1)), [*range(1, rows + 1)]):
        damaged = cache._replace(order=order, sorted_by="3:0")
        assert list_cache.loads(list_cache.dumps(damaged)) is None


def test_a_copy_of_the_store_is_known_by_its_content(store_path: Path, tmp_path: Path) -> None:
    """A sync tool or a restore writes the same bytes anew: a new inode and times."""
    file = tmp_path / "list.cache"
    cache = cache_of(store_path)
    list_cache.write(file, cache)
    copy = tmp_path / "copy.json"
    shutil.copyfile(store_path, copy)
    os.replace(copy, store_path)
    assert list_cache.file_identity(store_path) != cache.identity
    assert list_cache.read(file, store_path, NOW) == cache
    data = bytearray(store_path.read_bytes())
    data[data.index("Biträdande".encode())] ^= 0x20
    store_path.write_bytes(bytes(data))  # the same size, other content
    assert list_cache.read(file, store_path, NOW) is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_cache_folder_and_its_files_are_private(store_path: Path, tmp_path: Path) -> None:
    # issue 13 item F: the cache folder was 0755 (it holds titles and employers)
    old = os.umask(0o022)
    try:
        folder = tmp_path / "cache" / "followup-gui"
        cache_file = list_cache.path_for(folder, store_path)
        assert list_cache.write(cache_file, cache_of(store_path))
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600

        folder.chmod(0o755)  # made public by an older version
        assert list_cache.write(cache_file, cache_of(store_path))
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="named pipes are POSIX")
def test_a_pipe_is_never_read_for_its_checksums(tmp_path: Path) -> None:
    pipe = tmp_path / "applications.json"
    os.mkfifo(pipe)
    assert list_cache.checksums(pipe) is None  # at once: opening it would wait for a writer
