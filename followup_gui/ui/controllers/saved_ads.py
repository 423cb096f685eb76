"""Saved ads (format v2): keep an ad to apply to later, and turn it into an application
("I have applied") once sent. Each change is one undoable command."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...i18n import format_date
from ...model import Application, Stage
from ..state.commands import ReplaceApplication

if TYPE_CHECKING:
    from ..shell.ports import Workspace


class SavedAds(QObject):
    """ "Save ad" beside "New application", and "I have applied" on a saved ad."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def save_ad(self) -> None:
        """The application dialog for an ad not applied to yet (no "applied on" day)."""
        from .application_edits import add_through_dialog

        add_through_dialog(self.workspace, saved_ad=True)

    def current_saved_ad(self) -> Application | None:
        app = self.workspace.current_application()
        if app is None or not app.is_saved_ad or self.workspace.session.read_only:
            return None
        return app

    def mark_applied(self) -> None:
        """The selected saved ad becomes an application sent on the day the user confirms."""
        from ..dialogs.applied_dialog import AppliedDialog

        app = self.current_saved_ad()
        if app is None:
            return
        today = self.workspace.clock.now().date()
        day = AppliedDialog.ask(app, today, self.workspace.dialog_parent())
        if day is None:
            return
        after = replace(app, stage=Stage.APPLIED, applied_on=day)
        session = self.workspace.session
        session.push(ReplaceApplication(session, after, self.tr("Mark as applied")))
        self.workspace.show_message(
            self.tr("“%1” is now an application sent %2. Undo with Ctrl+Z.")
            .replace("%1", app.job_title)
            .replace("%2", format_date(day, self.workspace.lang, ref_year=today.year)),
            8000,
        )
