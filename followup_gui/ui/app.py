"""Starting the desktop app: Qt, translations, the store, the main window.

``run`` is what ``followup-gui`` calls. With ``startup_check`` it exits 0 as soon as
the main window has painted its list and the first verdict (a smoke test that the
benchmarks and the installer's test use), or 2 with a message for an invalid store.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME, __version__, store
from ..assets import demo_store, resource
from ..demo import shift_document, weeks_to_shift
from ..i18n import Lang, system_language
from ..model import Document
from .clock import Clock
from .main_window import MainWindow
from .session import Session

STARTUP_CHECK_TIMEOUT_MS = 30_000
EXIT_INVALID_STORE = 2


def install_translators(app: QApplication, lang: Lang) -> list[QTranslator]:
    """Swedish texts for our widgets and for Qt's own dialogs; English needs none."""
    translators: list[QTranslator] = []
    if lang != "sv":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    ours = QTranslator(app)
    if ours.load(str(resource("translations", "followup_gui_sv.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load("qtbase_sv", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def lenient_document(path: Path) -> Document:
    """The applications of an invalid store that are valid on their own, for reading.

    The file is only read. What cannot be shown is left out; the banner says the file
    is open read-only and why.
    """
    try:
        raw = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return store.new_document()
    if not isinstance(raw, dict) or not isinstance(raw.get("applications"), list):
        return store.new_document()
    document = store.new_document()
    seen: set[str] = set()
    for item in raw["applications"]:
        single = {"format": "followup-gui", "schema_version": 1, "applications": [item]}
        try:
            app = store.loads(json.dumps(single), path).applications[0]
        except store.StoreError:
            continue
        if app.id not in seen:
            seen.add(app.id)
            document.applications.append(app)
    return document


def ask_about_invalid_store(error: store.StoreError, parent: QWidget | None = None) -> bool:
    """Tell the user what is wrong; True when they want to look at the file read-only."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Startup", "The file cannot be opened"))
    box.setText(
        QApplication.translate(
            "Startup",
            "Your applications file has an error, so it is not opened for editing and nothing "
            "is written to it.",
        )
    )
    box.setInformativeText(str(error))
    read_only = box.addButton(
        QApplication.translate("Startup", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def open_demo_session(today_getter: Clock) -> Session | None:
    try:
        document = store.load(demo_store())
    except store.StoreError:
        return None
    document = shift_document(document, weeks_to_shift(document, today_getter.now().date()))
    return Session(document, None)


def build_window(
    store_path: Path,
    *,
    lang: Lang,
    clock: Clock,
    settings: QSettings,
    interactive: bool = True,
) -> MainWindow | None:
    """Load the store and make the main window; None when the user chose to quit."""
    read_only, reason = False, ""
    try:
        document = store.load_or_new(store_path)
    except store.StoreError as error:
        if not interactive or not ask_about_invalid_store(error):
            return None
        document = lenient_document(store_path)
        read_only, reason = True, str(error)
    session = Session(document, store_path, read_only=read_only, read_only_reason=reason)
    if document.is_newer_than_app and not reason:
        session.read_only_reason = QApplication.translate(
            "Startup", "it was written by a newer version of followup-gui."
        )
    return MainWindow(
        session,
        clock=clock,
        lang=lang,
        settings=settings,
        open_demo=lambda: open_demo_session(clock),
    )


def _no_display() -> bool:
    """True on Linux/BSD when there is no desktop to open a window on."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(*, store_path: Path, lang: Lang | None = None, startup_check: bool = False) -> int:
    ui_lang = lang or system_language()
    if _no_display():
        if not startup_check:
            print(
                f"{APP_NAME}: there is no desktop to show the window on (DISPLAY is not set).\n"
                f"In a terminal, '{APP_NAME} agenda' prints what to do.",
                file=sys.stderr,
            )
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a smoke test needs no screen
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    install_translators(app, ui_lang)

    if startup_check:
        try:
            store.load_or_new(store_path)
        except store.StoreError as error:
            print(f"{APP_NAME}: {error}", file=sys.stderr)
            return EXIT_INVALID_STORE

    window = build_window(
        store_path, lang=ui_lang, clock=Clock(), settings=QSettings(), interactive=True
    )
    if window is None:
        return EXIT_INVALID_STORE
    if startup_check:
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: app.exit(0)))
        QTimer.singleShot(STARTUP_CHECK_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    return app.exec()
