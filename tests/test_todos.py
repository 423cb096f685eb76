"""The user's to-dos from employers' requests (followup_gui.rules.todos)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from followup_gui.model import Contact, Moment, Purpose
from followup_gui.rules.todos import TODO, TODO_BY, TODO_DONE, mark_done, open_todos, todo_extra
from followup_gui.store import application_from_record, application_record

from .factories import contact, d, make_app, t


def asked(at: str, what: object, by: object = None, **more: object) -> Contact:
    extra: dict[str, object] = {TODO: what, **more}
    if by is not None:
        extra[TODO_BY] = by
    return Contact(Moment(t(at)), purpose=Purpose.REPLY, note="En begäran", extra=extra)


def test_the_extra_keys_of_a_request() -> None:
    assert todo_extra("  referenser \n och betyg ", d("2026-12-11")) == {
        TODO: "referenser och betyg",
        TODO_BY: "2026-12-11",
    }
    assert todo_extra("ett test", None) == {TODO: "ett test"}
    assert todo_extra("   ", d("2026-12-11")) == {}  # nothing asked: no to-do
    assert len(todo_extra("x" * 500, None)[TODO]) == 200


def test_open_to_dos_come_due_first_and_ignore_what_is_not_one() -> None:
    app = make_app(
        contacts=[
            contact("2026-11-02", Purpose.FOLLOW_UP),
            asked("2026-11-10T09:00", "referenser"),  # no date: last
            asked("2026-11-11T09:00", "ett test", "2026-12-01"),
            asked("2026-11-12T09:00", "betyg", "2026-11-25"),
            asked("2026-11-13T09:00", "intyg", "2026-11-20", **{TODO_DONE: "2026-11-19"}),
            asked("2026-11-14T09:00", "", "2026-11-20"),  # empty: none
            asked("2026-11-15T09:00", 12, "2026-11-20"),  # not text (another tool): none
            asked("2026-11-16T09:00", "tider", "den 3:e"),  # a date nobody can read: undated
        ]
    )
    todos = open_todos(app)
    assert [(x.what, x.by) for x in todos] == [
        ("betyg", d("2026-11-25")),
        ("ett test", d("2026-12-01")),
        ("referenser", None),
        ("tider", None),
    ]


def test_marking_done_logs_a_contact_and_closes_the_to_do() -> None:
    app = make_app(contacts=[asked("2026-11-20T09:00", "referenser", "2026-12-11")])
    [todo] = open_todos(app)
    after = mark_done(app, todo, dt.datetime(2026, 11, 26, 9, 30, 12), "Skickat: referenser")
    assert open_todos(after) == []
    request, sent = after.contacts
    assert request.extra == {TODO: "referenser", TODO_BY: "2026-12-11", TODO_DONE: "2026-11-26"}
    assert (sent.at.value, sent.purpose, sent.note) == (
        dt.datetime(2026, 11, 26, 9, 30),
        Purpose.OTHER,
        "Skickat: referenser",
    )
    assert app.contacts[0].extra.get(TODO_DONE) is None  # the original is untouched
    assert mark_done(after, todo, dt.datetime(2026, 11, 27, 9, 0), "again") is after


def test_a_to_do_changed_meanwhile_is_not_marked_on_another_contact() -> None:
    app = make_app(contacts=[asked("2026-11-20T09:00", "referenser")])
    [todo] = open_todos(app)
    edited = replace(app, contacts=[asked("2026-11-20T09:00", "två referenser")])
    assert mark_done(edited, todo, dt.datetime(2026, 11, 26, 9, 0), "x") is edited


def test_the_store_keeps_the_to_do_as_it_is() -> None:
    app = make_app(contacts=[asked("2026-11-20T09:00", "referenser", "2026-12-11")])
    [todo] = open_todos(app)
    done = mark_done(app, todo, dt.datetime(2026, 11, 26, 9, 0), "Skickat: referenser")
    for version in (app, done):
        again = application_from_record(application_record(version))
        assert again.contacts == version.contacts
        assert open_todos(again) == open_todos(version)
