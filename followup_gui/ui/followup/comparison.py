"""The guide's comparison of email and phone: a table in the follow-up dialog, or, when
the dialog is short or narrow for its text (a laptop at 125 % or 150 %, or large system
text), one line there and the table in a small window of its own ("Jämför…"), so the
script and the mail keep their room.
"""

from __future__ import annotations

import html
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang
from ...model import Channel
from ...rules.reasons import channel_name
from ...writing.channels import guide_comparison

COMPACT_BELOW: Final = 700
"""A follow-up dialog less tall than this shows the comparison on one line (at normal text)."""

COMPACT_NARROWER: Final = 760
"""… and one less wide than this (at normal text: the table's cells need about 150 px)."""

NORMAL_LINE: Final = 16
"""The line height of normal text: Segoe UI 9 pt at 96 dpi, Windows' default."""


def compact_for(height: int, width: int = COMPACT_NARROWER, line: int = NORMAL_LINE) -> bool:
    """Whether a dialog ``height`` × ``width`` pixels is too small for the table beside the
    script, with text ``line`` pixels high: larger text (issue 28.4) needs more room."""
    scale = max(1.0, line / NORMAL_LINE)
    return height < COMPACT_BELOW * scale or width < COMPACT_NARROWER * scale


class ComparisonTable(QWidget):
    """The guide's table; the chosen channel's column is set in bold."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        header = (
            "",
            channel_name(Channel.EMAIL, lang).capitalize(),
            channel_name(Channel.PHONE, lang).capitalize(),
        )
        for column, text in enumerate(header):
            grid.addWidget(QLabel(f"<b>{html.escape(text)}</b>"), 0, column)
        self.cells: dict[Channel, list[QLabel]] = {Channel.EMAIL: [], Channel.PHONE: []}
        for row, line in enumerate(guide_comparison(lang), start=1):
            for column, text in enumerate((line.aspect, line.email, line.phone)):
                cell = QLabel(text)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(True)
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(cell, row, column)
                if column:
                    self.cells[Channel.EMAIL if column == 1 else Channel.PHONE].append(cell)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def set_chosen(self, chosen: Channel) -> None:
        for channel, cells in self.cells.items():
            for cell in cells:
                font = cell.font()
                font.setBold(channel is chosen)
                cell.setFont(font)


class ComparisonDialog(QDialog):
    """What choosing a channel means, and the guide's table, in a window of its own."""

    def __init__(
        self, lang: Lang, chosen: Channel, lead_html: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare email and phone"))
        layout = QVBoxLayout(self)
        if lead_html:
            self.lead = QLabel(lead_html)
            self.lead.setTextFormat(Qt.TextFormat.RichText)
            self.lead.setWordWrap(True)
            layout.addWidget(self.lead)
        self.table = ComparisonTable(lang)
        self.table.set_chosen(chosen)
        layout.addWidget(self.table)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from .. import screen_fit

        screen_fit.resize_within(self, 760, 520)
