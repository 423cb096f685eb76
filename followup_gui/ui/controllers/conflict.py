"""When another program changed the store while we have unsaved edits: ask which
version to keep, never overwrite unasked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox: looked up when used (tests answer it)
from PySide6.QtCore import QCoreApplication, QObject, Qt

from .. import plain_text, store_error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..shell.ports import Workspace
    from ..state.session import Session


def ask_to_go_on(parent: QWidget, session: Session, *, hiding: bool) -> bool:
    """The save failed at closing: quit (losing the changes) or hide anyway? Hidden in the
    tray, the app keeps trying (29.4)."""
    reason = session.last_error or QCoreApplication.translate(
        "MainWindow",
        "the file was changed by another program, and you have not chosen which version to keep.",
    )
    buttons = QtWidgets.QMessageBox.StandardButton
    if hiding:
        text = QCoreApplication.translate(
            "MainWindow",
            "Your latest changes could not be saved:\n%1\n\nfollowup-gui keeps trying "
            "while it runs in the tray. Hide the window anyway?",
        )
        choices, yes = buttons.Yes | buttons.Cancel, buttons.Yes
    else:
        text = QCoreApplication.translate(
            "MainWindow",
            "Your latest changes could not be saved:\n%1\n\nQuit anyway and lose them?",
        )
        choices, yes = buttons.Discard | buttons.Cancel, buttons.Discard
    title = QCoreApplication.translate("MainWindow", "Changes not saved")
    answer = plain_text.warning(parent, title, text.replace("%1", reason), choices, buttons.Cancel)
    return answer == yes


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
