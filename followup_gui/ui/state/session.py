"""The open store: the document, its undo history and saving it soon after every change.

Every edit goes through :meth:`Session.push` as a ``QUndoCommand``. Commands never
mutate an ``Application`` that is in the document: they swap in a new object. That
makes a snapshot (a shallow copy of the list) safe to write from a worker thread while
the user goes on typing, so a save never blocks the window.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QFileSystemWatcher,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from ... import store
from ...model import Activity, Application, Document, Profile, ReportedMonth
from ...store import list_cache, safe_replace
from ..store_error_text import for_people
from . import disk_io

SAVE_DELAY_MS = 400
RETRY_DELAY_MS = 5000
WATCH_DELAY_MS = 300


DiskSignature = disk_io.DiskSignature
"""What the store file looked like: (mtime in ns, size, inode), or None when it is absent."""


def disk_signature(path: Path) -> DiskSignature:
    return safe_replace.signature(path)


def set_aside_path(path: Path, now: dt.datetime) -> Path:
    """Where an invalid store is moved, untouched, before a good document replaces it."""
    return path.with_name(f"{path.stem}.invalid-{now:%Y%m%d-%H%M%S}{path.suffix}")


class _SaveReport(QObject):
    """Carries a worker thread's result back to the GUI thread (queued signal)."""

    done = Signal(int, str, object)  # revision, error message ("" when saved), DiskSignature
    changed = Signal()  # the file was not ours any more: nothing was written


class Session(QObject):
    """One open store file (or an unsaved document, for the demo data)."""

    # Around every change, so models can call begin…/end…Rows at the right time.
    application_added = Signal(int)  # document index
    application_about_to_be_removed = Signal(int)
    application_removed = Signal(int)
    application_changed = Signal(int)
    reset = Signal()
    profile_changed = Signal()
    report_changed = Signal()
    """The stand-alone activities or the reported months changed (format v2)."""
    saved = Signal()
    save_failed = Signal(str)
    dirty_changed = Signal(bool)
    changed_on_disk = Signal()
    """Someone else changed the file; saving waits until the user has chosen what to keep."""
    reloaded = Signal()
    """The file was changed by someone else and taken in (there were no unsaved edits)."""
    merged = Signal(int, int)
    """Another program's changes were taken in beside ours: (items taken, items kept that
    the file no longer had)."""
    merge_report = Signal(object)
    """The whole :class:`merge.Merged` of a take-in: its clashes and removals, for the user."""

    def __init__(
        self,
        document: Document,
        path: Path | None,
        *,
        read_only: bool = False,
        read_only_reason: str = "",
        set_aside_invalid: bool = False,
        loading: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.path = path
        self.loading = loading
        """A stand-in while the store is read (the list shows its cache): no edits yet."""
        self.marked_read_only = read_only or document.is_newer_than_app
        """Read-only for a reason the user is told (another app has it, a newer format…)."""
        self.read_only_reason = read_only_reason
        self.set_aside_invalid = set_aside_invalid
        self.set_aside_to: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_history_moved)
        self.revision = 0
        self.saved_revision = 0
        self.last_error = ""
        self.conflict = False
        self.disk_error = ""
        self.disk = disk_signature(path) if path is not None else None
        self.base = self._snapshot()
        """The version on disk that ``document`` started from: the base of a merge."""
        self._writing: Document | None = None
        self._saving = False
        self._report = _SaveReport(self)
        self._report.done.connect(self._on_saved)
        self._report.changed.connect(self._on_changed_while_saving)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_soon_now)
        self._watch_timer = QTimer(self, singleShot=True, interval=WATCH_DELAY_MS)
        self._watch_timer.timeout.connect(self.check_disk)
        self._watcher: QFileSystemWatcher | None = None

    # ------------------------------------------------------------------ editing

    @classmethod
    def loading_stand_in(
        cls, path: Path, *, read_only: bool = False, read_only_reason: str = ""
    ) -> Session:
        """The session a window starts with while ``path`` is being read."""
        return cls(
            Document(), path, read_only=read_only, read_only_reason=read_only_reason, loading=True
        )

    @property
    def read_only(self) -> bool:
        """No edits: the file is marked read-only, or it is still being read."""
        return self.marked_read_only or self.loading

    @property
    def applications(self) -> list[Application]:
        return self.document.applications

    @property
    def can_save(self) -> bool:
        return self.path is not None and not self.read_only

    @property
    def dirty(self) -> bool:
        return self.revision != self.saved_revision

    def index_of(self, app_id: str) -> int:
        for index, app in enumerate(self.document.applications):
            if app.id == app_id:
                return index
        raise KeyError(app_id)

    def push(self, command: QUndoCommand) -> bool:
        """Do ``command`` and keep it for undo; refused in a read-only session."""
        if self.read_only:
            return False
        self.undo_stack.push(command)
        return True

    # The three primitive changes the commands are made of.

    def insert(self, index: int, app: Application) -> None:
        """Add ``app``; one whose id is already there replaces that one (ids stay unique)."""
        if self.document.find(app.id) is not None:
            self.swap(self.index_of(app.id), app)
            return
        self.document.applications.insert(index, app)
        self.application_added.emit(index)

    def remove(self, index: int) -> Application:
        self.application_about_to_be_removed.emit(index)
        app = self.document.applications.pop(index)
        self.application_removed.emit(index)
        return app

    def swap(self, index: int, app: Application) -> Application:
        old = self.document.applications[index]
        self.document.applications[index] = app
        self.application_changed.emit(index)
        return old

    def set_profile(self, profile: Profile) -> Profile:
        old = self.document.profile
        self.document.profile = profile
        self.profile_changed.emit()
        return old

    def set_activities(self, activities: list[Activity]) -> list[Activity]:
        """A new list (never changed in place: a save in progress holds the old one)."""
        old = self.document.activities
        self.document.activities = list(activities)
        self.report_changed.emit()
        return old

    def set_reported_months(self, months: list[ReportedMonth]) -> list[ReportedMonth]:
        old = self.document.reported_months
        self.document.reported_months = list(months)
        self.report_changed.emit()
        return old

    # ------------------------------------------------------------------ saving

    @Slot()
    def _on_history_moved(self) -> None:
        self.revision += 1
        self.dirty_changed.emit(True)
        if self.can_save:
            self._timer.start()

    def _snapshot(self) -> Document:
        document = self.document
        return replace(
            document,
            applications=list(document.applications),
            activities=list(document.activities),
            reported_months=list(document.reported_months),
            extra=dict(document.extra),
        )

    def _disk_changed_behind_us(self) -> bool:
        assert self.path is not None
        return disk_signature(self.path) != self.disk

    @Slot()
    def save_soon_now(self) -> None:
        """Start writing the current state in a worker thread (if one is not running)."""
        if not self.can_save or not self.dirty or self.conflict:
            return
        if self._saving:
            self._timer.start()  # try again once the running save is done
            return
        if self._disk_changed_behind_us():
            self.take_in_disk_changes()
            return
        self.stamp_changes()
        self._saving = True
        revision, snapshot, path = self.revision, self._snapshot(), self.path
        set_aside, expected = self.set_aside_to_path(), self.disk
        self._writing = snapshot
        assert path is not None

        def work() -> None:
            try:
                written = disk_io.write(snapshot, path, set_aside, expected)
            except safe_replace.ChangedOnDisk:
                self._report.changed.emit()
            except store.StoreError as error:
                self._report.done.emit(revision, for_people(error), None)
            except Exception as error:  # a stuck save would never retry
                self._report.done.emit(revision, f"{path}: {error!r}", None)
            else:
                self._report.done.emit(revision, "", written)

        threading.Thread(target=work, name="followup-gui-save", daemon=True).start()

    def set_aside_to_path(self) -> Path | None:
        if not self.set_aside_invalid or self.path is None:
            return None
        return set_aside_path(self.path, dt.datetime.now())

    @Slot(int, str, object)
    def _on_saved(self, revision: int, error: str, signature: DiskSignature) -> None:
        self._saving = False
        written, self._writing = self._writing, None
        if not error and written is not None:
            self.base = written
        if error:
            self.last_error = error
            self.save_failed.emit(error)
            self._timer.start(RETRY_DELAY_MS)
            return
        self._after_write(revision, signature)
        if self.dirty:
            self._timer.start(SAVE_DELAY_MS)
        else:
            self.dirty_changed.emit(False)

    def _after_write(self, revision: int, signature: DiskSignature) -> None:
        if self.set_aside_invalid and self.path is not None:
            self.set_aside_invalid = False
        self.last_error = ""
        self.disk = signature
        self.saved_revision = max(self.saved_revision, revision)
        self.saved.emit()

    def identity_if_saved(self) -> list_cache.Identity | None:
        """The file's identity when it holds exactly this session's applications, else None.

        True after loading or saving, until an edit or another program changes the file.
        """
        if self.path is None or self.loading or self.dirty or self.conflict:
            return None
        identity = list_cache.file_identity(self.path)
        if identity is None or disk_signature(self.path) != self.disk:  # FAT: a checksum
            return None
        return identity

    def save_now(self) -> bool:
        """Write at once, in this thread (quitting, tests); True when nothing is unsaved."""
        if not self.can_save:
            return not self.dirty or self.path is None
        self.wait_for_save()
        if not self.dirty:
            return True
        for _attempt in range(3):  # another program may be writing right now
            if self.conflict:
                break
            if self._disk_changed_behind_us() and not self.take_in_disk_changes():
                break
            assert self.path is not None
            self.stamp_changes()
            snapshot = self._snapshot()
            try:
                written = disk_io.write(snapshot, self.path, self.set_aside_to_path(), self.disk)
            except safe_replace.ChangedOnDisk:
                continue
            except Exception as error:  # whatever the background save catches (29.6)
                self.last_error = (
                    for_people(error)
                    if isinstance(error, store.StoreError)
                    else f"{self.path}: {error!r}"
                )
                self.save_failed.emit(self.last_error)
                return False
            self._timer.stop()
            self.base = snapshot
            self._after_write(self.revision, written)
            self.dirty_changed.emit(False)
            return True
        self._raise_conflict()
        return False

    def wait_for_save(self, timeout_ms: int = 10_000) -> None:
        """Let a running worker finish and deliver its report (its signal is queued)."""
        if not self._saving:
            return
        loop = QEventLoop()
        self._report.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self._report.done.disconnect(loop.quit)

    # ------------------------------------------------------------------ changes on disk

    def watch(self) -> None:
        """Notice when another program (a sync folder, another machine) changes the file."""
        if self.path is None or self._watcher is not None:
            return
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watched)
        self._watcher.directoryChanged.connect(self._on_watched)
        self._rewatch()

    def _rewatch(self) -> None:
        assert self._watcher is not None and self.path is not None
        if self.path.parent.is_dir() and str(self.path.parent) not in self._watcher.directories():
            self._watcher.addPath(str(self.path.parent))
        if self.path.exists() and str(self.path) not in self._watcher.files():
            self._watcher.addPath(str(self.path))  # a replaced file must be watched anew

    @Slot(str)
    def _on_watched(self, _: str) -> None:
        self._watch_timer.start()

    @Slot()
    def check_disk(self) -> None:
        if self.path is None:
            return
        if self._watcher is not None:
            self._rewatch()
        if self._saving:
            self._watch_timer.start()  # our own write is in progress; look again after it
            return
        if self.conflict or not self._disk_changed_behind_us():
            return
        if self.dirty and not self.read_only:
            self.take_in_disk_changes()
            return
        error = self.reload_from_disk()
        if error is None:
            self.reloaded.emit()
        elif self.marked_read_only:  # nothing of ours to keep: show the last good read
            self.disk = disk_signature(self.path)
        else:
            self.disk_error = for_people(error)
            self._raise_conflict()

    @Slot()
    def _on_changed_while_saving(self) -> None:
        """The worker found the file changed at the last moment and wrote nothing."""
        self._saving = False
        self._writing = None
        self.take_in_disk_changes()

    def take_in_disk_changes(self, *, ours_win: bool = False) -> bool:
        """Merge another program's changes into ours (see :mod:`merge`); True when done.

        Applications only one side changed are taken from it; one changed on both keeps the
        newer and :attr:`merge_report` offers the other; only a tombstone deletes. A file
        that cannot be read is a conflict the user is asked about.
        """
        assert self.path is not None
        read = disk_io.read_stable(self.path)
        if isinstance(read, store.StoreError):
            self.disk_error = for_people(read)
            self._raise_conflict()
            return False
        theirs, signature = read
        if theirs.is_newer_than_app:
            self.disk_error = for_people(
                store.StoreError(self.path or "", "was written by a newer version of followup-gui")
            )
            self._raise_conflict()
            return False
        self.stamp_changes()
        from ...store import merge  # only when the file changed under the window

        result = merge.merge(self.base, self._snapshot(), theirs)
        del ours_win  # both sides' versions are kept now: the newer wins, the other is offered
        disk_io.apply_merged(self, result.document)
        self.base = theirs
        self.disk = signature
        self.conflict = False
        self.disk_error = ""
        if result.document != theirs:
            self.revision += 1  # ours (or what the file lacked) must still be written
        if self.dirty and self.can_save:
            self._timer.start(SAVE_DELAY_MS)
        self.dirty_changed.emit(self.dirty)
        self.merged.emit(result.taken, len(result.kept))
        if result.clashes or result.removed:
            self.merge_report.emit(result)
        return True

    def note_merged_in(self) -> None:
        """Something was merged in outside the undo history (a conflict copy): save it."""
        self._on_history_moved()

    def stamp_changes(self) -> None:
        """``updated_at`` on what changed since the file was read, tombstones for deletions."""
        from ...store import stamps  # the first save needs it, the first paint does not

        stamps.stamp_changes(self.document, self.base, stamps.local_now())

    def _raise_conflict(self) -> None:
        if not self.conflict:
            self.conflict = True
            self._timer.stop()
            self.changed_on_disk.emit()

    def reload_from_disk(self) -> store.StoreError | None:
        """Take the file as it is now; the undo history goes (it was about the old one)."""
        assert self.path is not None
        try:
            document = store.load_or_new(self.path)
        except store.StoreError as error:
            return error
        self.document = document
        if document.is_newer_than_app and not self.marked_read_only:  # 29.5: every save fails
            self.marked_read_only = True
            self.read_only_reason = QCoreApplication.translate(
                "Startup", "it was written by a newer version of followup-gui."
            )
            self._timer.stop()
        self.base = self._snapshot()
        self.disk = disk_signature(self.path)
        self.conflict = False
        self.disk_error = ""
        self.set_aside_invalid = False
        self.undo_stack.blockSignals(True)
        self.undo_stack.clear()
        self.undo_stack.blockSignals(False)
        self.revision = self.saved_revision = 0
        self.reset.emit()
        self.dirty_changed.emit(False)
        return None

    def keep_ours(self) -> None:
        """Resolve a conflict: ours wins where both changed the same application (the user
        said so); what only the file changed or added is still taken in. A file that
        cannot be read is written over (the user saw its error and chose so)."""
        if self.path is None:
            return
        if not self.disk_error and self.take_in_disk_changes(ours_win=True):
            return
        self.conflict = False
        self.disk_error = ""
        self.disk = disk_signature(self.path)
        self.revision += 1  # make sure there is something to write
        self.save_soon_now()
