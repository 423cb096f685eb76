"""A start from the list cache: the same list and first verdict at once, the store after."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.store import list_cache
from followup_gui.ui.app import build_window, finish_loading, list_cache_file
from followup_gui.ui.list.columns import Column
from followup_gui.ui.list.model import ApplicationsModel
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state.clock import FixedClock

from ..conftest import DEMO_STORE
from .conftest import WindowFactory


def texts(window: MainWindow) -> list[list[Any]]:
    proxy = window.proxy
    return [
        [proxy.index(row, column).data() for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


Restart = Callable[[Path], MainWindow]


@pytest.fixture
def start_again(qtbot: QtBot, settings: QSettings, clock: FixedClock) -> Restart:
    """Makes a window as the next start of the app would (not shown yet)."""

    def start(path: Path) -> MainWindow:
        window = build_window(path, lang="sv", clock=clock, settings=settings, interactive=False)
        assert window is not None
        qtbot.addWidget(window)
        return window

    return start


def test_a_second_start_paints_from_the_cache_then_reads_the_store(
    make_window: WindowFactory, demo_copy: Path, start_again: Restart
) -> None:
    first = make_window(demo_copy)
    listed, verdict = texts(first), first.model.verdict(first.current_row() or 0)
    shown = first.current_application()
    assert shown is not None and first.write_list_cache()

    second = start_again(demo_copy)
    second.show()
    assert second.session.loading and second.model.preview
    assert texts(second) == listed
    assert second.windowTitle() == first.windowTitle()  # not "[read-only]"
    assert not second.banner.isVisible()
    row = second.current_row()
    assert row is not None and second.model.verdict(row) == verdict  # whole, with reasons
    assert second.panel.isVisible()
    assert second.current_application() is None  # nothing to act on until it is read
    assert not second.session.push(object())  # type: ignore[arg-type]

    assert finish_loading(second, None)
    assert not second.session.loading and not second.model.preview
    assert second.session is second.user_session
    assert texts(second) == listed
    assert second.current_application() == shown
    second.close()


def test_the_list_starts_in_the_order_it_was_left_without_sorting(
    make_window: WindowFactory,
    demo_copy: Path,
    start_again: Restart,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = make_window(demo_copy)
    first.table.sortByColumn(Column.COMPANY, Qt.SortOrder.DescendingOrder)
    listed = texts(first)
    first.close()  # keeps the sort in the settings and the list in the cache
    sorts: list[int] = []
    sort_rows = ApplicationsModel._sort_rows

    def counted(model: ApplicationsModel) -> None:
        sorts.append(1)
        sort_rows(model)

    monkeypatch.setattr(ApplicationsModel, "_sort_rows", counted)
    second = start_again(demo_copy)
    second.show()
    assert second.model.preview
    assert texts(second) == listed
    assert sorts == []
    header = second.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        Column.COMPANY,
        Qt.SortOrder.DescendingOrder,
    )
    second.close()


def test_a_store_written_again_unchanged_still_starts_from_the_cache(
    make_window: WindowFactory, demo_copy: Path, start_again: Restart, tmp_path: Path
) -> None:
    assert make_window(demo_copy).write_list_cache()
    copy = tmp_path / "copy.json"
    shutil.copyfile(demo_copy, copy)
    os.replace(copy, demo_copy)  # as a sync tool or a restore does: new inode and times
    second = start_again(demo_copy)
    assert second.model.preview
    assert finish_loading(second, None)
    cache_file = list_cache_file(demo_copy)
    assert cache_file is not None
    cache = list_cache.read(cache_file, demo_copy, second.clock.now())
    assert cache is not None
    assert cache.identity == list_cache.file_identity(demo_copy)  # kept for the new identity
    second.close()


def test_a_store_changed_since_is_read_in_full(
    make_window: WindowFactory, demo_copy: Path, start_again: Restart
) -> None:
    first = make_window(demo_copy)
    assert first.write_list_cache()
    document = store.load(demo_copy)
    document.applications[0].job_title = "Helt ny titel"
    store.save(document, demo_copy)

    second = start_again(demo_copy)
    assert not second.session.loading and not second.model.preview
    assert any(row[0] == "Helt ny titel" for row in texts(second))
    second.close()


def _in_the_apps_layout(path: Path) -> None:
    """The demo store as the app writes it (it is hand-written): one checksum per record."""
    store.save(store.load(path), path)


def test_another_computer_changing_one_application_keeps_the_preview(
    make_window: WindowFactory, demo_copy: Path, start_again: Restart
) -> None:
    _in_the_apps_layout(demo_copy)
    assert make_window(demo_copy).write_list_cache()
    document = store.load(demo_copy)
    document.applications[20].job_title = "Ändrad på en annan dator"
    store.save(document, demo_copy)  # a new identity and size: the cache is for the old file

    second = start_again(demo_copy)
    second.show()
    assert second.session.loading and second.model.preview  # painted before the store is read
    previewed = texts(second)
    assert any(row[0] == "Ändrad på en annan dator" for row in previewed)
    assert finish_loading(second, None)
    assert not second.model.preview and texts(second) == previewed
    cache_file = list_cache_file(demo_copy)
    assert cache_file is not None
    cache = list_cache.read(cache_file, demo_copy, second.clock.now())
    assert cache is not None and cache.identity == list_cache.file_identity(demo_copy)
    assert len(cache.sums) == len(document.applications) + 2
    second.close()


@pytest.mark.parametrize("choice", ["READ_ONLY", "QUIT"])
def test_a_store_found_invalid_after_the_preview_is_told_and_opens_read_only(
    make_window: WindowFactory,
    demo_copy: Path,
    start_again: Restart,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    """Only the changed records are checked before the first paint: the rest of the file
    is when it is read, and a refusal then is said as at any start (with the same choices:
    a backup, read-only with the banner saying why, or quit)."""
    from followup_gui.ui import app as app_module

    _in_the_apps_layout(demo_copy)
    assert make_window(demo_copy).write_list_cache()
    document = store.load(demo_copy)
    document.applications[3].notes = "Ändrad"
    store.save(document, demo_copy)
    text = demo_copy.read_text(encoding="utf-8")
    demo_copy.write_text(text.replace('"reported_months": [', '"reported_months": 5, "x": ['))
    with pytest.raises(store.StoreError):
        store.load(demo_copy)

    second = start_again(demo_copy)
    second.show()
    assert second.model.preview
    asked: list[store.StoreError] = []

    def ask(error: store.StoreError, _backup: object) -> object:
        asked.append(error)
        return getattr(app_module.InvalidChoice, choice)

    monkeypatch.setattr(app_module, "ask_about_invalid_store", ask)
    monkeypatch.setattr(QApplication, "exit", lambda *_: None)
    finished = finish_loading(second, None)
    assert len(asked) == 1 and "reported_months" in str(asked[0])
    if choice == "QUIT":
        assert not finished
        return
    assert finished and not second.model.preview
    assert second.session.read_only and second.banner.isVisible()
    assert "read-only" in second.banner.text() or "skrivskydd" in second.banner.text()
    assert any(row[0] == document.applications[3].job_title for row in texts(second))
    second.close()


def test_a_store_changed_while_the_preview_shows_is_shown_as_it_is(
    make_window: WindowFactory, demo_copy: Path, start_again: Restart
) -> None:
    assert make_window(demo_copy).write_list_cache()
    second = start_again(demo_copy)
    assert second.model.preview
    document = store.load(demo_copy)
    document.applications[0].job_title = "Ändrad under tiden"
    store.save(document, demo_copy)

    assert finish_loading(second, None)
    assert any(row[0] == "Ändrad under tiden" for row in texts(second))
    cache_file = list_cache_file(demo_copy)
    assert cache_file is not None
    cache = list_cache.read(cache_file, demo_copy, second.clock.now())
    assert cache is not None  # made anew for the file as it is
    assert any(row[list_cache.TITLE] == "Ändrad under tiden" for row in cache.rows)
    second.close()


def test_example_data_opened_during_the_preview_gives_way_to_the_store(
    make_window: WindowFactory, demo_copy: Path, start_again: Restart
) -> None:
    first = make_window(demo_copy)
    listed = texts(first)
    assert first.write_list_cache()
    second = start_again(demo_copy)
    assert second.model.preview
    second.files.show_demo()
    assert second.session.path is None
    assert finish_loading(second, None)
    assert second.session.path is None  # still the example data
    second.files.close_demo()
    assert second.session is second.user_session and not second.session.loading
    assert texts(second) == listed
    second.close()


def test_an_edit_is_cached_at_quit(make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    cache_file = list_cache_file(demo_copy)
    assert cache_file is not None and window.list_cache.path == cache_file
    window.write_list_cache()
    app = window.current_application()
    assert app is not None
    window.panel.stage_requested.emit("rejected")  # an edit: the file changes
    window.session.save_now()
    assert list_cache.read(cache_file, demo_copy, window.clock.now()) is None
    window.close()
    cache = list_cache.read(cache_file, demo_copy, window.clock.now())
    assert cache is not None
    assert any(row[list_cache.STAGE] == "rejected" for row in cache.rows)


def _start(store_path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    command = [sys.executable, "-m", "followup_gui.cli", "--store", str(store_path)]
    return subprocess.run(
        [*command, "--startup-check"], capture_output=True, text=True, timeout=120, env=env,
        check=False,
    )  # fmt: skip


def test_the_startup_check_uses_the_cache_and_still_refuses_a_broken_store(
    tmp_path: Path,
) -> None:
    path = tmp_path / "applications.json"
    shutil.copyfile(DEMO_STORE, path)
    assert _start(path, tmp_path).returncode == 0
    assert list((tmp_path / "cache").rglob("list-*.cache"))  # the first start kept the list
    assert _start(path, tmp_path).returncode == 0
    path.write_text(path.read_text(encoding="utf-8").replace('"company"', '"firma"', 1))
    broken = _start(path, tmp_path)
    assert broken.returncode == 2, broken.stderr
    assert "company" in broken.stderr
