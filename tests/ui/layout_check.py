"""Finds texts that overlap or do not fit in a laid-out dialog (issue 18.7: Settings in
English). Used in-process at the default size and by ``screen_probe`` on a small screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
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


def layout_problems(root: QWidget) -> list[str]:
    """Each visible text that overlaps another, or is cut off, in words for an assert."""
    problems = []
    leaves = _leaves(root)
    rects = [(w, _rect_in(w, root)) for w in leaves]
    for i, (a, ra) in enumerate(rects):
        if _text_does_not_fit(a):
            problems.append(f"cut off: {_name(a)} {ra.width()}×{ra.height()}")
        if not root.rect().contains(ra):
            problems.append(f"outside the dialog: {_name(a)}")
        for b, rb in rects[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if ra.intersects(rb):
                problems.append(f"overlap: {_name(a)} and {_name(b)}")
    for box in root.findChildren(QGroupBox):
        if box.isVisibleTo(root) and box.minimumSizeHint().height() > box.height():
            problems.append(f"squeezed group: {box.title()!r}")
    return problems
