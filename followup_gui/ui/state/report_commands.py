"""Undoable edits of the activity report: stand-alone activities and reported months.

Like the application commands, each swaps a whole list in and out, never changing one in
place, so a save running in the background keeps a consistent copy.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...model import Activity, ReportedMonth
from .session import Session


class SetActivities(QUndoCommand):
    """Add, change or remove stand-alone activities: the whole list before and after."""

    def __init__(self, session: Session, after: list[Activity], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = list(session.document.activities)
        self.after = list(after)

    def redo(self) -> None:
        self.session.set_activities(self.after)

    def undo(self) -> None:
        self.session.set_activities(self.before)


def add_activity(session: Session, activity: Activity) -> SetActivities:
    after = sorted([*session.document.activities, activity], key=lambda a: a.on)
    return SetActivities(session, after, QCoreApplication.translate("Commands", "Add activity"))


def replace_activity(session: Session, activity: Activity) -> SetActivities:
    after = [activity if a.id == activity.id else a for a in session.document.activities]
    return SetActivities(
        session,
        sorted(after, key=lambda a: a.on),
        QCoreApplication.translate("Commands", "Edit activity"),
    )


def remove_activity(session: Session, activity_id: str) -> SetActivities:
    after = [a for a in session.document.activities if a.id != activity_id]
    return SetActivities(session, after, QCoreApplication.translate("Commands", "Remove activity"))


class SetReportedMonths(QUndoCommand):
    """Mark a month reported, or not: the whole list before and after."""

    def __init__(self, session: Session, after: list[ReportedMonth], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = list(session.document.reported_months)
        self.after = list(after)

    def redo(self) -> None:
        self.session.set_reported_months(self.after)

    def undo(self) -> None:
        self.session.set_reported_months(self.before)


def mark_reported(session: Session, entry: ReportedMonth) -> SetReportedMonths:
    kept = [e for e in session.document.reported_months if e.month != entry.month]
    after = sorted([*kept, entry], key=lambda e: e.month)
    return SetReportedMonths(
        session,
        after,
        QCoreApplication.translate("Commands", "Mark %1 as reported").replace("%1", entry.month),
    )


def unmark_reported(session: Session, month: str) -> SetReportedMonths:
    after = [e for e in session.document.reported_months if e.month != month]
    return SetReportedMonths(
        session,
        after,
        QCoreApplication.translate("Commands", "Mark %1 as not reported").replace("%1", month),
    )
