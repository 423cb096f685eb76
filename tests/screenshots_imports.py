"""Screenshots of the Platsbanken link, the duplicate warning and the import preview (Xvfb).

Not a test: pictures for people to look at, made as ``tests/screenshots.py`` makes its own.
The ad comes from the local stand-in server with a recorded real answer; nothing goes out.

    xvfb-run -s "-screen 0 1400x900x24" python -m tests.screenshots_imports OUTDIR [--lang sv|en]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from followup_gui.importers import Column, read_source
from followup_gui.model import Application
from followup_gui.reading import jobtech
from followup_gui.system.assets import demo_store
from followup_gui.ui.app import build_window, install_translators
from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.import_wizard import ImportWizard
from followup_gui.ui.state.clock import FixedClock
from followup_gui.ui.state.preferences import set_ad_fetch_notice_shown

from .ad_server import AdServer
from .screenshots import NOW, settle, shoot

SHEET = (
    "Företag;Tjänst;Sökt;Sista ansökningsdag;Ort;Status;Kommentar\n"
    "Kodverket AB;Backend-utvecklare;2026-11-02;2026-11-15;Malmö;intervju;\n"
    "Ica Maxi;Butikssäljare;5/11-2026;;Ystad;sökt;ringde butikschefen\n"
    "Region Skåne;Undersköterska;igår;2026-12-01;Lund;sökt;\n"
    "Lunds kommun;Lärare i svenska;10 nov 2026;;Lund;sökt;\n"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    lang = args.lang
    work = Path(tempfile.mkdtemp())
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    set_ad_fetch_notice_shown(settings)
    store = work / "applications.json"
    shutil.copyfile(demo_store(), store)
    window = build_window(store, lang=lang, clock=FixedClock(NOW), settings=settings,
                          interactive=False)  # fmt: skip
    assert window is not None
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    settle(app)

    with AdServer() as server:
        os.environ[jobtech.ENV_BASE_URL] = server.url
        earlier = Application(
            "earlier-volvo", "Product Manager Customer Care", "Volvo Personvagnar AB",
            NOW.date().replace(day=2),
            ad_url="https://arbetsformedlingen.se/platsbanken/annonser/28746073",
        )  # fmt: skip
        others = [*window.session.document.applications, earlier]
        dialog = ApplicationDialog(None, lang=lang, today=NOW.date(), settings=settings,
                                   others=others, parent=window)  # fmt: skip
        dialog.move(40, 20)
        dialog.show()
        row = dialog.ad_tools.row
        row.edit.setText("https://arbetsformedlingen.se/platsbanken/annonser/28746073")
        loop = QEventLoop()
        row.fetched.connect(lambda _: loop.quit())
        row.failed.connect(lambda _: loop.quit())
        QTimer.singleShot(8000, loop.quit)
        row.fetch()
        loop.exec()
        settle(app, 600)
        shoot(app, dialog, args.outdir / f"fetched-ad-dialog-{lang}.png")
        dialog.close()

    sheet = work / "ansokningar.csv"
    sheet.write_text(SHEET, encoding="utf-8-sig")
    wizard = ImportWizard(read_source(sheet), window.session.document, lang=lang, parent=window)
    wizard.move(60, 30)
    wizard.show()
    wizard.set_mapping(6, Column.NOTES)
    shoot(app, wizard, args.outdir / f"import-mapping-{lang}.png")
    wizard.next_button.click()
    shoot(app, wizard, args.outdir / f"import-preview-{lang}.png")
    wizard.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
