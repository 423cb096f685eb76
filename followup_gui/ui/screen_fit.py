"""Every window and dialog fits the screen it is on (issues 13.16 and 18.1).

A laptop at 1366×768 with 150 % scaling has 911×512 logical pixels. A window larger than
that hides its Save button, its status bar or the verdict panel. Three layers:

- :func:`fitted` is the geometry itself, pure and testable with any available rect;
- :func:`resize_within` replaces ``resize()`` for a window's first size;
- :func:`install` fits every top-level window the moment it gets focus (dialogs of any
  part of the app, message boxes, file dialogs), so a new dialog needs no code for it.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen, QWindow
from PySide6.QtWidgets import QApplication, QWidget


def fitted(wanted: QRect, available: QRect, frame: QMargins | None = None) -> QRect:
    """``wanted`` (the client area) made no larger than ``available`` less the window
    frame, and moved inside it."""
    inner = available.marginsRemoved(frame) if frame is not None else QRect(available)
    width = max(1, min(wanted.width(), inner.width()))
    height = max(1, min(wanted.height(), inner.height()))
    x = max(inner.left(), min(wanted.x(), inner.left() + inner.width() - width))
    y = max(inner.top(), min(wanted.y(), inner.top() + inner.height() - height))
    return QRect(x, y, width, height)


def screen_of(widget: QWidget) -> QScreen | None:
    parent = widget.parentWidget()
    for candidate in (widget, parent.window() if parent is not None else None):
        if candidate is not None and candidate.isVisible():
            screen = candidate.screen()
            if screen is not None:
                return screen
    return QGuiApplication.primaryScreen()


def _frame(widget: QWidget) -> QMargins:
    if not widget.isVisible():
        return QMargins()
    outer, inner = widget.frameGeometry(), widget.geometry()
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )


def available_size(widget: QWidget) -> QSize | None:
    screen = screen_of(widget)
    if screen is None:
        return None
    return screen.availableGeometry().marginsRemoved(_frame(widget)).size()


def resize_within(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, but never larger than the screen it opens on;
    a minimum size set earlier gives way too."""
    room = available_size(widget)
    if room is None:
        widget.resize(width, height)
        return
    _lower_minimum(widget, room)
    widget.resize(min(width, room.width()), min(height, room.height()))


def _lower_minimum(widget: QWidget, room: QSize) -> None:
    minimum = widget.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        widget.setMinimumSize(
            min(minimum.width(), room.width()), min(minimum.height(), room.height())
        )


def fit_to_screen(widget: QWidget) -> None:
    """Shrink and move a shown top-level window so that it lies on its screen."""
    if not widget.isWindow() or widget.isMaximized() or widget.isFullScreen():
        return
    screen = screen_of(widget)
    if screen is None:
        return
    frame = _frame(widget)
    available = screen.availableGeometry()
    _lower_minimum(widget, available.marginsRemoved(frame).size())
    rect = fitted(widget.geometry(), available, frame)
    if rect != widget.geometry():
        widget.setGeometry(rect)


class _Fitter(QObject):
    def fit(self, window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.windowHandle() is window:
                fit_to_screen(widget)
                return


def install(app: QApplication) -> None:
    """Fit each top-level window as it gets focus (once per application)."""
    if app.findChild(_Fitter, "screenFitter") is not None:
        return
    fitter = _Fitter(app)
    fitter.setObjectName("screenFitter")
    app.focusWindowChanged.connect(fitter.fit)


def scrolling(content: QWidget, name: str = "") -> QWidget:
    """``content`` in a frameless scroll area that takes no Tab stop of its own: on a small
    screen (1366×768 at 150 %) a form scrolls instead of squeezing its rows together."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop users cannot see (23.2)
    area.setWidget(content)
    return area
