"""The report's table fits its width: the per-row copy buttons never need side-scrolling.

Every column is as wide as its contents while they fit; when they do not (a long note,
a long employer name, a laptop's 1366 pixels at 150 %), the widest text columns are cut
to the same cap until the whole row fits, their text ends in "…" and the full text is
the cell's tooltip. The copy column keeps its width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget

MIN_COLUMN = 48
"""No text column is cut narrower than this (pixels)."""


def capped(widths: list[int], room: int, floor: int = MIN_COLUMN) -> list[int]:
    """``widths`` with the widest cut to one cap so that they sum to at most ``room``
    (never below ``floor``, nor a column below its own width)."""
    if sum(widths) <= room:
        return list(widths)
    low, high = floor, max(widths)
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(min(w, cap) for w in widths) <= room:
            low = cap
        else:
            high = cap - 1
    return [min(w, low) for w in widths]


class ColumnFitter(QObject):
    """Keeps ``table``'s columns within its viewport; ``fit()`` after the rows change."""

    def __init__(self, table: QTableWidget, fixed_column: int) -> None:
        super().__init__(table)
        self.table = table
        self.fixed_column = fixed_column
        table.setWordWrap(False)  # one line a row, cut with "…"
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(fixed_column, QHeaderView.ResizeMode.ResizeToContents)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table = self.table
        columns = [c for c in range(table.columnCount()) if c != self.fixed_column]
        for c in columns:
            table.resizeColumnToContents(c)
        for r in range(table.rowCount()):
            for c in columns:
                item = table.item(r, c)
                if item is not None:
                    item.setToolTip(item.text())
        room = table.viewport().width() - table.horizontalHeader().sectionSize(self.fixed_column)
        wanted = [table.columnWidth(c) for c in columns]
        for c, width in zip(columns, capped(wanted, room), strict=True):
            if width != table.columnWidth(c):
                table.setColumnWidth(c, width)
