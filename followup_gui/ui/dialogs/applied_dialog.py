""" "I have applied": a saved ad becomes an application, dated today unless changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...model import Application
from .widgets import date_edit, from_qdate


class AppliedDialog(QDialog):
    """Asks on which day the user sent the application (today by default)."""

    def __init__(self, app: Application, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("I have applied"))
        question = QLabel(
            self.tr("When did you send your application for %1 at %2?")
            .replace("%1", app.job_title)
            .replace("%2", app.company)
        )
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)  # a title is text, never markup
        self.date_edit = date_edit(today)
        self.date_edit.setMaximumDate(self.date_edit.date())  # it cannot be sent tomorrow
        form = QFormLayout()
        form.addRow(self.tr("Applied on:"), self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from .date_field import dates_readable

        if dates_readable(self):
            super().accept()

    def applied_on(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    @classmethod
    def ask(cls, app: Application, today: dt.date, parent: QWidget | None = None) -> dt.date | None:
        """The day chosen, or None when the user cancelled (tests patch this seam)."""
        dialog = cls(app, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.applied_on()
        return None
