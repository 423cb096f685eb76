"""“Restore from backup…”: the store's copies with their date and size, one to pick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang, format_date, format_datetime
from ...store.backups import Backup


class BackupDialog(QDialog):
    """Lists backups newest first; ``chosen()`` is the one to restore."""

    def __init__(
        self, items: list[Backup], parent: QWidget | None = None, *, lang: Lang | None = None
    ) -> None:
        super().__init__(parent)
        if lang is None:
            from ..store_error_text import ui_lang

            lang = ui_lang()
        self.setWindowTitle(self.tr("Restore from backup"))
        self.items = items
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A copy is made before the first change of each day and before every import "
                "or restore. Restoring keeps the current file as a backup too, so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(items), 3)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Applications")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the day in words is the longest cell: it gets its whole width, on one line
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        kinds = {
            "": self.tr("Daily copy"),
            "import": self.tr("Before an import"),
            "restore": self.tr("Before a restore"),
            "migration": self.tr("Before an upgrade"),
        }
        for row, backup in enumerate(items):
            when = (  # in words, as everywhere else: "måndag 2 november 2026 kl. 10.00"
                format_datetime(backup.made_at, lang)
                if backup.made_at
                else format_date(backup.made_on, lang)
            )
            count = backup.count_applications()
            cells = (
                when,
                kinds.get(backup.reason, backup.reason),
                self.tr("unreadable") if count is None else str(count),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("There are no backups yet."))
        self.empty.setVisible(not items)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.chosen() is not None)
        )
        if items:
            self.table.selectRow(0)
        self.resize(520, 360)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None
