"""Replacing the store only when it is still the file the save was based on (13.A)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.model import Document
from followup_gui.store import safe_replace
from followup_gui.store.safe_replace import ChangedOnDisk, GuardedReplace, signature

from .factories import make_app


def write_elsewhere(path: Path, text: str) -> None:
    """Another program's save: a new file renamed over the old one."""
    other = path.with_name("other.tmp")
    other.write_text(text)
    os.replace(other, path)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(params=["exchange", "stat-then-replace"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "stat-then-replace":
        monkeypatch.setattr(safe_replace, "_EXCHANGE", None)
    elif safe_replace._EXCHANGE is None:
        pytest.skip("no renameat2 here")
    return str(request.param)


def test_an_unchanged_file_is_replaced(tmp_path: Path, way: str) -> None:
    path = tmp_path / "applications.json"
    store.save(Document(), path)
    guard = GuardedReplace(signature(path))
    store.save(Document(applications=[make_app()]), path, replace=guard)
    assert len(store.load(path).applications) == 1
    assert guard.written == signature(path)
    assert leftovers(tmp_path) == []


def test_a_file_changed_since_the_save_began_is_left_alone(tmp_path: Path, way: str) -> None:
    path = tmp_path / "applications.json"
    store.save(Document(), path)
    guard = GuardedReplace(signature(path))
    write_elsewhere(path, "theirs")
    with pytest.raises(ChangedOnDisk):
        store.save(Document(applications=[make_app()]), path, replace=guard)
    assert path.read_text() == "theirs"
    assert leftovers(tmp_path) == []


def test_a_write_between_the_check_and_the_swap_is_swapped_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other program renames its file in at the very last moment."""
    if safe_replace._EXCHANGE is None:
        pytest.skip("no renameat2 here")
    path = tmp_path / "applications.json"
    store.save(Document(), path)
    real: Callable[[Path, Path], None] = safe_replace.exchange
    calls: list[int] = []

    def racing(first: Path, second: Path) -> None:
        if not calls:
            write_elsewhere(path, "theirs")
        calls.append(1)
        real(first, second)

    monkeypatch.setattr(safe_replace, "exchange", racing)
    with pytest.raises(ChangedOnDisk):
        store.save(
            Document(applications=[make_app()]), path, replace=GuardedReplace(signature(path))
        )
    assert path.read_text() == "theirs"
    assert len(calls) == 2
    assert leftovers(tmp_path) == []


def test_two_writes_between_the_swaps_keep_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if safe_replace._EXCHANGE is None:
        pytest.skip("no renameat2 here")
    path = tmp_path / "applications.json"
    store.save(Document(), path)
    real = safe_replace.exchange
    calls: list[int] = []

    def racing(first: Path, second: Path) -> None:
        if len(calls) < 2:
            write_elsewhere(path, f"theirs {len(calls)}")
        calls.append(1)
        real(first, second)

    monkeypatch.setattr(safe_replace, "exchange", racing)
    with pytest.raises(ChangedOnDisk):
        store.save(
            Document(applications=[make_app()]), path, replace=GuardedReplace(signature(path))
        )
    assert path.read_text() == "theirs 1"  # the newest is in place
    kept = [p for p in tmp_path.iterdir() if ".kept-" in p.name]
    assert [p.read_text() for p in kept] == ["theirs 0"]


def test_an_absent_file_is_created_only_while_still_absent(tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    guard = GuardedReplace(None)
    store.save(Document(), path, replace=guard)
    assert guard.written == signature(path)
    path.unlink()
    guard = GuardedReplace(None)
    path.write_text("theirs")
    with pytest.raises(ChangedOnDisk):
        store.save(Document(), path, replace=guard)
    assert path.read_text() == "theirs"
    assert leftovers(tmp_path) == []
