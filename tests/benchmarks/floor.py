"""The floor: a bare PySide6 window, shown, painted once, then the process exits.

Run as ``python tests/benchmarks/floor.py`` from the same venv as the app (a script, like
the ``followup-gui`` console script, so both pay the same interpreter start). It mirrors
what ``followup-gui --startup-check`` does around the real window: ``QApplication``, one
``QMainWindow`` of the app's size, ``show()``, and on its first ``Paint`` event a
zero-timer that leaves the event loop. Nothing from the project is imported.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

WIDTH, HEIGHT = 1280, 800  # MainWindow.resize() in followup_gui/ui/main_window.py


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.app.exit(0))
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(WIDTH, HEIGHT)
    watcher = _FirstPaint(app)
    window.installEventFilter(watcher)
    QTimer.singleShot(30_000, lambda: app.exit(1))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
