"""An edit made in a dialog, put onto the application as it is when the dialog closes.

While a dialog is open its event loop runs, and the file watcher may take in another
program's change to the same application, or its deletion (issue 29.1). So the edit is
not built on the record read before the dialog: it is a change, made on the application
found again by id afterwards. Fields the user did not touch keep the other program's
values; an application deleted meanwhile can be added back with the user's edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtWidgets  # QMessageBox's buttons
from PySide6.QtCore import QCoreApplication

from .. import plain_text
from ..state.commands import AddApplication, ReplaceApplication

if TYPE_CHECKING:
    from ...model import Application, Contact
    from ..shell.ports import Workspace

Change = Callable[["Application"], "Application"]
_T = TypeVar("_T")


def swapped(items: list[_T], old: _T, new: _T) -> list[_T]:
    """``items`` with ``old`` (found by value) replaced by ``new``; added if it is gone."""
    result = list(items)
    if old in result:
        result[result.index(old)] = new
    else:
        result.append(new)
    return result


def add_contact(contact: Contact) -> Change:
    def add(current: Application) -> Application:
        contacts = sorted([*current.contacts, contact], key=lambda c: c.at.value)
        return replace(current, contacts=contacts)

    return add


def fields_changed(before: Application, edited: Application) -> Change:
    """The fields the user changed from ``before`` to ``edited``, to put onto any version."""
    changed = {
        f.name: getattr(edited, f.name)
        for f in fields(edited)
        if getattr(edited, f.name) != getattr(before, f.name)
    }
    return lambda current: replace(current, **changed) if changed else current


def commit(workspace: Workspace, before: Application, change: Change, text: str) -> bool:
    """``change`` made on the application ``before`` is now, as one undoable step.

    True when the edit is in the document (or there was nothing to change).
    """
    session = workspace.session
    parent = workspace.dialog_parent()
    if session.read_only:  # it turned read-only while the dialog was open (29.5)
        plain_text.warning(
            parent,
            QCoreApplication.translate("AfterDialog", "Your change was not saved"),
            QCoreApplication.translate(
                "AfterDialog", "The file can no longer be changed here: %1"
            ).replace("%1", session.read_only_reason or "?"),
        )
        return False
    current = session.document.find(before.id)
    if current is None:
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = plain_text.question(
            parent,
            QCoreApplication.translate("AfterDialog", "The application was deleted"),
            QCoreApplication.translate(
                "AfterDialog",
                "“%1” was deleted by another program (a sync folder, another computer) "
                "while you were changing it. Add it back with your change?",
            ).replace("%1", before.job_title),
            buttons.Yes | buttons.Discard,
            buttons.Yes,
        )
        if answer != buttons.Yes:
            return False
        app = change(before)
        session.push(AddApplication(session, app))
        workspace.select_application(app.id)
        return True
    after = change(current)
    if after == current:
        return True
    session.push(ReplaceApplication(session, after, text))
    if current is not before:
        workspace.show_message(
            QCoreApplication.translate(
                "AfterDialog",
                "“%1” was also changed by another program meanwhile: your change is made "
                "on its new version.",
            ).replace("%1", after.job_title),
            10_000,
        )
    return True
