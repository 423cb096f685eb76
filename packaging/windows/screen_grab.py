"""Save the X screen ($DISPLAY) as a PNG once a window is on it and has stopped changing.

    python packaging/windows/screen_grab.py OUT.png [TIMEOUT_S]

Run with the project's own Python (``.venv``, which has Qt) by ``setup_test.py``: the
screen is grabbed from the X server, so the picture is what the Windows app under Wine
really drew. Exit 1 when nothing settled in time.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication, QImage

MIN_COLOURS = 40  # an empty screen is one colour; a painted window has many
STEP_MS = 1000


def colours(image: QImage) -> int:
    small = image.scaled(160, 100)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


def main(out: str, timeout_s: float) -> int:
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    deadline = time.monotonic() + timeout_s
    previous: QImage | None = None
    while time.monotonic() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(STEP_MS, loop.quit)
        loop.exec()
        image = screen.grabWindow(0).toImage()
        if colours(image) >= MIN_COLOURS and previous is not None and image == previous:
            image.save(out)
            print(f"saved {out} ({image.width()}x{image.height()})")
            return 0
        previous = image
    screen.grabWindow(0).toImage().save(out + ".timeout.png")
    print(f"the screen did not settle within {timeout_s:.0f} s", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 150))
