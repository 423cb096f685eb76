"""Issue 28.3: every flow by keyboard alone, in reading order, with no unseen Tab stop.
Each test presses keys only (ASCII in keyClicks, STYLE.md) and says where the focus is
after each step; the data a test needs that has å/ä/ö comes through the clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt as _Qt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from followup_gui.model import Channel, Purpose, Stage
from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.applied_dialog import AppliedDialog
from followup_gui.ui.dialogs.event_dialogs import ContactDialog, InterviewDialog
from followup_gui.ui.dialogs.import_wizard import ImportWizard
from followup_gui.ui.dialogs.settings_dialog import SettingsDialog
from followup_gui.ui.followup.follow_up_dialog import FollowUpDialog
from followup_gui.ui.followup.phone_script_pages import AFTER_PAGE, STEPS
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.report.activity_dialog import ActivityDialog

from .conftest import WindowFactory, close_unasked, when_dialog_opens
from .focus_check import focused, hidden_stops, press, tab_chain, tab_to
from .test_follow_up_dialog import passing_draft

Key, Mod = _Qt.Key, _Qt.KeyboardModifier
CTRL, SHIFT, ALT = Mod.ControlModifier, Mod.ShiftModifier, Mod.AltModifier


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """The window is active again after a dialog (the window manager's job)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def on_list(qtbot: QtBot, window: MainWindow, app_id: str) -> None:
    """The list has the focus, on ``app_id``'s row (as after arrowing to it)."""
    back_to(qtbot, window)
    window.select_application(app_id)
    window.table.setFocus(_Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.table.hasFocus)


def in_dialog(
    qtbot: QtBot, kind: type, drive: object, open_keys: tuple[_Qt.Key, _Qt.KeyboardModifier]
) -> None:
    """Press ``open_keys`` where the focus is; ``drive`` answers the dialog it opens."""
    done: list[BaseException | None] = []

    def has_focus(dialog: QDialog) -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and widget.window() is dialog

    def run(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, kind), type(dialog)
            if not has_focus(dialog):
                dialog.activateWindow()  # as the window manager does
            qtbot.waitUntil(lambda: has_focus(dialog), timeout=2000)
            drive(dialog)  # type: ignore[operator]
            done.append(None)
        except BaseException as error:  # close it, and fail the test with what went wrong
            done.append(error)
            if dialog.isVisible():
                close_unasked(dialog)
                dialog.reject()

    when_dialog_opens(run)
    QTest.keyClick(focused(), *open_keys)
    qtbot.waitUntil(lambda: bool(done))
    if done[0] is not None:
        raise done[0]


def type_into(text: str) -> None:
    QTest.keyClicks(focused(), text)


def test_add_an_application_from_a_pasted_ad(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "applications.json")
    window.table.setFocus()
    QGuiApplication.clipboard().setText(
        "Ekonomiassistent\nKodverket AB\n\nVi söker en ekonomiassistent till vårt team i Umeå."
    )

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        assert focused() is dialog.ad_text  # the paste goes where the ad goes
        press(Key.Key_V, CTRL)
        assert "Kodverket" in dialog.ad_text.toPlainText()
        # Tab ×3 to the title: the link row, then no hidden scroll area (issue 23.2)
        chain = [focused(), press(Key.Key_Tab), press(Key.Key_Tab), press(Key.Key_Tab)]
        assert chain == [dialog.ad_text, dialog.read_button, dialog.url_edit, dialog.title_edit]
        press(Key.Key_A, CTRL)
        type_into("Ekonomiassistent")
        assert press(Key.Key_Tab) is dialog.company_edit
        press(Key.Key_A, CTRL)
        type_into("Kodverket AB")
        assert not hidden_stops(tab_chain())
        dialog.company_edit.setFocus()
        press(Key.Key_Return)

    in_dialog(qtbot, ApplicationDialog, fill, (Key.Key_N, CTRL))
    app = window.current_application()
    assert app is not None
    assert (app.job_title, app.company) == ("Ekonomiassistent", "Kodverket AB")


def test_follow_up_by_mail(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    window = make_window(demo_copy)
    on_list(qtbot, window, "demo-vattern")
    before = len(window.current_application().contacts)  # type: ignore[union-attr]

    def send(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog) and dialog.channel() is Channel.EMAIL
        composer = dialog.composer
        passing_draft(qtbot, composer)
        assert not hidden_stops(tab_chain())
        composer.subject_edit.setFocus()
        tab_to(composer.open_button)
        press(Key.Key_Space)
        assert len(opened) == 1 and opened[0].scheme() == "mailto"
        qtbot.waitUntil(composer.sent_bar.isVisible)
        tab_to(composer.sent_bar.yes_button)
        press(Key.Key_Space)

    in_dialog(qtbot, FollowUpDialog, send, (Key.Key_Return, CTRL))
    app = window.current_application()
    assert app is not None and len(app.contacts) == before + 1
    assert app.contacts[-1].channel is Channel.EMAIL


def test_follow_up_by_phone_all_four_steps(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    on_list(qtbot, window, "demo-kaffeservice")

    def call(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog) and dialog.channel() is Channel.PHONE
        phone = dialog.phone
        tab_to(phone.skill_edit)
        type_into("Excel")
        tab_to(phone.next_button)  # "Start the call"
        for step in range(1, STEPS + 1):
            press(Key.Key_Space)
            assert phone.page() == step
            assert focused() is phone.next_button  # the focus stays where the user is
            assert not hidden_stops(tab_chain())
            phone.next_button.setFocus()
        press(Key.Key_Space)  # "The call is over"
        assert phone.page() == AFTER_PAGE
        assert focused() is phone.reached_radio  # not lost with the hidden Next (23.2)
        press(Key.Key_Space)
        assert phone.reached_radio.isChecked()
        tab_to(phone.notes_edit)
        type_into("Besked i veckan")
        tab_to(phone.log_button)
        press(Key.Key_Space)

    in_dialog(qtbot, FollowUpDialog, call, (Key.Key_Return, CTRL))
    app = window.current_application()
    assert app is not None
    assert app.contacts[-1].channel is Channel.PHONE
    assert app.contacts[-1].note == "Besked i veckan"


def test_log_an_interview_and_a_reply(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    on_list(qtbot, window, "demo-vattern")
    interviews = len(window.current_application().interviews)  # type: ignore[union-attr]

    def interview(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewDialog)
        assert focused() in (dialog.day, dialog.day.focusProxy())  # the first field, not OK
        type_into("20261203")
        assert [w for w in tab_chain() if w is not dialog.day][-2:] == dialog.buttons.buttons()
        dialog.day.setFocus()
        press(Key.Key_Return)

    in_dialog(qtbot, InterviewDialog, interview, (Key.Key_I, CTRL))
    app = window.current_application()
    assert app is not None and len(app.interviews) == interviews + 1
    assert str(app.interviews[-1].at.date) == "2026-12-03"

    on_list(qtbot, window, "demo-vattern")
    tab_to(window.panel.reply_button)

    answered: list[str] = []

    def what_they_said(box: QDialog) -> None:  # then: the stage it leads to
        box.activateWindow()
        qtbot.waitUntil(lambda: focused().window() is box)
        no = next(b for b in box.findChildren(QPushButton) if b.text() in ("A no", "Ett nej"))
        tab_to(no)
        press(Key.Key_Space)
        answered.append(no.text())

    def reply(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        assert focused() in (dialog.day, dialog.day.focusProxy())
        tab_to(dialog.note)
        type_into("Nej tack")
        when_dialog_opens(what_they_said)
        press(Key.Key_Return)

    in_dialog(qtbot, ContactDialog, reply, (Key.Key_Space, Mod.NoModifier))
    qtbot.waitUntil(lambda: bool(answered))
    app = window.current_application()
    assert app is not None and app.stage is Stage.REJECTED
    assert app.contacts[-1].purpose is Purpose.REPLY
    assert app.contacts[-1].note == "Nej tack"


def test_save_an_ad_and_mark_it_applied(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "applications.json")
    window.table.setFocus()

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        tab_to(dialog.title_edit)
        type_into("Truckforare")
        tab_to(dialog.company_edit)
        type_into("Lager AB")
        press(Key.Key_Return)

    in_dialog(qtbot, ApplicationDialog, save, (Key.Key_N, CTRL | SHIFT))
    app = window.current_application()
    assert app is not None and app.stage is Stage.SAVED
    on_list(qtbot, window, app.id)
    tab_to(window.panel.applied_button)

    def applied(dialog: QDialog) -> None:
        assert isinstance(dialog, AppliedDialog)
        assert focused() in (dialog.date_edit, dialog.date_edit.focusProxy())
        press(Key.Key_Return)

    in_dialog(qtbot, AppliedDialog, applied, (Key.Key_Space, Mod.NoModifier))
    app = window.current_application()
    assert app is not None and app.stage is Stage.APPLIED


def test_the_report_by_keyboard(qtbot: QtBot, make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    window.table.setFocus()
    press(Key.Key_3, CTRL)
    page = window.report.page
    assert page is not None and page.isVisible()
    page.month_combo.setFocus()
    rows = page.table.rowCount()

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, ActivityDialog)
        assert focused() in (dialog.day, dialog.day.focusProxy())
        tab_to(dialog.note)
        type_into("Job fair")
        press(Key.Key_Return)

    tab_to(page.add_button)
    in_dialog(qtbot, ActivityDialog, add, (Key.Key_Space, Mod.NoModifier))
    assert page.table.rowCount() == rows + 1
    back_to(qtbot, window)
    page.month_combo.setFocus()
    tab_to(page.table)  # Tab leaves the table again: it does not walk its cells
    press(Key.Key_Down)
    assert page.selected_row() is not None
    press(Key.Key_C, CTRL)
    assert "\t" in QGuiApplication.clipboard().text()
    tab_to(page.field_buttons[0])
    press(Key.Key_Space)
    assert "\t" not in QGuiApplication.clipboard().text()
    assert QGuiApplication.clipboard().text()
    reported = page.mark_button.text()
    tab_to(page.mark_button)
    press(Key.Key_Space)
    assert page.mark_button.text() != reported
    page.month_combo.setFocus()
    assert not hidden_stops(tab_chain())


def test_the_overview_reaches_each_chart_and_its_table(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.table.setFocus()
    press(Key.Key_2, CTRL)
    page = window.overview.page
    assert page is not None
    qtbot.waitUntil(lambda: "follow_ups" in page._filters)
    window.focusNextChild()
    chain = tab_chain()
    assert not hidden_stops(chain)
    for card in page.cards.values():
        assert card.chart in chain
        assert card.copy_button in chain  # its table, to the clipboard
        assert card.table is not None
        assert card.table.as_sentences() in card.chart.accessibleDescription()
    first = page.cards["per_week"]
    first.copy_button.setFocus()
    press(Key.Key_Space)
    assert QGuiApplication.clipboard().text() == first.table.as_tsv()  # type: ignore[union-attr]


def test_settings_by_keyboard(qtbot: QtBot, make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    window.table.setFocus()

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        chain = tab_chain()
        assert not hidden_stops(chain)
        assert chain[0] is dialog.language  # the first row has the focus
        press(Key.Key_Escape)

    in_dialog(qtbot, SettingsDialog, look, (Key.Key_Comma, CTRL))


@pytest.mark.qt_log_ignore(  # a menu on the offscreen platform, which has no window manager
    "This plugin does not support grabbing the keyboard", "This plugin does not support raise"
)
def test_import_by_keyboard(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File menu by its mnemonic, Import…, the file chosen, then the wizard's two steps by
    their mnemonics; the imported application is in the store."""
    source = tmp_path / "egen.csv"
    source.write_text("Company;Job title;Applied\nBolaget AB;Snickare;2026-06-01\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    window = make_window(demo_copy, lang="en")
    on_list(qtbot, window, "demo-vattern")
    before = len(window.user_session.document.applications)

    def drive(dialog: QDialog) -> None:
        chain = tab_chain()
        assert not hidden_stops(chain), hidden_stops(chain)
        assert dialog.pages.currentIndex() == 0  # type: ignore[attr-defined]
        press(Key.Key_N, ALT)  # "&Next >"
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)  # type: ignore[attr-defined]
        assert focused().window() is dialog
        press(Key.Key_I, ALT)  # "&Import"

    done: list[BaseException | None] = []

    def run(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, ImportWizard), type(dialog)
            dialog.activateWindow()
            qtbot.waitUntil(lambda: focused().window() is dialog, timeout=2000)
            drive(dialog)
            done.append(None)
        except BaseException as error:
            done.append(error)
            if dialog.isVisible():
                dialog.reject()

    when_dialog_opens(run)
    QTest.keyClick(window.table, Key.Key_F, ALT)  # "&File"
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is not None
    QTest.keyClick(menu, Key.Key_I)  # "&Import…"
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    if done[0] is not None:
        raise done[0]
    apps = window.user_session.document.applications
    assert len(apps) == before + 1
    assert any(app.job_title == "Snickare" for app in apps)
