"""A real start of the app that lasts until its store is read whole, then quits.

``python -m tests.benchmarks.memory_probe STORE``: ``followup_gui.ui.app.run`` as the
desktop app runs it (not the smoke test, which leaves once painted), quitting through the
window's own Quit once the store is in the list. With a valid list cache that is the
largest a start gets: the window and the cached list are there while the store is read.
The harness takes the peak from the process's rusage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from followup_gui.ui import app
from followup_gui.ui.main_window import MainWindow

POLL_MS = 20


def main(store: str) -> int:
    built = MainWindow.__init__

    def init(window: MainWindow, *args: object, **kwargs: object) -> None:
        built(window, *args, **kwargs)  # type: ignore[arg-type]

        def quit_once_read() -> None:
            if window.session.loading:
                QTimer.singleShot(POLL_MS, quit_once_read)
            else:
                window.quit()

        window.first_painted.connect(lambda: QTimer.singleShot(POLL_MS, quit_once_read))

    MainWindow.__init__ = init  # type: ignore[method-assign, assignment]
    return app.run(store_path=Path(store), lang="sv")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
