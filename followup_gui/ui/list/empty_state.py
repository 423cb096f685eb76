"""What a first start shows instead of an empty table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..plain_text import escape


class EmptyState(QWidget):
    """What a first start shows instead of an empty table."""

    add_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # large and bold through rich text: a QFont here would cost a first start 1.5 ms
        heading = escape(self.tr("No applications yet"))
        title = QLabel(f"<span style='font-size:x-large; font-weight:bold'>{heading}</span>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Add the jobs you have applied for, and followup-gui tells you when and how "
                "to follow each one up – by the advice of a Swedish career guide."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add your first application…"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_requested)
        self.demo_button = QPushButton(self.tr("Look at example data"))
        self.demo_button.clicked.connect(self.demo_requested)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addWidget(title)
        centred = QHBoxLayout()  # an aligned item would lose its height-for-width: no wrap
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
