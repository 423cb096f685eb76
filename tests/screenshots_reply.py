"""Screenshots of "Paste a reply…": the reply dialog on a realistic invitation with two
offered times, and the panel after confirming it, in Swedish and English, on an X server.

    QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1280x800x24" \
        .venv/bin/python -m tests.screenshots_reply OUTDIR

(xcb: the mail comes from the UI tests, whose package would pick offscreen.)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from followup_gui.ui.app import install_translators, remove_translators
from followup_gui.ui.reply.dialog import ReplyDialog

from .screenshots import demo_window, settle, shoot
from .ui.test_reply_mail import INVITATION


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    for lang in ("sv", "en"):
        translators = install_translators(app, lang)
        window = demo_window(Path(tempfile.mkdtemp()), lang)
        window.select_application("demo-kaffeservice")
        settle(app)

        def look(dialog: ReplyDialog, name: str = f"reply-dialog-{lang}.png") -> int:
            dialog.move(20, 20)
            dialog.show()
            dialog.option_group.button(1).click()  # the second time offered
            shoot(app, dialog, args.outdir / name)
            return ReplyDialog.DialogCode.Accepted.value

        ReplyDialog.exec = look  # type: ignore[assignment, method-assign]
        QGuiApplication.clipboard().setText(INVITATION)
        window.paste_reply_action.trigger()
        settle(app)
        window.page.splitter.setSizes([560, 720])
        shoot(app, window, args.outdir / f"reply-panel-after-{lang}.png")
        window.session.save_now()
        window.close()
        remove_translators(app, translators)
    return 0


if __name__ == "__main__":
    sys.exit(main())
