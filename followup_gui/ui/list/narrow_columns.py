"""On a narrow list the title and the employer keep room to be read.

A 1366×768 laptop at 150 % leaves the list some 400 pixels beside the panel; with every
column at its width the title and employer shrank to three letters each. The channel
and the date applied are also in the panel (the headline, the timeline), so they give
way first, and come back when the list is wide again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView, QWidget

if TYPE_CHECKING:
    from .two_line import TwoLineTitles


def columns_to_hide(
    width: int, fixed: Mapping[int, int], give_way: Sequence[int], text_room: int
) -> set[int]:
    """The columns of ``give_way`` (in that order) to hide so the text columns keep
    ``text_room`` pixels at a list ``width`` wide; ``fixed`` are the other columns' widths."""
    hidden: set[int] = set()
    for column in give_way:
        shown = sum(w for c, w in fixed.items() if c not in hidden)
        if width - shown >= text_room:
            break
        hidden.add(column)
    return hidden


class NarrowColumns(QObject):
    """Watches the table's width and hides or shows the columns that can give way."""

    def __init__(
        self,
        table: QTableView,
        widths: Mapping[int, int],
        give_way: Sequence[int],
        text_room: int,
        *,
        two_line: TwoLineTitles | None = None,
        line_room: int = 0,
        year_widths: Mapping[int, int] | None = None,
        years: Callable[[], set[int]] | None = None,
        model: QAbstractItemModel | None = None,
    ) -> None:
        super().__init__(table)
        self.plain_widths = dict(widths)
        self.year_widths = dict(year_widths or {})
        self.years = years
        self.two_line = two_line
        self.line_room = line_room
        self.table = table
        self.widths = dict(widths)
        self.give_way = tuple(give_way)
        self.text_room = text_room
        self.viewport = _viewport(table)
        self.viewport.installEventFilter(self)  # resized after the table has laid out
        if years is not None and model is not None:  # a date of another year gets room (23)
            self._refit_soon = QTimer(self, singleShot=True, interval=0)
            self._refit_soon.timeout.connect(self.refit)
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
            ):
                signal.connect(self._refit_soon.start)
            self.refit()

    def refit(self) -> None:
        """The date columns as wide as a year needs where a row shows one, else narrower."""
        if self.years is None:
            return
        with_year = self.years()
        widths = {
            c: self.year_widths[c] if c in with_year and c in self.year_widths else w
            for c, w in self.plain_widths.items()
        }
        if widths == self.widths:
            return
        for column, width in widths.items():
            if width != self.widths[column]:
                self.table.setColumnWidth(column, width)
        self.widths = widths
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        hidden = columns_to_hide(self.viewport.width(), self.widths, self.give_way, self.text_room)
        for column in self.give_way:
            if self.table.isColumnHidden(column) != (column in hidden):
                self.table.setColumnHidden(column, column in hidden)
                if column not in hidden:
                    self.table.setColumnWidth(column, self.widths[column])
        if self.two_line is not None:
            from .two_line import two_lines_needed

            fixed = sum(w for c, w in self.widths.items() if c not in hidden)
            self.two_line.set_on(
                two_lines_needed(
                    self.viewport.width(), fixed, self.line_room, now_on=self.two_line.on
                )
            )


def _viewport(table: QTableView) -> QWidget:
    """The table's viewport, found by the name Qt gives it.

    ``table.viewport()`` would do, but PySide does not know what kind of widget a
    ``QWidget *`` from C++ is, and finding out makes it build the Python types of every
    kind of widget it has (58 enums, some 8 ms before the first paint); ``findChild``
    with a type says it.
    """
    found = table.findChild(QWidget, "qt_scrollarea_viewport")
    return found if found is not None else table.viewport()
