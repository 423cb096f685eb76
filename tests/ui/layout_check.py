"""Finds texts that overlap or do not fit in a laid-out window (issue 18.7: Settings in
English; issue 28.4: text at 150 %). Used in-process at the default size and by
``screen_probe`` on a small screen.

Inside a scroll area a text is checked against the content it scrolls with, not against
the window (what is scrolled out of sight is not cut); a widget set in a table's cell is
checked against its cell. A scroll area whose content is wider than its view (it scrolls
sideways, every line cut at the right edge) is a problem of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

_LEAVES = (QLabel, QAbstractButton, QComboBox, QLineEdit)


def _leaves(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, _LEAVES) and w.isVisibleTo(root) and w.window() is root.window()
    ]


def _rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _frame(widget: QWidget, root: QWidget) -> tuple[QWidget, QRect]:
    """What ``widget`` must fit in, and that room in the frame's coordinates: the nearest
    scroll area's content (or a table's cell) it lies in, else ``root`` itself."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and parent is not root:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            if isinstance(area, QScrollArea) and area.widget() is child:
                return child, child.rect()  # scrolled content: its own rectangle
            if isinstance(area, QAbstractItemView) and child is widget:
                index = area.indexAt(widget.geometry().center())
                if index.isValid():  # a cell widget: the cell it is set in
                    return parent, area.visualRect(index)
            return parent, parent.rect()
        child, parent = parent, area
    return root, root.rect()


def _text_does_not_fit(widget: QWidget) -> bool:
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height()
        return widget.sizeHint().width() > widget.width() + 1
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.sizeHint().width() > widget.width() + 1
    return False


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return f"{type(widget).__name__}({text() if callable(text) else ''!r})"


def _scrolls_sideways(root: QWidget) -> list[str]:
    found = []
    for area in root.findChildren(QScrollArea):
        content = area.widget()
        if (
            content is not None
            and area.isVisibleTo(root)
            and area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            and content.width() > area.viewport().width() + 1
        ):
            found.append(
                f"scrolls sideways: {area.objectName() or type(area).__name__}"
                f" {content.width()} > {area.viewport().width()}"
            )
    return found


def layout_problems(root: QWidget) -> list[str]:
    """Each visible text that overlaps another, or is cut off, in words for an assert."""
    problems = []
    placed = []
    for widget in _leaves(root):
        frame, room = _frame(widget, root)
        placed.append((widget, frame, room, _rect_in(widget, frame)))
    for i, (a, frame, room, ra) in enumerate(placed):
        if _text_does_not_fit(a):
            problems.append(f"cut off: {_name(a)} {ra.width()}×{ra.height()}")
        if not room.contains(ra):
            where = "the dialog" if frame is root else "its scroll area or cell"
            problems.append(f"outside {where}: {_name(a)}")
        for b, frame_b, _, rb in placed[i + 1 :]:
            if frame_b is not frame or a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if ra.intersects(rb):
                problems.append(f"overlap: {_name(a)} and {_name(b)}")
    for box in root.findChildren(QGroupBox):
        if box.isVisibleTo(root) and box.minimumSizeHint().height() > box.height():
            problems.append(f"squeezed group: {box.title()!r}")
    problems.extend(_scrolls_sideways(root))
    return problems
