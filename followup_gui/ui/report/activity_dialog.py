"""Add or change one stand-alone activity of the activity report (format v2).

A CV updated, a course applied for, SFI, a talk with a careers adviser, … – what the
agency counts beside applications. ``ask`` is the seam tests and the page use.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...model import Activity, ActivityKind
from ..dialogs.widgets import EnumCombo, date_edit, from_qdate


def new_activity_id() -> str:
    return "act-" + uuid.uuid4().hex[:10]


class ActivityDialog(QDialog):
    """Date, kind and a note; ``activity()`` gives a new record (the id kept on edit)."""

    def __init__(
        self, activity: Activity | None, *, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit activity") if activity else self.tr("Add activity"))
        self.original = activity
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something you did to find work that is not an application, for the "
                "activity report. The report names it in Swedish."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.day = date_edit(activity.on if activity else today)
        self.kind = EnumCombo(
            [
                (ActivityKind.CV_UPDATED, self.tr("Updated my CV")),
                (ActivityKind.COURSE_APPLIED, self.tr("Applied for a course or education")),
                (ActivityKind.SFI, self.tr("Swedish for immigrants (SFI)")),
                (ActivityKind.EDUCATION, self.tr("Studies")),
                (ActivityKind.CAREER_GUIDANCE, self.tr("Talk with a careers adviser")),
                (ActivityKind.WORKPLACE_VISIT, self.tr("Visited a workplace")),
                (ActivityKind.RECRUITMENT_EVENT, self.tr("Recruitment event")),
                (ActivityKind.INTERNSHIP, self.tr("Internship")),
                (ActivityKind.WORKED, self.tr("Worked")),
                (ActivityKind.OTHER, self.tr("Other activity")),
            ]
        )
        if activity is not None:
            self.kind.set_value(activity.kind)
        self.note = QLineEdit(activity.note if activity else "")
        self.note.setPlaceholderText(self.tr("What, where, with whom"))
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Activity:"), self.kind)
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from ..dialogs.date_field import dates_readable

        if dates_readable(self):
            super().accept()

    def activity(self) -> Activity:
        original = self.original
        return Activity(
            id=original.id if original else new_activity_id(),
            on=from_qdate(self.day.date()),
            kind=ActivityKind(self.kind.value()),
            note=self.note.text().strip(),
            extra=dict(original.extra) if original else {},
        )

    @classmethod
    def ask(
        cls, activity: Activity | None, *, today: dt.date, parent: QWidget | None = None
    ) -> Activity | None:
        """The activity the user entered, or None when they cancelled."""
        dialog = cls(activity, today=today, parent=parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.activity()
            return None
        finally:
            dialog.deleteLater()
