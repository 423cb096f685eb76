"""Undoable edits of the activity report: stand-alone activities and reported months.

Like the application commands, each swaps a whole list in and out, never changing one in
place, so a save running in the background keeps a consistent copy.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...model import Activity, ReportedMonth
from .session import Session

_T = TypeVar("_T")


def moved(
    current: list[_T], frm: list[_T], to: list[_T], key: Callable[[_T], Hashable]
) -> list[_T]:
    """``current`` with the change from ``frm`` to ``to`` made by key (issue 29.2).

    What another program's merge put in meanwhile stays: an undo takes back only what the
    command itself changed.
    """
    before = {key(item): item for item in frm}
    after = {key(item): item for item in to}
    gone = before.keys() - after.keys()
    result = [item for item in current if key(item) not in gone]
    where = {key(item): i for i, item in enumerate(result)}
    for k, item in after.items():
        if before.get(k) == item:
            continue
        if k in where:
            result[where[k]] = item
        else:
            result.append(item)
    return result


class SetActivities(QUndoCommand):
    """Add, change or remove stand-alone activities: the whole list before and after."""

    def __init__(self, session: Session, after: list[Activity], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = list(session.document.activities)
        self.after = list(after)

    def _move(self, frm: list[Activity], to: list[Activity]) -> None:
        now = self.session.document.activities
        self.session.set_activities(sorted(moved(now, frm, to, lambda a: a.id), key=lambda a: a.on))

    def redo(self) -> None:
        self._move(self.before, self.after)

    def undo(self) -> None:
        self._move(self.after, self.before)


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

    def _move(self, frm: list[ReportedMonth], to: list[ReportedMonth]) -> None:
        now = self.session.document.reported_months
        after = moved(now, frm, to, lambda e: e.month)
        self.session.set_reported_months(sorted(after, key=lambda e: e.month))

    def redo(self) -> None:
        self._move(self.before, self.after)

    def undo(self) -> None:
        self._move(self.after, self.before)


def _month_words(month: str) -> str:
    """ "2026-11" as "november 2026" in the UI's language, for the Undo menu (23)."""
    from ...i18n import month_name
    from ..store_error_text import ui_lang

    try:
        year, number = (int(part) for part in month.split("-"))
        return f"{month_name(number, ui_lang())} {year}"
    except (ValueError, IndexError):
        return month


def mark_reported(session: Session, entry: ReportedMonth) -> SetReportedMonths:
    kept = [e for e in session.document.reported_months if e.month != entry.month]
    after = sorted([*kept, entry], key=lambda e: e.month)
    return SetReportedMonths(
        session,
        after,
        QCoreApplication.translate("Commands", "Mark %1 as reported").replace(
            "%1", _month_words(entry.month)
        ),
    )


def unmark_reported(session: Session, month: str) -> SetReportedMonths:
    after = [e for e in session.document.reported_months if e.month != month]
    return SetReportedMonths(
        session,
        after,
        QCoreApplication.translate("Commands", "Mark %1 as not reported").replace(
            "%1", _month_words(month)
        ),
    )
