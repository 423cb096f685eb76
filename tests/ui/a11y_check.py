"""What a screen reader finds in a window, asked in-process through :class:`QAccessible`:
the showing interactive controls of its accessibility tree (the tree AT-SPI or UI
Automation hand to Orca or NVDA), and those it would announce without a name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
INTERACTIVE = frozenset({
    Role.PushButton, Role.EditableText, Role.ComboBox, Role.CheckBox, Role.RadioButton,
    Role.SpinBox, Role.Table, Role.Tree, Role.List, Role.Slider, Role.PageTab,
    Role.MenuItem, Role.ButtonMenu, Role.ButtonDropDown, Role.Link, Role.Clock,
})  # fmt: skip
"""The roles a11y-walk counts (AT-SPI's push button, text, combo box, …, date editor)."""
_NO_DEEPER = frozenset({Role.Table, Role.Tree, Role.List, Role.ComboBox, Role.SpinBox})
"""Their children are cells, rows and parts: named by their data, not by us."""


@dataclass(frozen=True)
class Control:
    role: str
    name: str
    where: str
    widget: QWidget | None

    def __str__(self) -> str:
        return f"{self.role} {self.where} {self.name!r}"


def name_of(iface: QAccessibleInterface) -> str:
    """The name a screen reader announces: the accessible name, or its label's text."""
    name = iface.text(QAccessible.Text.Name).strip()
    if name:
        return name
    for other, _relation in iface.relations(QAccessible.RelationFlag.Labelled):
        label = other.text(QAccessible.Text.Name).strip()
        if label:
            return label
    return ""


def _where(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    chain: list[str] = []
    widget = obj if isinstance(obj, QWidget) else None
    while widget is not None and len(chain) < 4:
        chain.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(chain) or type(obj).__name__


def controls(root: QWidget) -> list[Control]:
    """The showing interactive controls in ``root``'s accessibility tree."""
    found: list[Control] = []
    start = QAccessible.queryAccessibleInterface(root)
    if start is None:
        return found

    def walk(iface: QAccessibleInterface, depth: int) -> None:
        if depth > 60 or not iface.isValid():
            return
        state = iface.state()
        if state.invisible or state.offscreen:
            return
        role = iface.role()
        if role in INTERACTIVE:
            obj = iface.object()
            widget = obj if isinstance(obj, QWidget) else None
            found.append(Control(role.name, name_of(iface), _where(iface), widget))
        if role in _NO_DEEPER:
            return
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None:
                walk(child, depth + 1)

    walk(start, 0)
    return found


def unnamed(root: QWidget) -> list[str]:
    """Each showing interactive control of ``root`` a screen reader would announce without
    a name, in words for an assert."""
    return [str(c) for c in controls(root) if not c.name]
