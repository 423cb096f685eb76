"""Two computers, one search: two windows on two folders kept in step by a simulated sync
service, which delays, reorders, half-writes and leaves each service's conflict copies."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.model import Application
from followup_gui.store import backups, conflict_copies, stamps
from followup_gui.store.clashes import KeptVersion
from followup_gui.ui.dialogs.clash_view import ClashView
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state.commands import DeleteApplication, ReplaceApplication

from ..conftest import DEMO_STORE
from .conftest import WindowFactory

CONFLICT_NAMES = {
    "Dropbox": "applications (desktop's conflicted copy 2026-11-26).json",
    "OneDrive": "applications-DESKTOP-7K2.json",
    "Google Drive": "applications (1).json",
    "Nextcloud": "applications (conflicted copy 2026-11-26 101112).json",
    "Syncthing": "applications.sync-conflict-20261126-101112-ABCDEFG.json",
}


@pytest.fixture(autouse=True)
def ticking_stamps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each stamp a minute after the last: the order of the edits is the order of the test."""
    start = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
    minutes = itertools.count()
    monkeypatch.setattr(stamps, "local_now", lambda: start + dt.timedelta(minutes=next(minutes)))


@dataclass
class Computer:
    name: str
    path: Path
    window: MainWindow
    last_synced: bytes = b""


class SyncService:
    """A server copy; each computer uploads its changes and downloads others', in an order
    the test shuffles. Both changed since the last sync: the service keeps the server's and
    leaves the computer's as a conflict copy beside it (named as ``service`` names them)."""

    def __init__(self, service: str, seed: int = 0) -> None:
        self.service = service
        self.server = b""
        self.random = random.Random(seed)
        self.conflicts = 0

    def upload(self, pc: Computer) -> None:
        data = pc.path.read_bytes()
        if data == pc.last_synced:
            return
        if self.server == pc.last_synced:
            self.server = pc.last_synced = data
            return
        self.conflicts += 1
        copy = pc.path.with_name(CONFLICT_NAMES[self.service])
        copy.write_bytes(data[: len(data) // 2])  # a half-synced copy first
        pc.window.sync.scan()  # type: ignore[union-attr]
        assert copy.exists()  # left alone while half-written
        copy.write_bytes(data)
        self._write(pc, self.server)

    def download(self, pc: Computer) -> None:
        if pc.path.read_bytes() == pc.last_synced and self.server != pc.last_synced:
            self._write(pc, self.server)

    def _write(self, pc: Computer, data: bytes) -> None:
        temp = pc.path.with_name(".applications.json.partial")
        temp.write_bytes(data)
        temp.replace(pc.path)
        pc.last_synced = data

    def settle(self, qtbot: QtBot, computers: list[Computer]) -> None:
        """Run the service and the windows until nothing changes any more."""
        quiet = 0
        for _round in range(40):
            before = [pc.path.read_bytes() for pc in computers]
            steps = [(op, pc) for pc in computers for op in (self.upload, self.download)]
            self.random.shuffle(steps)  # delays and reordering
            for op, pc in steps:
                op(pc)
                react(qtbot, pc)
            after = [pc.path.read_bytes() for pc in computers]
            copies = [c for pc in computers for c in conflict_copies.find(pc.path)]
            settled = before == after and len(set(after)) == 1 and not copies
            quiet = quiet + 1 if settled and self.server == after[0] else 0
            if quiet >= 2:
                return
        raise AssertionError("the computers did not settle")


def react(qtbot: QtBot, pc: Computer) -> None:
    """What the window does on its own timers, done now: notice the file, take in copies,
    save."""
    session = pc.window.session
    session.check_disk()
    assert pc.window.sync is not None
    pc.window.sync.scan()
    session.save_now()
    qtbot.wait(1)


@pytest.fixture
def computers(qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> list[Computer]:
    made = []
    for name in ("laptop", "desktop"):
        folder = tmp_path / name / "Dropbox"
        folder.mkdir(parents=True)
        path = folder / "applications.json"
        shutil.copyfile(DEMO_STORE, path)
        window = make_window(path)
        qtbot.waitUntil(lambda w=window: w.sync is not None)  # type: ignore[misc]
        made.append(Computer(name, path, window, path.read_bytes()))
    return made


def apps(pc: Computer) -> dict[str, Application]:
    return {a.id: a for a in pc.window.session.applications}


def edit(pc: Computer, app_id: str, notes: str) -> None:
    session = pc.window.session
    app = apps(pc)[app_id]
    session.push(ReplaceApplication(session, replace(app, notes=notes), "edit"))
    session.save_now()


def delete(pc: Computer, app_id: str) -> None:
    session = pc.window.session
    session.push(DeleteApplication(session, app_id))
    session.save_now()


def same_everywhere(computers: list[Computer]) -> dict[str, Application]:
    laptop, desktop = (apps(pc) for pc in computers)
    assert laptop.keys() == desktop.keys()
    assert {k: a.notes for k, a in laptop.items()} == {k: a.notes for k, a in desktop.items()}
    return laptop


def reachable(computers: list[Computer], app_id: str, notes: str) -> bool:
    """The version is in a list, among the kept clashes, or in a kept conflict copy."""
    for pc in computers:
        if app_id in apps(pc) and apps(pc)[app_id].notes == notes:
            return True
        assert pc.window.sync is not None
        for kept in pc.window.sync.kept:
            if kept.app_id == app_id and kept.other is not None and kept.other.notes == notes:
                return True
        for backup in backups.list_backups(pc.path):
            found = store.load(backup.path).find(app_id)
            if backup.reason == "conflict-copy" and found is not None and found.notes == notes:
                return True
    return False


@pytest.mark.parametrize("service", sorted(CONFLICT_NAMES))
def test_edits_of_different_applications_on_both_computers_all_arrive(
    qtbot: QtBot, computers: list[Computer], service: str
) -> None:
    laptop, desktop = computers
    sync = SyncService(service)
    sync.server = laptop.path.read_bytes()
    edit(laptop, "demo-vattern", "from the laptop")
    edit(desktop, "demo-kodverket", "from the desktop")
    sync.settle(qtbot, computers)
    assert sync.conflicts == 1  # the service left a conflict copy, which was taken in
    merged = same_everywhere(computers)
    assert merged["demo-vattern"].notes == "from the laptop"
    assert merged["demo-kodverket"].notes == "from the desktop"
    for pc in computers:  # nothing but the store (and its attachments) in the synced folder
        assert sorted(p.name for p in pc.path.parent.iterdir()) == ["applications.json"]


@pytest.mark.parametrize("service", ["Dropbox", "Syncthing"])
def test_the_same_application_on_both_keeps_the_newer_and_the_other_is_reachable(
    qtbot: QtBot, computers: list[Computer], service: str
) -> None:
    laptop, desktop = computers
    sync = SyncService(service, seed=3)
    sync.server = laptop.path.read_bytes()
    edit(laptop, "demo-vattern", "laptop, earlier")
    edit(desktop, "demo-vattern", "desktop, later")
    sync.settle(qtbot, computers)
    assert same_everywhere(computers)["demo-vattern"].notes == "desktop, later"
    assert reachable(computers, "demo-vattern", "laptop, earlier")


@pytest.mark.parametrize("edit_first", [True, False])
def test_deleted_on_one_edited_on_the_other(
    qtbot: QtBot, computers: list[Computer], edit_first: bool
) -> None:
    laptop, desktop = computers
    sync = SyncService("Dropbox", seed=5)
    sync.server = laptop.path.read_bytes()
    if edit_first:
        edit(desktop, "demo-vattern", "edited before the deletion")
        delete(laptop, "demo-vattern")
    else:
        delete(laptop, "demo-vattern")
        edit(desktop, "demo-vattern", "edited after the deletion")
    sync.settle(qtbot, computers)
    merged = same_everywhere(computers)
    if edit_first:  # the deletion is newer: it wins, and the edit is still reachable
        assert "demo-vattern" not in merged
        assert reachable(computers, "demo-vattern", "edited before the deletion")
    else:  # an edit after the deletion wins over it
        assert merged["demo-vattern"].notes == "edited after the deletion"


def test_a_conflict_copy_appearing_while_the_window_has_unsaved_edits(
    qtbot: QtBot, computers: list[Computer], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desktop = computers
    edit(desktop, "demo-kodverket", "in the copy")
    copy = laptop.path.with_name(CONFLICT_NAMES["OneDrive"])
    shutil.copyfile(desktop.path, copy)
    session = laptop.window.session
    monkeypatch.setattr(session, "save_soon_now", lambda: None)
    app = apps(laptop)["demo-vattern"]
    session.push(ReplaceApplication(session, replace(app, notes="unsaved"), "edit"))
    monkeypatch.undo()
    assert session.dirty
    assert laptop.window.sync is not None
    assert laptop.window.sync.scan() == 1
    assert not copy.exists()  # moved into the backups, not deleted
    assert any(b.reason == "conflict-copy" for b in backups.list_backups(laptop.path))
    on_disk = store.load(laptop.path)
    assert on_disk.find("demo-vattern").notes == "unsaved"  # type: ignore[union-attr]
    assert on_disk.find("demo-kodverket").notes == "in the copy"  # type: ignore[union-attr]
    assert "OneDrive" in laptop.window.statusBar().currentMessage()


def test_a_half_written_copy_is_left_alone_and_taken_once_whole(
    qtbot: QtBot, computers: list[Computer]
) -> None:
    laptop, desktop = computers
    edit(desktop, "demo-kodverket", "in the copy")
    whole = desktop.path.read_bytes()
    copy = laptop.path.with_name(CONFLICT_NAMES["Syncthing"])
    keeper = laptop.window.sync
    assert keeper is not None
    for part in (b"", whole[:100], whole[: len(whole) - 10]):
        copy.write_bytes(part)
        assert keeper.scan() == 0
        assert copy.read_bytes() == part  # not touched
        assert apps(laptop)["demo-kodverket"].notes != "in the copy"
    copy.write_bytes(whole)
    qtbot.waitUntil(lambda: not copy.exists(), timeout=10_000)  # the retry timer took it
    assert apps(laptop)["demo-kodverket"].notes == "in the copy"


def test_the_clash_view_takes_the_other_version_undoably(
    qtbot: QtBot, computers: list[Computer]
) -> None:
    laptop, _ = computers
    keeper = laptop.window.sync
    assert keeper is not None
    kept = apps(laptop)["demo-vattern"]
    other = replace(kept, notes="the other computer's", job_title="Other title")
    keeper.kept.append(KeptVersion(kept.id, kept, other, stamps.local_now(), "Dropbox"))
    keeper._show_count()
    assert keeper.button.isVisible()
    keeper.button.setVisible(True)
    view = ClashView(keeper, laptop.window)
    qtbot.addWidget(view)
    view.show()
    assert view.list.count() == 1
    cells = [view.table.item(r, 2) for r in range(view.table.rowCount())]
    assert "Other title" in [cell.text() for cell in cells if cell is not None]
    title = view.table.item(0, 1)
    assert title is not None and title.font().bold()  # the title differs: shown in bold
    view.take_button.click()
    assert apps(laptop)["demo-vattern"].notes == "the other computer's"
    assert keeper.kept == [] and view.list.count() == 0
    assert not keeper.button.isVisible()
    laptop.window.session.undo_stack.undo()
    assert apps(laptop)["demo-vattern"].notes == kept.notes
    # kept across restarts: the list of kept versions is in the local data folder
    keeper.kept.append(KeptVersion(kept.id, kept, other, stamps.local_now(), "Dropbox"))
    keeper._store()
    from followup_gui.store import clashes

    assert [v.other for v in clashes.load(laptop.path)] == [other]
    view.keep_button.setEnabled(True)
    view._fill()
    view.keep_button.click()
    assert clashes.load(laptop.path) == []


def test_the_clash_view_shows_the_stage_in_the_users_words(
    qtbot: QtBot, computers: list[Computer]
) -> None:
    from followup_gui.model import Stage

    laptop, _ = computers
    keeper = laptop.window.sync
    assert keeper is not None
    kept = replace(apps(laptop)["demo-vattern"], stage=Stage.INTERVIEW)
    other = replace(kept, stage=Stage.OFFER)
    keeper.kept.append(KeptVersion(kept.id, kept, other, stamps.local_now(), "Dropbox"))
    for lang, words in (("sv", ("Intervju", "Erbjudande")), ("en", ("Interview", "Offer"))):
        view = ClashView(keeper, laptop.window, lang=lang)  # type: ignore[arg-type]
        qtbot.addWidget(view)
        row = list(view.labels).index("stage")
        cells = [view.table.item(row, column) for column in (1, 2)]
        assert tuple(cell.text() for cell in cells if cell is not None) == words
        assert "interview" not in [cell.text() for cell in cells if cell is not None]


def test_profile_and_activity_clashes_are_told_in_the_status_bar(
    qtbot: QtBot, computers: list[Computer]
) -> None:
    from followup_gui.model import Activity

    laptop, desktop = computers
    for pc, name in ((laptop, "Anna på laptopen"), (desktop, "Anna på datorn")):
        session = pc.window.session
        document = store.load(pc.path)
        document.profile = replace(document.profile, name=name)
        document.activities = [Activity("course-1", dt.date(2026, 11, 20), note=name)]
        store.save(document, pc.path)
        session.reload_from_disk()
    copy = laptop.path.with_name(CONFLICT_NAMES["Dropbox"])
    shutil.copyfile(desktop.path, copy)
    assert laptop.window.sync is not None
    assert laptop.window.sync.scan() == 1
    message = laptop.window.statusBar().currentMessage()
    kept = laptop.window.session.document.profile.name
    assert "profil" in message.lower()
    if kept == "Anna på datorn":
        assert "Dropbox" in message.split("profil", 1)[1]
    else:
        assert "on this computer was kept" in message
    theirs = int(laptop.window.session.document.activities[0].note == "Anna på datorn")
    assert "in the report changed on two computers" in message
    assert f"Kept: {1 - theirs} from this computer, {theirs} from Dropbox." in message
