"""Undoable edits. Each one swaps whole records in and out, never mutates them in place.

Every command finds its application by id when it runs, never by a remembered position:
a merge of another program's changes (or a reload) may have added, moved or brought back
applications in between, and an undo must then still act on the right one and never put
an id in the list twice (issue 29.2).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...model import Application, Profile
from .session import Session


def _position(session: Session, app_id: str) -> int | None:
    try:
        return session.index_of(app_id)
    except KeyError:
        return None


def put(session: Session, app: Application, index: int) -> None:
    """``app`` in the document: in its own place if its id is there, else at ``index``."""
    at = _position(session, app.id)
    if at is None:
        session.insert(min(index, len(session.applications)), app)
    elif session.applications[at] is not app:
        session.swap(at, app)


def take_out(session: Session, app_id: str) -> None:
    at = _position(session, app_id)
    if at is not None:
        session.remove(at)


def subject(command: QUndoCommand | None) -> str:
    """The job title a command acted on, for the Undo tooltip; "" when it is not one
    application's (a macro counts when all its steps are the same application's)."""
    if command is None:
        return ""
    own = getattr(command, "subject", None)
    if isinstance(own, str):
        return own
    titles = {subject(command.child(i)) for i in range(command.childCount())}
    return titles.pop() if len(titles) == 1 else ""


class AddApplication(QUndoCommand):
    # The Undo button names the action; the application (a title may be 60 characters
    # long) is in its tooltip and status tip (23)
    def __init__(self, session: Session, app: Application, index: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add application"))
        self.subject = app.job_title
        self.session = session
        self.app = app
        self.app_id = app.id
        self.index = len(session.applications) if index is None else index

    def redo(self) -> None:
        put(self.session, self.app, self.index)

    def undo(self) -> None:
        take_out(self.session, self.app_id)


class DeleteApplication(QUndoCommand):
    def __init__(self, session: Session, app_id: str) -> None:
        self.session = session
        self.app_id = app_id
        self.index = session.index_of(app_id)
        self.app = session.applications[self.index]
        super().__init__(QCoreApplication.translate("Commands", "Delete application"))
        self.subject = self.app.job_title

    def redo(self) -> None:
        at = _position(self.session, self.app_id)
        if at is not None:
            self.index = at
            self.app = self.session.remove(at)  # as it is now: undo brings that back

    def undo(self) -> None:
        put(self.session, self.app, self.index)


class ReplaceApplication(QUndoCommand):
    """Any change to one application: the whole record before and after."""

    def __init__(self, session: Session, after: Application, text: str) -> None:
        # "Undo Log contact": the action; which application it was is in the tooltip (18.5, 23)
        super().__init__(text)
        self.subject = after.job_title
        self.session = session
        self.app_id = after.id
        self.index = session.index_of(after.id)
        self.before = session.applications[self.index]
        self.after = after

    def redo(self) -> None:
        put(self.session, self.after, self.index)

    def undo(self) -> None:
        put(self.session, self.before, self.index)


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
