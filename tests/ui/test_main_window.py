"""The main window driven like a user: add, read the advice, filter, log, delete, undo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.rules.advice import Action
from followup_gui.ui import plain_text
from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.event_dialogs import ContactDialog
from followup_gui.ui.list.columns import Column
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.state.clock import FixedClock
from followup_gui.ui.state.commands import AddApplication

from ..conftest import DEMO_COUNT
from ..factories import make_app
from .conftest import WindowFactory, when_dialog_opens
from .languages import UiLanguage

AD = """Kafferosteriet i Ystad AB söker en butikssäljare

Vi söker dig som älskar kaffe och människor.
Sista ansökningsdag: 4 december 2026.
Vi tillämpar löpande urval.
Frågor besvaras av butikschef Maja Persson, maja.persson@kafferosteriet.example, 0411-55 66 77.
"""


def titles(window: MainWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]


def click_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    for button in box.buttons():
        role = box.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            button.click()
            return
    raise AssertionError("no OK button")


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)


# --------------------------------------------------------------------------- start-up


def test_demo_store_lists_most_urgent_first(make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    assert window.proxy.rowCount() == DEMO_COUNT
    assert titles(window)[:2] == ["Backend-utvecklare", "Innesäljare"]
    assert titles(window)[-1] == "Systemutvecklare"  # closed ones last
    assert window.panel.headline.text() == "Skicka tackmejlet senast i dag kl. 14.00"
    assert "3" in window.due_label.text() or "4" in window.due_label.text()


def test_empty_store_shows_the_empty_state(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(tmp_path / "missing.json")
    assert window.stack.currentWidget() is window.empty_state
    assert not window.page.built  # the list is made when there is something to list
    assert not (tmp_path / "missing.json").exists()  # nothing is written until there is data
    window.session.push(AddApplication(window.session, make_app(id="first")))
    assert window.stack.currentWidget() is window.page.splitter
    assert titles(window) == ["Ekonomiassistent"]
    assert window.current_application() is not None


def test_example_data_opens_and_closes(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(tmp_path / "applications.json")
    window.empty_state.demo_button.click()
    assert window.proxy.rowCount() == DEMO_COUNT
    assert window.banner.isVisible()
    assert window.session.path is None
    window.close_demo_action.trigger()
    assert window.stack.currentWidget() is window.empty_state
    assert not (tmp_path / "applications.json").exists()


# --------------------------------------------------------------------------- headlines


@pytest.mark.parametrize(
    ("moment", "app_id", "expected"),
    [
        ("2026-11-26T09:00", "demo-kodverket", "Skicka tackmejlet senast i dag kl. 14.00"),
        ("2026-11-25T15:00", "demo-kodverket", "Skicka tackmejlet senast i morgon kl. 14.00"),
        ("2026-11-26T09:00", "demo-vattern", "Följ upp nu – via e-post"),
        ("2026-11-26T09:00", "demo-fjallstuga", "Vänta till måndag 7 december"),
        ("2026-11-26T09:00", "demo-siffergruppen", "Intervju onsdag 2 december kl. 10.00"),
        ("2026-12-01T09:00", "demo-siffergruppen", "Intervju i morgon kl. 10.00"),
        ("2026-11-26T09:00", "demo-kustlinjen", "Vänta på svar – du har redan följt upp"),
        ("2026-11-26T09:00", "demo-fintech", "Avslutad (fått nej)"),
        (
            "2026-11-26T09:00",
            "demo-kaffeservice",
            "Hör av dig nu – du måste svara på det andra erbjudandet senast tisdag 1 december",
        ),
    ],
)
def test_headline_for_situations(
    make_window: WindowFactory,
    demo_copy: Path,
    clock: FixedClock,
    moment: str,
    app_id: str,
    expected: str,
) -> None:
    clock.set(dt.datetime.fromisoformat(moment))
    window = make_window(demo_copy)
    window.select_application(app_id)
    assert window.panel.headline.text() == expected


def test_verdicts_follow_the_clock(
    make_window: WindowFactory, demo_copy: Path, clock: FixedClock
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-kodverket")
    assert window.panel.headline.text().startswith("Skicka tackmejlet")
    clock.set(dt.datetime(2026, 11, 27, 9, 0))
    window.on_clock_tick()
    assert window.current_application() is not None
    assert window.current_application().id == "demo-kodverket"  # type: ignore[union-attr]
    assert window.panel.headline.text() == "Vänta till måndag 7 december"
    assert window.panel.warning.isVisible()  # the thank-you was missed


def test_reasons_name_the_guide(make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    text = window.panel.reasons.text()
    assert "Standardregeln: 7–14 dagar efter sista ansökningsdag" in text
    assert "deadline_7_14" not in text, "rule ids only in the details tooltip (18.7)"
    assert "deadline_7_14" in window.panel.reasons.toolTip()
    assert window.panel.channel_text.isVisible()


# --------------------------------------------------------------------------- adding


def test_add_an_application_by_pasting_an_ad(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "applications.json"
    window = make_window(path)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        dialog.ad_text.setPlainText(AD)
        dialog.read_ad()
        # the ad's first line names both (18.3); the user may still type their own
        assert dialog.company_edit.text() == "Kafferosteriet i Ystad AB"
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, "Butikssaljare")
        assert dialog.deadline_edit.value() == dt.date(2026, 12, 4)
        assert dialog.rolling_check.isChecked()
        assert dialog.contact_email.text() == "maja.persson@kafferosteriet.example"
        assert "Maja Persson" in dialog.found_label.text()
        click_ok(dialog)

    when_dialog_opens(fill)
    window.empty_state.add_button.click()
    assert titles(window) == ["Butikssaljare"]
    wait_saved(qtbot, window)
    saved = store.load(path).applications[0]
    assert saved.deadline == dt.date(2026, 12, 4)
    assert saved.rolling_selection
    assert saved.contact.name == "Maja Persson"
    assert saved.ad_text == AD


def test_save_is_refused_without_title(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(tmp_path / "a.json")
    seen: dict[str, bool] = {}
    asked: list[str] = []

    def discard(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(plain_text, "question", discard)

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        seen["disabled"] = not save.isEnabled()
        seen["hint"] = dialog.title_error.isVisible()
        qtbot.keyClicks(dialog.company_edit, "Bolaget AB")
        seen["still_disabled"] = not save.isEnabled()
        dialog.reject()

    when_dialog_opens(check)
    window.new_action.trigger()
    assert seen == {"disabled": True, "hint": True, "still_disabled": True}
    assert asked == ["Close without saving?"], "closing with an entry asks first (18.5)"
    assert window.proxy.rowCount() == 0


# --------------------------------------------------------------------------- list


def test_filter_and_sort(qtbot: QtBot, make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    window.find_action.trigger()
    assert window.filter_edit.hasFocus()
    qtbot.keyClicks(window.filter_edit, "kaffe")
    assert titles(window) == ["Innesäljare"]
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "sara holm")  # the contact person
    assert titles(window) == ["Backend-utvecklare"]
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "zzz")
    assert titles(window) == []
    assert window.page.no_match.isVisible()
    window.filter_edit.clear()
    assert window.proxy.rowCount() == DEMO_COUNT

    window.table.horizontalHeader().setSortIndicator(Column.COMPANY, Qt.SortOrder.AscendingOrder)
    companies = [window.proxy.index(r, Column.COMPANY).data() for r in range(DEMO_COUNT)]
    assert companies == sorted(companies, key=str.casefold)

    window.stage_filter.setCurrentIndex(2)  # to do now
    actions = {
        window.model.verdict(
            window.model.doc_index(window.proxy.mapToSource(window.proxy.index(r, 0)).row())
        ).action
        for r in range(window.proxy.rowCount())
    }
    assert actions <= {Action.FOLLOW_UP, Action.THANK_YOU, Action.OTHER_OFFER}
    assert window.proxy.rowCount() == 4


# --------------------------------------------------------------------------- logging


def test_log_a_follow_up_then_await_reply(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    assert window.panel.headline.text() == "Följ upp nu – via e-post"

    def log(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        assert dialog.purpose.value() == "follow_up"
        qtbot.keyClicks(dialog.note, "Skickade mejl till Eva")
        click_ok(dialog)

    when_dialog_opens(log)
    window.log_action.trigger()
    assert window.panel.headline.text() == "Vänta på svar – du har redan följt upp"
    assert window.panel.warning.isVisible()
    wait_saved(qtbot, window)
    app = store.load(demo_copy).find("demo-vattern")
    assert app is not None
    assert app.contacts[-1].note == "Skickade mejl till Eva"

    window.undo_action.trigger()
    assert window.panel.headline.text() == "Följ upp nu – via e-post"


def test_stage_change_from_the_panel(make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    window.panel.stage_requested.emit("rejected")
    assert window.panel.headline.text() == "Avslutad (fått nej)"


# --------------------------------------------------------------------------- deleting


def test_delete_asks_and_can_be_undone(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(plain_text, "question", answer)
    window.select_application("demo-fjallstuga")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert asked and "UX-designer" in asked[0]
    assert "UX-designer" not in titles(window)
    wait_saved(qtbot, window)
    assert store.load(demo_copy).find("demo-fjallstuga") is None

    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "UX-designer" in titles(window)
    wait_saved(qtbot, window)
    assert store.load(demo_copy).find("demo-fjallstuga") is not None
    window.redo_action.trigger()
    assert "UX-designer" not in titles(window)


def test_delete_cancelled_keeps_it(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    monkeypatch.setattr(plain_text, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.select_application("demo-fjallstuga")
    window.delete_action.trigger()
    assert "UX-designer" in titles(window)


# --------------------------------------------------------------------------- saving


def test_autosave_writes_a_valid_file_keeping_unknown_keys(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.panel.stage_requested.emit("withdrawn")  # on the selected (first) application
    wait_saved(qtbot, window)
    data = json.loads(demo_copy.read_text(encoding="utf-8"))
    assert data["demo"]["reference_now"] == "2026-11-26T09:00"
    assert store.load(demo_copy).find("demo-kodverket").stage == "withdrawn"  # type: ignore[union-attr]
    assert window.save_label.text() in ("All changes saved", "Alla ändringar sparade")


def test_invalid_store_is_left_byte_identical(
    tmp_path: Path,
    settings: QSettings,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from followup_gui.ui import app as app_module

    path = tmp_path / "broken.json"
    path.write_bytes(
        b'{"format": "followup-gui", "schema_version": 1, "applications": ['
        b'{"id": "a", "job_title": "Kock", "company": "Krogen", "applied_on": "2026-01-01"},'
        b'{"id": "b", "job_title": "", "company": "X", "applied_on": "2026-01-02"}]}'
    )
    before = path.read_bytes()
    with pytest.raises(store.StoreError, match="job_title"):
        app_module.build_window(path, lang="sv", clock=clock, settings=settings, interactive=False)
    monkeypatch.setattr(
        app_module, "ask_about_invalid_store", lambda *a, **k: app_module.InvalidChoice.QUIT
    )
    assert app_module.build_window(path, lang="sv", clock=clock, settings=settings) is None
    monkeypatch.setattr(
        app_module, "ask_about_invalid_store", lambda *a, **k: app_module.InvalidChoice.READ_ONLY
    )
    window = app_module.build_window(path, lang="sv", clock=clock, settings=settings)
    assert window is not None
    window.show()
    assert window.session.read_only
    assert titles(window) == ["Kock"]  # the valid part is shown
    assert not window.new_action.isEnabled()
    assert not window.delete_action.isEnabled()
    assert window.panel.follow_up_button.isHidden()
    assert window.panel.log_button.isHidden()
    assert window.banner.isVisible()
    assert "Application 2 (X): Job title is empty." in window.banner.text()  # no JSON
    assert "job_title" not in window.banner.text()
    window.close()
    assert path.read_bytes() == before


def test_window_state_is_restored(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.table.sortByColumn(Column.COMPANY, Qt.SortOrder.DescendingOrder)
    window.close()
    again = make_window(demo_copy)
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.COMPANY
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_panel_follows_the_search_at_a_pause(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    assert window.panel.title.text().startswith("Backend-utvecklare")
    qtbot.keyClicks(window.filter_edit, "kaffe")
    assert titles(window) == ["Innesäljare"]  # the list at once
    qtbot.waitUntil(lambda: window.panel.title.text().startswith("Innesäljare"), timeout=2000)
    window.table.setFocus()
    window.filter_edit.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == DEMO_COUNT, timeout=2000)
    window.select_application("demo-vattern")  # a click shows it at once
    assert window.panel.title.text().startswith("Handläggare")


def test_the_startup_question_speaks_of_the_application_not_json(
    ui_language: UiLanguage, tmp_path: Path
) -> None:
    """Issue 18.7: "Ansökan 2 (Krogen): Tjänst saknas", the JSON terms under Details."""
    from followup_gui.ui import app as app_module

    ui_language.switch("sv")
    path = tmp_path / "applications.json"
    path.write_text(
        '{"format": "followup-gui", "schema_version": 2, "applications": ['
        '{"id": "a", "job_title": "Kock", "company": "Krogen", "applied_on": "2026-01-01"},'
        '{"id": "b", "company": "Krogen", "applied_on": "2026-01-02"}]}'
    )
    with pytest.raises(store.StoreError) as caught:
        store.load(path)
    seen: dict[str, str] = {}

    def read(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.update(informative=box.informativeText(), details=box.detailedText())
        next(b for b in box.buttons() if b.text() == "Avsluta").click()

    when_dialog_opens(read)
    choice = app_module.ask_about_invalid_store(caught.value, None)
    assert choice is app_module.InvalidChoice.QUIT
    assert seen["informative"] == "Ansökan 2 (Krogen): Tjänst saknas."
    assert "applications[1]" in seen["details"] and str(path) in seen["details"]


def test_the_flows_are_made_when_first_used(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 27: the controllers behind the menus and the panel's buttons are not made for
    the first paint; the first action or button that needs one makes it, once."""
    from followup_gui.ui.controllers.application_edits import ApplicationEdits
    from followup_gui.ui.controllers.application_events import ApplicationEvents

    flows = {"edits", "events", "files", "conflicts", "app_dialogs", "replies", "saved_ads"}
    window = make_window(demo_copy)
    assert not flows & set(vars(window))  # the window painted without any of them
    profiles: list[object] = []

    def edit_profile(edits: ApplicationEdits) -> None:
        profiles.append(edits)

    monkeypatch.setattr(ApplicationEdits, "edit_profile", edit_profile)
    window.profile_action.trigger()
    window.profile_action.trigger()
    assert profiles == [window.edits, window.edits]  # made by the first, kept for the next
    stages: list[str] = []
    monkeypatch.setattr(ApplicationEvents, "set_stage", lambda _self, stage: stages.append(stage))
    window.panel.stage_requested.emit("rejected")  # a signal's arguments reach the slot
    assert stages == ["rejected"]
    assert "files" not in vars(window)
