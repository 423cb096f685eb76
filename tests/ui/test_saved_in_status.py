"""“Saved in …” in the status bar after every save to a file (issue 23, minor): the
exports (zip, JSON, CSV), the calendar's .ics file and the report's CSV and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from .conftest import WindowFactory
from .languages import UiLanguage
from .test_report_page import open_report


def _answer(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_save_says_where(
    make_window: WindowFactory,
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ui_language: UiLanguage,
    lang: str,
) -> None:
    ui_language.switch(lang)  # type: ignore[arg-type]
    window = make_window(demo_copy, lang=lang)
    saved = "Sparad i" if lang == "sv" else "Saved in"

    def said() -> str:
        return window.statusBar().currentMessage()

    for kind in ("zip", "json", "csv"):
        target = tmp_path / f"export.{kind}"
        window.statusBar().clearMessage()
        assert window.files.export_to(target, kind)
        assert said().startswith(f"{saved} {target}."), said()
    _answer(monkeypatch, tmp_path / "kalender")
    window.statusBar().clearMessage()
    assert window.files.export_calendar() is not None
    assert said().startswith(f"{saved} {tmp_path / 'kalender.ics'}."), said()
    assert "12" in said()  # how many events, still

    page = open_report(window)
    _answer(monkeypatch, tmp_path / "rapport")
    window.statusBar().clearMessage()
    page.csv_button.click()
    assert said() == f"{saved} {tmp_path / 'rapport.csv'}."
    window.statusBar().clearMessage()
    page.pdf_button.click()
    assert said() == f"{saved} {tmp_path / 'rapport.pdf'}."


def test_a_failed_save_does_not_say_saved(
    make_window: WindowFactory, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup_gui.ui import plain_text

    window = make_window(demo_copy, lang="en")
    monkeypatch.setattr(plain_text, "warning", lambda *a, **k: None)
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    window.statusBar().clearMessage()
    assert not window.files.export_to(tmp_path / "a-file" / "x.json", "json")
    assert "Saved in" not in window.statusBar().currentMessage()
