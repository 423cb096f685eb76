"""Save when the app ends by any road but the window's own close (issue 29.3).

Qt 6 does not close windows at logout or shutdown, and SIGTERM (what a session manager,
``systemctl`` or ``kill`` sends) ends Python at once. So:

- ``commitDataRequest`` (logout and shutdown on Linux desktops; Windows' end of session,
  ``WM_QUERYENDSESSION``) saves; when that fails and the session manager allows it, the
  user is asked, and may cancel the logout; else the edits go to a rescue copy.
- ``aboutToQuit`` (any ``QApplication.quit``) saves, or writes the rescue copy.
- SIGTERM and SIGHUP quit the event loop the Qt way, so the two above run.

The edit waiting in the 400 ms debounce, a save in flight (waited for) and edits held
back by a failing save or an open conflict are all covered: ``save_now`` writes what
is unsaved, and what it cannot write is kept in ``<store>.unsaved-<time>.json``.
"""

from __future__ import annotations

import signal
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSocketNotifier, QStandardPaths, Slot
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import plain_text
from ..state.disk_io import rescue_copy

if TYPE_CHECKING:
    from ..state.session import Session


class EndHost(Protocol):
    """The main window, as the end of the app sees it."""

    user_session: Session
    quitting: bool

    def dialog_parent(self) -> QWidget: ...


def data_folder() -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) if folder else None


def keep_safe(session: Session) -> tuple[bool, Path | None]:
    """Save ``session`` now; what cannot be saved goes to a rescue copy.

    (saved, rescue copy): (True, None) when nothing is left unsaved.
    """
    try:
        if session.save_now():
            return True, None
    except Exception:
        pass
    if session.path is None or not session.dirty:
        return False, None
    return False, rescue_copy(session.document, session.path, data_folder())


class SessionEnd(QObject):
    """Connects the ends of the app to saving the window's store."""

    def __init__(self, window: EndHost, app: QApplication) -> None:
        super().__init__(window.dialog_parent())
        self.window = window
        self.app = app
        self.rescued: Path | None = None
        app.commitDataRequest.connect(self.commit_data)
        app.aboutToQuit.connect(self.about_to_quit)
        self._notifier: QSocketNotifier | None = None
        self._sockets: tuple[socket.socket, socket.socket] | None = None

    def _given_up(self) -> bool:
        """The user chose "quit anyway and lose them" at the window's own close."""
        return bool(getattr(self.window, "_changes_given_up", False))

    @Slot(QSessionManager)
    def commit_data(self, manager: QSessionManager) -> None:
        session = self.window.user_session
        if self._given_up() or not session.dirty:
            return
        saved, rescued = keep_safe(session)
        if saved:
            return
        if manager.allowsInteraction():
            buttons = QMessageBox.StandardButton
            answer = plain_text.warning(
                self.window.dialog_parent(),
                self.tr("Changes not saved"),
                self.tr("Your latest changes could not be saved:\n%1\n\n%2\n\nLog out anyway?")
                .replace("%1", session.last_error or self.tr("the file was changed elsewhere."))
                .replace("%2", self._where(rescued)),
                buttons.Yes | buttons.Cancel,
                buttons.Cancel,
            )
            manager.release()
            if answer != buttons.Yes:
                manager.cancel()
                return
        self.rescued = rescued

    def _where(self, rescued: Path | None) -> str:
        if rescued is None:
            return self.tr("They could not be kept anywhere else either.")
        return self.tr("They are kept in %1.").replace("%1", str(rescued))

    @Slot()
    def about_to_quit(self) -> None:
        if self._given_up():
            return
        saved, rescued = keep_safe(self.window.user_session)
        if not saved and rescued is not None:
            self.rescued = rescued
            print(f"followup-gui: unsaved changes kept in {rescued}", file=sys.stderr)

    # ------------------------------------------------------------------ signals

    def catch_signals(self) -> bool:
        """SIGTERM and SIGHUP quit through Qt (POSIX; Windows has no such signals)."""
        if not hasattr(signal, "SIGHUP") or self._sockets is not None:
            return False
        ours, theirs = socket.socketpair()
        ours.setblocking(False)
        theirs.setblocking(False)
        signal.set_wakeup_fd(theirs.fileno(), warn_on_full_buffer=False)
        self._sockets = (ours, theirs)
        for number in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(number, lambda *_: None)  # Python notes it; the fd wakes Qt
        self._notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)
        return True

    @Slot()
    def _on_signal(self) -> None:
        assert self._sockets is not None
        try:
            data = self._sockets[0].recv(64)
        except OSError:
            return
        if any(n in (signal.SIGTERM, signal.SIGHUP) for n in data):
            self.window.quitting = True
            self.app.quit()  # aboutToQuit saves


def install(window: EndHost) -> SessionEnd | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    end = SessionEnd(window, app)
    end.catch_signals()
    return end
