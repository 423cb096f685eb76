"""Opens the main window and the dialogs on whatever screen Qt has, and prints where they
ended up as JSON. ``test_screen_fit`` runs it in a fresh process with a small offscreen
screen and ``QT_SCALE_FACTOR`` (the scale is fixed when a process starts).

    python -m tests.ui.screen_probe [--lang sv|en]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from followup_gui.model import Channel
from followup_gui.rules.advice import assess
from followup_gui.system.assets import demo_store
from followup_gui.ui.app import build_window, install_translators
from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.settings_dialog import SettingsDialog
from followup_gui.ui.followup.follow_up_dialog import FollowUpDialog
from followup_gui.ui.state.clock import FixedClock

from .conftest import DEMO_NOW
from .layout_check import layout_problems


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def on_screen(widget: QWidget) -> list[int]:
    """The widget's rectangle in screen coordinates."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    work = Path(tempfile.mkdtemp())
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    store = work / "applications.json"
    shutil.copyfile(demo_store(), store)
    window = build_window(
        store, lang=args.lang, clock=FixedClock(DEMO_NOW), settings=settings, interactive=False
    )
    assert window is not None
    window.show()
    window.activateWindow()
    settle(300)
    window.select_application("demo-vattern")
    settle()
    panel = window.panel
    out: dict[str, object] = {
        "available": rect(app.primaryScreen().availableGeometry()),
        "window": rect(window.frameGeometry()),
        "status_bar": on_screen(window.statusBar()),
        "status_bar_visible": window.statusBar().isVisible(),
        "panel": on_screen(panel),
        "panel_buttons": [on_screen(b) for b in (panel.follow_up_button, panel.log_button)],
        "splitter": window.page.splitter.sizes(),
        "next_step_width": window.page.table.columnWidth(3),
        "title_width": window.page.table.columnWidth(0),
        # fourteen letters of a title, and of an employer (issue 23.6)
        "title_room": window.page.table.fontMetrics().horizontalAdvance("Handläggare in"),
        "company_width": window.page.table.columnWidth(1),
        "two_line": window.page.two_line.on,
    }
    document = window.session.document
    application = document.find("demo-vattern")
    assert application is not None
    dialogs: dict[str, QWidget] = {
        "new_application": ApplicationDialog(
            None, lang=args.lang, today=DEMO_NOW.date(), parent=window
        ),
        "follow_up": FollowUpDialog(
            application,
            assess(application, DEMO_NOW, lang=args.lang),
            document.profile,
            lang=args.lang,
            now=DEMO_NOW,
            parent=window,
        ),
        "settings": SettingsDialog(settings, lang=args.lang, parent=window),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        dialog.activateWindow()
        settle()
        info: dict[str, object] = {"frame": rect(dialog.frameGeometry())}
        buttons = getattr(dialog, "buttons", None)
        if buttons is not None:
            info["buttons"] = on_screen(buttons)
        if isinstance(dialog, FollowUpDialog):  # the phone page, its channel switched
            dialog._calling_confirmed = True
            dialog.set_channel(Channel.PHONE)
            settle()
            info["script_height"] = dialog.stack.height()
            info["problems"] = layout_problems(dialog)
        if isinstance(dialog, SettingsDialog):  # its note on the language shown too (18.7)
            other = "en" if args.lang == "sv" else "sv"
            dialog.language.setCurrentIndex(dialog.language.findData(other))
            settle()
            info["problems"] = layout_problems(dialog)
        out[name] = info
        dialog.close()
    print(json.dumps(out))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
