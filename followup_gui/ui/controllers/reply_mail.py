""" "Paste a reply…" (Klistra in svar…) and a mail dropped on the window: the employer's
mail is read (:mod:`followup_gui.reading.reply`), matched to an application, shown in the
reply dialog, and what the user confirms is one undoable step; the mail is kept as an
attachment of kind ``reply``. "Got a reply…" (:mod:`.replies`) stays the way to log an
answer that came without a mail (a call); its dialog offers this flow for a mail.

A mail that cannot be read (empty, binary, too big, broken, an Outlook ``.msg``) gets
``MailFileError``'s message in the UI's language, and nothing changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QFileDialog, QMessageBox: looked up when used
from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QWidget

from .. import plain_text

if TYPE_CHECKING:  # the rest is imported when a mail comes: nothing more for the start
    from ...model import Application, Attachment
    from ...reading.mail_file import Mail, MailFileError
    from ..reply.changes import ReplyPlan
    from ..shell.ports import Workspace
    from .attachment_actions import AttachmentActions

Payload = Path | str
"""What was pasted or dropped: a mail file, or the mail's text."""


def payload_of(mime: QMimeData | None) -> Payload | None:
    """The first local file in ``mime``, else its text; None when it holds neither."""
    if mime is None:
        return None
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                return Path(url.toLocalFile())
    if mime.hasText():
        return mime.text()
    return None


class ReplyMail(QObject):
    """Reads an employer's mail into the application it belongs to."""

    def __init__(
        self, workspace: Workspace, files: AttachmentActions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.files = files

    # ------------------------------------------------------------------ ways in

    def paste_reply(self) -> None:
        """The mail on the clipboard (its text, or a copied .eml file)."""
        payload = payload_of(QGuiApplication.clipboard().mimeData())
        self.take(payload if payload is not None else "", pasted=True)

    def open_file(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.workspace.dialog_parent(),
            self.tr("Open a mail"),
            str(Path.home()),
            self.tr("Mails (*.eml *.txt *.html *.htm);;All files (*)"),
        )
        if path:
            self.take(Path(path))

    def take_drops(self, window: QWidget) -> None:
        """Read a mail dropped anywhere on ``window`` (where no part of it takes the drop)."""
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragMoveEvent
        ):
            if self.accepts(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            payload = payload_of(event.mimeData())
            if payload is not None and self.accepts(event.mimeData()):
                event.acceptProposedAction()  # the dialog opens once the drag is over
                QTimer.singleShot(0, lambda: self.take(payload))
                return True
        return super().eventFilter(watched, event)

    def accepts(self, mime: QMimeData | None) -> bool:
        """Whether a drag holds something to read (a file, or text) and edits are allowed."""
        return not self.workspace.session.read_only and payload_of(mime) is not None

    def take(self, payload: Payload, *, pasted: bool = False) -> bool:
        """Read ``payload`` and show the reply dialog; True when the application changed."""
        from ...reading.mail_file import MailFileError, mail_from_text, read_mail_file

        session = self.workspace.session
        if session.read_only:
            return False
        try:
            mail = read_mail_file(payload) if isinstance(payload, Path) else mail_from_text(payload)
        except MailFileError as error:
            self._cannot_read(error, offer_file=pasted)
            return False
        return self.show_reply(mail, payload if isinstance(payload, Path) else None)

    def _cannot_read(self, error: MailFileError, *, offer_file: bool) -> None:
        box = plain_text.make_box(
            QtWidgets.QMessageBox.Icon.Warning,
            self.workspace.dialog_parent(),
            self.tr("Cannot read the mail"),
            error.message(self.workspace.lang),
        )
        choose = None
        if offer_file:
            role = QtWidgets.QMessageBox.ButtonRole.ActionRole
            choose = box.addButton(self.tr("Open a mail file…"), role)
        box.exec()
        if choose is not None and box.clickedButton() is choose:
            self.open_file()

    # ------------------------------------------------------------------ the dialog

    def show_reply(self, mail: Mail, source: Path | None) -> bool:
        import uuid

        from ...model import Application
        from ...reading.reply import read_reply
        from ...reading.reply_match import match_reply
        from ..reply.dialog import ReplyDialog

        workspace = self.workspace
        session = workspace.session
        now = workspace.clock.now()
        reply = read_reply(
            mail.text, mail.date or now.date(), subject=mail.subject, sender=mail.sender
        )
        match = match_reply(reply, session.applications, subject=mail.subject)
        dialog = ReplyDialog(
            reply,
            match,
            session.applications,
            lang=workspace.lang,
            now=now,
            can_attach=session.path is not None,
            parent=workspace.dialog_parent(),
        )
        accepted = dialog.exec() == ReplyDialog.DialogCode.Accepted
        plan, app_id, keep = dialog.plan(), dialog.target_id(), dialog.keep_mail.isChecked()
        title, company, applied_on = dialog.new_fields()
        kind_words = dialog.kind_words()[plan.kind]
        dialog.deleteLater()
        if not accepted or workspace.session is not session or session.read_only:
            return False
        if app_id is None:
            app = Application(uuid.uuid4().hex[:12], title, company, applied_on)
        else:
            found = session.document.find(app_id)  # looked up again: a reload may have changed it
            if found is None:
                plain_text.warning(
                    workspace.dialog_parent(),
                    self.tr("The application is gone"),
                    self.tr(
                        "The application was removed while the mail was open (by another "
                        "program, or an undo). Nothing was changed: paste the mail again."
                    ),
                )
                return False
            app = found
        kept = self._keep(mail, source, app.id) if keep else None
        self._apply(app, replace(plan, attachment=kept), kind_words, new=app_id is None)
        return True

    def _keep(self, mail: Mail, source: Path | None, app_id: str) -> Attachment | None:
        """The mail copied in beside the store: the .eml file as it was, or the text."""
        import io

        from ...model import AttachmentKind
        from ...store import attachments

        store_path = self.workspace.session.path
        if store_path is None:
            return None
        today = self.workspace.clock.now().date()
        try:
            if source is not None and source.suffix.lower() == ".eml":
                kept = attachments.add(
                    store_path, app_id, source, kind=AttachmentKind.REPLY, today=today
                )
            else:
                name = self.tr("Reply %1").replace("%1", (mail.date or today).isoformat())
                if mail.subject:
                    name += f" – {mail.subject[:60]}"
                stream = io.BytesIO(mail.text.encode("utf-8"))
                kept = attachments.add_bytes(
                    store_path, app_id, f"{name}.txt", stream, kind=AttachmentKind.REPLY,
                    today=today,
                )  # fmt: skip
        except attachments.AttachmentError as error:
            plain_text.warning(
                self.workspace.dialog_parent(),
                self.tr("The mail could not be kept"),
                self.tr("The application is updated, but the mail was not kept with it: %1")
                .replace("%1", str(error)),
            )  # fmt: skip
            return None
        self.files.touched.add(kept.file)  # an undo leaves it unreferenced: cleaned on close
        return kept

    def _apply(self, app: Application, plan: ReplyPlan, kind_words: str, *, new: bool) -> None:
        from ..reply.changes import apply_reply
        from ..state.commands import AddApplication, ReplaceApplication

        session = self.workspace.session
        after = apply_reply(app, plan)
        text = self.tr("Reply from the employer (%1)").replace("%1", kind_words.lower())
        if new:
            command: AddApplication | ReplaceApplication = AddApplication(session, after)
            command.setText(f"{text} – {after.job_title}")
            self.workspace.clear_search()
        else:
            command = ReplaceApplication(session, after, text)
        session.push(command)
        self.workspace.select_application(after.id)
        self.workspace.show_message(
            self.tr("Updated “%1” from the mail. Undo with Ctrl+Z.").replace("%1", after.job_title),
            8000,
        )
