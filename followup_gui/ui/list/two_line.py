"""On a narrow list the title and the employer share one column, on two lines.

A 1366×768 laptop at 150 % leaves the list some 500 pixels beside the panel. Once the
channel and the date applied have given way (:mod:`narrow_columns`), two columns of a
dozen letters each are still hard to read; mail programs do what this does: one wider
column with the title on the first line and the employer under it, in a quieter colour.
The employer's own column comes back when the list is wide again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .columns import Column

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from .model import ApplicationsModel
    from .title_employer import TitleAndEmployer


HYSTERESIS = 24  # px: a scroll bar coming or going does not switch back and forth


def two_lines_needed(width: int, fixed: int, line_room: int, *, now_on: bool = False) -> bool:
    """Whether title and employer should share a column at a list ``width`` wide, when
    the other shown columns take ``fixed`` pixels and a readable line takes ``line_room``
    (each of two columns would get less than that)."""
    each = (width - fixed) // 2
    return each < line_room + (HYSTERESIS if now_on else 0)


def set_two_line(model: ApplicationsModel, on: bool) -> None:
    """The model's title header (and what a screen reader hears) follows."""
    from PySide6.QtCore import Qt

    model.two_line = on
    model.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.TITLE, Column.TITLE)


class TwoLineTitles:
    """Switches the table between one column each and title over employer."""

    def __init__(self, table: QTableView, model: ApplicationsModel, one_line_height: int) -> None:
        self.table = table
        self.model = model
        self.one_line_height = one_line_height
        self.delegate: TitleAndEmployer | None = None  # made when first needed
        self.on = False

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        self.on = on
        table = self.table
        if on and self.delegate is None:
            from .title_employer import TitleAndEmployer

            self.delegate = TitleAndEmployer(table)
        table.setItemDelegateForColumn(Column.TITLE, self.delegate if on else None)  # type: ignore[arg-type]
        table.setColumnHidden(Column.COMPANY, on)
        line = table.fontMetrics().height()
        height = 2 * line + 12 if on else self.one_line_height
        table.verticalHeader().setDefaultSectionSize(height)
        set_two_line(self.model, on)
        current = table.currentIndex()
        if current.isValid():
            table.scrollTo(current)
