"""The guide's comparison of email and phone in the panel: three columns side by side, or,
when the panel is too narrow for them (large text, a small screen: issue 28.4), each
property as a heading with the two channels under it, so no line is cut at the edge.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ...i18n import Lang
from ...model import Channel
from ...rules.reasons import channel_name
from ...writing.channels import guide_comparison
from ..plain_text import escape


def _cell(text: str, *, bold: bool = False, rich: bool = False) -> QLabel:
    cell = QLabel(f"<b>{escape(text)}</b>" if rich else text)
    cell.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    cell.setWordWrap(not rich)
    cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    if bold:
        font = cell.font()
        font.setBold(True)
        cell.setFont(font)
    return cell


def _grid_widget() -> tuple[QWidget, QGridLayout]:
    widget = QWidget()
    grid = QGridLayout(widget)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(14)
    return widget, grid


class ChannelGrid(QWidget):
    """The comparison for a channel (its column in bold); :attr:`narrow` tells the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.wide_form, self.wide_grid = _grid_widget()
        self.narrow_form, self.narrow_grid = _grid_widget()
        self.narrow_grid.setColumnStretch(1, 1)
        layout.addWidget(self.wide_form)
        layout.addWidget(self.narrow_form)
        self.narrow = False
        self.narrow_form.hide()

    def fill(self, channel: Channel, property_word: str, lang: Lang) -> None:
        self.clear()
        names = [channel_name(c, lang).capitalize() for c in (Channel.EMAIL, Channel.PHONE)]
        for column, text in enumerate((property_word, *names)):
            self.wide_grid.addWidget(_cell(text, rich=True), 0, column)
        for row, item in enumerate(guide_comparison(lang)):
            texts = (item.email, item.phone)
            chosen = (channel is Channel.EMAIL, channel is Channel.PHONE)
            self.wide_grid.addWidget(_cell(item.aspect), row + 1, 0)
            self.narrow_grid.addWidget(_cell(item.aspect, rich=True), row * 3, 0, 1, 2)
            for column in (0, 1):  # "E-post: Låg – …" under the property's heading
                cell = _cell(texts[column], bold=chosen[column])
                self.wide_grid.addWidget(cell, row + 1, column + 1)
                self.narrow_grid.addWidget(_cell(names[column] + ":"), row * 3 + 1 + column, 0)
                self.narrow_grid.addWidget(
                    _cell(texts[column], bold=chosen[column]), row * 3 + 1 + column, 1
                )

    def clear(self) -> None:
        for grid in (self.wide_grid, self.narrow_grid):
            while grid.count():
                item = grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()

    def _wide_width(self) -> int:
        return self.wide_grid.minimumSize().width()

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for the narrow form: the panel decides the width, not the table."""
        return QSize(self.narrow_grid.minimumSize().width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < self._wide_width()
        if narrow != self.narrow:
            self.narrow = narrow
            self.wide_form.setVisible(not narrow)
            self.narrow_form.setVisible(narrow)
