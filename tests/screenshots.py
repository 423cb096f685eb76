"""Screenshots of the real windows on an X server (``make screenshots`` runs it under Xvfb).

Not a test: a way for people to look at what users see. Each picture is the whole
screen, grabbed from the X server after the window has been shown and painted.

    python -m tests.screenshots OUTDIR [--lang sv|en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from followup_gui.assets import demo_store
from followup_gui.ui.app import build_window, install_translators
from followup_gui.ui.application_dialog import ApplicationDialog
from followup_gui.ui.clock import FixedClock

NOW = dt.datetime(2026, 11, 26, 9, 0)
AD = """Kafferosteriet i Ystad AB söker en butikssäljare

Vi söker dig som älskar kaffe och människor och vill arbeta i vår butik vid Stortorget.
Du har erfarenhet av försäljning och gillar att ge service.

Sista ansökningsdag: 4 december 2026.
Vi tillämpar löpande urval och tjänsten kan komma att tillsättas innan sista ansökningsdag.
Vi återkommer till alla sökande senast vecka 51.

Frågor besvaras av butikschef Maja Persson, maja.persson@kafferosteriet.example, 0411-55 66 77.
"""


def settle(app: QApplication, ms: int = 400) -> None:
    """Let the event loop run (painting, layouts) for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.raise_()
    widget.activateWindow()
    settle(app)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(path))
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    work = Path(tempfile.mkdtemp())
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    clock = FixedClock(NOW)
    lang = args.lang
    suffix = f"-{lang}"

    store = work / "applications.json"
    shutil.copyfile(demo_store(), store)
    window = build_window(store, lang=lang, clock=clock, settings=settings, interactive=False)
    assert window is not None
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    shoot(app, window, args.outdir / f"main-window{suffix}.png")

    def with_dialog(make: Callable[[], QWidget], name: str) -> None:
        dialog = make()
        dialog.move(60, 30)
        dialog.show()
        shoot(app, dialog, args.outdir / name)
        dialog.close()

    def edit_dialog() -> QWidget:
        dialog = ApplicationDialog(None, lang=lang, today=NOW.date(), parent=window)
        dialog.ad_text.setPlainText(AD)
        dialog.read_ad()
        dialog.title_edit.setText("Butikssäljare")
        dialog.company_edit.setText("Kafferosteriet i Ystad AB")
        return dialog

    with_dialog(edit_dialog, f"edit-dialog{suffix}.png")
    window.close()

    empty = build_window(work / "empty.json", lang=lang, clock=clock, settings=settings)
    assert empty is not None
    empty.resize(1280, 800)
    empty.move(0, 0)
    empty.show()
    shoot(app, empty, args.outdir / f"empty-state{suffix}.png")
    empty.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
