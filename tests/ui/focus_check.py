"""Walking a window with Tab as a keyboard user does: where focus goes, and the stops
that are no visible control (a scroll area, a hidden page's field)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from .a11y_check import INTERACTIVE, name_of

Role = QAccessible.Role
_ALSO_A_STOP = frozenset({Role.Chart, Role.Graphic, Role.StaticText, Role.Canvas})
"""Drawings and read-only text a keyboard user may land on to read them."""


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def describe(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = name_of(iface) if iface is not None else ""
    return f"{type(widget).__name__}({widget.objectName() or name!r})"


def is_visible_stop(widget: QWidget) -> bool:
    """A control the user sees and can tell has the focus."""
    if not widget.isVisible() or widget.width() < 2 or widget.height() < 2:
        return False
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return False
    if iface.role() == Role.Client:  # a drawing of ours that takes the focus: it has words
        return bool(name_of(iface) and iface.text(QAccessible.Text.Description))
    return iface.role() in INTERACTIVE or iface.role() in _ALSO_A_STOP


def press(
    key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget | None:
    """Press ``key`` where the focus is; the widget that has it afterwards (None when
    the key closed the dialog)."""
    QTest.keyClick(focused(), key, modifier)
    QApplication.processEvents()
    return QApplication.focusWidget()


def tab_chain(steps: int = 60, backwards: bool = False) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) visits from the focus, once round."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    start = focused()
    chain = [start]
    for _ in range(steps):
        widget = press(key) or focused()
        if widget is start and any(w is not start for w in chain):
            break  # round (a date field's Tab first moves through its day, month, year)
        if widget is not chain[-1]:
            chain.append(widget)
    return chain


def hidden_stops(chain: list[QWidget]) -> list[str]:
    return [describe(w) for w in chain if not is_visible_stop(w)]


def tab_to(target: QWidget, steps: int = 60) -> list[QWidget]:
    """Press Tab until ``target`` has the focus; the stops on the way (it fails if Tab
    never gets there or passes a stop the user cannot see)."""
    chain = [focused()]
    for _ in range(steps):
        if chain[-1] is target:
            problems = hidden_stops(chain)
            assert not problems, f"hidden focus stops on the way: {problems}"
            return chain
        chain.append(press(Qt.Key.Key_Tab) or focused())
    raise AssertionError(
        f"Tab never reached {describe(target)}: {[describe(w) for w in chain[:20]]}"
    )
