"""The mail as it was read: the words each finding came from highlighted, and what the
reader left out (a forward's header, the user's own quoted mail) dimmed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from ...reading.reply import Evidence, Reply
from ..colours import colour, is_dark

HIGHLIGHT = "finding_bg"
"""The findings' words: a warm yellow that black text reads well on (and dark themes too),
named in :mod:`..colours`."""
KIND_HIGHLIGHT = "kind_finding_bg"


def utf16_offsets(text: str) -> list[int]:
    """Where each character of ``text`` starts in Qt's UTF-16 positions (and one past the end)."""
    offsets = [0]
    position = 0
    for char in text:
        position += 2 if ord(char) > 0xFFFF else 1
        offsets.append(position)
    return offsets


class MailView(QTextEdit):
    """A read-only view of the mail with the findings' words marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setAcceptRichText(False)
        self.marked: list[tuple[str, int, int]] = []
        """(field, start, end) of every highlight, in the text's character offsets."""
        self.dimmed: list[tuple[int, int]] = []
        self._offsets: list[int] = [0]

    def show_reply(self, reply: Reply) -> None:
        # "\r" is a line break of its own to Qt; a space keeps every offset where it was
        text = reply.text.replace("\r", " ")
        self.setPlainText(text)
        self._offsets = utf16_offsets(text)
        self.dimmed = [(0, reply.body_start), (reply.body_end, len(text))]
        self.dimmed = [(a, b) for a, b in self.dimmed if b > a]
        self.marked = [(e.field, e.start, e.end) for e in _in_text(reply.evidence, len(text))]
        self._paint()
        first = min((start for _, start, _ in self.marked), default=reply.body_start)
        self.scroll_to(first)

    def scroll_to(self, start: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._offsets[min(start, len(self._offsets) - 1)])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _selection(self, start: int, end: int, form: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        last = len(self._offsets) - 1
        cursor.setPosition(self._offsets[min(start, last)])
        cursor.setPosition(self._offsets[min(end, last)], QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = form
        return selection

    def _paint(self) -> None:
        selections = []
        dim = QTextCharFormat()
        dim.setForeground(colour("muted_text", is_dark(self.palette())))
        for start, end in self.dimmed:
            selections.append(self._selection(start, end, dim))
        for field, start, end in self.marked:
            mark = QTextCharFormat()
            mark.setBackground(colour(KIND_HIGHLIGHT if field == "kind" else HIGHLIGHT))
            mark.setForeground(colour("finding_text"))
            if field == "kind":
                mark.setFontWeight(QFont.Weight.DemiBold)
            selections.append(self._selection(start, end, mark))
        self.setExtraSelections(selections)


def _in_text(evidence: Iterable[Evidence], length: int) -> list[Evidence]:
    """The findings whose words stand in the text (not those from the subject line)."""
    return [e for e in evidence if 0 <= e.start < e.end <= length]
