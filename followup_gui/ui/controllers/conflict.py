"""When another program changed the store while we have unsaved edits: ask which
version to keep, never overwrite unasked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox: looked up when used (tests answer it)
from PySide6.QtCore import QObject, Qt

from .. import plain_text, store_error_text

if TYPE_CHECKING:
    from ..shell.ports import Workspace


class ConflictResolver(QObject):
    """Asks the user to keep their version, take the file's, or decide later."""

    def __init__(
        self, workspace: Workspace, done: Callable[[], None], parent: QObject | None = None
    ) -> None:
        """``done`` runs after each question (the save state may have changed)."""
        super().__init__(parent)
        self.workspace = workspace
        self._done = done

    def resolve(self) -> None:
        session = self.workspace.session
        if not session.conflict:
            return
        parent = self.workspace.dialog_parent()
        box = QtWidgets.QMessageBox(parent)
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("The file was changed elsewhere"))
        box.setText(
            self.tr(
                "Another program (a sync folder, another computer) has changed the same "
                "applications in your file that you have changed and not saved yet."
            )
        )
        if session.disk_error:
            plain_text.set_informative(
                box, self.tr("The file now has an error: %1").replace("%1", session.disk_error)
            )
        else:
            plain_text.set_informative(
                box,
                self.tr(
                    "“Keep my version” keeps your changes where both changed the same "
                    "application; what only the other program added or changed is kept too."
                ),
            )
        role = QtWidgets.QMessageBox.ButtonRole
        theirs = box.addButton(self.tr("Use the file's version"), role.DestructiveRole)
        theirs.setEnabled(not session.disk_error)
        mine = box.addButton(self.tr("Keep my version"), role.AcceptRole)
        box.addButton(self.tr("Decide later"), role.RejectRole)
        box.setDefaultButton(mine)
        box.exec()
        if box.clickedButton() is theirs:
            error = session.reload_from_disk()
            if error is not None:
                store_error_text.warn(parent, self.tr("Cannot reload"), error)
        elif box.clickedButton() is mine:
            session.keep_ours()
        self._done()
