"""A Platsbanken link in the application dialog, the duplicate warning, and the import wizard."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui.importers import Column, read_source
from followup_gui.model import Application, Document, Source
from followup_gui.reading import jobtech
from followup_gui.ui import plain_text
from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.import_wizard import ImportWizard
from followup_gui.ui.dialogs.settings_dialog import SettingsDialog
from followup_gui.ui.state.preferences import (
    ad_fetch_enabled,
    ad_fetch_notice_shown,
    set_ad_fetch_notice_shown,
)

from .. import ad_server
from ..ad_server import AdServer
from .conftest import WindowFactory, close_unasked, when_dialog_opens

LINK = "https://arbetsformedlingen.se/platsbanken/annonser/28746073"
TODAY = dt.date(2024, 4, 25)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[AdServer]:
    with AdServer() as running:
        monkeypatch.setenv(jobtech.ENV_BASE_URL, running.url)
        yield running


@pytest.fixture
def told(settings: QSettings) -> QSettings:
    """Settings where the first-use notice about the network was already shown."""
    set_ad_fetch_notice_shown(settings)
    return settings


def _dialog(
    qtbot: QtBot, settings: QSettings, others: list[Application] | None = None
) -> ApplicationDialog:
    dialog = ApplicationDialog(None, lang="en", today=TODAY, settings=settings, others=others or [])
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    return dialog


def _paste(dialog: ApplicationDialog, text: str) -> None:
    QApplication.clipboard().setText(text)
    edit = dialog.ad_tools.row.edit
    edit.setFocus()
    edit.paste()


def test_pasting_a_link_fills_the_dialog_from_platsbanken(
    qtbot: QtBot, told: QSettings, server: AdServer
) -> None:
    dialog = _dialog(qtbot, told)
    row = dialog.ad_tools.row
    with qtbot.waitSignal(row.fetched, timeout=5000):
        _paste(dialog, LINK)
    assert server.requests[0][0] == "/ad/28746073"
    assert dialog.title_edit.text() == "Group Product Manager - Customer Care"
    assert dialog.company_edit.text() == "Volvo Personvagnar AB"
    assert dialog.deadline_edit.value() == dt.date(2024, 5, 8)
    assert (dialog.contact_name.text(), dialog.contact_phone.text()) == (
        "Jonas Berglin",
        "+46 31590000",
    )
    assert dialog.url_edit.text() == LINK
    assert dialog.ad_text.toPlainText().startswith("Who are we?")
    assert "contactrh.com/jobs/9669/42438554" in dialog.notes_edit.toPlainText()
    origins = dialog.ad_tools.origins
    assert origins.isVisible() and "From Platsbanken:" in origins.text()
    assert "Employer" in origins.text() and "Deadline" in origins.text()
    assert "Filled from Platsbanken (ad 28746073)" in row.status.text()
    app = dialog.application()
    assert (app.source, app.town) == (Source.PLATSBANKEN, "Stockholm")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()


def test_the_dialog_stays_usable_while_fetching_and_keeps_what_was_typed(
    qtbot: QtBot, told: QSettings, server: AdServer
) -> None:
    dialog = _dialog(qtbot, told)
    row = dialog.ad_tools.row
    row.edit.setText(ad_server.SLOW)
    row.fetch()
    assert row.busy
    qtbot.keyClicks(dialog.title_edit, "My own title")  # the dialog answers meanwhile
    dialog.notes_edit.setPlainText("Ringde Jonas")
    with qtbot.waitSignal(row.fetched, timeout=8000):
        server.release.set()
    assert not row.busy
    assert dialog.title_edit.text() == "My own title"
    assert dialog.company_edit.text() == "Volvo Personvagnar AB"
    notes = dialog.notes_edit.toPlainText()
    assert notes.startswith("Ringde Jonas\n\n") and "contactrh.com" in notes


def test_closing_the_dialog_while_fetching_is_harmless(
    qtbot: QtBot, told: QSettings, server: AdServer
) -> None:
    dialog = ApplicationDialog(None, lang="en", today=TODAY, settings=told)  # deleted below
    dialog.show()
    row = dialog.ad_tools.row
    row.edit.setText(ad_server.SLOW)
    row.fetch()
    worker = row.worker
    assert worker is not None and worker.is_alive()
    close_unasked(dialog)  # the link typed here is a test's, not the user's (18.5)
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(50)  # let the deferred delete run: the row and its courier are gone
    server.release.set()
    worker.join(8)
    assert not worker.is_alive()
    qtbot.wait(50)  # an answer for nobody is dropped, not delivered to a deleted widget


@pytest.mark.parametrize(
    ("ad", "says"),
    [
        (ad_server.NOT_FOUND, "Platsbanken has no ad 10404"),
        (ad_server.SERVER_ERROR, "technical problem"),
        (ad_server.HTML, "did not answer with an ad"),
    ],
)
def test_a_failed_fetch_says_why_and_changes_nothing(
    qtbot: QtBot, told: QSettings, server: AdServer, ad: str, says: str
) -> None:
    dialog = _dialog(qtbot, told)
    dialog.title_edit.setText("Typed before")
    row = dialog.ad_tools.row
    row.edit.setText(ad)
    with qtbot.waitSignal(row.failed, timeout=5000) as failed:
        row.fetch()
    assert says in str(failed.args[0])
    assert says in row.status.text() and row.status.isVisible()
    assert dialog.title_edit.text() == "Typed before"
    assert dialog.company_edit.text() == ""
    assert not row.busy


def test_a_timeout_ends_the_wait(qtbot: QtBot, told: QSettings, server: AdServer) -> None:
    dialog = _dialog(qtbot, told)
    row = dialog.ad_tools.row
    row.timeout = 0.3
    row.edit.setText(ad_server.SLOW)
    with qtbot.waitSignal(row.failed, timeout=5000) as failed:
        row.fetch()
    assert "did not answer within 0.3 seconds" in str(failed.args[0])


def test_something_that_is_no_link_is_answered_without_the_network(
    qtbot: QtBot, told: QSettings, server: AdServer
) -> None:
    dialog = _dialog(qtbot, told)
    row = dialog.ad_tools.row
    row.edit.setText("https://www.linkedin.com/jobs/view/4077276177")
    row.fetch()
    assert "does not look like a Platsbanken link" in row.status.text()
    assert server.requests == []


def test_the_first_fetch_tells_what_is_sent_and_no_turns_it_off(
    qtbot: QtBot, settings: QSettings, server: AdServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(plain_text, "question", answer)
    dialog = _dialog(qtbot, settings)
    row = dialog.ad_tools.row
    row.edit.setText("28746073")
    row.fetch()
    assert asked and "Only the ad's id is sent" in asked[0]
    assert server.requests == []
    assert not ad_fetch_enabled(settings) and ad_fetch_notice_shown(settings)
    assert row.isHidden()
    assert _dialog(qtbot, settings).ad_tools.row.isHidden()


def test_the_first_fetch_yes_fetches_and_is_not_asked_again(
    qtbot: QtBot, settings: QSettings, server: AdServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append("?")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(plain_text, "question", answer)
    for _ in range(2):
        dialog = _dialog(qtbot, settings)
        row = dialog.ad_tools.row
        row.edit.setText("22884504")
        with qtbot.waitSignal(row.fetched, timeout=5000):
            row.fetch()
    assert asked == ["?"]
    assert len(server.requests) == 2


def test_settings_turn_fetching_off(qtbot: QtBot, told: QSettings) -> None:
    settings_dialog = SettingsDialog(told, lang="en", tray_available=False)
    qtbot.addWidget(settings_dialog)
    assert settings_dialog.fetch_ads.isChecked()
    settings_dialog.fetch_ads.setChecked(False)
    settings_dialog.accept()
    assert not ad_fetch_enabled(told)
    assert _dialog(qtbot, told).ad_tools.row.isHidden()


# ---- the same ad twice -------------------------------------------------------------------


def test_the_same_ad_again_is_warned_about_with_a_link_and_may_still_be_saved(
    qtbot: QtBot, told: QSettings, server: AdServer
) -> None:
    old = Application("old-1", "Product Manager", "Volvo Cars", dt.date(2024, 4, 1), ad_url=LINK)
    dialog = _dialog(qtbot, told, [old])
    note = dialog.ad_tools.duplicates
    assert not note.isVisible()
    with qtbot.waitSignal(dialog.ad_tools.row.fetched, timeout=5000):
        _paste(dialog, LINK)
    qtbot.waitUntil(note.isVisible, timeout=3000)
    assert "Product Manager – Volvo Cars" in note.text()
    assert "href='app:old-1'" in note.text() and "same Platsbanken ad" in note.text()
    with qtbot.waitSignal(note.show_other) as shown:
        note.linkActivated.emit("app:old-1")
    assert shown.args == ["old-1"]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_a_similar_title_at_the_same_employer_is_warned_about_while_typing(
    qtbot: QtBot, told: QSettings
) -> None:
    old = Application("old-2", "Lagerarbetare till Kiruna", "Acme AB", dt.date(2024, 4, 1))
    dialog = _dialog(qtbot, told, [old])
    note = dialog.ad_tools.duplicates
    qtbot.keyClicks(dialog.title_edit, "Lagerarbetare - Kiruna")
    qtbot.keyClicks(dialog.company_edit, "ACME")
    qtbot.waitUntil(note.isVisible, timeout=3000)
    assert "same employer and a similar title" in note.text()
    dialog.company_edit.setText("Globex")
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=3000)


def test_the_link_selects_the_other_one_in_the_window(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    other = window.session.document.applications[0]
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        dialog.title_edit.setText(other.job_title)
        dialog.company_edit.setText(other.company)
        note = dialog.ad_tools.duplicates
        qtbot.waitUntil(note.isVisible, timeout=3000)
        note.linkActivated.emit(f"app:{other.id}")
        current = window.current_application()
        seen["selected"] = current.id if current else None
        close_unasked(dialog)
        dialog.reject()

    window.select_application(window.session.document.applications[1].id)
    when_dialog_opens(fill)
    window.edits.new_application()
    assert seen["selected"] == other.id


# ---- the import wizard -----------------------------------------------------------------------


def test_the_csv_mapping_step(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "egen.csv"
    path.write_text(
        "Firma;Jobb;När;Vem\nBolaget AB;Snickare;2026-06-01;Per\nAnnat AB;Målare;igår;Eva\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(read_source(path), Document(), lang="en")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.pages.currentIndex() == 0
    assert wizard.table.rowCount() == 4
    examples = wizard.table.item(0, 1)
    assert examples is not None and examples.text() == "Bolaget AB · Annat AB"
    assert not wizard.next_button.isEnabled()
    assert "job title and one for the employer" in wizard.mapping_status.text()
    wizard.set_mapping(0, Column.COMPANY)
    wizard.set_mapping(1, Column.JOB_TITLE)
    assert wizard.next_button.isEnabled()
    assert wizard.mapping_status.text().startswith("2 row")
    wizard.set_mapping(2, Column.APPLIED_ON)
    wizard.set_mapping(3, Column.CONTACT_NAME)
    status = wizard.mapping_status.text()
    assert status.startswith("1 row") and "problem" in status and "next step" in status
    wizard.next_button.click()
    assert wizard.pages.currentIndex() == 1
    assert wizard.import_button.isVisible() and wizard.import_button.isEnabled()
    assert "1 new, 0 changed, 0 already here" in wizard.summary.text()
    this_year = dt.date.today().year == 2026  # the day in words, the year when not this one
    june = "1 June" if this_year else "1 June 2026"
    assert wizard.list.item(0).text() == f"New: Snickare – Bolaget AB ({june})"
    assert wizard.problems.count() == 1
    assert wizard.problems.item(0).text().startswith("line 3, När: 'igår' is not a date")
    assert wizard.chosen_ids() == {wizard.plan.merge.new[0].id}  # type: ignore[union-attr]
    wizard.back_button.click()
    assert wizard.pages.currentIndex() == 0


def test_linkedin_import_through_the_window_is_one_undo_step(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, tmp_path: Path
) -> None:
    source = tmp_path / "Job Applications.csv"
    source.write_text(
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
        "Resume Name,Question And Answers\n"
        '"11/20/26, 8:15 AM",,,Acme AB,Lagerarbetare,http://www.linkedin.com/jobs/view/1,cv.pdf,\n'
        '"11/21/26, 9:00 AM",,,Globex,Analyst,http://www.linkedin.com/jobs/view/2,cv.pdf,\n',
        encoding="utf-8",
    )
    window = make_window(demo_copy, lang="en")
    rows = window.proxy.rowCount()
    before = {a.id for a in window.session.document.applications}
    seen: dict[str, object] = {}

    def go(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportWizard)
        seen["mapping"] = [c.currentText() for c in dialog.combos]
        dialog.next_button.click()
        seen["listed"] = dialog.list.count()
        dialog.accept()

    when_dialog_opens(go)
    assert window.files.import_from(source)
    assert seen["mapping"][:4] == ["Applied (date)", "Email", "Phone", "Company"]  # type: ignore[index]
    assert seen["listed"] == 2
    assert window.proxy.rowCount() == rows + 2
    added = [a for a in window.session.document.applications if a.id not in before]
    assert {a.company for a in added} == {"Acme AB", "Globex"}
    assert {a.source for a in added} == {Source.LINKEDIN}
    window.undo_action.trigger()
    assert window.proxy.rowCount() == rows


def test_a_row_that_looks_like_one_already_here_is_left_unticked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    here = Application("k1", "Backend-utvecklare", "Kodverket AB", dt.date(2026, 10, 19))
    path = tmp_path / "ark.csv"
    path.write_text(
        "Företag;Tjänst;Sökt\nKodverket AB;Backend-utvecklare;2026-11-02\nIca;Kassör;2026-11-03\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(read_source(path), Document(applications=[here]), lang="en")
    qtbot.addWidget(wizard)
    wizard.next_button.click()
    twin, fresh = wizard.list.item(0), wizard.list.item(1)
    assert twin is not None and fresh is not None
    assert twin.text().endswith("maybe already here as Backend-utvecklare – Kodverket AB")
    assert twin.checkState() == Qt.CheckState.Unchecked
    assert fresh.checkState() == Qt.CheckState.Checked
    assert len(wizard.chosen_ids()) == 1


def test_save_ad_from_a_link_keeps_town_and_source(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_copy: Path,
    server: AdServer,
    settings: QSettings,
) -> None:
    set_ad_fetch_notice_shown(settings)
    window = make_window(demo_copy, lang="en")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        row = dialog.ad_tools.row
        with qtbot.waitSignal(row.fetched, timeout=5000):
            _paste(dialog, LINK)
        assert dialog.seeking.town() == "Stockholm"
        assert dialog.seeking.source() is Source.PLATSBANKEN
        dialog.accept()

    when_dialog_opens(fill)
    window.saved_ads.save_ad()
    saved = [a for a in window.session.document.applications if a.ad_url == LINK]
    assert len(saved) == 1
    app = saved[0]
    assert (app.stage.value, app.applied_on, app.town, app.source) == (
        "saved", None, "Stockholm", Source.PLATSBANKEN,
    )  # fmt: skip
    assert app.company == "Volvo Personvagnar AB"


def test_a_malformed_answer_shows_the_command_lines_sentence(
    qtbot: QtBot, told: QSettings, server: AdServer
) -> None:
    """An answer nested 100,000 deep: the dialog says what ``fetch-ad`` says, not a traceback."""
    body = b'{"headline": "Kock", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    server.raw["30001"] = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body
    )  # fmt: skip
    dialog = _dialog(qtbot, told)
    row = dialog.ad_tools.row
    row.edit.setText("30001")
    with qtbot.waitSignal(row.failed, timeout=5000) as failed:
        row.fetch()
    said = "Platsbanken's answer could not be read (nested more than 64 deep)."
    assert failed.args[0] == said and row.status.text() == said
    assert dialog.title_edit.text() == ""


def test_a_date_no_application_can_have_is_left_out_and_the_dialog_says_so(
    qtbot: QtBot, told: QSettings, server: AdServer
) -> None:
    server.extra["30002"] = {
        "id": "30002", "headline": "Kock", "employer": {"name": "Krogen AB"},
        "application_deadline": "9999-12-31",
    }  # fmt: skip
    dialog = _dialog(qtbot, told)
    row = dialog.ad_tools.row
    row.edit.setText("30002")
    with qtbot.waitSignal(row.fetched, timeout=5000) as fetched:
        row.fetch()
    assert fetched.args[0].application.deadline is None
    assert dialog.title_edit.text() == "Kock"
    assert "deadline 9999-12-31, which no application can have" in row.status.text()


def test_the_wizard_leaves_out_a_row_the_store_would_refuse_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "egen.csv"
    path.write_text(
        "Företag;Tjänst;Sökt\nBolaget AB;Snickare;2026-06-01\n"
        f"Annat AB;{'M' * 1500};2026-06-02\nTredje AB;Målare;9999-12-31\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(read_source(path), Document(), lang="en")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.mapping_status.text().startswith("1 row")
    wizard.next_button.click()
    assert "1 new, 0 changed, 0 already here" in wizard.summary.text()
    assert [wizard.problems.item(n).text() for n in range(wizard.problems.count())] == [
        "line 3, Tjänst: has 1 500 characters; at most 1 000 are allowed (row left out)",
        "line 4, Sökt: '9999-12-31' is outside the years 1900-2199 this app keeps (row left out)",
    ]


def test_linkedins_contact_columns_are_offered_for_the_profile_not_the_employer(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 23.3: "Contact Email"/"Contact Phone Number" are the applicant's own."""
    data = json.loads(demo_copy.read_text(encoding="utf-8"))
    data["profile"].update(email="", phone="")
    demo_copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    source = tmp_path / "Job Applications.csv"
    source.write_text(
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
        "Resume Name,Question And Answers\n"
        '"11/20/26, 8:15 AM",me@example.se,070-111 22 33,Acme AB,Lagerarbetare,'
        "http://www.linkedin.com/jobs/view/1,cv.pdf,\n",
        encoding="utf-8",
    )
    window = make_window(demo_copy, lang="en")
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(plain_text, "question", question)

    def go(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportWizard)
        dialog.next_button.click()
        dialog.accept()

    when_dialog_opens(go)
    assert window.files.import_from(source)
    acme = next(a for a in window.session.document.applications if a.company == "Acme AB")
    assert (acme.contact.email, acme.contact.phone) == ("", "")
    assert len(asked) == 1 and "me@example.se" in asked[0] and "070-111 22 33" in asked[0]
    profile = window.session.document.profile
    assert (profile.email, profile.phone) == ("me@example.se", "070-111 22 33")
    window.undo_action.trigger()
    assert window.session.document.profile.email == ""
