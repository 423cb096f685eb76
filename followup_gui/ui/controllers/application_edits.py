"""Adding, editing and deleting applications, the profile, and undo/redo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox: looked up when used (tests answer it)
from PySide6.QtCore import QObject

from ..state.commands import AddApplication, DeleteApplication, EditProfile, ReplaceApplication

if TYPE_CHECKING:
    from ..shell.ports import Workspace


class ApplicationEdits(QObject):
    """The File and Edit menus' flows on the applications themselves."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def new_application(self) -> None:
        from ..dialogs.ad_fill import settings_of
        from ..dialogs.application_dialog import ApplicationDialog

        workspace = self.workspace
        session = workspace.session
        if session.read_only:
            return
        dialog = ApplicationDialog(
            None,
            lang=workspace.lang,
            today=workspace.clock.now().date(),
            settings=settings_of(workspace),
            others=session.document.applications,
            parent=workspace.dialog_parent(),
        )
        dialog.ad_tools.duplicates.show_other.connect(workspace.select_application)
        if dialog.exec() == ApplicationDialog.DialogCode.Accepted:
            app = dialog.application()
            session.push(AddApplication(session, app))
            workspace.clear_search()
            workspace.select_application(app.id)

    def edit_application(self) -> None:
        from ..dialogs.ad_fill import settings_of
        from ..dialogs.application_dialog import ApplicationDialog

        workspace = self.workspace
        app = workspace.current_application()
        session = workspace.session
        if app is None or session.read_only:
            return
        dialog = ApplicationDialog(
            app,
            lang=workspace.lang,
            today=workspace.clock.now().date(),
            settings=settings_of(workspace),
            others=session.document.applications,
            parent=workspace.dialog_parent(),
        )
        dialog.ad_tools.duplicates.show_other.connect(workspace.select_application)
        if dialog.exec() == ApplicationDialog.DialogCode.Accepted:
            after = dialog.application()
            if after != app:
                text = self.tr("Edit “%1”").replace("%1", after.job_title)
                session.push(ReplaceApplication(session, after, text))

    def delete_application(self) -> None:
        app = self.workspace.current_application()
        session = self.workspace.session
        if app is None or session.read_only:
            return
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            self.workspace.dialog_parent(),
            self.tr("Delete application"),
            self.tr("Delete “%1” at %2? You can undo this with Ctrl+Z.")
            .replace("%1", app.job_title)
            .replace("%2", app.company),
            buttons.Yes | buttons.Cancel,
            buttons.Cancel,
        )
        if answer == buttons.Yes:
            session.push(DeleteApplication(session, app.id))
            self.workspace.show_message(
                self.tr("Deleted “%1”. Undo with Ctrl+Z.").replace("%1", app.job_title), 8000
            )

    def edit_profile(self) -> None:
        from ..dialogs.profile_dialog import ProfileDialog

        session = self.workspace.session
        if session.read_only:
            return
        dialog = ProfileDialog(session.document.profile, parent=self.workspace.dialog_parent())
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            profile = dialog.profile()
            if profile != session.document.profile:
                session.push(EditProfile(session, profile))

    def undo(self) -> None:
        if not self.workspace.session.read_only:
            self.workspace.session.undo_stack.undo()

    def redo(self) -> None:
        if not self.workspace.session.read_only:
            self.workspace.session.undo_stack.redo()
