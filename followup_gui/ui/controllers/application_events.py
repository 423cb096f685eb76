"""What happens to one application: its stage, contacts, interviews, other offer, and
the guided follow-up. Each change is one undoable command on the session."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox's buttons
from PySide6.QtCore import QObject

from ...model import Application, Channel, Purpose, Stage
from .. import plain_text
from ..state.commands import ReplaceApplication
from .after_dialog import add_contact, commit, swapped

if TYPE_CHECKING:
    from ...rules.advice import Verdict
    from ...rules.todos import Todo
    from ..shell.ports import Workspace


class ApplicationEvents(QObject):
    """The Application menu's flows and the verdict panel's requests."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def _editable(self) -> Application | None:
        """The selected application, when it may be changed."""
        if self.workspace.session.read_only:
            return None
        return self.workspace.current_application()

    def edit(self, after: Application, text: str) -> None:
        """Replace an application with its changed version, as one undoable step."""
        session = self.workspace.session
        session.push(ReplaceApplication(session, after, text))

    def set_stage(self, stage: str) -> None:
        app = self.workspace.current_application()
        if app is None or app.stage == stage:
            return
        after = replace(app, stage=Stage(stage))
        if after.applied_on is None and not after.is_saved_ad:  # a saved ad moved on: sent today
            after = replace(after, applied_on=self.workspace.clock.now().date())
        self.edit(after, self.tr("Change stage"))

    def close_and_move_on(self, stage: str) -> bool:
        """Close a silent application (rejected or withdrawn) as one undoable step."""
        app = self._editable()
        if app is None or app.stage.is_closed:
            return False
        self.edit(replace(app, stage=Stage(stage)), self.tr("Close and move on"))
        self.workspace.show_message(
            self.tr("Closed “%1”. On to the next one – undo with Ctrl+Z.").replace(
                "%1", app.job_title
            ),
            8000,
        )
        return True

    def log_contact(self) -> None:
        from ...rules.advice import Action
        from ..dialogs.event_dialogs import ContactDialog

        app = self._editable()
        verdict = self.workspace.current_verdict()
        if app is None or verdict is None:
            return
        purpose = {
            Action.THANK_YOU: Purpose.THANK_YOU,
            Action.OTHER_OFFER: Purpose.OTHER_OFFER,
        }.get(verdict.action, Purpose.FOLLOW_UP)
        dialog = ContactDialog(
            None,
            now=self.workspace.clock.now(),
            lang=self.workspace.lang,
            purpose=purpose,
            channel=verdict.channel or Channel.EMAIL,
            parent=self.workspace.dialog_parent(),
        )
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            commit(self.workspace, app, add_contact(dialog.contact()), self.tr("Log contact"))

    def todo_done(self, todo: Todo) -> None:
        """The panel's "Done" on a to-do: logs "Sent: references", one undoable step."""
        from ...rules.todos import mark_done

        app = self._editable()
        if app is None:
            return
        note = self.tr("Sent: %1").replace("%1", todo.what)
        now = self.workspace.clock.now()
        if commit(
            self.workspace, app, lambda a: mark_done(a, todo, now, note), self.tr("Mark as done")
        ):
            self.workspace.show_message(
                self.tr("Marked done: %1 – undo with Ctrl+Z.").replace("%1", todo.what), 8000
            )

    def add_interview(self) -> None:
        from ..dialogs.event_dialogs import InterviewDialog

        app = self._editable()
        if app is None:
            return
        parent = self.workspace.dialog_parent()
        dialog = InterviewDialog(None, now=self.workspace.clock.now(), parent=parent)
        if dialog.exec() == InterviewDialog.DialogCode.Accepted:
            interview = dialog.interview()

            def add(current: Application) -> Application:
                interviews = sorted([*current.interviews, interview], key=lambda i: i.at.value)
                stage = Stage.INTERVIEW if current.stage is Stage.APPLIED else current.stage
                return replace(current, interviews=interviews, stage=stage)

            commit(self.workspace, app, add, self.tr("Add interview"))

    def edit_offer(self) -> None:
        from ..dialogs.event_dialogs import OtherOfferDialog

        app = self._editable()
        if app is None:
            return
        today = self.workspace.clock.now().date()
        parent = self.workspace.dialog_parent()
        dialog = OtherOfferDialog(app.other_offer, today=today, parent=parent)
        if dialog.exec() == OtherOfferDialog.DialogCode.Accepted:
            offer = dialog.offer()
            commit(
                self.workspace, app, lambda a: replace(a, other_offer=offer), self.tr("Other offer")
            )

    def edit_event(self, kind: str, index: int) -> None:
        from ..dialogs.event_dialogs import ContactDialog, InterviewDialog

        app = self._editable()
        if app is None:
            return
        now, parent = self.workspace.clock.now(), self.workspace.dialog_parent()
        if kind == "interview":
            idialog = InterviewDialog(app.interviews[index], now=now, parent=parent)
            if idialog.exec() == InterviewDialog.DialogCode.Accepted:
                was, now_ = app.interviews[index], idialog.interview()

                def edit_interview(current: Application) -> Application:
                    interviews = swapped(current.interviews, was, now_)
                    return replace(current, interviews=sorted(interviews, key=lambda i: i.at.value))

                commit(self.workspace, app, edit_interview, self.tr("Edit interview"))
        elif kind == "contact":
            lang = self.workspace.lang
            cdialog = ContactDialog(app.contacts[index], now=now, lang=lang, parent=parent)
            if cdialog.exec() == ContactDialog.DialogCode.Accepted:
                old, new = app.contacts[index], cdialog.contact()

                def edit_contact(current: Application) -> Application:
                    contacts = swapped(current.contacts, old, new)
                    return replace(current, contacts=sorted(contacts, key=lambda c: c.at.value))

                commit(self.workspace, app, edit_contact, self.tr("Edit contact"))
        elif kind == "offer":
            self.edit_offer()

    def remove_event(self, kind: str, index: int) -> None:
        app = self._editable()
        if app is None:
            return
        if kind == "interview":
            interviews = [iv for i, iv in enumerate(app.interviews) if i != index]
            self.edit(replace(app, interviews=interviews), self.tr("Remove interview"))
        elif kind == "contact":
            contacts = [c for i, c in enumerate(app.contacts) if i != index]
            self.edit(replace(app, contacts=contacts), self.tr("Remove contact"))
        elif kind == "offer":
            self.edit(replace(app, other_offer=None), self.tr("Remove other offer"))
        self.workspace.show_message(self.tr("Removed. Undo with Ctrl+Z."), 6000)

    def _follow_up_anyway(self, verdict: Verdict) -> bool:
        """The guide's rules as guard rails: too early, or a second time, asks first."""
        from ...i18n import format_date
        from ...rules.advice import Action

        if verdict.action is Action.WAIT and verdict.earliest is not None:
            title = self.tr("It is too early to follow up")
            text = self.tr(
                "The time to follow up starts %1. A follow-up before then can seem "
                "impatient, and the employer may not have looked at the applications yet. "
                "Follow up anyway?"
            ).replace("%1", format_date(verdict.earliest, self.workspace.lang))
        elif verdict.has("window_long_passed") and verdict.latest is not None:
            title = self.tr("The time to follow up ended long ago")
            text = self.tr(
                "The time to follow up ended %1. A follow-up this late is rarely answered, "
                "but it does no harm if you write it well. Follow up anyway?"
            ).replace("%1", format_date(verdict.latest, self.workspace.lang))
        elif verdict.action is Action.AWAIT_REPLY:
            title = self.tr("You have already followed up")
            text = self.tr(
                "You have followed up once already. The guide says one well-written "
                "follow-up is enough: a second can seem pushy. Follow up again anyway?"
            )
        else:
            return True
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = plain_text.question(
            self.workspace.dialog_parent(), title, text, buttons.Yes | buttons.No, buttons.No
        )
        return answer == buttons.Yes

    def follow_up(self) -> None:
        """The phone script or email composer; logs what the user confirms, as one change."""
        from ...rules.advice import Action
        from ..followup.follow_up_dialog import FollowUpDialog

        app = self._editable()
        verdict = self.workspace.current_verdict()
        if app is None or verdict is None or verdict.action in (Action.CLOSED, Action.APPLY):
            return
        if not self._follow_up_anyway(verdict):
            return
        session, clock = self.workspace.session, self.workspace.clock
        dialog = FollowUpDialog(
            app,
            verdict,
            session.document.profile,
            lang=self.workspace.lang,
            now=clock.now(),
            clock=clock.now,
            parent=self.workspace.dialog_parent(),
        )
        accepted = dialog.exec() == FollowUpDialog.DialogCode.Accepted
        contact = dialog.result_contact()
        learnt = dialog.result_application()
        dialog.deleteLater()
        current = session.document.find(app.id)  # a reload may have swapped it meanwhile
        if not accepted or contact is None or current is None:
            return
        base = learnt if learnt is not None and current is app else current
        contacts = sorted([*base.contacts, contact], key=lambda c: c.at.value)
        self.edit(replace(base, contacts=contacts), self.tr("Log follow-up"))
        self.workspace.show_message(self.tr("Logged the follow-up. Undo with Ctrl+Z."), 8000)
