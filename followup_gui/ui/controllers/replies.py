""" "Got a reply…" (Fick svar…): the employer answered. The answer is logged as a contact with
purpose ``reply`` (format v2), which the overview counts and which ends the advice's silence
hint, and the user may move the stage on to what the answer was: an interview, a no, an offer.
Both are one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Qt

from ...model import Application, Channel, Purpose, Stage
from .after_dialog import add_contact, commit

if TYPE_CHECKING:
    from ..shell.ports import Workspace
    from .application_events import ApplicationEvents

STAGE_CHOICES = (Stage.INTERVIEW, Stage.REJECTED, Stage.OFFER)
PASTE = 2  # the contact dialog's result when the user would rather paste the mail


class Replies(QObject):
    """The panel's "Got a reply…" flow."""

    def __init__(
        self, workspace: Workspace, events: ApplicationEvents, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.events = events
        self.paste_mail: Callable[[], None] | None = None
        """ "Paste a reply…": offered in the dialog, for an answer that came as a mail."""

    def got_reply(self) -> None:
        from ..dialogs.event_dialogs import ContactDialog

        workspace = self.workspace
        app = None if workspace.session.read_only else workspace.current_application()
        if app is None or app.applied_on is None:
            return
        dialog = ContactDialog(
            None,
            now=workspace.clock.now(),
            lang=workspace.lang,
            purpose=Purpose.REPLY,
            channel=Channel.EMAIL,
            parent=workspace.dialog_parent(),
        )
        dialog.setWindowTitle(self.tr("Got a reply"))
        paste = self.paste_mail
        if paste is not None:  # one way for a mail: read it instead of typing it in
            role = QtWidgets.QDialogButtonBox.ButtonRole.ResetRole
            button = dialog.buttons.addButton(self.tr("Paste the mail instead…"), role)
            button.clicked.connect(lambda: dialog.done(PASTE))
        result = dialog.exec()
        if result == PASTE and paste is not None:
            paste()
            return
        if result != ContactDialog.DialogCode.Accepted:
            return
        stage = self.ask_stage(app)
        add = add_contact(dialog.contact())

        def log(current: Application) -> Application:
            return replace(add(current), stage=stage or current.stage)

        commit(workspace, app, log, self.tr("Got a reply"))

    def ask_stage(self, app: Application) -> Stage | None:
        """What the answer was, as a stage; None keeps the stage as it is."""
        from ...rules.reasons import stage_name

        box = QtWidgets.QMessageBox(self.workspace.dialog_parent())
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # never guessed as HTML (13.D)
        box.setWindowTitle(self.tr("Got a reply"))
        box.setText(self.tr("What did they answer? The stage can say so too."))
        words = {
            Stage.INTERVIEW: self.tr("An interview"),
            Stage.REJECTED: self.tr("A no"),
            Stage.OFFER: self.tr("An offer"),
        }
        role = QtWidgets.QMessageBox.ButtonRole
        buttons: dict[QtWidgets.QAbstractButton, Stage] = {
            box.addButton(words[stage], role.AcceptRole): stage
            for stage in STAGE_CHOICES
            if stage is not app.stage
        }
        keep = box.addButton(
            self.tr("Keep the stage (%1)").replace(
                "%1", stage_name(app.stage, self.workspace.lang)
            ),
            role.RejectRole,
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return buttons.get(box.clickedButton())
