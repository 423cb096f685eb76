"""Whole-store work: export (JSON, CSV, calendar), import, restore from a backup, and the
example data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QFileDialog, QMessageBox: looked up when used
from PySide6.QtCore import QObject

from ... import store
from ..state.commands import AddApplication, ReplaceApplication

if TYPE_CHECKING:
    from ...backups import Backup
    from ..shell.ports import Workspace
    from ..state.session import Session


class FileOperations(QObject):
    """The File menu's flows on whole stores and files."""

    def __init__(
        self,
        workspace: Workspace,
        open_demo: Callable[[], Session | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._open_demo = open_demo

    def _warn(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.warning(self.workspace.dialog_parent(), title, text)

    # ------------------------------------------------------------------ export

    def export_dialog(self) -> None:
        json_filter = self.tr("All data, to import again (*.json)")
        csv_filter = self.tr("Spreadsheet (*.csv)")
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self.workspace.dialog_parent(),
            self.tr("Export applications"),
            str(Path.home() / "followup-gui-export.json"),
            f"{json_filter};;{csv_filter}",
        )
        if path:
            self.export_to(Path(path), "csv" if chosen == csv_filter else "json")

    def export_to(self, path: Path, kind: str) -> bool:
        """Write everything as JSON (the store format) or CSV, atomically."""
        from ...exchange import to_csv

        if kind == "csv" and path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        document = self.workspace.session.document
        if kind == "csv":
            now = self.workspace.clock.now()
            data = to_csv(document, now, self.workspace.lang).encode("utf-8-sig")
        else:
            data = store.dumps(document).encode("utf-8")
        try:
            store.atomic_write_bytes(path, data)
        except OSError as error:
            self._warn(
                self.tr("Export failed"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", store.os_error_reason(error)),
            )
            return False
        self.workspace.show_message(self.tr("Exported to %1").replace("%1", str(path)), 8000)
        return True

    def export_calendar(self) -> Path | None:
        """Follow-up windows, thank-you deadlines and interviews as an .ics file."""
        from .calendar_actions import export_calendar

        workspace = self.workspace
        done = export_calendar(
            workspace.dialog_parent(), workspace.session, workspace.clock, workspace.lang
        )
        if done is None:
            return None
        self.workspace.show_message(
            self.tr(
                "Wrote %n calendar event(s) to %1. Open it in your calendar app; "
                "exporting again later updates the same events.",
                "",
                done.events,
            ).replace("%1", str(done.path)),
            10_000,
        )
        return done.path

    # ------------------------------------------------------------------ import

    def import_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.workspace.dialog_parent(),
            self.tr("Import applications"),
            str(Path.home()),
            self.tr("Stores (*.json)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Preview what another store adds or changes, then merge it in by id (undoable)."""
        from ... import backups
        from ...exchange import plan_merge
        from ..dialogs.import_dialog import ImportDialog

        session = self.workspace.session
        if session.read_only or session.path is None:
            return False
        try:
            theirs = store.load(path)
        except store.StoreError as error:
            self._warn(self.tr("Cannot import"), str(error))
            return False
        plan = plan_merge(session.document, theirs)
        if plan.is_empty:
            QtWidgets.QMessageBox.information(
                self.workspace.dialog_parent(),
                self.tr("Nothing to import"),
                self.tr("Every application in that file is already here, unchanged."),
            )
            return False
        dialog = ImportDialog(plan, path.name, self.workspace.dialog_parent())
        if dialog.exec() != ImportDialog.DialogCode.Accepted:
            return False
        chosen = dialog.chosen_ids()
        session.save_now()
        try:
            backups.risky_backup(session.path, "import", self.workspace.clock.now())
        except OSError as error:
            self._warn(self.tr("Cannot import"), store.os_error_reason(error))
            return False
        stack = session.undo_stack
        stack.beginMacro(self.tr("Import from %1").replace("%1", path.name))
        for app in plan.new:
            if app.id in chosen:
                session.push(AddApplication(session, app))
        for _mine, app in plan.changed:
            if app.id in chosen:
                session.push(ReplaceApplication(session, app, ""))
        stack.endMacro()
        self.workspace.show_message(
            self.tr("Imported %n application(s). Undo with Ctrl+Z.", "", len(chosen)), 8000
        )
        return True

    # ------------------------------------------------------------------ restore

    def restore_dialog(self) -> None:
        from ... import backups
        from ..dialogs.backup_dialog import BackupDialog

        session = self.workspace.user_session
        if session.path is None:
            return
        dialog = BackupDialog(backups.list_backups(session.path), self.workspace.dialog_parent())
        chosen = dialog.chosen() if dialog.exec() == BackupDialog.DialogCode.Accepted else None
        if chosen is not None:
            self.restore_backup(chosen)

    def restore_backup(self, backup: Backup) -> bool:
        """Put a backup in place; the current file is kept as a backup first."""
        from ... import backups

        session = self.workspace.user_session
        assert session.path is not None
        session.save_now()
        try:
            backups.restore(backup, session.path, self.workspace.clock.now())
        except (store.StoreError, OSError) as error:
            self._warn(self.tr("Cannot restore"), str(error))
            return False
        problem = session.reload_from_disk()
        if problem is not None:
            self._warn(self.tr("Cannot restore"), str(problem))
            return False
        self.workspace.show_message(
            self.tr("Restored the backup. The file as it was is kept as a backup too."), 10_000
        )
        return True

    # ------------------------------------------------------------------ example data

    def show_demo(self) -> None:
        if self._open_demo is None or self.workspace.session.path is None:
            return
        demo = self._open_demo()
        if demo is not None:
            self.workspace.show_session(demo)

    def close_demo(self) -> None:
        workspace = self.workspace
        if workspace.session is not workspace.user_session:
            demo = workspace.session
            workspace.show_session(workspace.user_session)
            demo.deleteLater()
