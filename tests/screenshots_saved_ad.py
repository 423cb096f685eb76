"""Screenshots of a saved ad's panel (format v2: town, how it was sought, attachments, the
"I have applied" button), in Swedish and English, on an X server such as Xvfb.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tests.screenshots_saved_ad OUTDIR
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from followup_gui.model import Application, AttachmentKind, ContactPerson, Source, Stage
from followup_gui.store import attachments
from followup_gui.ui.app import install_translators, remove_translators
from followup_gui.ui.state.commands import AddApplication

from .screenshots import NOW, demo_window, shoot

AD = """Lagerkompaniet AB söker truckförare till vår terminal i Umeå.
Ort: Umeå
Sista ansökningsdag: 11 december 2026.
Frågor besvaras av Lena Berg, lena.berg@lagerkompaniet.example.
"""


def saved_ad(store_path: Path, files: Path) -> Application:
    """A saved ad with its ad and a draft letter attached."""
    ad = files / "Annons truckförare.pdf"
    ad.write_bytes(b"%PDF-1.4 annons")
    letter = files / "Personligt brev utkast.docx"
    letter.write_bytes(b"PK utkast")
    today = NOW.date()
    attached = [
        attachments.add(store_path, "saved-truck", ad, kind=AttachmentKind.AD, today=today),
        attachments.add(store_path, "saved-truck", letter, kind=AttachmentKind.LETTER, today=today),
    ]
    return Application(
        "saved-truck",
        "Truckförare",
        "Lagerkompaniet AB",
        None,
        deadline=today + dt.timedelta(days=15),
        stage=Stage.SAVED,
        contact=ContactPerson("Lena Berg", "lena.berg@lagerkompaniet.example", ""),
        ad_text=AD,
        town="Umeå",
        source=Source.PLATSBANKEN,
        attachments=attached,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    for lang in ("sv", "en"):
        translators = install_translators(app, lang)
        work = Path(tempfile.mkdtemp())
        files = work / "home"
        files.mkdir()
        window = demo_window(work, lang)
        store_path = work / "applications.json"
        session = window.session
        session.push(AddApplication(session, saved_ad(store_path, files)))
        window.select_application("saved-truck")
        window.page.splitter.setSizes([560, 720])
        shoot(app, window, args.outdir / f"saved-ad-panel-{lang}.png")
        window.panel.verticalScrollBar().setValue(window.panel.verticalScrollBar().maximum())
        shoot(app, window, args.outdir / f"saved-ad-panel-attachments-{lang}.png")
        session.save_now()
        window.close()
        remove_translators(app, translators)
    return 0


if __name__ == "__main__":
    sys.exit(main())
