"""Message boxes that show text as it is, never as HTML (issue 13.D).

Qt guesses whether a label's text is rich text. A job title such as
``<a href="https://…">Klicka</a>`` from a hostile file would then become a link in a
delete confirmation. These have the signatures of ``QMessageBox``'s static helpers but
always use plain text; call them as ``plain_text.warning(…)`` (tests answer them there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox is looked up when a box is made (0.7 ms at start)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # made on first use: at import it would cost the first paint
    from PySide6.QtWidgets import QMessageBox

    Button = QMessageBox.StandardButton


def make_box(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    buttons: Button | None = None,
    default: Button | None = None,
) -> QMessageBox:
    """A box whose text and informative text are plain (set the latter with
    :func:`set_informative`); ``buttons`` default to OK."""
    button = QtWidgets.QMessageBox.StandardButton
    box = QtWidgets.QMessageBox(
        icon, title, text, button.Ok if buttons is None else buttons, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None and default != button.NoButton:
        box.setDefaultButton(default)
    return box


def set_informative(box: QMessageBox, text: str) -> None:
    """Informative text, plain like the main text (Qt would guess again for it)."""
    box.setInformativeText(text)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


def _ask(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    buttons: Button | None,
    default: Button | None,
    details: str = "",
) -> Button:
    box = make_box(icon, parent, title, text, buttons=buttons, default=default)
    if details:
        box.setDetailedText(details)  # "Show Details…": for whoever helps the user
    return QtWidgets.QMessageBox.StandardButton(box.exec())


def warning(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button | None = None,
    default: Button | None = None,
    *,
    details: str = "",
) -> Button:
    return _ask(
        QtWidgets.QMessageBox.Icon.Warning, parent, title, text, buttons=buttons, default=default,
        details=details,
    )  # fmt: skip


def information(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button | None = None,
    default: Button | None = None,
) -> Button:
    return _ask(
        QtWidgets.QMessageBox.Icon.Information,
        parent,
        title,
        text,
        buttons=buttons,
        default=default,
    )


def critical(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button | None = None,
    default: Button | None = None,
) -> Button:
    return _ask(
        QtWidgets.QMessageBox.Icon.Critical, parent, title, text, buttons=buttons, default=default
    )


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button | None = None,
    default: Button | None = None,
) -> Button:
    """Yes and No unless ``buttons`` says otherwise."""
    if buttons is None:
        buttons = QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No
    return _ask(
        QtWidgets.QMessageBox.Icon.Question, parent, title, text, buttons=buttons, default=default
    )


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for user or file text: shown as written."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def escape(text: str) -> str:
    """``text`` in rich text, shown as written: ``html.escape``, without importing ``html``
    (its entity tables cost the first paint a millisecond)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )
