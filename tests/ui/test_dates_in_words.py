"""Issue 23 (30's leftover): the backup dialog and the import wizard say their days in words in
the UI's language ("måndag 2 november 2026 kl. 10.00", "1 juni"), never "2026-11-02"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from followup_gui.i18n import Lang
from followup_gui.importers import Column, read_source
from followup_gui.model import Document
from followup_gui.store.backups import Backup
from followup_gui.ui.dialogs.backup_dialog import BackupDialog
from followup_gui.ui.dialogs.import_wizard import ImportWizard


def made_column(qtbot: QtBot, tmp_path: Path, lang: Lang) -> list[str]:
    copy = tmp_path / "applications.json"
    copy.write_text('{"format": 2, "applications": []}', encoding="utf-8")
    items = [
        Backup(copy, dt.date(2026, 11, 2), dt.datetime(2026, 11, 2, 9, 5), "import"),
        Backup(copy, dt.date(2026, 10, 30), None, ""),
    ]
    dialog = BackupDialog(items, lang=lang)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(row, 0) for row in range(dialog.table.rowCount())]
    return [cell.text() for cell in cells if cell is not None]


def test_the_backups_are_dated_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    assert made_column(qtbot, tmp_path, "sv") == [
        "måndag 2 november 2026 kl. 09.05",
        "fredag 30 oktober 2026",
    ]
    assert made_column(qtbot, tmp_path, "en") == [
        "Monday 2 November 2026 at 09:05",
        "Friday 30 October 2026",
    ]


def test_the_import_preview_dates_in_words_in_swedish(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "egen.csv"
    path.write_text("Firma;Jobb;När\nBolaget AB;Snickare;2025-06-01\n", encoding="utf-8")
    wizard = ImportWizard(read_source(path), Document(), lang="sv")
    qtbot.addWidget(wizard)
    wizard.set_mapping(0, Column.COMPANY)
    wizard.set_mapping(1, Column.JOB_TITLE)
    wizard.set_mapping(2, Column.APPLIED_ON)
    wizard.next_button.click()
    text = wizard.list.item(0).text()
    assert text.endswith("(1 juni 2025)"), text  # another year's: with its year
    assert "2025-06-01" not in text
