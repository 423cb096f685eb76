"""The user's to-dos on the verdict panel: what an employer asked for, until it is done.

A request the user confirmed in the reply dialog ("Kan du skicka två referenser senast
fredag?") stays here, near the top of the panel, as "Att göra: skicka referenser (senast
fredag 11 december)" with a button that marks it done: the application then logs a contact
"Skickat: referenser", one step that Ctrl+Z takes back (``rules.todos``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...i18n import Lang, format_date
from ...model import Application
from ...rules.todos import Todo, open_todos
from ..colours import set_style


class TodoBox(QFrame):
    """The open to-dos of one application; hidden when there are none."""

    done_requested = Signal(object)  # the Todo the user marked done

    def __init__(self, layout: QBoxLayout) -> None:
        super().__init__()
        self.setObjectName("todoBox")
        set_style(self, "#todoBox { background: palette(alternate-base); border-left: 4px solid"
                  " $info_edge; }")  # fmt: skip
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 6, 8, 6)
        self.rows.setSpacing(4)
        self.editable = True
        self.todos: list[Todo] = []
        self.labels: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        self._shown: tuple[object, ...] | None = None
        self.hide()
        layout.addWidget(self)

    def show_for(self, app: Application | None, today: dt.date, lang: Lang) -> None:
        """Show ``app``'s open to-dos (none for no application)."""
        todos = open_todos(app) if app is not None else []
        shown = (tuple(todos), today, lang, self.editable)
        if shown == self._shown:
            return
        self._shown = shown
        self.todos = todos
        self._clear()
        for todo in todos:
            self._add_row(todo, today, lang)
        self.setVisible(bool(todos))

    def set_editable(self, editable: bool) -> None:
        """A read-only file: the to-dos show, but cannot be marked done."""
        self.editable = editable
        for button in self.buttons:
            button.setVisible(editable)

    def text_of(self, todo: Todo, today: dt.date, lang: Lang) -> str:
        """ "To do: send references (by Friday 11 December)"."""
        text = self.tr("To do: send %1").replace("%1", todo.what)
        if todo.by is not None:
            when = format_date(todo.by, lang, ref_year=today.year)
            words = self.tr("by %1") if todo.by >= today else self.tr("was due %1")
            text += f" ({words.replace('%1', when)})"
        return text

    def _add_row(self, todo: Todo, today: dt.date, lang: Lang) -> None:
        row = QHBoxLayout()
        label = QLabel(self.text_of(todo, today, lang))
        label.setTextFormat(Qt.TextFormat.PlainText)  # the user's own words
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        button = QPushButton(self.tr("Done"))
        button.setAccessibleName(self.tr("Mark as done: %1").replace("%1", todo.what))
        button.setToolTip(self.tr("Logs that you sent it; undo with Ctrl+Z"))
        button.setVisible(self.editable)
        button.clicked.connect(lambda _=False, t=todo: self.done_requested.emit(t))
        row.addWidget(label, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.rows.addLayout(row)
        self.labels.append(label)
        self.buttons.append(button)

    def _clear(self) -> None:
        for widget in (*self.labels, *self.buttons):
            widget.hide()
            widget.deleteLater()
        self.labels, self.buttons = [], []
        while self.rows.count():
            self.rows.takeAt(0)
