"""The reminders' tray icon, its menu and notices; the settings dialog; ``--hidden``.

The offscreen platform has no system tray, so the tray is driven without one: the
notices go to an injected ``notify`` (or the status bar) and the menu is read directly.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui.cli import command as cli
from followup_gui.model import Stage
from followup_gui.rules.reminders import Reminder
from followup_gui.ui.app import can_start_hidden
from followup_gui.ui.desktop.reminders_tray import (
    RemindersTray,
    badge_icon,
    find_reminders,
    start_reminders,
)
from followup_gui.ui.dialogs.settings_dialog import SettingsDialog
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state import preferences
from followup_gui.ui.state.clock import FixedClock

from ..conftest import app_env
from .conftest import DEMO_NOW, WindowFactory, when_dialog_opens

THANKS = "demo-kodverket:thank_you_due:2026-11-26T14:00"
TELEKOM = "demo-telekompaniet:window_opens:2026-11-23"
VATTERN = "demo-vattern:window_opens:2026-11-20"
OFFER = "demo-kaffeservice:other_offer_soon:2026-12-01"
REPORT = "report:2026-10:again"  # October is not reported; its last day is 16 November


# bring_to_front() raises the window; the offscreen platform says it cannot
OFFSCREEN_RAISE = pytest.mark.qt_log_ignore("This plugin does not support raise()")


class Told:
    """Collects the notices instead of showing them."""

    def __init__(self) -> None:
        self.batches: list[list[Reminder]] = []

    def __call__(self, reminders: list[Reminder]) -> None:
        self.batches.append(reminders)

    def keys(self) -> list[list[str]]:
        return [[r.key for r in batch] for batch in self.batches]


@pytest.fixture
def window(make_window: WindowFactory, demo_copy: Path) -> MainWindow:
    return make_window(demo_copy)


def tray_for(window: MainWindow, told: Told | None = None) -> RemindersTray:
    return RemindersTray(window, use_tray=False, notify=told)


def test_reminders_are_told_once_and_listed(window: MainWindow) -> None:
    told = Told()
    tray = tray_for(window, told)
    assert told.keys() == [[THANKS, TELEKOM, VATTERN, REPORT]]
    assert tray.count == 4  # as the status bar counts: the other offer is due, not "soon"
    # (the tests run without the translators that give "(s)" its English plural)
    assert tray.tooltip().startswith("followup-gui – 4 thing")
    assert tray.menu_texts() == [
        "Show followup-gui",
        "Tackmejl till Kodverket AB senast i dag kl. 14.00",
        "Följ upp: Kundtjänstmedarbetare hos Telekompaniet Norr AB",
        "Följ upp: Handläggare inom socialtjänsten hos Kommunförbundet Vättern",
        "Rapporten för oktober är försenad – sista dagen var måndag 16 november",  # 23.8
        "Quit",
    ]
    title, text = tray.message(told.batches[0])
    assert title.startswith("4 reminder")
    assert text.splitlines()[0] == "Tackmejl till Kodverket AB senast i dag kl. 14.00"

    tray.check()
    assert len(told.batches) == 1, "nothing new: nothing told"

    # a restart the same day does not tell them again
    tray.stop()
    again = Told()
    tray_for(window, again)
    assert again.batches == []


def test_a_reminder_that_falls_due_later_is_told(window: MainWindow, clock: FixedClock) -> None:
    told = Told()
    tray = tray_for(window, told)
    clock.set(dt.datetime(2026, 11, 29, 9, 0))
    window.on_clock_tick()
    tray.check()
    assert told.keys()[-1] == [OFFER]
    assert tray.message(told.batches[-1])[0] == "Det andra erbjudandet"


def test_snooze_from_the_menu(window: MainWindow, clock: FixedClock, settings: QSettings) -> None:
    told = Told()
    tray = tray_for(window, told)
    actions = tray.actions_of("demo-vattern")
    assert [a.text() for a in actions] == [
        "Open",
        "Remind me in 1 hour",
        "Remind me tomorrow at 09.00",
    ]
    # the thank-you must go by 14.00 today: no snooze until tomorrow is offered
    assert [a.text() for a in tray.actions_of("demo-kodverket")] == [
        "Open",
        "Remind me in 1 hour",
    ]
    actions[1].trigger()
    assert VATTERN not in {r.key for r in tray.reminders}
    assert "Kommunförbundet Vättern" not in " ".join(tray.menu_texts())
    assert tray.count == 4  # snoozing quiets the reminder; the work is still to do
    assert VATTERN in str(settings.value(tray._state_key))

    clock.set(DEMO_NOW + dt.timedelta(minutes=59))
    tray.check()
    assert told.keys() == [[THANKS, TELEKOM, VATTERN, REPORT]]
    clock.set(DEMO_NOW + dt.timedelta(hours=1))
    tray.check()
    assert told.keys()[-1] == [VATTERN]
    assert VATTERN in {r.key for r in tray.reminders}


def test_a_snooze_outlives_a_restart(window: MainWindow, clock: FixedClock) -> None:
    tray = tray_for(window, Told())
    tray.actions_of("demo-vattern")[2].trigger()  # tomorrow at 09.00
    tray.stop()
    told = Told()
    restarted = tray_for(window, told)
    assert VATTERN not in {r.key for r in restarted.reminders}
    clock.set(dt.datetime(2026, 11, 27, 9, 0))
    window.on_clock_tick()
    restarted.check()
    assert VATTERN in told.keys()[-1]


@OFFSCREEN_RAISE
def test_open_from_the_menu_selects_the_application(window: MainWindow) -> None:
    tray = tray_for(window, Told())
    window.filter_edit.setText("Kodverket")  # the search hides the one asked for
    window.hide()
    tray.actions_of("demo-vattern")[0].trigger()
    assert window.isVisible()
    current = window.current_application()
    assert current is not None and current.id == "demo-vattern"
    assert window.filter_edit.text() == ""


@OFFSCREEN_RAISE
def test_a_click_on_the_notice_opens_its_application(window: MainWindow) -> None:
    tray = tray_for(window, Told())
    tray._on_message_clicked()
    current = window.current_application()
    assert current is not None and current.id == "demo-kodverket"


def test_without_a_tray_the_status_bar_tells(window: MainWindow) -> None:
    tray = RemindersTray(window, use_tray=False)
    assert tray.tray is None
    message = window.statusBar().currentMessage()
    assert message.startswith("4 reminder")
    assert "Tackmejl till Kodverket AB senast i dag kl. 14.00" in message


def test_a_long_reminder_ends_in_dots_before_the_report_link(
    window: MainWindow, qtbot: QtBot
) -> None:
    """At 1280 px the four reminders do not fit beside the report link: the message is cut
    with "…" before the link, and the whole of it is in the tooltip (issue 23)."""
    window.resize(1280, 720)
    link = window.status.report_label
    qtbot.waitUntil(link.isVisible)
    RemindersTray(window, use_tray=False)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: link.x() > 0 and bar.width() > 1000)
    message = bar.currentMessage()
    shown = bar.shown_message()  # type: ignore[attr-defined]
    assert shown.endswith("…") and message.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= link.x() - 6
    assert bar.toolTip() == message
    bar.clearMessage()
    assert bar.toolTip() == ""


@OFFSCREEN_RAISE
def test_the_report_reminder_opens_the_report_and_ends_when_it_is_reported(
    window: MainWindow, qtbot: QtBot
) -> None:
    tray = tray_for(window, Told())
    window.hide()
    entries = tray.actions_of("")
    assert [a.text() for a in entries] == [
        "Open",
        "Remind me in 1 hour",
        "Remind me tomorrow at 09.00",
    ]
    entries[0].trigger()
    assert window.isVisible()
    assert window.pages.current_key() == "report"
    page = window.report.page
    assert page is not None and page.report.month == (2026, 10)
    page.mark_button.click()
    qtbot.waitUntil(lambda: REPORT not in {r.key for r in tray.reminders})
    assert "Rapportera oktober senast måndag 16 november" not in tray.menu_texts()


def test_an_edit_updates_the_count_and_the_menu(window: MainWindow, qtbot: QtBot) -> None:
    tray = tray_for(window, Told())
    app = window.session.document.find("demo-kodverket")
    assert app is not None
    window.events.edit(replace(app, stage=Stage.REJECTED), "Avslag")
    qtbot.waitUntil(lambda: tray.count == 3)
    assert THANKS not in {r.key for r in tray.reminders}


def test_the_badge_shows_on_the_icon(qapp: object) -> None:
    plain = badge_icon(0).pixmap(32).toImage()
    badged = badge_icon(3).pixmap(32).toImage()
    x, y = badged.width() - 3, 9  # on the red disc, beside its figure
    corner = badged.pixelColor(x, y)
    assert corner.red() > 150 and corner.green() < 90, corner.name()
    assert QColor(plain.pixelColor(x, y)) != corner


@OFFSCREEN_RAISE
def test_closing_hides_only_when_asked(window: MainWindow) -> None:
    tray = tray_for(window, Told())
    window.settings.setValue(preferences.KEEP_IN_TRAY_KEY, True)
    assert not tray.hides_on_close(), "no tray icon to come back from: quit as before"

    window.hide_on_close = lambda: True  # as with a tray icon and the setting on
    assert not window.close()
    assert not window.isVisible()
    assert not window.quitting
    tray.show_window()
    assert window.isVisible()
    assert window.quit()


def test_start_reminders_follows_the_setting(window: MainWindow, settings: QSettings) -> None:
    tray = start_reminders(window, notify=Told())
    assert tray is not None and find_reminders(window) is tray
    assert start_reminders(window) is tray
    settings.setValue(preferences.REMINDERS_KEY, False)
    assert start_reminders(window) is None
    assert find_reminders(window) is None
    assert window.hide_on_close is None


# --------------------------------------------------------------------------- settings


def test_the_settings_dialog_saves(
    qtbot: QtBot, settings: QSettings, config_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "sv_SE.UTF-8")
    dialog = SettingsDialog(settings, lang="sv", tray_available=True)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Same as the system (Svenska)"
    assert dialog.reminders.isChecked()
    assert not dialog.keep_in_tray.isChecked()
    assert not dialog.autostart.isChecked()
    assert dialog.language_note.isHidden()

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isHidden()
    assert dialog.language_changed()
    dialog.keep_in_tray.setChecked(True)
    dialog.autostart.setChecked(True)
    dialog.accept()

    assert preferences.stored_language(settings) == "en"
    assert preferences.keep_in_tray(settings)
    assert preferences.reminders_enabled(settings)
    desktop = config_home / "autostart" / "io.github.followup_gui.FollowupGui.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" --hidden")

    again = SettingsDialog(settings, lang="en", tray_available=True)
    qtbot.addWidget(again)
    assert again.autostart.isChecked()
    assert again.language.currentData() == "en"
    again.reminders.setChecked(False)
    assert not again.keep_in_tray.isEnabled()
    again.autostart.setChecked(False)
    again.language.setCurrentIndex(0)
    again.accept()
    assert not desktop.exists()
    assert preferences.stored_language(settings) is None
    assert not preferences.reminders_enabled(settings)


def test_without_a_tray_keeping_it_running_cannot_be_chosen(
    qtbot: QtBot, settings: QSettings, config_home: Path
) -> None:
    dialog = SettingsDialog(settings, lang="en", tray_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.keep_in_tray.isEnabled()


def test_settings_from_the_edit_menu(
    window: MainWindow, settings: QSettings, config_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "sv_SE.UTF-8")
    edit_menu = window.menuBar().actions()[1].menu()
    assert isinstance(edit_menu, QMenu)
    assert window.settings_action in edit_menu.actions()

    def choose_english(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        when_dialog_opens(later)  # the offer to restart comes next
        dialog.accept()

    def later(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        later_button = next(b for b in box.buttons() if "Later" in b.text())
        later_button.click()

    when_dialog_opens(choose_english)
    window.settings_action.trigger()
    assert preferences.stored_language(settings) == "en"
    assert "next time" in window.statusBar().currentMessage()
    assert find_reminders(window) is not None  # reminders are on by default

    def switch_off(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.reminders.setChecked(False)
        dialog.accept()

    when_dialog_opens(switch_off)
    window.app_dialogs.show_settings()
    assert find_reminders(window) is None


def test_a_failing_autostart_folder_is_told(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    warned: list[str] = []
    monkeypatch.setattr(
        "followup_gui.ui.plain_text.warning",
        lambda _parent, title, _text: warned.append(title),
    )
    dialog = SettingsDialog(settings, lang="en", tray_available=True)
    qtbot.addWidget(dialog)
    dialog.autostart.setChecked(True)
    dialog.accept()
    assert warned == ["Cannot change start at login"]
    assert dialog.result() != QDialog.DialogCode.Accepted


# --------------------------------------------------------------------------- preferences


def test_autostart_path_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert preferences.autostart_path() == (
        tmp_path / "autostart" / "io.github.followup_gui.FollowupGui.desktop"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/path")  # not allowed: the default
    assert preferences.autostart_path().parent == Path.home() / ".config" / "autostart"


def test_the_exec_line_quotes_a_path_with_spaces() -> None:
    entry = preferences.autostart_entry(preferences._quote("/opt/my apps/followup-gui"))
    assert 'Exec="/opt/my apps/followup-gui" --hidden' in entry
    assert preferences._quote("/usr/bin/followup-gui") == "/usr/bin/followup-gui"
    assert preferences._quote("/tmp/100%") == '"/tmp/100%%"'


def test_stored_language(settings: QSettings) -> None:
    assert preferences.stored_language(settings) is None
    preferences.set_stored_language(settings, "sv")
    assert preferences.stored_language(settings) == "sv"
    settings.setValue(preferences.LANGUAGE_KEY, "klingon")
    assert preferences.stored_language(settings) is None


# --------------------------------------------------------------------------- --hidden


def test_hidden_needs_a_tray(settings: QSettings) -> None:
    assert not can_start_hidden(settings)  # the offscreen platform has no system tray


def test_the_command_line_passes_hidden_and_no_language(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr("followup_gui.ui.app.run", fake_run)
    assert cli.main(["--hidden", "--store", "x.json"]) == 0
    assert seen["hidden"] is True
    assert seen["lang"] is None, "no --lang: run() reads the setting, then the system"
    assert cli.main(["--lang", "en", "--store", "x.json"]) == 0
    assert seen["hidden"] is False
    assert seen["lang"] == "en"


def test_hidden_without_a_tray_shows_the_window(tmp_path: Path) -> None:
    """``--startup-check`` exits 0 only once the window has painted: it was shown."""
    env = app_env(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "followup_gui.cli",
            "--store",
            str(tmp_path / "applications.json"),
            "--startup-check",
            "--hidden",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
