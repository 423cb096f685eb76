"""An exception nobody caught: logged, told in plain words, and the edits kept safe.

The installed Windows app has no console: without this hook an exception in a slot
vanishes and the action silently does nothing (issue 29.6). The hook appends the
traceback to ``errors.log`` in the data folder, saves the user's store (or writes a
rescue copy of its edits) and shows a message whose "Show Details…" ("Visa detaljer…")
button holds the traceback.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from .. import plain_text
from .session_end import EndHost, data_folder, keep_safe

LOG_NAME = "errors.log"
LOG_LIMIT = 1_000_000
"""Bytes: a bigger log starts again (the newest error is what helps)."""


def write_log(text: str, folder: Path | None) -> Path | None:
    """Append ``text`` to the log in ``folder``; its path, or None when it cannot be written."""
    if folder is None:
        return None
    log = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mode = "w" if log.exists() and log.stat().st_size > LOG_LIMIT else "a"
        with log.open(mode, encoding="utf-8") as stream:
            stream.write(f"--- {dt.datetime.now():%Y-%m-%d %H:%M:%S}\n{text}\n")
    except OSError:
        return None
    return log


class CrashReport:
    """The hook itself; ``window`` is the main window whose store is kept safe."""

    def __init__(self, window: EndHost, folder: Path | None = None) -> None:
        self.window = window
        self.folder = folder if folder is not None else data_folder()
        self._busy = False
        self.shown: list[str] = []
        """The messages shown (for tests)."""

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(text)
        if self._busy or issubclass(kind, KeyboardInterrupt):
            return  # an error while telling about one: the log and stderr have it
        self._busy = True
        try:
            self._report(text)
        finally:
            self._busy = False

    def _report(self, text: str) -> None:
        log = write_log(text, self.folder)
        saved, rescued = keep_safe(self.window.user_session)
        lines = [
            QCoreApplication.translate(
                "CrashReport", "Something went wrong, and what you did last may not have been done."
            )
        ]
        if saved:
            lines.append(QCoreApplication.translate("CrashReport", "Your applications are saved."))
        elif rescued is not None:
            lines.append(
                QCoreApplication.translate(
                    "CrashReport", "Your latest changes could not be saved; they are kept in %1."
                ).replace("%1", str(rescued))
            )
        if log is not None:
            lines.append(
                QCoreApplication.translate(
                    "CrashReport",
                    "The details are written to %1: please send them along if you report it.",
                ).replace("%1", str(log))
            )
        message = "\n\n".join(lines)
        self.shown.append(message)
        parent = self.window.dialog_parent()
        box = QMessageBox(parent if parent.isVisible() else None)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(QCoreApplication.translate("CrashReport", "Something went wrong"))
        box.setText(lines[0])
        plain_text.set_informative(box, "\n\n".join(lines[1:]))
        box.setDetailedText(text)  # Qt's "Show Details…" button ("Visa detaljer…")
        box.exec()


def install(window: EndHost) -> CrashReport:
    hook = CrashReport(window)
    sys.excepthook = hook
    return hook
