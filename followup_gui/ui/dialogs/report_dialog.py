"""“Monthly activity report…”: a month's applications, follow-ups and interviews.

The facts a job seeker copies into Arbetsförmedlingen's monthly activity report: date,
employer, job title and how it was done. The rows and their words come from
:mod:`followup_gui.report`; this dialog only shows them, copies them and saves them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import store
from ...i18n import Lang
from ...model import Application
from ...report import (
    ActivityReport,
    Month,
    activity_report,
    as_csv,
    as_text,
    month_title,
    previous_months,
    table_rows,
    totals,
)

MONTHS_SHOWN = 12


class ReportDialog(QDialog):
    """Pick a month (the current one first), read the rows, copy or save them."""

    def __init__(
        self,
        applications: Sequence[Application],
        *,
        now: dt.datetime,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly activity report"))
        self.applications = list(applications)
        self.now = now
        self.lang = lang
        self.report: ActivityReport = activity_report(
            self.applications, (now.year, now.month), until=now
        )

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything you did in a month, for Arbetsförmedlingen's activity report: "
                "applications sent, follow-ups and interviews, with date, employer and job."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        month_label = QLabel(self.tr("&Month:"))
        self.month_combo = QComboBox()
        self.months: list[Month] = previous_months(now.date(), MONTHS_SHOWN)
        for month in self.months:
            title = month_title(month, lang)
            self.month_combo.addItem(title[:1].upper() + title[1:])
        month_label.setBuddy(self.month_combo)
        row.addWidget(month_label)
        row.addWidget(self.month_combo)
        row.addStretch(1)
        layout.addLayout(row)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Activity"), self.tr("Employer"), self.tr("Job title")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)

        self.totals_label = QLabel()
        layout.addWidget(self.totals_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the report as text, to paste it elsewhere"))
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.csv_button.clicked.connect(self.save_csv_dialog)
        layout.addWidget(buttons)

        self.month_combo.currentIndexChanged.connect(self._on_month)
        self._fill()
        self.resize(760, 480)

    # ------------------------------------------------------------------ contents

    def _on_month(self, index: int) -> None:
        if 0 <= index < len(self.months):
            self.set_month(self.months[index])

    def set_month(self, month: Month) -> None:
        """Show ``month`` (one of the combo's, or any other)."""
        if month in self.months:
            index = self.months.index(month)
            if self.month_combo.currentIndex() != index:
                self.month_combo.setCurrentIndex(index)  # comes back here through the signal
                return
        self.report = activity_report(self.applications, month, until=self.now)
        self._fill()

    def _fill(self) -> None:
        rows = table_rows(self.report, self.lang)
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if rows:
            self.totals_label.setText(totals(self.report, self.lang))
        else:
            self.totals_label.setText(self.tr("Nothing recorded for this month."))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setEnabled(bool(rows))
        self.csv_button.setEnabled(bool(rows))

    def text(self) -> str:
        return as_text(self.report, self.lang)

    # ------------------------------------------------------------------ actions

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Copied"))

    def default_csv_path(self) -> Path:
        year, month = self.report.month
        stem = "aktivitetsrapport" if self.lang == "sv" else "activity-report"
        return Path.home() / f"{stem}-{year}-{month:02d}.csv"

    def save_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the activity report"),
            str(self.default_csv_path()),
            self.tr("Spreadsheet (*.csv)"),
        )
        if path:
            self.save_csv(Path(path))

    def save_csv(self, path: Path) -> bool:
        """Write the report as CSV (UTF-8 with a BOM, so spreadsheets read å, ä, ö)."""
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        data = as_csv(self.report, self.lang).encode("utf-8-sig")
        try:
            store.atomic_write_bytes(path, data)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Could not save"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", store.os_error_reason(error)),
            )
            return False
        return True
