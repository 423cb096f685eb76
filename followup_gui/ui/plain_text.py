"""Message boxes that show text as it is, never as HTML (issue 13.D).

Qt guesses whether a label's text is rich text. A job title such as
``<a href="https://…">Klicka</a>`` from a hostile file would then become a link in a
delete confirmation. These have the signatures of ``QMessageBox``'s static helpers but
always use plain text; call them as ``plain_text.warning(…)`` (tests answer them there).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def make_box(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> QMessageBox:
    """A box whose text and informative text are plain (set the latter with
    :func:`set_informative`)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
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
    buttons: Button,
    default: Button,
    details: str = "",
) -> Button:
    box = make_box(icon, parent, title, text, buttons=buttons, default=default)
    if details:
        box.setDetailedText(details)  # "Show Details…": for whoever helps the user
    return Button(box.exec())


def warning(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
    *,
    details: str = "",
) -> Button:
    return _ask(
        QMessageBox.Icon.Warning, parent, title, text, buttons=buttons, default=default,
        details=details,
    )  # fmt: skip


def information(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    return _ask(QMessageBox.Icon.Information, parent, title, text, buttons=buttons, default=default)


def critical(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    return _ask(QMessageBox.Icon.Critical, parent, title, text, buttons=buttons, default=default)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
) -> Button:
    return _ask(QMessageBox.Icon.Question, parent, title, text, buttons=buttons, default=default)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for user or file text: shown as written."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
