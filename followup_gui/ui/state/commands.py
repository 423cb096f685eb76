"""Undoable edits. Each one swaps whole records in and out, never mutates them in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...model import Application, Profile
from .session import Session


class AddApplication(QUndoCommand):
    def __init__(self, session: Session, app: Application, index: int | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Add “%1”").replace("%1", app.job_title)
        )
        self.session = session
        self.app = app
        self.index = len(session.applications) if index is None else index

    def redo(self) -> None:
        self.session.insert(self.index, self.app)

    def undo(self) -> None:
        self.session.remove(self.index)


class DeleteApplication(QUndoCommand):
    def __init__(self, session: Session, app_id: str) -> None:
        self.session = session
        self.index = session.index_of(app_id)
        self.app = session.applications[self.index]
        super().__init__(
            QCoreApplication.translate("Commands", "Delete “%1”").replace("%1", self.app.job_title)
        )

    def redo(self) -> None:
        self.session.remove(self.index)

    def undo(self) -> None:
        self.session.insert(self.index, self.app)


class ReplaceApplication(QUndoCommand):
    """Any change to one application: the whole record before and after."""

    def __init__(self, session: Session, after: Application, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.app_id = after.id
        self.before = session.applications[session.index_of(after.id)]
        self.after = after

    def redo(self) -> None:
        self.session.swap(self.session.index_of(self.app_id), self.after)

    def undo(self) -> None:
        self.session.swap(self.session.index_of(self.app_id), self.before)


class EditProfile(QUndoCommand):
    def __init__(self, session: Session, after: Profile) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit profile"))
        self.session = session
        self.before = session.document.profile
        self.after = after

    def redo(self) -> None:
        self.session.set_profile(self.after)

    def undo(self) -> None:
        self.session.set_profile(self.before)
