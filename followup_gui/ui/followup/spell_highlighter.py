"""Underlining what the checklist found, and fixing it from the right-click menu.

The checklist reports ``(start, end)`` spans as offsets into the Python string;
``QTextDocument`` counts UTF-16 code units. They differ only after a character outside
the Basic Multilingual Plane (an emoji), and :func:`to_document_spans` converts.

The dictionary takes about 0.2 s to load: :func:`load_in_background` starts that in a
worker thread, and the composer polls :attr:`Speller.loaded` from a timer it owns, so no
signal ever crosses from the thread to a widget that may already be gone.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from ...writing.spelling import Speller
from .. import colours

Span = tuple[int, int]
SPELLING_COLOUR = "spelling_underline"
STYLE_COLOUR = "style_underline"
MAX_SUGGESTIONS = 6
_PLACEHOLDER = re.compile(r"^\[[^\[\]]*\]$")
_DOUBLED = re.compile(r"^(\w+)\s+(\w+)$")

_loading: dict[int, threading.Thread] = {}
_loading_lock = threading.Lock()


def load_in_background(speller: Speller) -> None:
    """Start loading ``speller``'s dictionary in a daemon thread (once per speller)."""
    if speller.loaded:
        return
    with _loading_lock:
        if id(speller) in _loading:
            return
        thread = threading.Thread(
            target=speller.load, name=f"followup-gui-speller-{speller.name}", daemon=True
        )
        _loading[id(speller)] = thread
    thread.start()


class PendingSpeller(Speller):
    """Stands in while the real dictionary loads: checks nothing, never blocks."""

    def __init__(self) -> None:
        super().__init__("pending")

    def load(self) -> bool:
        return False


def to_document_spans(text: str, spans: Iterable[Span]) -> list[Span]:
    """Python string offsets → ``QTextDocument`` positions (UTF-16 code units)."""
    spans = list(spans)
    if all(ord(c) <= 0xFFFF for c in text):
        return spans
    extra = [0] * (len(text) + 1)
    count = 0
    for index, char in enumerate(text):
        extra[index] = count
        if ord(char) > 0xFFFF:
            count += 1
    extra[len(text)] = count
    return [(a + extra[a], b + extra[b]) for a, b in spans]


@dataclass(frozen=True, slots=True)
class Mark:
    """An underlined stretch of the document, in document positions."""

    start: int
    end: int
    spelling: bool  # red: proofreading; blue: tone and wording


def _wave(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(colours.colour(colour))
    return fmt


class MarkHighlighter(QSyntaxHighlighter):
    """Draws wavy underlines under the marks it is given."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.marks: list[Mark] = []
        self._dark: bool | None = None
        self._spelling = self._style = QTextCharFormat()

    def set_marks(self, marks: Sequence[Mark]) -> None:
        marks = sorted(marks, key=lambda m: (m.start, m.end))
        if marks != self.marks:
            self.marks = marks
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self._dark != (dark := colours.is_dark()):  # light or dark: checked in colours
            self._dark = dark
            self._spelling, self._style = _wave(SPELLING_COLOUR), _wave(STYLE_COLOUR)
        block = self.currentBlock()
        start = block.position()
        end = start + block.length() - 1
        for mark in self.marks:
            if mark.end <= start or mark.start >= end:
                continue
            a, b = max(mark.start, start), min(mark.end, end)
            self.setFormat(a - start, b - a, self._spelling if mark.spelling else self._style)


class SpellTextEdit(QPlainTextEdit):
    """A plain-text editor that underlines marks and offers fixes on right-click."""

    ignored = Signal(str)
    """The user chose to ignore a word; the owner re-checks the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = MarkHighlighter(self.document())
        self.speller: Speller | None = None
        self._proofread: list[Span] = []

    def set_marks(self, proofread: Sequence[Span], style: Sequence[Span]) -> None:
        """Spans (Python offsets into the text) to underline: proofreading, then style."""
        text = self.toPlainText()
        self._proofread = to_document_spans(text, proofread)
        marks = [Mark(a, b, True) for a, b in self._proofread]
        marks += [Mark(a, b, False) for a, b in to_document_spans(text, style)]
        self.highlighter.set_marks(marks)

    def _span_at(self, position: int) -> Span | None:
        for a, b in self._proofread:
            if a <= position <= b:
                return a, b
        return None

    def _select(self, span: Span) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _replace(self, span: Span, text: str) -> None:
        cursor = self._select(span)
        cursor.insertText(text)  # one step on the editor's own undo stack
        self.setTextCursor(cursor)

    def fix_actions(self, position: int, parent: QMenu) -> list[QAction]:
        """What the menu offers for the underlined word at ``position`` (document offset)."""
        span = self._span_at(position)
        if span is None:
            return []
        word = self._select(span).selectedText()
        actions: list[QAction] = []

        def add(text: str, slot: object, *, enabled: bool = True) -> None:
            action = QAction(text, parent)
            action.setEnabled(enabled)
            if callable(slot):
                action.triggered.connect(lambda _=False: slot())
            actions.append(action)

        if _PLACEHOLDER.match(word):
            add(self.tr("Select “%1” to fill it in").replace("%1", word), lambda: self._fill(span))
            return actions
        doubled = _DOUBLED.match(word)
        if doubled and doubled.group(1).casefold() == doubled.group(2).casefold():
            first = doubled.group(1)
            add(
                self.tr("Remove the repeated “%1”").replace("%1", first),
                lambda: self._replace(span, first),
            )
            return actions
        speller = self.speller
        suggestions = speller.suggest(word)[:MAX_SUGGESTIONS] if speller and speller.loaded else []
        for suggestion in suggestions:
            add(suggestion, lambda s=suggestion: self._replace(span, s))
        if not suggestions:
            add(self.tr("No suggestions"), None, enabled=False)
        if speller is not None:
            add(self.tr("Ignore “%1”").replace("%1", word), lambda: self._ignore(word))
        return actions

    def _fill(self, span: Span) -> None:
        self.setTextCursor(self._select(span))
        self.setFocus()

    def _ignore(self, word: str) -> None:
        if self.speller is not None:
            self.speller.add(word)
        self.ignored.emit(word)

    def context_menu(self, position: int) -> QMenu:
        """The right-click menu for a document position: fixes first, then Qt's own."""
        menu = self.createStandardContextMenu()
        fixes = self.fix_actions(position, menu)
        if fixes:
            first = menu.actions()[0] if menu.actions() else None
            menu.insertActions(first, fixes)  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]
            bold = fixes[0].font()
            bold.setBold(True)
            for action in fixes:
                if action.isEnabled():
                    action.setFont(bold)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = self.cursorForPosition(event.pos()).position()
        menu = self.context_menu(position)
        menu.exec(event.globalPos())
        menu.deleteLater()
