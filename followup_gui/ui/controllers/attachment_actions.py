"""Attachments of the selected application: add (file dialog or drag and drop), open with
the system's viewer, change what a file is, remove. Adding copies the file in beside the
store at once; the record changes by an undoable command. A removed file stays on disk
while it can be undone and goes when the window closes (:meth:`clean_up`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QFileDialog, QMessageBox: looked up when used
from PySide6.QtCore import QObject

from ...model import Application, Attachment, AttachmentKind
from ..state.commands import ReplaceApplication

if TYPE_CHECKING:
    from ..shell.ports import Workspace


class AttachmentActions(QObject):
    """The verdict panel's attachment requests, on the selected application."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.touched: set[str] = set()
        """Paths added or removed in this session: the only ones :meth:`clean_up` may delete."""

    def _target(self) -> tuple[Application, Path] | None:
        """The selected application and the store file, when files may be attached."""
        session = self.workspace.session
        app = self.workspace.current_application()
        if app is None or session.read_only or session.path is None:
            return None
        return app, session.path

    def choose_files(self) -> None:
        if self._target() is None:
            return
        paths, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self.workspace.dialog_parent(), self.tr("Attach files"), str(Path.home())
        )
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> int:
        """Copy the files in as attachments of the selected application; how many were added."""
        target = self._target()
        if target is None:
            return 0
        from ...store import attachments  # hashlib and friends: on the first file
        from .. import plain_text

        app, store_path = target
        today = self.workspace.clock.now().date()
        added = []
        problems = []
        for name in paths:
            try:
                attachment = attachments.add(
                    store_path,
                    app.id,
                    Path(name),
                    kind=attachments.guess_kind(Path(name).name),
                    today=today,
                )
            except attachments.AttachmentError as error:
                problems.append(str(error))
                continue
            added.append(attachment)
            self.touched.add(attachment.file)
        if added:
            after = replace(app, attachments=[*app.attachments, *added])
            text = self.tr("Attach %n file(s)", "", len(added))
            session = self.workspace.session
            session.push(ReplaceApplication(session, after, text))
        if problems:
            plain_text.warning(
                self.workspace.dialog_parent(), self.tr("Could not attach"), "\n".join(problems)
            )
        return len(added)

    def open(self, index: int) -> bool:
        """Show the file with the system's viewer (a PDF reader, an image viewer …)."""
        target = self._target_for_reading()
        if target is None or not 0 <= index < len(target[0].attachments):
            return False
        from ...store import attachments
        from .. import plain_text

        app, store_path = target
        try:
            path = attachments.path_of(store_path, app.attachments[index])
        except attachments.AttachmentError as error:
            plain_text.warning(
                self.workspace.dialog_parent(), self.tr("Cannot open the file"), str(error)
            )
            return False
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._to_open(path))))

    def _to_open(self, path: Path) -> Path:
        """The file itself, made unshared with the backups (29.11); a read-only copy when
        this window may not write, or the file cannot be unshared."""
        from ...store import attachments

        if not self.workspace.session.read_only:
            try:
                attachments.unshare(path)
            except OSError:
                pass
            else:
                return path
        import tempfile

        try:
            return attachments.private_copy(path, Path(tempfile.mkdtemp(prefix="followup-gui-")))
        except OSError:
            return path  # the viewer then says what is wrong

    def _target_for_reading(self) -> tuple[Application, Path] | None:
        app = self.workspace.current_application()
        path = self.workspace.session.path
        return None if app is None or path is None else (app, path)

    def remove(self, index: int) -> None:
        """Take the file off the application (undoable); the copy goes when the window closes."""
        target = self._target()
        if target is None or not 0 <= index < len(target[0].attachments):
            return
        app = target[0]
        gone = app.attachments[index]
        self.touched.add(gone.file)
        after = replace(app, attachments=[a for i, a in enumerate(app.attachments) if i != index])
        text = self.tr("Remove “%1”").replace("%1", Path(gone.file).name)
        session = self.workspace.session
        session.push(ReplaceApplication(session, after, text))
        self.workspace.show_message(
            self.tr("Removed “%1”. Undo with Ctrl+Z.").replace("%1", Path(gone.file).name), 8000
        )

    def set_kind(self, index: int, kind: str) -> None:
        target = self._target()
        if target is None or not 0 <= index < len(target[0].attachments):
            return
        app = target[0]
        changed = replace(app.attachments[index], kind=AttachmentKind(kind))
        if changed == app.attachments[index]:
            return
        files = list(app.attachments)
        files[index] = changed
        session = self.workspace.session
        session.push(
            ReplaceApplication(
                session, replace(app, attachments=files), self.tr("Change what a file is")
            )
        )

    def clean_up(self) -> list[Path]:
        """Delete the copies this session took off (or added and undid), once saved.

        Only files touched in this session go, and only those the saved document no longer
        refers to: a file another program's version of the store uses is never deleted.
        """
        session = self.workspace.user_session
        if session.path is None or session.read_only or not self.touched:
            return []
        from ...store import attachments

        keep = attachments.referenced(session.document)
        removed = []
        for file in sorted(self.touched - keep):
            if attachments.remove(session.path, Attachment(file)):
                removed.append(attachments.folder_of(session.path) / file)
        self.touched.clear()
        return removed
