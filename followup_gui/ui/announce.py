"""Telling a screen reader what changed where the focus is not: a polite announcement
(Qt 6.8's :class:`QAccessibleAnnouncementEvent`), sent only while a reader listens."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QLabel


def announce(source: QObject, message: str) -> bool:
    """Have a screen reader say ``message`` after what it is saying now; True when sent
    (nothing is sent when no assistive technology is active, or ``message`` is empty)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # 1 ms of enums

    if not message.strip() or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    return True


class AnnouncedLabel:
    """A label whose new text is announced when it, or what it is about, changes (the
    verdict's headline when another application is selected)."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self._said: tuple[object, str] | None = None

    def show(self, about: object, text: str) -> None:
        self.label.setText(text)
        if (about, text) != self._said:
            self._said = (about, text)
            if self.label.isVisible():  # a window not shown yet is read whole when it is
                announce(self.label, text)
