"""The window a dialog came from is active again once the dialog closes (issue 23).

Without a window manager that does it (X11 without one, some remote desktops, the
offscreen platform), closing a modal dialog left no window active: the main window's
shortcuts (Ctrl+Q, Ctrl+N, …) did nothing until the user clicked it. This watches every
window (dialog, message box) opened on top of the main window, and of those on top of
them, and on its hiding gives the activation back to the window beneath it, where Qt
puts the focus back on the widget that had it.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Refocus(QObject):
    """Installed on the main window; follows the windows opened over it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._closed_active: QObject | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow():
                child.installEventFilter(self)  # once: Qt keeps a filter only once per object
        elif kind == QEvent.Type.WindowDeactivate and watched is not self.parent():
            # some platforms take the activation away just before the Hide event, in the
            # same call: remembered until then only, so that going to another program
            # (deactivated, hidden later, if at all) is not taken for a close
            self._closed_active = watched
            QTimer.singleShot(0, self._forget)
        elif kind == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            beneath = watched.parentWidget()
            # only a dialog the user was in: one closed while they are in another program
            # does not take the keyboard from it
            was_active = QApplication.activeWindow() is watched or self._closed_active is watched
            self._closed_active = None
            if beneath is not None and was_active:
                QTimer.singleShot(0, lambda: self._back_to(beneath.window(), watched))
        return False

    def _forget(self) -> None:
        self._closed_active = None

    @staticmethod
    def _back_to(window: QWidget, closed: QWidget) -> None:
        """Activate ``window`` when nothing else took the activation meanwhile (another
        dialog, or another program the user switched to)."""
        try:
            active = QApplication.activeWindow()
            if not window.isVisible() or window.isMinimized():
                return
            if active is not None and active is not closed and active.isVisible():
                return
            if QApplication.activeModalWidget() not in (None, window):
                return  # another dialog is open: it keeps the keyboard
        except RuntimeError:  # the window was deleted meanwhile
            return
        window.activateWindow()
