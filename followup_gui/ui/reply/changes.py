"""What confirming an employer's reply does to the application (RULES.md v2.1's table).

The dialog gathers a :class:`ReplyPlan` (every value as the user left it); :func:`apply_reply`
turns it into the application after the change, so that the whole change is one record swap
(one undo step). No Qt here: the table's rules are plain functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ...model import Application, Attachment, Channel, Contact, Interview, Moment, Purpose, Stage
from ...reading.reply import Kind
from ...rules.todos import todo_extra

STAGE_OF_KIND: dict[Kind, Stage] = {
    Kind.INTERVIEW_INVITATION: Stage.INTERVIEW,
    Kind.REJECTION: Stage.REJECTED,
    Kind.CANCELLED: Stage.REJECTED,
    Kind.OFFER: Stage.OFFER,
}


@dataclass(frozen=True, slots=True)
class ReplyPlan:
    """One reply's change, as the user confirmed it."""

    kind: Kind
    at: dt.datetime
    """When the mail came: the logged contact's moment."""
    note: str = ""
    stage: Stage | None = None
    """The stage the application moves to; None keeps it."""
    interview: Interview | None = None
    """The interview an invitation adds."""
    reply_by: dt.date | None = None
    """The date a promise gives (``ad_reply_by``, or the held interview's promise)."""
    attachment: Attachment | None = None
    """The mail kept with the application."""
    todo: str = ""
    """What a request asks for: the user's to-do until marked done (``rules.todos``)."""
    todo_by: dt.date | None = None
    """The date they want it by."""


def new_stage(kind: Kind, current: Stage) -> Stage | None:
    """The stage ``kind`` moves an application in ``current`` to; None when it stays."""
    stage = STAGE_OF_KIND.get(kind)
    if stage is None or stage is current:
        return None
    if stage is Stage.INTERVIEW and current in (Stage.OFFER, Stage.ACCEPTED):
        return None  # an invitation after an offer does not take the offer back
    return stage


def held_interview(app: Application, day: dt.date) -> int | None:
    """The index of the latest interview held on or before ``day`` (a promise after it is
    that interview's ``promised_reply_by``); None when there is none."""
    held = [(iv.at.value, i) for i, iv in enumerate(app.interviews) if iv.at.date <= day]
    return max(held)[1] if held else None


def apply_reply(app: Application, plan: ReplyPlan) -> Application:
    """``app`` after the reply: a contact (``other`` for a receipt, else ``reply``; a
    request's carries the user's to-do), the stage, an interview, the promised date and the
    kept mail, per RULES.md's table."""
    purpose = Purpose.OTHER if plan.kind is Kind.RECEIPT else Purpose.REPLY
    extra = todo_extra(plan.todo, plan.todo_by) if plan.kind is Kind.REQUEST else {}
    contact = Contact(Moment(plan.at), Channel.EMAIL, purpose, plan.note.strip(), extra)
    after = replace(app, contacts=sorted([*app.contacts, contact], key=lambda c: c.at.value))
    if plan.kind is Kind.PROMISE and plan.reply_by is not None:
        index = held_interview(app, plan.at.date())
        if index is None:
            after = replace(after, ad_reply_by=plan.reply_by)
        else:
            interviews = list(after.interviews)
            interviews[index] = replace(interviews[index], promised_reply_by=plan.reply_by)
            after = replace(after, interviews=interviews)
    if plan.interview is not None:
        interviews = sorted([*after.interviews, plan.interview], key=lambda i: i.at.value)
        after = replace(after, interviews=interviews)
    if plan.stage is not None:
        after = replace(after, stage=plan.stage)
    if after.applied_on is None:
        # a saved ad that got an answer (even a receipt) was sent after all
        after = replace(after, applied_on=plan.at.date())
        if after.stage is Stage.SAVED:
            after = replace(after, stage=Stage.APPLIED)
    if plan.attachment is not None:
        after = replace(after, attachments=[*after.attachments, plan.attachment])
    return after
