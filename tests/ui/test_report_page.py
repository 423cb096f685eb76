"""The activity report page: the month now due, copying field by field, stand-alone
activities, marking a month reported, and the files it writes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from followup_gui.model import Activity, ActivityKind, Purpose, Stage
from followup_gui.ui.dialogs.event_dialogs import ContactDialog
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.report.activity_dialog import ActivityDialog
from followup_gui.ui.report.page import COPY_COLUMN, ReportPage

from .conftest import DEMO_NOW, WindowFactory, when_dialog_opens


def open_report(window: MainWindow) -> ReportPage:
    window.report_action.trigger()
    assert window.pages.current_key() == "report"
    page = window.report.page
    assert page is not None and page.isVisible()
    return page


def texts(page: ReportPage) -> list[list[str]]:
    table = page.table
    rows = []
    for r in range(table.rowCount()):
        cells = [table.item(r, c) for c in range(COPY_COLUMN)]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows


def test_the_report_opens_on_the_month_now_due(
    make_window: WindowFactory, demo_copy: Path, qtbot: QtBot
) -> None:
    window = make_window(demo_copy)
    # 26 November, October not reported: October is due and late (its last day was the
    # 16th), and the status bar and the page say that it has passed (issue 23.8)
    reminder = window.status.report_label
    qtbot.waitUntil(reminder.isVisible)
    assert "Rapporten för oktober är försenad – sista dagen var måndag 16 november" in (
        reminder.text()
    )
    assert "Rapportera" not in reminder.text()
    page = open_report(window)
    assert page.month_combo.currentText() == "Oktober 2026"
    assert page.deadline_label.text() == (
        "Rapporten för oktober skulle ha lämnats senast måndag 16 november"
    )
    rows = texts(page)
    assert [r[:4] for r in rows] == [
        ["2026-10-12", "Sökt jobb", "Telekompaniet Norr AB", "Kundtjänstmedarbetare"],
        ["2026-10-19", "Sökt jobb", "Kodverket AB", "Backend-utvecklare"],
        ["2026-10-20", "Sökt jobb", "Byggbolaget Kustlinjen AB", "Projektledare bygg"],
        ["2026-10-21", "Uppföljning av ansökan via e-post", "Fintech Sthlm AB", "Systemutvecklare"],
    ]
    assert page.table.horizontalHeaderItem(0).text() == "Datum"  # type: ignore[union-attr]
    assert page.totals_label.text().startswith("3 ansökningar, 0 intervjuer, 1 uppföljning")
    # another month, and back to the list
    page.month_combo.setCurrentIndex(0)
    assert page.report.month == (2026, 11)
    assert page.deadline_label.text() == "Rapportera november senast måndag 14 december"
    page.back_button.click()
    assert window.pages.current_key() == "applications"


def test_copy_a_row_and_each_field(make_window: WindowFactory, demo_copy: Path) -> None:
    page = open_report(make_window(demo_copy))
    button = page.table.cellWidget(1, COPY_COLUMN)
    assert isinstance(button, QToolButton)
    button.click()
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "\t".join(
        [
            "2026-10-19",
            "Sökt jobb",
            "Kodverket AB",
            "Backend-utvecklare",
            "Linköping",
            "Annonserat jobb",
        ]
    )
    assert page.selected_row() == 1
    assert [label.text() for label in page.field_values][:3] == [
        "2026-10-19",
        "Sökt jobb",
        "Kodverket AB",
    ]
    page.field_buttons[3].click()
    assert clipboard.text() == "Backend-utvecklare"
    page.field_buttons[5].click()
    assert clipboard.text() == "Annonserat jobb"
    page.copy_button.click()
    assert clipboard.text().startswith("Aktivitetsrapport oktober 2026\n")


def test_add_an_activity_in_the_dialog_then_undo_and_redo(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    page = open_report(window)
    page.month_combo.setCurrentIndex(0)  # November, the month being collected

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActivityDialog)
        dialog.kind.set_value(ActivityKind.CAREER_GUIDANCE)
        note = dialog.findChild(QLineEdit)
        assert isinstance(note, QLineEdit)
        note.setText("Samtal med handläggaren")
        dialog.accept()

    when_dialog_opens(fill)
    page.add_button.click()
    activities = window.session.document.activities
    assert [(a.on, a.kind, a.note) for a in activities] == [
        (DEMO_NOW.date(), ActivityKind.CAREER_GUIDANCE, "Samtal med handläggaren")
    ]
    rows = texts(page)
    assert [
        "2026-11-26",
        "Samtal med studie- och yrkesvägledare",
        "",
        "",
        "",
        "",
        "",
        "Samtal med handläggaren",
    ] in rows
    assert "1 annan aktivitet" in page.totals_label.text()
    window.undo_action.trigger()
    assert window.session.document.activities == []
    assert "Samtal med studie- och yrkesvägledare" not in str(texts(page))
    window.redo_action.trigger()
    assert len(window.session.document.activities) == 1


def test_edit_and_remove_an_activity(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy)
    page = open_report(window)
    added = Activity("act-1", dt.date(2026, 10, 5), ActivityKind.SFI, "")
    monkeypatch.setattr(ActivityDialog, "ask", classmethod(lambda cls, *a, **k: added))
    page.add_button.click()
    row = next(i for i, r in enumerate(texts(page)) if r[1] == "Svenska för invandrare (sfi)")
    assert not page.edit_button.isEnabled()
    page.table.selectRow(row)
    assert page.edit_button.isEnabled() and page.remove_button.isEnabled()
    changed = Activity("act-1", dt.date(2026, 10, 6), ActivityKind.COURSE_APPLIED, "Yrkesvux")
    monkeypatch.setattr(ActivityDialog, "ask", classmethod(lambda cls, *a, **k: changed))
    page.edit_button.click()
    assert window.session.document.activities == [changed]
    assert ["2026-10-06", "Sökt utbildning eller kurs"] in [r[:2] for r in texts(page)]
    row = next(i for i, r in enumerate(texts(page)) if r[1] == "Sökt utbildning eller kurs")
    page.table.selectRow(row)
    page.remove_button.click()
    assert window.session.document.activities == []
    window.undo_action.trigger()
    assert window.session.document.activities == [changed]


def test_mark_a_month_reported_and_take_it_back(
    make_window: WindowFactory, demo_copy: Path, qtbot: QtBot
) -> None:
    window = make_window(demo_copy)
    qtbot.waitUntil(window.status.report_label.isVisible)
    page = open_report(window)
    assert page.mark_button.text() == "Mark as reported"
    page.mark_button.click()
    reported = window.session.document.reported_months
    assert [(e.month, e.reported_on) for e in reported] == [("2026-10", DEMO_NOW.date())]
    assert page.deadline_label.text() == "Rapporterad torsdag 26 november 2026"
    assert page.mark_button.text() == "Mark as not reported"
    assert not window.status.report_label.isVisible()
    # the Undo menu names the month in words, not "2026-10" (issue 23)
    from followup_gui.i18n import month_name
    from followup_gui.ui.store_error_text import ui_lang

    month = month_name(10, ui_lang())  # the UI's language (the suite may have left Swedish)
    assert window.session.undo_stack.undoText() == f"Mark {month} 2026 as reported"
    # the month now due is November (still being collected): it cannot be marked yet
    window.show_report()
    assert page.report.month == (2026, 11)
    assert not page.mark_button.isEnabled()
    window.undo_action.trigger()
    assert window.session.document.reported_months == []
    assert window.status.report_label.isVisible()


def test_english_headings_and_swedish_rows(make_window: WindowFactory, demo_copy: Path) -> None:
    page = open_report(make_window(demo_copy, lang="en"))
    assert page.deadline_label.text() == "The report for October was due by Monday 16 November"
    assert page.table.horizontalHeaderItem(0).text() == "Datum\n(Date)"  # type: ignore[union-attr]
    assert texts(page)[0][1] == "Sökt jobb"
    assert page.mark_button.text() == "Mark as reported"
    assert page.field_buttons[0].text() == "Copy Datum (Date)"


def test_csv_and_pdf(
    make_window: WindowFactory,
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_report(make_window(demo_copy))
    asked: list[str] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(tmp_path / "rapport"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page.csv_button.click()
    assert asked[-1].endswith("aktivitetsrapport-2026-10.csv")
    rows = list(
        csv.reader(io.StringIO((tmp_path / "rapport.csv").read_text("utf-8-sig")), delimiter=";")
    )
    assert rows[0][:6] == [
        "Datum",
        "Aktivitet",
        "Arbetsgivare",
        "Tjänst",
        "Ort",
        "Typ av ansökan",
    ]
    assert len(rows) == 5
    page.pdf_button.click()
    assert asked[-1].endswith("aktivitetsrapport-2026-10.pdf")
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")


SILENT_STORE = {
    "format": "followup-gui",
    "schema_version": 1,
    "profile": {"name": "Test"},
    "applications": [
        {
            "id": "silent",
            "job_title": "Ekonom",
            "company": "Tysta AB",
            "applied_on": "2026-09-01",
            "contacts": [
                {"at": "2026-09-20T10:00", "channel": "email", "purpose": "follow_up", "note": ""}
            ],
        },
        {"id": "next", "job_title": "Säljare", "company": "Nästa AB", "applied_on": "2026-11-02"},
    ],
}


def test_close_a_silent_application_and_move_on(make_window: WindowFactory, tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    path.write_text(json.dumps(SILENT_STORE), encoding="utf-8")
    window = make_window(path)
    window.select_application("silent")
    button = window.panel.close_button
    assert button.isVisible()
    assert "Inget svar på länge" in window.panel.headline.text()
    assert "tre arbetsveckor" in window.panel.warning.text()
    button.click()
    assert window.session.document.find("silent").stage is Stage.REJECTED  # type: ignore[union-attr]
    assert "Ekonom" in window.statusBar().currentMessage()
    current = window.current_application()
    assert current is not None and current.id == "next"
    assert not window.panel.close_button.isVisible()
    window.undo_action.trigger()
    assert window.session.document.find("silent").stage is Stage.APPLIED  # type: ignore[union-attr]
    window.select_application("silent")
    window.panel.close_button.withdrawn_action.trigger()
    assert window.session.document.find("silent").stage is Stage.WITHDRAWN  # type: ignore[union-attr]


def test_the_contact_dialog_offers_a_reply_from_the_employer(qtbot: object) -> None:
    dialog = ContactDialog(None, now=DEMO_NOW, lang="sv", purpose=Purpose.REPLY)
    try:
        assert dialog.contact().purpose is Purpose.REPLY
        assert dialog.purpose.currentText() == "Reply from the employer"
    finally:
        dialog.deleteLater()
