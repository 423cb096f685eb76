"""The window's pages on a stacked widget, switched with Ctrl+1…Ctrl+9.

The applications list is the first page; a new page (an overview, a report) is one
:meth:`PageStack.add_page` call, and its shortcut follows from its place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

MAX_PAGES = 9


class LazyPage(QWidget):
    """A page made when it is first shown: an empty widget until then, at no start-up cost."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build: Callable[[], QWidget] | None = build
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self._build is not None:
            build, self._build = self._build, None
            self.content = build()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.content)
            self.content.show()  # now, not at the next turn of the event loop
        super().showEvent(event)


class PageStack(QStackedWidget):
    """Pages by key, in the order they were added; each has a switching action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self.switch_actions: list[QAction] = []
        self._group = QActionGroup(self)  # the toolbar shows which page is on screen
        self.currentChanged.connect(self._check_current)

    def add_page(self, key: str, title: str, page: QWidget) -> QAction:
        """Add ``page``; the returned action (Ctrl+<its place>, live in the window) shows it."""
        if key in self._keys:
            raise ValueError(f"a page {key!r} is there already")
        if len(self._keys) >= MAX_PAGES:
            raise ValueError(f"at most {MAX_PAGES} pages have a Ctrl+<digit> shortcut")
        self._keys.append(key)
        self.addWidget(page)
        action = QAction(title, self)
        action.setShortcut(QKeySequence(f"Ctrl+{len(self._keys)}"))
        action.setToolTip(
            f"{title} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.setCheckable(True)
        action.setChecked(self.currentIndex() == len(self._keys) - 1)
        self._group.addAction(action)
        action.triggered.connect(lambda _=False: self.show_page(key))
        self.addAction(action)  # its shortcut works anywhere in the window the stack is in
        self.switch_actions.append(action)
        return action

    def keys(self) -> list[str]:
        return list(self._keys)

    def page(self, key: str) -> QWidget:
        widget = self.widget(self._keys.index(key))
        assert widget is not None
        return widget

    def current_key(self) -> str | None:
        index = self.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else None

    def show_page(self, key: str) -> None:
        self.setCurrentIndex(self._keys.index(key))

    def _check_current(self, index: int) -> None:
        if 0 <= index < len(self.switch_actions):
            self.switch_actions[index].setChecked(True)
