"""Labels that several panels and pages share.

Apart from ``widgets`` so that the verdict panel, on screen at a big store's first paint,
does not load the date editors' classes with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def caption(text: str, *, top_margin: int = 6) -> QLabel:
    """A bold line that heads a part of a panel or page."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, top_margin, 0, 0)
    label.setWordWrap(True)  # large text on a narrow panel: two lines, not a wider panel
    return label
