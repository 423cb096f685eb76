"""The monthly activity report and the calendar export, reached from the main window."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui.ui.dialogs.report_dialog import ReportDialog

from .conftest import WindowFactory, when_dialog_opens


def table_texts(dialog: ReportDialog) -> list[list[str]]:
    table = dialog.table
    rows = []
    for r in range(table.rowCount()):
        cells = [table.item(r, c) for c in range(table.columnCount())]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows


def test_the_report_opens_from_the_file_menu(make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.report_action in file_menu.actions()
    assert window.calendar_action in file_menu.actions()
    seen: dict[str, Any] = {}

    def read_and_copy(dialog: QDialog) -> None:
        assert isinstance(dialog, ReportDialog)
        seen["month"] = dialog.month_combo.currentText()
        seen["rows"] = table_texts(dialog)
        seen["totals"] = dialog.totals_label.text()
        dialog.copy_button.click()
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.month_combo.setCurrentIndex(1)  # October
        seen["october"] = table_texts(dialog)
        dialog.reject()

    when_dialog_opens(read_and_copy)
    window.report_action.trigger()

    assert seen["month"] == "November 2026"
    rows = seen["rows"]
    assert len(rows) == 10
    assert rows[0] == [
        "2026-11-02",
        "Ansökan skickad",
        "Siffergruppen i Norrköping AB",
        "Redovisningsekonom",
    ]
    assert rows[5][:2] == ["2026-11-12", "Uppföljning via e-post"]
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert seen["totals"] == "6 ansökningar, 2 uppföljningar, 2 intervjuer"
    clipboard = seen["clipboard"]
    assert clipboard.startswith("Aktivitetsrapport november 2026\n")
    assert "2026-11-12  Uppföljning via e-post" in clipboard
    assert [r[0] for r in seen["october"]] == [
        "2026-10-12",
        "2026-10-19",
        "2026-10-20",
        "2026-10-21",
    ]


def test_the_report_in_english_and_saved_as_csv(
    make_window: WindowFactory,
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_copy, lang="en")
    target = tmp_path / "out" / "report"
    target.parent.mkdir()
    asked: list[str] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, ReportDialog)
        assert table_texts(dialog)[0][1] == "Application sent"
        dialog.csv_button.click()
        dialog.reject()

    when_dialog_opens(save)
    window.files.show_report()
    assert asked and asked[0].endswith("activity-report-2026-11.csv")
    written = target.with_name("report.csv")
    rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Date", "Activity", "Employer", "Job title", "Channel", "Note"]
    assert len(rows) == 11


def test_an_empty_month_has_nothing_to_copy(qtbot: QtBot) -> None:
    dialog = ReportDialog([], now=dt.datetime(2026, 11, 26, 9, 0), lang="en")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.copy_button.isEnabled()
    assert dialog.totals_label.text() == "Nothing recorded for this month."
    assert dialog.month_combo.count() == 12
    assert dialog.month_combo.itemText(11) == "December 2025"


def test_calendar_export_writes_an_ics_file(
    make_window: WindowFactory,
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_copy)
    target = tmp_path / "mina-händelser"
    asked: list[str] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    path = window.files.export_calendar()
    assert asked[0].endswith("followup-gui.ics")
    assert path == target.with_name("mina-händelser.ics")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    assert len(uids) == 10
    assert "demo-kodverket-thank-you-1@followup-gui" in uids
    assert "10" in window.statusBar().currentMessage()


def test_calendar_export_cancelled_or_failing(
    make_window: WindowFactory,
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_copy)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert window.files.export_calendar() is None

    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path), ""))
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: warnings.append(str(a[2]))
    )  # a folder named like the file: tmp_path.ics does not exist, so block it
    blocker = tmp_path.with_name(tmp_path.name + ".ics")
    blocker.mkdir()
    assert window.files.export_calendar() is None
    assert warnings and "folder" in warnings[0]
