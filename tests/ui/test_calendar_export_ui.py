"""The calendar export, reached from the main window."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog

from followup_gui.ui import plain_text

from .conftest import WindowFactory


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
    assert len(uids) == 12
    assert "demo-kodverket-thank-you-1@followup-gui" in uids
    assert "12" in window.statusBar().currentMessage()


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
        plain_text, "warning", lambda *a, **k: warnings.append(str(a[2]))
    )  # a folder named like the file: tmp_path.ics does not exist, so block it
    blocker = tmp_path.with_name(tmp_path.name + ".ics")
    blocker.mkdir()
    assert window.files.export_calendar() is None
    assert warnings and "folder" in warnings[0]
