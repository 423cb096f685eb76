"""Starting the desktop app: Qt, translations, the store, the main window.

``run`` is what ``followup-gui`` calls. With ``startup_check`` it exits 0 as soon as
the main window has painted its list and the first verdict (a smoke test that the
benchmarks and the installer's test use), or 2 with a message for an invalid store, or
for a moved store whose folder is not there (interactive, a box asks what to do:
dialogs/missing_store.py).
"""

from __future__ import annotations

import gc
import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QFileDialog, QMessageBox: looked up when used
from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

from .. import APP_NAME, __version__, store
from ..i18n import Lang, system_language
from ..model import Document
from ..store import list_cache
from ..store.paths import unreachable
from ..system.assets import demo_store, resource
from .main_window import MainWindow
from .state.clock import Clock
from .state.preferences import (
    APPEARANCE_SYSTEM,
    make_private,
    reminders_enabled,
    stored_appearance,
    stored_language,
)
from .state.session import Session
from .state.store_lock import StoreLock

if TYPE_CHECKING:
    from ..store.backups import Backup
    from .desktop.single_instance import InstanceServer

DESKTOP_ID = "io.github.followup_gui.FollowupGui"
STARTUP_CHECK_TIMEOUT_MS = 30_000
EXIT_INVALID_STORE = 2


def install_translators(app: QApplication, lang: Lang) -> list[QTranslator]:
    """Our texts and Qt's own dialogs in ``lang``.

    The source texts are English; English still needs our small catalogue for plural
    forms ("1 follow-up", "2 follow-ups"). Call ``remove_translators`` to switch back.
    """
    translators: list[QTranslator] = []
    if lang == "sv":
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"followup_gui_{lang}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    if lang == "sv":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_sv", qt_dir):
            app.installTranslator(qt)
            translators.append(qt)
    return translators


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def lenient_document(path: Path) -> Document:
    """The applications of an invalid store that are valid on their own, for reading.

    The file is only read. What cannot be shown is left out; the banner says the file
    is open read-only and why.
    """
    import json

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


class InvalidChoice(Enum):
    READ_ONLY = "read_only"
    BACKUP = "backup"
    QUIT = "quit"


def ask_about_invalid_store(
    error: store.StoreError, backup: Backup | None, parent: QWidget | None = None
) -> InvalidChoice:
    """Tell the user what is wrong with the file and let them choose how to go on."""
    from . import plain_text, store_error_text  # only for a store that cannot be read

    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QApplication.translate("Startup", "The file cannot be opened"))
    box.setText(
        QApplication.translate(
            "Startup",
            "Your applications file has an error, so it is not opened for editing and nothing "
            "is written to it.",
        )
    )
    details = store_error_text.for_people(error)
    if backup is not None:
        details += "\n\n" + QApplication.translate(
            "Startup",
            "You can go on from the newest good backup (%1). The file with the error is then "
            "kept, unchanged, beside it under a new name.",
        ).replace("%1", backup.sort_key.strftime("%Y-%m-%d %H:%M"))
    plain_text.set_informative(box, details)  # the error quotes the file: never HTML
    box.setDetailedText(str(error))  # the path and the JSON terms, for whoever helps
    buttons = {}
    if backup is not None:
        buttons[InvalidChoice.BACKUP] = box.addButton(
            QApplication.translate("Startup", "Open the newest backup"),
            QtWidgets.QMessageBox.ButtonRole.AcceptRole,
        )
    buttons[InvalidChoice.READ_ONLY] = box.addButton(
        QApplication.translate("Startup", "Open read-only"),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    buttons[InvalidChoice.QUIT] = box.addButton(
        QApplication.translate("Startup", "Quit"), QtWidgets.QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(next(iter(buttons.values())))
    box.exec()
    clicked = box.clickedButton()
    return next((choice for choice, b in buttons.items() if b is clicked), InvalidChoice.QUIT)


def open_session(
    store_path: Path, *, interactive: bool, locked_by: str | None = None
) -> Session | None:
    """Load the store into a session; None when the user chose to quit.

    Not interactive (the smoke test), an invalid store raises StoreError instead of
    asking. Held by another running app, the store opens read-only.
    """
    read_only, reason, set_aside, changed_while_read = False, "", False, False
    try:
        before = list_cache.file_identity(store_path)
        document = store.load_or_new(store_path)
        changed_while_read = list_cache.file_identity(store_path) != before
    except store.StoreError as error:
        if not interactive:
            raise
        from ..store import backups

        backup = backups.newest_valid(store_path)
        choice = ask_about_invalid_store(error, backup)
        if choice is InvalidChoice.QUIT:
            return None
        if choice is InvalidChoice.BACKUP and backup is not None:
            document = store.load(backup.path)
            set_aside = True
        else:
            from .store_error_text import for_people

            document = lenient_document(store_path)
            read_only, reason = True, for_people(error)
    if locked_by is not None:
        read_only, reason = True, _locked_reason(locked_by)
    elif document.is_newer_than_app and not reason:
        reason = QApplication.translate(
            "Startup", "it was written by a newer version of followup-gui."
        )
    session = Session(
        document,
        store_path,
        read_only=read_only,
        read_only_reason=reason,
        set_aside_invalid=set_aside,
    )
    if changed_while_read:
        session.disk = None  # what we read may be half old: the first save asks first
    return session


def _locked_reason(locked_by: str) -> str:
    return QApplication.translate(
        "Startup", "another followup-gui (%1) has it open for writing."
    ).replace("%1", locked_by)


def list_cache_file(store_path: Path) -> Path | None:
    """Where the list of ``store_path`` is kept between starts (the user's cache folder)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return list_cache.path_for(Path(folder), store_path) if folder else None


def open_demo_session(today_getter: Clock) -> Session | None:
    try:
        document = store.load(demo_store())
    except store.StoreError:
        return None
    from ..store.demo import shift_document, weeks_to_shift  # the example data, on request

    document = shift_document(document, weeks_to_shift(document, today_getter.now().date()))
    return Session(document, None)


def build_window(
    store_path: Path,
    *,
    lang: Lang,
    clock: Clock,
    settings: QSettings,
    interactive: bool = True,
    locked_by: str | None = None,
) -> MainWindow | None:
    """Load the store and make the main window; None when the user chose to quit.

    When the list cache describes the store as it is, the window starts from it with a
    stand-in session, and :func:`finish_loading` reads the store once it has painted.
    """
    cache_file = list_cache_file(store_path)
    cached = None if cache_file is None else list_cache.read(cache_file, store_path, clock.now())
    if cached is not None:
        session: Session | None = Session.loading_stand_in(
            store_path,
            read_only=locked_by is not None,
            read_only_reason=_locked_reason(locked_by) if locked_by is not None else "",
        )
    else:
        session = open_session(store_path, interactive=interactive, locked_by=locked_by)
    if session is None:
        return None
    return MainWindow(
        session,
        clock=clock,
        lang=lang,
        settings=settings,
        open_demo=lambda: open_demo_session(clock),
        preview=cached,
        list_cache_file=cache_file,
    )


def finish_loading(window: MainWindow, locked_by: str | None) -> bool:
    """Read the store a window shows from its list cache; False when the user quit.

    The file is read as at any start (an invalid one asks what to do); if it is not
    the file the cache described, the list shows what it really holds and the cache is
    made anew.
    """
    stand_in = window.user_session
    assert stand_in.path is not None and stand_in.loading
    session = open_session(stand_in.path, interactive=True, locked_by=locked_by)
    if session is None:  # an invalid store, and the user chose to quit
        window.close()
        QApplication.exit(EXIT_INVALID_STORE)
        return False
    window.finish_loading(session)
    session.watch()
    window.write_list_cache()  # unless the file is still the one the cache describes
    return True


def _exit_now() -> None:
    """The smoke test is done once painted: nothing to save, so skip Qt's teardown."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _collect_from_now_on() -> None:
    """Start-up is over: what it made is kept for good, so the collector skips it."""
    gc.freeze()
    gc.enable()


def _no_display() -> bool:
    """True on Linux/BSD when there is no desktop to open a window on."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _set_app_icon() -> None:
    from .desktop.app_icon import app_icon

    QApplication.setWindowIcon(app_icon())


def _follow_appearance(app: QApplication, choice: str) -> None:
    from .shell.appearance import follow

    follow(app, choice)


def _start_reminders(window: MainWindow) -> None:
    from .desktop.reminders_tray import start_reminders

    start_reminders(window)


def _guard_the_end(window: MainWindow) -> None:
    """Save at logout, shutdown and SIGTERM; log and tell an uncaught error (29.3, 29.6)."""
    from .desktop import crash_report, session_end

    session_end.install(window)  # a child of the window: lives as long as it
    crash_report.install(window)


def can_start_hidden(settings: QSettings) -> bool:
    """``--hidden`` hides the window only with reminders on and a tray to come back from."""
    if not reminders_enabled(settings):
        return False
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


def _start_hidden(window: MainWindow) -> None:
    """Run what waits for the first paint now, once: the window is not shown."""

    def started() -> None:
        window.first_painted.emit()
        window.first_painted.disconnect()  # a later first paint must not run them again

    QTimer.singleShot(0, started)


def run(
    *,
    store_path: Path,
    lang: Lang | None = None,
    startup_check: bool = False,
    hidden: bool = False,
) -> int:
    if _no_display():
        if not startup_check:
            print(
                f"{APP_NAME}: there is no desktop to show the window on (DISPLAY is not set).\n"
                f"In a terminal, '{APP_NAME} agenda' prints what to do.",
                file=sys.stderr,
            )
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a smoke test needs no screen
    if sys.platform == "win32":  # before the first window: the taskbar's and tray's name
        from ..system.windows_integration import set_app_user_model_id

        set_app_user_model_id()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # links the window to its menu entry and icon
    settings = QSettings()
    make_private(settings, APP_NAME)
    ui_lang = lang or stored_language(settings) or system_language()
    install_translators(app, ui_lang)
    appearance = stored_appearance(settings)
    if appearance != APPEARANCE_SYSTEM:  # before the first paint: no flash of the other scheme
        _follow_appearance(app, appearance)

    problem = unreachable(store_path)
    if problem is not None:  # the folder the user moved the store to is not there
        if startup_check:
            print(f"{APP_NAME}: {problem.message(ui_lang)}", file=sys.stderr)
            return EXIT_INVALID_STORE
        from .dialogs.missing_store import settle

        found = settle(problem)  # before any window or lock: nothing made in its place
        if found is None:
            return EXIT_INVALID_STORE
        store_path = found

    lock: StoreLock | None = None
    locked_by: str | None = None
    server: InstanceServer | None = None
    if not startup_check:  # the smoke test writes nothing, so it needs no lock
        lock = StoreLock(store_path)
        if lock.acquire():
            store.cleanup_stale_temp_files(store_path)
        else:
            from .desktop.single_instance import wake_running_instance

            if wake_running_instance(store_path):
                print(f"{APP_NAME} is already running on {store_path}; it is in front now.")
                return 0
            locked_by = lock.holder()

    try:
        window = build_window(
            store_path,
            lang=ui_lang,
            clock=Clock(),
            settings=settings,
            interactive=not startup_check,
            locked_by=locked_by,
        )
    except store.StoreError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return EXIT_INVALID_STORE
    if window is None:
        return EXIT_INVALID_STORE
    if lock is not None and locked_by is None:
        window.store_lock = lock  # a move to another folder swaps it (controllers/store_move)
    loading = window.session.loading
    if startup_check:
        if not loading:  # the next check (or start) paints from the list cache
            window.first_painted.connect(window.write_list_cache)
        window.first_painted.connect(_exit_now)
        QTimer.singleShot(STARTUP_CHECK_TIMEOUT_MS, lambda: app.exit(1))
    else:
        if loading:
            window.first_painted.connect(lambda: finish_loading(window, locked_by))
        else:
            window.session.watch()
            window.first_painted.connect(window.write_list_cache)
        window.first_painted.connect(_collect_from_now_on)
    if lock is not None and locked_by is None:
        # listen for a second start once the window is up (QtNetwork costs start-up time)
        def listen() -> None:
            nonlocal server
            from .desktop.single_instance import InstanceServer

            server = InstanceServer(store_path, app)
            server.wake_requested.connect(window.bring_to_front)
            server.listen()
            window.instance_server = server

        window.first_painted.connect(listen)
    if not startup_check:
        window.first_painted.connect(lambda: _guard_the_end(window))
        window.first_painted.connect(lambda: _start_reminders(window))
    if not startup_check:  # the window manager shows it; the first paint need not wait
        window.first_painted.connect(_set_app_icon)
    if appearance == APPEARANCE_SYSTEM:  # readable hints, and the system's later switches
        window.first_painted.connect(lambda: _follow_appearance(app, appearance))
    if hidden and can_start_hidden(settings):
        _start_hidden(window)  # in the tray; its menu or a second start shows the window
    else:
        window.show()
    try:
        return app.exec()
    finally:
        if lock is not None:
            lock.release()
        if window.store_lock is not None:  # the store's new place (Settings → Move…)
            window.store_lock.release()
        if window.instance_server is not None:
            window.instance_server.close()
        elif server is not None:
            server.close()
        from .desktop.restart import start_again_if_asked

        start_again_if_asked()  # a new language: only now is the store free for it
