"""Whole-store work: export (JSON, CSV, calendar), import, restore from a backup, and the
example data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QFileDialog, QMessageBox: looked up when used
from PySide6.QtCore import QObject

from ... import store
from .. import plain_text, store_error_text
from ..state.commands import AddApplication, DeleteApplication, ReplaceApplication

if TYPE_CHECKING:
    from ...importers.exchange import MergePlan
    from ...store.backups import Backup
    from ...store.bundle import Bundle
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
        plain_text.warning(self.workspace.dialog_parent(), title, text)

    # ------------------------------------------------------------------ export

    def export_dialog(self) -> None:
        zip_filter = self.tr("Everything with the attached files, to import again (*.zip)")
        json_filter = self.tr("All data, to import again (*.json)")
        csv_filter = self.tr("Spreadsheet (*.csv)")
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self.workspace.dialog_parent(),
            self.tr("Export applications"),
            str(Path.home() / "followup-gui-export.zip"),
            f"{zip_filter};;{json_filter};;{csv_filter}",
        )
        if path:
            kinds = {csv_filter: "csv", json_filter: "json"}
            self.export_to(Path(path), kinds.get(chosen, "zip"))

    def export_to(self, path: Path, kind: str) -> bool:
        """Write everything as a zip (the store and its files), JSON or CSV, atomically."""
        from ...importers.exchange import to_csv

        if kind in ("csv", "zip") and path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        document = self.workspace.session.document
        if kind == "zip":
            return self._export_zip(path)
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
        from ..saved_note import tell_saved

        tell_saved(self.workspace, path)
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
        from ..saved_note import tell_saved

        detail = self.tr(
            "%n calendar event(s). Open it in your calendar app; "
            "exporting again later updates the same events.",
            "",
            done.events,
        )
        tell_saved(self.workspace, done.path, detail)
        return done.path

    # ------------------------------------------------------------------ import

    def _export_zip(self, path: Path) -> bool:
        from ...store.bundle import export_zip

        session = self.workspace.session
        try:
            missing = export_zip(session.document, session.path, path)
        except OSError as error:
            self._warn(
                self.tr("Export failed"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", store.os_error_reason(error)),
            )
            return False
        from ..saved_note import tell_saved

        missing_text = self.tr("(%n attached file(s) missing)", "", len(missing))
        tell_saved(self.workspace, path, missing_text if missing else "")
        return True

    def import_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.workspace.dialog_parent(),
            self.tr("Import applications"),
            str(Path.home()),
            self.tr(
                "Applications (*.json *.csv *.tsv *.txt *.zip);;Stores and exports (*.json *.zip);;"
                "Spreadsheets (*.csv *.tsv *.txt);;LinkedIn's data export (*.zip *.csv)"
            ),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Preview what a store or export, a spreadsheet or LinkedIn's export adds or changes,
        then merge it in (one undo step). Tables go through the column mapping step first."""
        from ...importers import ImportFileError, ImportKind, read_source
        from ...importers.exchange import plan_merge
        from ..dialogs.import_dialog import ImportDialog
        from ..dialogs.import_wizard import ImportWizard

        session = self.workspace.session
        if session.read_only or session.path is None:
            return False
        try:
            source = read_source(path)
        except ImportFileError as error:
            if isinstance(error.__cause__, store.StoreError):  # a broken store or export
                parent = self.workspace.dialog_parent()
                store_error_text.warn(parent, self.tr("Cannot import"), error.__cause__)
            else:
                self._warn(self.tr("Cannot import"), str(error))
            return False
        parent = self.workspace.dialog_parent()
        if source.kind is ImportKind.STORE:
            assert source.document is not None
            plan = plan_merge(session.document, source.document)
            if plan.is_empty:
                plain_text.information(
                    parent,
                    self.tr("Nothing to import"),
                    self.tr("Every application in that file is already here, unchanged."),
                )
                return False
            dialog = ImportDialog(plan, path.name, parent)
            if dialog.exec() != ImportDialog.DialogCode.Accepted:
                return False
            return self._merge(plan, dialog.chosen_ids(), path.name, source.pack)
        wizard = ImportWizard(source, session.document, lang=self.workspace.lang, parent=parent)
        if wizard.exec() != ImportWizard.DialogCode.Accepted or wizard.plan is None:
            return False
        merged = self._merge(wizard.plan.merge, wizard.chosen_ids(), path.name, None)
        if merged:
            self._offer_own_details(wizard.plan.own_email, wizard.plan.own_phone)
        return merged

    def _offer_own_details(self, email: str, phone: str) -> None:
        """LinkedIn's "Contact Email/Phone" are the user's own (what they gave Easy Apply):
        offered for the profile's empty fields, never used as an employer's (issue 23.3)."""
        from dataclasses import replace

        from ..state.commands import EditProfile

        session = self.workspace.session
        profile = session.document.profile
        email = email if not profile.email else ""
        phone = phone if not profile.phone else ""
        if not email and not phone:
            return
        found = "\n".join(value for value in (email, phone) if value)
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = plain_text.question(
            self.workspace.dialog_parent(),
            self.tr("Use your contact details?"),
            self.tr(
                "LinkedIn's file has the contact details you gave when you applied. They are "
                "yours, not the employer's, so they were not saved as the employer's contact. "
                "Put them in your profile, for your mails' signature?\n\n%1"
            ).replace("%1", found),
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        if answer == buttons.Yes:
            after = replace(profile, email=email or profile.email, phone=phone or profile.phone)
            session.push(EditProfile(session, after))

    def _merge(self, plan: MergePlan, chosen: set[str], name: str, pack: Bundle | None) -> bool:
        """The chosen new and changed applications in (with the files of our zip export),
        after a backup, as one undo step."""
        from ...store import attachments, backups, bundle

        session = self.workspace.session
        assert session.path is not None
        session.save_now()
        try:
            backups.risky_backup(session.path, "import", self.workspace.clock.now())
        except OSError as error:
            self._warn(self.tr("Cannot import"), store.os_error_reason(error))
            return False
        new = [app for app in plan.new if app.id in chosen]
        changed = [app for _mine, app in plan.changed if app.id in chosen]
        if pack is not None:  # the zip's files, copied in beside the store
            copied: list[Path] = []
            try:
                today = self.workspace.clock.now().date()
                new = bundle.import_attachments(pack, session.path, new, today, copied)
                changed = bundle.import_attachments(pack, session.path, changed, today, copied)
            except (OSError, attachments.AttachmentError) as error:
                bundle.remove_added(copied)  # no application refers to them
                self._warn(self.tr("Cannot import"), str(error))
                return False
        stack = session.undo_stack
        stack.beginMacro(self.tr("Import from %1").replace("%1", name))
        for app in new:
            session.push(AddApplication(session, app))
        for app in changed:
            session.push(ReplaceApplication(session, app, ""))
        for app in plan.removed:  # the other copy deleted it after our last change
            if app.id in chosen:
                session.push(DeleteApplication(session, app.id))
        stack.endMacro()
        # the list shows what came in, not an earlier search or chart pick (23)
        self.workspace.clear_search()
        shown = next((a.id for a in [*new, *changed] if session.document.find(a.id)), None)
        if shown is not None:
            self.workspace.select_application(shown)
        self.workspace.show_message(
            self.tr("Imported %n application(s). Undo with Ctrl+Z.", "", len(chosen)), 8000
        )
        return True

    # ------------------------------------------------------------------ restore

    def restore_dialog(self) -> None:
        from ...store import backups
        from ..dialogs.backup_dialog import BackupDialog

        session = self.workspace.user_session
        if session.path is None:
            return
        dialog = BackupDialog(
            backups.list_backups(session.path),
            self.workspace.dialog_parent(),
            lang=self.workspace.lang,
        )
        chosen = dialog.chosen() if dialog.exec() == BackupDialog.DialogCode.Accepted else None
        if chosen is not None:
            self.restore_backup(chosen)

    def restore_backup(self, backup: Backup) -> bool:
        """Put a backup in place; the current file is kept as a backup first."""
        from ...store import backups

        session = self.workspace.user_session
        assert session.path is not None
        session.save_now()
        try:
            backups.restore(backup, session.path, self.workspace.clock.now())
        except store.StoreError as error:
            store_error_text.warn(self.workspace.dialog_parent(), self.tr("Cannot restore"), error)
            return False
        except OSError as error:
            self._warn(self.tr("Cannot restore"), store.os_error_reason(error))
            return False
        problem = session.reload_from_disk()
        if problem is not None:
            store_error_text.warn(
                self.workspace.dialog_parent(), self.tr("Cannot restore"), problem
            )
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
