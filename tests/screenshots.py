"""Screenshots of the real windows on an X server (``make screenshots`` runs it under Xvfb).

Not a test: a way for people to look at what users see. Each picture is the whole
screen, grabbed from the X server after the window has been shown and painted.

    python -m tests.screenshots OUTDIR [--lang sv|en] [--dark] [--only overview]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from followup_gui.i18n import Lang
from followup_gui.model import Activity, ActivityKind, Channel
from followup_gui.rules.advice import assess
from followup_gui.system.assets import demo_store
from followup_gui.ui import screen_fit
from followup_gui.ui.app import build_window, install_translators
from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.settings_dialog import SettingsDialog
from followup_gui.ui.followup.follow_up_dialog import FollowUpDialog
from followup_gui.ui.followup.phone_script_pages import AFTER_PAGE, STEPS
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state.clock import FixedClock

NOW = dt.datetime(2026, 11, 26, 9, 0)
AD = """Kafferosteriet i Ystad AB söker en butikssäljare

Vi söker dig som älskar kaffe och människor och vill arbeta i vår butik vid Stortorget.
Du har erfarenhet av försäljning och gillar att ge service.

Sista ansökningsdag: 4 december 2026.
Vi tillämpar löpande urval och tjänsten kan komma att tillsättas innan sista ansökningsdag.
Vi återkommer till alla sökande senast vecka 51.

Frågor besvaras av butikschef Maja Persson, maja.persson@kafferosteriet.example, 0411-55 66 77.
"""


def add_a_late_one(store: Path) -> None:
    """One application whose window closed a month ago, so the list shows how it says so."""
    data = json.loads(store.read_text(encoding="utf-8"))
    data["applications"].append(
        {"id": "shot-late", "job_title": "Butiksbiträde", "company": "Ystad Livs AB",
         "applied_on": "2026-10-01", "deadline": "2026-10-12", "stage": "applied"}
    )  # fmt: skip
    store.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def demo_window(work: Path, lang: Lang) -> MainWindow:
    """The main window on a copy of the example data in ``work`` (settings there too),
    shown at 1280x800 in the top left corner: the start of the other screenshot scripts."""
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    store_path = work / "applications.json"
    shutil.copyfile(demo_store(), store_path)
    window = build_window(
        store_path, lang=lang, clock=FixedClock(NOW), settings=settings, interactive=False
    )
    assert window is not None
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    return window


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


def follow_up_dialog(window: MainWindow, app_id: str, lang: Lang) -> FollowUpDialog:
    document = window.session.document
    application = document.find(app_id)
    assert application is not None
    verdict = assess(application, NOW, lang=lang)
    dialog = FollowUpDialog(
        application, verdict, document.profile, lang=lang, now=NOW, parent=window
    )
    dialog.move(60, 20)
    dialog.show()
    return dialog


def shoot_follow_up(app: QApplication, window: MainWindow, outdir: Path, lang: Lang) -> None:
    """The phone script page by page, the trade-offs, and the composer failing and passing."""
    suffix = f"-{lang}"
    call = follow_up_dialog(window, "demo-kaffeservice", lang)
    pages = call.phone
    pages.skill_edit.setText("försäljning till företag")
    shoot(app, call, outdir / f"phone-before{suffix}.png")
    for step in range(1, STEPS + 1):
        pages.go_to(step)
        if step == 2:
            pages.notes_edit.setPlainText("Lina svarade direkt.\nDe bestämmer sig nästa vecka.")
        shoot(app, call, outdir / f"phone-step-{step}{suffix}.png")
    pages.go_to(AFTER_PAGE)
    pages.reached_radio.click()
    pages.timeline_edit.set_value(NOW.date() + dt.timedelta(days=6))
    shoot(app, call, outdir / f"phone-after{suffix}.png")
    pages.notes_edit.clear()  # closing with notes would ask whether to lose them
    call.done(0)

    switched = follow_up_dialog(window, "demo-vattern", lang)
    switched.set_channel(Channel.PHONE)
    shoot(app, switched, outdir / f"follow-up-tradeoffs{suffix}.png")
    switched.done(0)

    mail = follow_up_dialog(window, "demo-vattern", lang)
    composer = mail.composer
    for _ in range(50):  # the dictionary loads in a worker thread
        if composer.spelling_ready:
            break
        settle(app, 100)
    subject, body = composer.template()
    composer.set_draft(subject, body.replace("Hej Eva,", "Tja Eva,").replace("Rollen", "Rolen"))
    shoot(app, mail, outdir / f"composer-failing{suffix}.png")
    composer.skill = "ärendehandläggning"
    composer.set_draft(*composer.template())
    shoot(app, mail, outdir / f"composer-passing{suffix}.png")
    mail.done(0)  # close() would ask about the edited mail


def dark_palette(app: QApplication) -> None:
    """A dark desktop theme: Qt's own dark colour scheme, or Fusion's colours made dark."""
    app.setStyle("Fusion")
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    if app.palette().color(QPalette.ColorRole.Window).lightness() < 128:
        return
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#323232"),
        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d7cc9"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Link, "#7fb5ff"),
        (QPalette.ColorRole.ToolTipBase, "#3a3a3a"), (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
        (QPalette.ColorRole.Mid, "#555555"), (QPalette.ColorRole.Dark, "#202020"),
        (QPalette.ColorRole.Light, "#505050"), (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)


def shoot_overview(app: QApplication, window: MainWindow, path: Path) -> None:
    """The overview page (Ctrl+2) with the example data, tall enough for all six figures."""
    window.resize(1280, 1000)
    window.overview.action.trigger()
    settle(app, 800)
    shoot(app, window, path)
    window.pages.switch_actions[0].trigger()
    window.resize(1280, 800)


def shoot_report(app: QApplication, window: MainWindow, outdir: Path, lang: Lang) -> None:
    """The activity report page on the month now due, with a target, a stand-alone
    activity and a row selected for copying field by field."""
    session = window.session
    session.set_profile(replace(session.document.profile, monthly_target=6))
    session.set_activities(
        [Activity("shot-1", dt.date(2026, 10, 14), ActivityKind.CV_UPDATED, "Nytt CV för lager")]
    )
    window.show_report()
    page = window.report.page
    assert page is not None
    page.table.selectRow(1)
    shoot(app, window, outdir / f"report{'-' + lang}.png")
    window.pages.show_page("applications")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    parser.add_argument("--dark", action="store_true", help="a dark desktop theme")
    parser.add_argument("--only", choices=("overview", "report"), help="only these pictures")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    if args.dark:
        dark_palette(app)
    install_translators(app, args.lang)
    work = Path(tempfile.mkdtemp())
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    clock = FixedClock(NOW)
    lang = args.lang
    suffix = f"-{lang}" + ("-dark" if args.dark else "")

    store = work / "applications.json"
    shutil.copyfile(demo_store(), store)
    add_a_late_one(store)
    window = build_window(store, lang=lang, clock=clock, settings=settings, interactive=False)
    assert window is not None
    screen_fit.resize_within(window, 1280, 800)  # as the app does: never beyond the screen
    window.move(0, 0)
    window.show()
    if args.only is not None:
        if args.only == "overview":
            shoot_overview(app, window, args.outdir / f"overview{suffix}.png")
        else:
            shoot_report(app, window, args.outdir, lang)
        window.close()
        return 0
    shoot(app, window, args.outdir / f"main-window{suffix}.png")
    shoot_overview(app, window, args.outdir / f"overview{suffix}.png")

    def with_dialog(make: Callable[[], QWidget], name: str) -> None:
        dialog = make()
        dialog.move(60, 30)
        dialog.show()
        shoot(app, dialog, args.outdir / name)
        if isinstance(dialog, QDialog):
            dialog.done(QDialog.DialogCode.Rejected)  # close() would ask about the entries
        else:
            dialog.close()

    def edit_dialog() -> QWidget:
        dialog = ApplicationDialog(None, lang=lang, today=NOW.date(), parent=window)
        dialog.ad_text.setPlainText(AD)
        dialog.read_ad()
        dialog.title_edit.setText("Butikssäljare")
        dialog.company_edit.setText("Kafferosteriet i Ystad AB")
        return dialog

    with_dialog(edit_dialog, f"edit-dialog{suffix}.png")
    with_dialog(lambda: SettingsDialog(settings, lang=lang, parent=window), f"settings{suffix}.png")
    shoot_follow_up(app, window, args.outdir, lang)
    shoot_report(app, window, args.outdir, lang)
    window.close()

    empty = build_window(work / "empty.json", lang=lang, clock=clock, settings=settings)
    assert empty is not None
    screen_fit.resize_within(empty, 1280, 800)
    empty.move(0, 0)
    empty.show()
    shoot(app, empty, args.outdir / f"empty-state{suffix}.png")
    empty.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
