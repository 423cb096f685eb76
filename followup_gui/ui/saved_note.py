"""“Saved in …” in the status bar after every save to a file (issue 23, minor).

The PDF and CSV of the activity report, the calendar's .ics file and the exports (zip,
JSON, CSV) all say the same thing where they wrote: ``tell_saved`` is the one way to say
it. It takes the main window (anything with ``show_message``) or a widget inside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

SAVED_MS = 10_000


def saved_text(path: Path, detail: str = "") -> str:
    """ "Saved in /home/…/file.pdf", and ``detail`` (a sentence) after it."""
    text = QCoreApplication.translate("SavedNote", "Saved in %1.").replace("%1", str(path))
    return f"{text} {detail}" if detail else text


def tell_saved(where: Any, path: Path, detail: str = "", timeout_ms: int = SAVED_MS) -> str:
    """Say in the status bar that ``path`` was written; the words, for the caller's tests."""
    text = saved_text(path, detail)
    show = getattr(where, "show_message", None)
    if callable(show):
        show(text, timeout_ms)
    elif isinstance(where, QWidget):
        window = where.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout_ms)
    return text
