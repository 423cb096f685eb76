"""Saved ads, "I have applied", town/source/how and attachments, driven like a user."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.model import AttachmentKind, How, Source, Stage
from followup_gui.store import attachments
from followup_gui.ui import plain_text
from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.applied_dialog import AppliedDialog
from followup_gui.ui.main_window import MainWindow

from ..conftest import DEMO_COUNT
from .conftest import WindowFactory, close_unasked, when_dialog_opens
from .test_main_window import click_ok, titles, wait_saved

AD = """Lagerkompaniet AB söker truckförare

Ort: Umeå
Sista ansökningsdag: 18 december 2026.
Frågor besvaras av Lena Berg, lena.berg@lagerkompaniet.example.
"""
TODAY = dt.date(2026, 11, 26)  # the clock fixture's day


def save_an_ad(qtbot: QtBot, window: MainWindow) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        assert dialog.windowTitle() == "Save an ad"  # (tests run without the catalogue)
        assert dialog.stage_combo.value() == Stage.SAVED.value
        assert not dialog.applied_edit.isVisible()  # not sent yet: no "applied on"
        dialog.ad_text.setPlainText(AD)
        dialog.read_ad()
        assert dialog.seeking.town() == "Umeå"  # the ad reader's town
        dialog.title_edit.clear()  # the ad's first line may have filled them (18.3)
        dialog.company_edit.clear()
        qtbot.keyClicks(dialog.title_edit, "Truckforare")
        qtbot.keyClicks(dialog.company_edit, "Lagerkompaniet AB")
        dialog.seeking.source_combo.set_value(Source.PLATSBANKEN)
        click_ok(dialog)

    when_dialog_opens(fill)
    window.save_ad_action.trigger()


def test_save_an_ad_then_apply(qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    window = make_window(path)
    save_an_ad(qtbot, window)
    assert titles(window) == ["Truckforare"]
    app = window.current_application()
    assert app is not None
    assert (app.stage, app.applied_on, app.town) == (Stage.SAVED, None, "Umeå")
    assert app.source is Source.PLATSBANKEN
    assert app.how is How.ADVERTISED
    assert window.panel.applied_button.isVisible()
    assert window.applied_action.isEnabled()
    assert "Umeå" in window.panel.details.text()
    wait_saved(qtbot, window)
    on_disk = store.load(path).applications[0]
    assert (on_disk.stage, on_disk.applied_on, on_disk.town) == (Stage.SAVED, None, "Umeå")

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, AppliedDialog)
        assert dialog.applied_on() == TODAY  # today unless changed
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
        click_ok(dialog)

    when_dialog_opens(answer)
    window.panel.applied_button.click()
    app = window.current_application()
    assert app is not None
    assert (app.stage, app.applied_on) == (Stage.APPLIED, TODAY - dt.timedelta(days=1))
    toast = window.statusBar().currentMessage()  # the day in words, not 2026-11-25 (issue 23)
    assert "sent onsdag 25 november." in toast and "2026-11-25" not in toast  # lang sv
    assert not window.panel.applied_button.isVisible()
    assert not window.applied_action.isEnabled()
    wait_saved(qtbot, window)
    assert store.load(path).applications[0].stage is Stage.APPLIED

    window.undo_action.trigger()  # back to a saved ad
    app = window.current_application()
    assert app is not None
    assert (app.stage, app.applied_on) == (Stage.SAVED, None)


def test_cancelling_i_have_applied_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "applications.json")
    save_an_ad(qtbot, window)
    when_dialog_opens(lambda dialog: dialog.reject())
    window.applied_action.trigger()
    app = window.current_application()
    assert app is not None
    assert app.stage is Stage.SAVED


def test_a_new_application_is_applied_and_keeps_town_source_and_how(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "applications.json")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        assert dialog.applied_edit.isVisible()
        dialog.title_edit.clear()  # the ad's first line may have filled them (18.3)
        dialog.company_edit.clear()
        qtbot.keyClicks(dialog.title_edit, "Kock")
        qtbot.keyClicks(dialog.company_edit, "Krogen")
        dialog.seeking.town_edit.setText("Luleå")
        dialog.seeking.how_combo.set_value(How.ASSIGNED)
        click_ok(dialog)

    when_dialog_opens(fill)
    window.new_action.trigger()
    app = window.current_application()
    assert app is not None
    assert (app.stage, app.applied_on, app.town, app.how) == (
        Stage.APPLIED,
        TODAY,
        "Luleå",
        How.ASSIGNED,
    )


# --------------------------------------------------------------------------- attachments


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "home" / "Personligt brev.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF letter")
    return path


def drop_files(window: MainWindow, files: list[Path]) -> None:
    target = window.panel.attachments.list
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPoint(5, 5).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)


def test_attach_by_drop_open_remove_and_undo(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_copy: Path,
    letter: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    drop_files(window, [letter])

    app = window.current_application()
    assert app is not None
    assert [(a.file, a.kind, a.added_on) for a in app.attachments] == [
        ("demo-vattern/Personligt brev.pdf", AttachmentKind.LETTER, TODAY)
    ]
    copy = demo_copy.parent / "attachments" / "demo-vattern" / "Personligt brev.pdf"
    assert copy.read_bytes() == b"%PDF letter"
    box = window.panel.attachments
    assert box.list.count() == 1
    assert "Personligt brev.pdf" in box.list.item(0).text()
    wait_saved(qtbot, window)
    assert store.load(demo_copy).find("demo-vattern").attachments == app.attachments  # type: ignore[union-attr]

    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    box.list.setCurrentRow(0)
    box.open_button.click()
    assert opened == [str(copy)]

    box.list.setCurrentRow(0)
    box.remove_button.click()
    app = window.current_application()
    assert app is not None
    assert app.attachments == []
    assert copy.exists()  # kept while the removal can be undone
    window.undo_action.trigger()
    app = window.current_application()
    assert app is not None
    assert len(app.attachments) == 1

    window.redo_action.trigger()  # removed again, and the window closes
    wait_saved(qtbot, window)
    window.close()
    assert not copy.exists()  # the copy goes with the undo history
    assert letter.exists()  # the user's own file is never touched


def test_attach_through_the_file_dialog_and_change_the_kind(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_copy: Path,
    letter: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(letter), str(letter)], "")
    )
    window.panel.attachments.add_button.click()
    app = window.current_application()
    assert app is not None
    assert [a.file for a in app.attachments] == [
        "demo-vattern/Personligt brev.pdf",
        "demo-vattern/Personligt brev (2).pdf",
    ]
    window.attachment_actions.set_kind(1, AttachmentKind.REPLY.value)
    app = window.current_application()
    assert app is not None
    assert app.attachments[1].kind is AttachmentKind.REPLY
    window.undo_action.trigger()
    window.undo_action.trigger()
    app = window.current_application()
    assert app is not None
    assert app.attachments == []
    wait_saved(qtbot, window)
    window.close()  # both copies were added and undone: they go
    assert not (demo_copy.parent / "attachments" / "demo-vattern").exists()


def test_a_file_that_cannot_be_attached_is_explained(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    shown: list[str] = []

    monkeypatch.setattr(plain_text, "warning", lambda *a, **k: shown.append(str(a[2])))
    assert window.attachment_actions.add_files([str(tmp_path)]) == 0
    assert shown and "folder" in shown[0]
    app = window.current_application()
    assert app is not None
    assert app.attachments == []


def test_the_example_data_cannot_take_attachments(
    make_window: WindowFactory, demo_copy: Path, letter: Path
) -> None:
    window = make_window(demo_copy)
    window.files.show_demo()
    assert window.session.path is None
    window.select_application("demo-vattern")
    assert window.attachment_actions.add_files([str(letter)]) == 0
    assert attachments.referenced(window.session.document) == set()


# --------------------------------------------------------------------------- zip export, import


def test_export_a_zip_and_import_it_into_another_store_with_its_files(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, letter: Path, tmp_path: Path
) -> None:
    from followup_gui.ui.dialogs.import_dialog import ImportDialog

    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    drop_files(window, [letter])
    export = tmp_path / "everything"
    assert window.files.export_to(export, "zip")
    assert (tmp_path / "everything.zip").exists()
    window.close()

    other = tmp_path / "laptop" / "applications.json"
    other.parent.mkdir()
    store.save(store.new_document(), other)
    second = make_window(other)

    def take_all(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        dialog.accept()

    when_dialog_opens(take_all)
    assert second.files.import_from(tmp_path / "everything.zip")
    arrived = second.session.document.find("demo-vattern")
    assert arrived is not None
    assert [a.file for a in arrived.attachments] == ["demo-vattern/Personligt brev.pdf"]
    copy = attachments.path_of(other, arrived.attachments[0])
    assert copy.read_bytes() == b"%PDF letter"
    assert copy.parent.parent == other.parent / "attachments"
    wait_saved(qtbot, second)
    assert len(store.load(other).applications) == DEMO_COUNT


def test_the_dialog_makes_a_saved_ad_without_a_date_and_reads_the_town(qtbot: QtBot) -> None:
    dialog = ApplicationDialog(None, lang="sv", today=TODAY, saved_ad=True)
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.ad_text.setPlainText(AD)
    dialog.read_ad()
    dialog.title_edit.setText("Truckförare")
    dialog.company_edit.setText("Lagerkompaniet AB")
    app = dialog.application()
    assert (app.stage, app.applied_on, app.town) == (Stage.SAVED, None, "Umeå")
    dialog.seeking.town_edit.setText("Skellefteå")
    dialog.seeking.town_edited.emit()  # typed by hand: a later read keeps it
    dialog.read_ad()
    assert dialog.seeking.town() == "Skellefteå"
    dialog.stage_combo.set_value(Stage.APPLIED)  # changed the stage: now it has a date
    assert dialog.application().applied_on == TODAY


def test_moving_a_saved_ad_on_by_its_stage_dates_it_today(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "applications.json")
    save_an_ad(qtbot, window)
    window.events.set_stage(Stage.INTERVIEW.value)
    app = window.current_application()
    assert app is not None
    assert (app.stage, app.applied_on) == (Stage.INTERVIEW, TODAY)
    wait_saved(qtbot, window)  # a stage other than "saved" without a date would not save


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "duplicate-key", "zip-escape"])
def test_import_refuses_a_hostile_file_and_changes_nothing(
    make_window: WindowFactory,
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    import os
    import zipfile

    source = tmp_path / f"hostile-{kind}"
    if kind == "fifo":
        os.mkfifo(source)
    elif kind == "duplicate-key":
        source.write_text(
            '{"format": "followup-gui", "schema_version": 2, '
            '"applications": [], "applications": []}'
        )
    else:
        with zipfile.ZipFile(source, "w") as archive:
            archive.writestr(
                "applications.json",
                '{"format": "followup-gui", "schema_version": 2, "applications": [{"id": "a", '
                '"job_title": "T", "company": "C", "applied_on": "2026-01-01", '
                '"attachments": [{"file": "../../x"}]}]}',
            )
    window = make_window(demo_copy)
    before = demo_copy.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(plain_text, "warning", lambda *a, **k: shown.append(str(a[2])))
    assert not window.files.import_from(source)
    assert shown
    assert window.proxy.rowCount() == DEMO_COUNT
    assert demo_copy.read_bytes() == before
