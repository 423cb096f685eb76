"""Adding, editing and deleting applications, the profile, and undo/redo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox: looked up when used (tests answer it)
from PySide6.QtCore import QObject

from .. import plain_text
from ..state.commands import AddApplication, DeleteApplication, EditProfile
from .after_dialog import commit, fields_changed

if TYPE_CHECKING:
    from ...model import Application
    from ..shell.ports import Workspace


def run_application_dialog(
    workspace: Workspace, app: Application | None, *, saved_ad: bool = False
) -> Application | None:
    """The application dialog for a new entry (``app`` None) or an edit; what the user saved."""
    from ..dialogs.ad_fill import settings_of
    from ..dialogs.application_dialog import ApplicationDialog

    dialog = ApplicationDialog(
        app,
        lang=workspace.lang,
        today=workspace.clock.now().date(),
        saved_ad=saved_ad,
        settings=settings_of(workspace),
        others=workspace.session.document.applications,
        parent=workspace.dialog_parent(),
    )
    dialog.ad_tools.duplicates.show_other.connect(workspace.select_application)
    if dialog.exec() != ApplicationDialog.DialogCode.Accepted:
        return None
    return dialog.application()


def add_through_dialog(workspace: Workspace, *, saved_ad: bool = False) -> None:
    """A new application (or saved ad) from the dialog, added as one undoable step."""
    session = workspace.session
    if session.read_only:
        return
    app = run_application_dialog(workspace, None, saved_ad=saved_ad)
    if app is not None:
        session.push(AddApplication(session, app))
        workspace.clear_search()
        workspace.select_application(app.id)


class ApplicationEdits(QObject):
    """The File and Edit menus' flows on the applications themselves."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def new_application(self) -> None:
        add_through_dialog(self.workspace)

    def edit_application(self) -> None:
        workspace = self.workspace
        app = workspace.current_application()
        if app is None or workspace.session.read_only:
            return
        edited = run_application_dialog(workspace, app)
        if edited is not None and edited != app:
            text = self.tr("Edit “%1”").replace("%1", edited.job_title)
            commit(workspace, app, fields_changed(app, edited), text)

    def delete_application(self) -> None:
        app = self.workspace.current_application()
        session = self.workspace.session
        if app is None or session.read_only:
            return
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = plain_text.question(
            self.workspace.dialog_parent(),
            self.tr("Delete application"),
            self.tr("Delete “%1” at %2? You can undo this with Ctrl+Z.")
            .replace("%1", app.job_title)
            .replace("%2", app.company),
            buttons.Yes | buttons.Cancel,
            buttons.Cancel,
        )
        if answer == buttons.Yes:
            if session.read_only or session.document.find(app.id) is None:
                return  # deleted (or made read-only) meanwhile by another program: done
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
        """Undo, and show the application it acted on (18.5)."""
        session = self.workspace.session
        stack = session.undo_stack
        if session.read_only or not stack.canUndo():
            return
        command = stack.command(stack.index() - 1)
        stack.undo()
        self._show_acted_on(command)

    def redo(self) -> None:
        session = self.workspace.session
        stack = session.undo_stack
        if session.read_only or not stack.canRedo():
            return
        command = stack.command(stack.index())
        stack.redo()
        self._show_acted_on(command)

    def _show_acted_on(self, command: object) -> None:
        app_id = getattr(command, "app_id", None)
        if isinstance(app_id, str) and self.workspace.session.document.find(app_id):
            self.workspace.select_application(app_id)
