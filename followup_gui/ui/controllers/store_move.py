"""Settings → "Where your applications are kept" → Move…: the store and its attachments
to a folder the user picks (their OneDrive, Dropbox …), and back again.

The steps are :mod:`followup_gui.store.relocate`'s: copy, verify, switch, then remove the
old. The switch is this module's: the new store's lock is taken before anything is
copied, the choice is remembered (``store.relocate.remember``) before the old files go, and
the running window follows the new path (its session and file watcher, the sync keeper,
the list cache, the single-instance socket, the local data folder's backups and kept
versions). Any failure before the switch removes the copy and leaves the app on the old
store, with a message that says why.

When the folder has a store already, the user picks: open that one (theirs is left where
it is), merge the two (``store.merge``, after a backup of both), or cancel.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtWidgets  # QFileDialog, QMessageBox: looked up when used
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ... import store
from ...store import paths, relocate
from .. import plain_text

if TYPE_CHECKING:
    from ..desktop.single_instance import InstanceServer
    from ..state.session import Session
    from ..state.store_lock import StoreLock
    from .conflict_copies import SyncKeeper
    from .startup import ListCacheKeeper


class MoveHost(Protocol):
    """What the move needs of the main window."""

    store_lock: StoreLock | None
    instance_server: InstanceServer | None
    sync: SyncKeeper | None
    list_cache: ListCacheKeeper

    @property
    def user_session(self) -> Session: ...

    def show_message(self, text: str, timeout_ms: int) -> None: ...

    def bring_to_front(self) -> None: ...


class Existing(Enum):
    USE = "use"
    MERGE = "merge"
    CANCEL = "cancel"


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class StoreMover(QObject):
    """Moves the window's own store (see the module doc)."""

    moved = Signal(object)
    """The store's new path (after a move, or after opening the store already there)."""

    def __init__(self, host: MoveHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ask_existing: Callable[[relocate.Plan, QWidget | None], Existing] = self._ask

    def current(self) -> Path | None:
        """Where the window's own store is now."""
        return self.host.user_session.path

    # ------------------------------------------------------------------ words

    def why_not(self) -> str | None:
        """Why the store cannot be moved now, in words; None when it can."""
        session = self.host.user_session
        if session.path is None:
            return self.tr("The example data is not kept anywhere.")
        if session.path != store.default_path():
            return self.tr(
                "This file was opened with --store, so followup-gui opens it only that way. "
                "Start followup-gui without --store to move your applications."
            )
        if session.loading:
            return self.tr("Your applications are still being read. Try again in a moment.")
        if session.read_only or session.conflict:
            return self.tr(
                "The file cannot be changed right now (it is open read-only, or it was "
                "changed by another program and waits for your answer)."
            )
        return None

    def _error_words(self, error: relocate.MoveError) -> str:
        return {
            relocate.SAME: self.tr("Your applications are in that folder already."),
            relocate.INSIDE: self.tr(
                "That folder is inside the attachments folder of your applications."
            ),
            relocate.NOT_A_FOLDER: self.tr("The folder cannot be found."),
            relocate.NOT_WRITABLE: self.tr("followup-gui may not write in that folder."),
            relocate.NO_SPACE: self.tr("There is not enough free space in that folder."),
            relocate.IN_THE_WAY: self.tr(
                "That folder has an attachments folder with other files in it, but no "
                "applications file. Choose another folder, or empty that one."
            ),
            relocate.COPY_FAILED: self.tr("The files could not be copied."),
            relocate.VERIFY_FAILED: self.tr("The copy did not match the original."),
        }.get(error.code, error.code)

    def _fail(self, parent: QWidget | None, text: str, detail: str = "") -> bool:
        body = text + "\n\n" + self.tr("Nothing was moved: your applications are where they were.")
        if detail:
            body += "\n\n" + detail
        plain_text.warning(parent, self.tr("Could not move your applications"), body)
        return False

    # ------------------------------------------------------------------ the flows

    def choose_and_move(self, parent: QWidget | None) -> bool:
        """Ask for a folder, then :meth:`move_to` it; True when the store moved."""
        why = self.why_not()
        if why is not None:
            return self._fail(parent, why)
        path = self.host.user_session.path
        assert path is not None
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            parent, self.tr("Where should your applications be kept?"), str(Path.home())
        )
        return bool(folder) and self.move_to(Path(folder), parent)

    def move_back(self, parent: QWidget | None) -> bool:
        """Back to the app's own data folder (where the store was before it was moved)."""
        home = paths.home_path().parent
        try:
            home.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            return self._fail(parent, str(home), store.os_error_reason(error))
        return self.move_to(home, parent)

    def move_to(self, folder: Path, parent: QWidget | None) -> bool:
        """Move the store into ``folder``; True when the window now uses it there."""
        why = self.why_not()
        if why is not None:
            return self._fail(parent, why)
        session = self.host.user_session
        assert session.path is not None
        if not session.save_now():
            return self._fail(
                parent, self.tr("Your latest changes could not be saved."), session.last_error
            )
        try:
            plan = relocate.plan(session.path, folder)
        except relocate.MoveError as error:
            return self._fail(parent, self._error_words(error), error.detail)
        lock = self._claim(plan, parent)
        if lock is None:
            return False
        if plan.existing:
            choice = self.ask_existing(plan, parent)
            done = False
            if choice is Existing.USE:
                done = self._use_theirs(plan, lock, parent)
            elif choice is Existing.MERGE:
                done = self._merge(plan, lock, parent)
            if not done:
                lock.release()
            return done
        try:
            with _busy():
                relocate.copy(plan)
                relocate.verify(plan)
        except relocate.MoveError as error:
            relocate.undo_copy(plan)
            lock.release()
            return self._fail(parent, self._error_words(error), error.detail)
        if not self._remember(plan, lock, parent):
            relocate.undo_copy(plan)
            return False
        self._switch(plan, lock)
        left = relocate.remove_old(plan)
        words = self.tr("Your applications are now kept in %1.")
        self._tell(words.replace("%1", str(folder)), left)
        return True

    def _claim(self, plan: relocate.Plan, parent: QWidget | None) -> StoreLock | None:
        """The new place's lock, before anything is copied (another app may have it)."""
        from ..state.store_lock import StoreLock

        try:
            lock = StoreLock(plan.target)
        except OSError as error:
            self._fail(parent, str(plan.target), store.os_error_reason(error))
            return None
        if lock.acquire():
            return lock
        self._fail(
            parent,
            self.tr("Another followup-gui (%1) has the file in that folder open.").replace(
                "%1", lock.holder()
            ),
        )
        return None

    def _remember(self, plan: relocate.Plan, lock: StoreLock, parent: QWidget | None) -> bool:
        """Note the new place for the next start; False (the lock let go) when it cannot."""
        try:
            relocate.remember(plan.target)
        except OSError as error:
            lock.release()
            return self._fail(
                parent,
                self.tr("followup-gui could not note the new place for its next start."),
                store.os_error_reason(error),
            )
        return True

    def _forget(self, plan: relocate.Plan) -> None:
        """Back to the old place for the next start (a later step failed)."""
        with contextlib.suppress(OSError):
            relocate.remember(plan.source)

    def _switch(self, plan: relocate.Plan, lock: StoreLock) -> None:
        """The window follows the store to ``plan.target`` (remembered already)."""
        from ..state.session import disk_signature

        host, session = self.host, self.host.user_session
        source = plan.source
        old_lock, host.store_lock = host.store_lock, lock
        watcher = session._watcher
        if watcher is not None:
            for watched in [*watcher.files(), *watcher.directories()]:
                watcher.removePath(watched)
        session.path = plan.target
        session.disk = disk_signature(plan.target)
        if watcher is not None:
            session._rewatch()
        relocate.move_local_data(source, plan.target)  # what cannot move stays, unlisted
        if old_lock is not None:
            old_lock.release()
        self._follow(source, plan.target)

    def _follow(self, source: Path, target: Path) -> None:
        """The window's helpers that know the path: the sync keeper, the list cache, the
        socket a second start wakes this window through."""
        from ...store import list_cache

        host = self.host
        if host.sync is not None:
            host.sync.follow_move(source)
        keeper = host.list_cache
        if keeper.path is not None:
            with contextlib.suppress(OSError):
                keeper.path.unlink(missing_ok=True)
            keeper.path = list_cache.path_for(keeper.path.parent, target)
        if host.instance_server is not None:
            from ..desktop.single_instance import InstanceServer

            host.instance_server.close()
            server = InstanceServer(target, host.instance_server.parent())
            server.wake_requested.connect(host.bring_to_front)
            server.listen()
            host.instance_server = server
        self.moved.emit(target)

    def _use_theirs(self, plan: relocate.Plan, lock: StoreLock, parent: QWidget | None) -> bool:
        """Open the store already in the folder; ours stays where it is, untouched."""
        try:
            store.load(plan.target)
        except store.StoreError as error:
            from ..store_error_text import for_people

            return self._fail(parent, for_people(error))
        if not self._remember(plan, lock, parent):
            return False
        self._switch(plan, lock)
        failed = self.host.user_session.reload_from_disk()
        if failed is not None:  # changed between the check and now: the window says so
            self.host.user_session.check_disk()
        self._tell(
            self.tr("Now showing the applications in %1. Your earlier file is still in %2.")
            .replace("%1", str(plan.target.parent))
            .replace("%2", str(plan.source.parent)),
            [],
        )
        return True

    def _merge(self, plan: relocate.Plan, lock: StoreLock, parent: QWidget | None) -> bool:
        """Ours and the store in the folder made one (the one merge), written there."""
        from ...store import backups, merge, safe_replace
        from ..state import disk_io
        from ..store_error_text import for_people

        session = self.host.user_session
        read = disk_io.read_stable(plan.target)
        if isinstance(read, store.StoreError):
            return self._fail(parent, for_people(read))
        theirs, signature = read
        if theirs.is_newer_than_app:
            return self._fail(
                parent, self.tr("The file there was written by a newer version of followup-gui.")
            )
        now = dt.datetime.now()
        try:
            with _busy():
                backups.risky_backup(plan.target, "before-merge", now)
                backups.risky_backup(plan.source, "before-move", now)
                differing = relocate.copy_attachments(plan)
        except relocate.MoveError as error:
            return self._fail(parent, self._error_words(error), error.detail)
        except OSError as error:
            return self._fail(parent, self.tr("No backup could be made."), str(error))
        session.stamp_changes()
        result = merge.merge(None, session.document, theirs)
        if not self._remember(plan, lock, parent):
            relocate.undo_copy(plan)
            return False
        guard = safe_replace.GuardedReplace(signature)
        try:
            store.save(result.document, plan.target, replace=guard)
            store.load(plan.target)
        except (store.StoreError, OSError, safe_replace.ChangedOnDisk) as error:
            self._forget(plan)
            relocate.undo_copy(plan)
            lock.release()
            return self._fail(parent, self.tr("The merged file could not be written."), str(error))
        self._switch(plan, lock)
        disk_io.apply_merged(session, result.document)
        session.base = result.document
        session.disk = guard.written
        if result.clashes or result.removed:
            session.merge_report.emit(result)  # the versions that lost are kept, offered
        left = relocate.remove_old(plan, keep=differing)
        text = self.tr(
            "Your applications and those in %1 are merged and kept there (%2 came from there)."
        )
        self._tell(
            text.replace("%1", str(plan.target.parent)).replace("%2", str(result.taken)), left
        )
        return True

    def _tell(self, text: str, left: list[Path]) -> None:
        if left:
            left_words = self.tr("Some old files could not be removed and are still in %1.")
            text += " " + left_words.replace("%1", str(left[0].parent))
        self.host.show_message(text, 20_000)

    def _ask(self, plan: relocate.Plan, parent: QWidget | None) -> Existing:
        """The folder has a store of its own: open it, merge, or cancel."""
        box = plain_text.make_box(
            QtWidgets.QMessageBox.Icon.Question,
            parent,
            self.tr("There are applications in that folder already"),
            self.tr("%1 already has an applications file (perhaps from another computer).")
            .replace("%1", str(plan.target.parent)),
            buttons=QtWidgets.QMessageBox.StandardButton.NoButton,
        )  # fmt: skip
        plain_text.set_informative(
            box,
            self.tr(
                "Merge: yours and those there become one list, kept there (both are backed "
                "up first; where both changed an application, the newer is kept and the "
                "other is offered to you).\nUse that one: followup-gui opens the file there; "
                "yours is left where it is."
            ),
        )
        role = QtWidgets.QMessageBox.ButtonRole
        merge = box.addButton(self.tr("&Merge"), role.AcceptRole)
        use = box.addButton(self.tr("&Use that one"), role.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), role.RejectRole)
        box.setDefaultButton(merge)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is merge:
            return Existing.MERGE
        return Existing.USE if clicked is use else Existing.CANCEL
