"""Declared actions (:class:`ActionSpec`), and the menus and toolbar built from a table of them.

A new flow adds one :class:`ActionSpec` line; its place in the menus and the toolbar is
part of that line, so nothing else needs to change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

Shortcut = QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: its name, text, what it runs, and where it is shown."""

    name: str
    """The window's attribute is ``<name>_action``."""
    text: str
    slot: Callable[[], object]
    shortcut: Shortcut = None
    menu: tuple[str, int] | None = None
    """The menu's key and the group in it (groups are separated by a line)."""
    toolbar: tuple[int, int] | None = None
    """The toolbar's group and place in it."""
    role: QAction.MenuRole | None = None
    context: Qt.ShortcutContext | None = None


@dataclass(frozen=True, slots=True)
class MenuSpec:
    """One menu of the menu bar: its key in ActionSpec.menu, and its title."""

    key: str
    title: str


def make_action(spec: ActionSpec, parent: QObject) -> QAction:
    action = QAction(spec.text, parent)
    if isinstance(spec.shortcut, list):
        action.setShortcuts(spec.shortcut)
    elif spec.shortcut is not None:
        action.setShortcut(spec.shortcut)
    if spec.role is not None:
        action.setMenuRole(spec.role)
    if spec.context is not None:
        action.setShortcutContext(spec.context)
    slot = spec.slot
    action.triggered.connect(lambda _=False: slot())
    return action


def make_actions(specs: Sequence[ActionSpec], parent: QObject) -> dict[str, QAction]:
    """Every action of the table, by name, in the table's order."""
    return {spec.name: make_action(spec, parent) for spec in specs}


def build_menus(
    window: QMainWindow,
    menus: Sequence[MenuSpec],
    specs: Sequence[ActionSpec],
    actions: dict[str, QAction],
) -> None:
    """The menu bar: each menu's actions in the table's order, a line between groups."""
    bar = window.menuBar()
    for menu_spec in menus:
        menu = bar.addMenu(menu_spec.title)
        group: int | None = None
        for spec in specs:
            if spec.menu is None or spec.menu[0] != menu_spec.key:
                continue
            if group is not None and spec.menu[1] != group:
                menu.addSeparator()
            group = spec.menu[1]
            menu.addAction(actions[spec.name])


def build_toolbar(
    window: QMainWindow,
    title: str,
    specs: Sequence[ActionSpec],
    actions: dict[str, QAction],
    more: str = "",
) -> QToolBar:
    """The text-only toolbar: the actions with a toolbar place, a line between groups;
    ``more`` names the » button that shows those a narrow window has no room for."""
    toolbar = QToolBar(title, window)
    toolbar.setObjectName("mainToolbar")
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and more:
        extension.setAccessibleName(more)
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    placed = sorted((spec.toolbar, spec.name) for spec in specs if spec.toolbar is not None)
    group: int | None = None
    for (spec_group, _), name in placed:
        if group is not None and spec_group != group:
            toolbar.addSeparator()
        group = spec_group
        toolbar.addAction(actions[name])
    window.addToolBar(toolbar)
    return toolbar
