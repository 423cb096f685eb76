"""The open store: the document, its undo history and saving it soon after every change.

Every edit goes through :meth:`Session.push` as a ``QUndoCommand``. Commands never
mutate an ``Application`` that is in the document: they swap in a new object. That
makes a snapshot (a shallow copy of the list) safe to write from a worker thread while
the user goes on typing, so a save never blocks the window.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from .. import store
from ..model import Application, Document, Profile

SAVE_DELAY_MS = 400
RETRY_DELAY_MS = 5000


class _SaveReport(QObject):
    """Carries a worker thread's result back to the GUI thread (queued signal)."""

    done = Signal(int, str)  # revision, error message ("" when saved)


class Session(QObject):
    """One open store file (or an unsaved document, for the demo data)."""

    # Around every insert and removal, so models can call begin…/end…Rows at the right time.
    application_about_to_be_added = Signal(int)  # index
    application_added = Signal(int)
    application_about_to_be_removed = Signal(int)
    application_removed = Signal(int)
    application_changed = Signal(int)
    reset = Signal()
    profile_changed = Signal()
    saved = Signal()
    save_failed = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        document: Document,
        path: Path | None,
        *,
        read_only: bool = False,
        read_only_reason: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.path = path
        self.read_only = read_only or document.is_newer_than_app
        self.read_only_reason = read_only_reason
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_history_moved)
        self.revision = 0
        self.saved_revision = 0
        self.last_error = ""
        self._saving = False
        self._report = _SaveReport(self)
        self._report.done.connect(self._on_saved)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_soon_now)

    # ------------------------------------------------------------------ editing

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
        self.application_about_to_be_added.emit(index)
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

    # ------------------------------------------------------------------ saving

    @Slot()
    def _on_history_moved(self) -> None:
        self.revision += 1
        self.dirty_changed.emit(True)
        if self.can_save:
            self._timer.start()

    def _snapshot(self) -> Document:
        document = self.document
        return replace(document, applications=list(document.applications))

    @Slot()
    def save_soon_now(self) -> None:
        """Start writing the current state in a worker thread (if one is not running)."""
        if not self.can_save or not self.dirty:
            return
        if self._saving:
            self._timer.start()  # try again once the running save is done
            return
        self._saving = True
        revision, snapshot, path = self.revision, self._snapshot(), self.path
        assert path is not None

        def work() -> None:
            try:
                store.save(snapshot, path)
            except store.StoreError as error:
                self._report.done.emit(revision, str(error))
            else:
                self._report.done.emit(revision, "")

        threading.Thread(target=work, name="followup-gui-save", daemon=True).start()

    @Slot(int, str)
    def _on_saved(self, revision: int, error: str) -> None:
        self._saving = False
        if error:
            self.last_error = error
            self.save_failed.emit(error)
            self._timer.start(RETRY_DELAY_MS)
            return
        self.last_error = ""
        self.saved_revision = max(self.saved_revision, revision)
        self.saved.emit()
        if self.dirty:
            self._timer.start(SAVE_DELAY_MS)
        else:
            self.dirty_changed.emit(False)

    def save_now(self) -> bool:
        """Write at once, in this thread (quitting, tests); True when nothing is unsaved."""
        if not self.can_save:
            return not self.dirty or self.path is None
        self.wait_for_save()
        if not self.dirty:
            return True
        assert self.path is not None
        try:
            store.save(self._snapshot(), self.path)
        except store.StoreError as error:
            self.last_error = str(error)
            self.save_failed.emit(str(error))
            return False
        self._timer.stop()
        self.last_error = ""
        self.saved_revision = self.revision
        self.saved.emit()
        self.dirty_changed.emit(False)
        return True

    def wait_for_save(self, timeout_ms: int = 10_000) -> None:
        """Let a running worker finish and deliver its report (its signal is queued)."""
        if not self._saving:
            return
        loop = QEventLoop()
        self._report.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self._report.done.disconnect(loop.quit)
