"""Opens every window a user meets with the system's text at a size, and prints each
one's layout problems as JSON (issue 28.4). ``test_text_size`` runs it in a fresh process
on an offscreen screen of 1366×768 (``laptop_screen.json``); with ``--shots DIR`` it also
saves a picture of each window (the screenshots looked at for the issue).

    python -m tests.ui.text_size_probe --lang sv --scale 1.5 [--dark] [--shots DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from followup_gui.system.assets import demo_store
from followup_gui.ui.app import build_window, install_translators
from followup_gui.ui.state.clock import FixedClock

from .conftest import DEMO_NOW
from .every_window import OPENERS, settle
from .layout_check import layout_problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    parser.add_argument("--scale", type=float, default=1.5)
    parser.add_argument("--size", default="1366x740")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--shots", default="")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)  # what the system's text size gives a Qt program
    install_translators(app, args.lang)
    work = Path(tempfile.mkdtemp())
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    if args.dark:
        from followup_gui.ui.shell.appearance import apply_appearance
        from followup_gui.ui.state.preferences import APPEARANCE_DARK

        apply_appearance(app, APPEARANCE_DARK)
    store = work / "applications.json"
    shutil.copyfile(demo_store(), store)
    window = build_window(
        store, lang=args.lang, clock=FixedClock(DEMO_NOW), settings=settings, interactive=False
    )
    assert window is not None
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    settle(300)
    out: dict[str, list[str]] = {}
    for name, opener in OPENERS.items():
        shown = opener(window)
        out[name] = layout_problems(shown)
        if args.shots:
            scheme = "dark" if args.dark else "light"
            shot = f"{name}-{args.lang}-{round(args.scale * 100)}-{scheme}.png"
            shown.grab().save(str(Path(args.shots) / shot))
        if shown is not window:
            shown.close()
            shown.deleteLater()
            settle(50)
    window.session.wait_for_save()
    print(json.dumps(out))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
