"""Conflict copies beside the store taken in, and the versions that lost a merge kept.

:class:`SyncKeeper` looks beside the store after the first paint and whenever the folder
changes: each conflict copy a sync service left (:mod:`followup_gui.store.conflict_copies`)
is merged into the open store after a backup, then moved into the backups; a half-synced
copy is looked at again a little later. Versions that lost a merge (here, or when the file
changed under the window) are kept in the local data folder and offered in the clash view
("Ändrad på två datorer"), reached from a button in the status bar.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QPushButton

from ...model import TombstoneKind
from ...store import StoreError, backups, clashes, conflict_copies, merge, stamps
from ...store.clashes import KeptVersion
from ..state import disk_io

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QStatusBar, QWidget

    from ...i18n import Lang
    from ..state.session import Session


class MainWindow(Protocol):
    """What the keeper needs of the main window."""

    sync: SyncKeeper | None

    @property
    def user_session(self) -> Session: ...

    def statusBar(self) -> QStatusBar: ...

    def show_message(self, text: str, timeout_ms: int) -> None: ...

    def dialog_parent(self) -> QWidget: ...


RETRY_MS = 5000
SETTLE_MS = 700


class SyncKeeper(QObject):
    """Watches the store's folder for conflict copies and keeps the clashes (see above)."""

    taken_in = Signal(str)
    """What came in, in words for the status bar."""
    clashes_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.kept: list[KeptVersion] = []
        self._loaded_for: object = None
        self._broken: set[str] = set()
        self._watcher: QFileSystemWatcher | None = None
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.scan)
        self.button = QPushButton(self.tr("Changed on two computers"))
        self.button.setFlat(True)
        self.button.setVisible(False)
        self.button.clicked.connect(self.show_clashes)
        window.statusBar().addPermanentWidget(self.button)
        self.taken_in.connect(lambda text: window.show_message(text, 15_000))
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        return self.window.user_session

    def start(self) -> None:
        """After the first paint: look now, and whenever the folder changes."""
        path = self.session.path
        if path is None:
            return
        self._load_kept()
        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.directoryChanged.connect(lambda _: self._timer.start())
        if path.parent.is_dir() and str(path.parent) not in self._watcher.directories():
            self._watcher.addPath(str(path.parent))
        self._follow_session()
        self._timer.start(0)

    def follow_move(self, old_path: Path) -> None:
        """The store was moved (Settings): watch its new folder, not the old one."""
        if self._watcher is not None and str(old_path.parent) in self._watcher.directories():
            self._watcher.removePath(str(old_path.parent))
        self._broken.clear()
        self.start()

    def _follow_session(self) -> None:
        session = self.session
        if session is self._session:
            return
        if self._session is not None:
            self._session.merge_report.disconnect(self.on_merge_report)
        self._session = session
        session.merge_report.connect(self.on_merge_report)

    def _load_kept(self) -> None:
        path = self.session.path
        if path is not None and self._loaded_for != path:
            self._loaded_for = path
            self.kept = clashes.load(path)
            self._show_count()

    # ------------------------------------------------------------------ conflict copies

    @Slot()
    def scan(self) -> int:
        """Take in every conflict copy that is ready; how many were taken."""
        session = self.session
        if session.path is None or session.read_only:
            if session.loading:
                self._timer.start(SETTLE_MS)  # the store is still being read
            return 0
        self._follow_session()
        self._load_kept()
        taken = 0
        for copy in conflict_copies.find(session.path):
            if copy.path.name in self._broken:
                continue
            try:
                theirs = conflict_copies.read_copy(copy)
            except conflict_copies.NotReadyError:
                self._timer.start(RETRY_MS)  # still being synced: look again soon
                continue
            except StoreError:
                self._broken.add(copy.path.name)  # not a store: left alone
                continue
            if theirs.is_newer_than_app:
                self._broken.add(copy.path.name)
                continue
            if self._take_in(copy, theirs):
                taken += 1
        return taken

    def _take_in(self, copy: conflict_copies.ConflictCopy, theirs: Any) -> bool:
        session = self.session
        assert session.path is not None
        now = stamps.local_now()
        try:
            session.save_now()
            backups.risky_backup(session.path, "before-conflict-copy", now.replace(tzinfo=None))
        except OSError:
            self._timer.start(RETRY_MS)
            return False
        session.stamp_changes()
        result = merge.merge(None, session.document, theirs)
        disk_io.apply_merged(session, result.document)
        session.note_merged_in()
        session.save_now()
        try:
            conflict_copies.put_away(copy, session.path, now.replace(tzinfo=None))
        except OSError:
            self._broken.add(copy.path.name)  # merged; moving it failed: not merged twice
        self._keep(result, copy.service)
        self.taken_in.emit(self._words(result, copy.service))
        return True

    def _words(self, result: merge.Merged, service: str) -> str:
        text = self.tr("A conflict copy from %1 was taken in (changes taken: %2, removed: %3).")
        text = (
            text.replace("%1", service)
            .replace("%2", str(result.taken))
            .replace("%3", str(len(result.removed)))
        )
        clashed = len(result.application_clashes)
        if clashed:
            text += " " + self.tr(
                "%n application(s) changed on two computers: see the button at the bottom.",
                "",
                clashed,
            )
        return (text + " " + self.other_clashes(result, service)).strip()

    def other_clashes(self, result: merge.Merged, source: str) -> str:
        """The profile's and the activities' clashes, which the clash view does not show:
        what was kept, in words (``source``: where the other version came from)."""
        words: list[str] = []
        for clash in result.clashes:
            if clash.kind == merge.PROFILE:
                words.append(
                    self.tr(
                        "Your profile was changed on two computers: the version from %1 was "
                        "kept."
                    ).replace("%1", source)
                    if clash.kept_theirs
                    else self.tr(
                        "Your profile was changed on two computers: the version on this "
                        "computer was kept."
                    )
                )  # fmt: skip
        activities = [c for c in result.clashes if c.kind == TombstoneKind.ACTIVITY]
        if activities:
            theirs = sum(1 for c in activities if c.kept_theirs)
            words.append(
                self.tr(
                    "%n activity(ies) in the report changed on two computers. Kept: %1 from "
                    "this computer, %2 from %3.",
                    "",
                    len(activities),
                )
                .replace("%1", str(len(activities) - theirs))
                .replace("%2", str(theirs))
                .replace("%3", source)
            )
        return " ".join(words)

    # ------------------------------------------------------------------ clashes

    @Slot(object)
    def on_merge_report(self, result: merge.Merged) -> None:
        source = self.tr("the file")
        self._keep(result, source)
        words = []
        if result.removed:
            words.append(
                self.tr("%n application(s) deleted on another computer were removed.", "",
                        len(result.removed))
            )  # fmt: skip
        words.append(self.other_clashes(result, source))
        text = " ".join(w for w in words if w)
        if text:
            self.window.show_message(text, 15_000)

    def _keep(self, result: merge.Merged, source: str) -> None:
        path = self.session.path
        found = result.application_clashes
        if path is None or not found:
            return
        now = stamps.local_now()
        known = {(v.app_id, repr(v.other)) for v in self.kept}
        for clash in found:
            if (clash.key, repr(clash.other)) not in known:
                self.kept.append(KeptVersion(clash.key, clash.kept, clash.other, now, source))
        self._store()

    def resolve(self, version: KeptVersion) -> None:
        """The user has dealt with it (took the other, or kept this one)."""
        self.kept = [v for v in self.kept if v is not version]
        self._store()

    def _store(self) -> None:
        path = self.session.path
        if path is not None:
            with contextlib.suppress(OSError):  # still in memory; written with the next change
                clashes.save(path, self.kept)
        self._show_count()

    def _show_count(self) -> None:
        count = len(self.kept)
        self.button.setText(self.tr("Changed on two computers (%1)…").replace("%1", str(count)))
        self.button.setVisible(count > 0)
        self.clashes_changed.emit()

    @Slot()
    def show_clashes(self) -> None:
        from ..dialogs.clash_view import ClashView

        lang: Lang = "en" if getattr(self.window, "lang", "sv") == "en" else "sv"
        ClashView(self, self.window.dialog_parent(), lang=lang).exec()


def start_sync(window: MainWindow) -> None:
    """Conflict copies beside the store and "changed on two computers", after the paint."""
    if window.sync is None:
        window.sync = SyncKeeper(window)
    window.sync.start()
