"""A chart's legend: what each colour of its bars means, and what each row's name means.

The swatches are painted in the chart's own colours from :mod:`..colours` (so they follow
the palette, light or dark, exactly as the bars do); the words are plain labels, and the
whole legend is one accessible group whose description says it all, for a screen reader.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from ..colours import colour, is_dark


class Swatch(QWidget):
    """A small square in one of the table's colours, outlined so it shows on any background."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height()
        return QSize(side + 4, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        dark = is_dark(self.palette())
        painter = QPainter(self)
        side = self.fontMetrics().height() - 4
        rect = QRectF(1, (self.height() - side) / 2, side, side)
        painter.fillRect(rect, colour(self.name, dark))
        painter.setPen(QPen(colour("chart_faint", dark), 1))
        painter.drawRect(rect)
        painter.end()


class Legend(QWidget):
    """Rows of a swatch (or none) and its words; ``set_entries`` fills it again."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self.swatches: list[Swatch] = []
        self.labels: list[QLabel] = []

    def set_entries(self, entries: Sequence[tuple[str | None, str]]) -> None:
        """Each entry: the table's colour name of its swatch (None for words alone), its text."""
        for widget in (*self.swatches, *self.labels):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.swatches, self.labels = [], []
        for row, (name, text) in enumerate(entries):
            if name is not None:
                swatch = Swatch(name)
                swatch.setAccessibleName(text)
                self.swatches.append(swatch)
                self._grid.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.labels.append(label)
            self._grid.addWidget(label, row, 1)
        self._grid.setColumnStretch(1, 1)
        self.setAccessibleDescription(" ".join(text for _, text in entries))

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]
