"""The user's to-dos: what an employer asked for (RULES.md: "request: a contact `reply` with
what was asked; the panel shows it as the user's to-do").

A request is logged as a contact whose ``extra`` (unknown keys, which every version of the
app keeps: docs/file-format.md "Unknown keys") carries the to-do:

* ``todo``: what was asked, in the user's words ("referenser");
* ``todo_by``: the date they want it by ("2026-12-11"), when they gave one;
* ``todo_done``: the day the user marked it done; the to-do is open while this is missing.

Marking it done sets ``todo_done`` and logs a contact of its own ("Skickat: referenser"),
one change of the application, so one undo takes both back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Final

from ..model import Application, Channel, Contact, Moment, Purpose

__all__ = ["TODO", "TODO_BY", "TODO_DONE", "Todo", "mark_done", "open_todos", "todo_extra"]

TODO: Final = "todo"
TODO_BY: Final = "todo_by"
TODO_DONE: Final = "todo_done"
_MAX_WORDS: Final = 200


@dataclass(frozen=True, slots=True)
class Todo:
    """One open to-do: what was asked, by when, and the contact (the request) it is on."""

    what: str
    by: dt.date | None
    asked: Contact


def todo_extra(what: str, by: dt.date | None) -> dict[str, str]:
    """The ``extra`` keys a request's contact carries; empty when nothing was asked."""
    what = " ".join(what.split())[:_MAX_WORDS]
    if not what:
        return {}
    return {TODO: what, TODO_BY: by.isoformat()} if by is not None else {TODO: what}


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:  # written by hand or by another tool: no date then
        return None


def _open(contact: Contact) -> Todo | None:
    what = contact.extra.get(TODO)
    if not isinstance(what, str) or not what.strip() or TODO_DONE in contact.extra:
        return None
    return Todo(" ".join(what.split()), _date(contact.extra.get(TODO_BY)), contact)


def open_todos(app: Application) -> list[Todo]:
    """The application's open to-dos, the one due first first (undated ones last)."""
    found = [todo for contact in app.contacts if (todo := _open(contact)) is not None]
    return sorted(found, key=lambda t: (t.by is None, t.by or dt.date.max, t.asked.at.value))


def mark_done(app: Application, todo: Todo, at: dt.datetime, note: str) -> Application:
    """``app`` with ``todo`` done on ``at``: the request's contact says so and a contact
    ``note`` ("Skickat: referenser") is logged. ``app`` itself when the to-do is no longer
    open there (done or removed meanwhile)."""
    contacts = list(app.contacts)
    for index, contact in enumerate(contacts):
        if contact == todo.asked and _open(contact) is not None:
            extra = {**contact.extra, TODO_DONE: at.date().isoformat()}
            contacts[index] = replace(contact, extra=extra)
            break
    else:
        return app
    done = Contact(Moment(at.replace(second=0, microsecond=0)), Channel.EMAIL, Purpose.OTHER, note)
    contacts = sorted([*contacts, done], key=lambda c: c.at.value)
    return replace(app, contacts=contacts)
