"""Saving: refuse what :func:`load` would refuse, then write atomically; the on-disk version."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from ..model import (
    SCHEMA_VERSION,
    Application,
    Document,
    Stage,
)
from .decode import _decoder, _field_path, _file_text, _lone_surrogate_at
from .errors import StoreError, _Invalid, _show
from .fields import _FIRST_DAY, _FIRST_MOMENT, _LAST_DAY, _LAST_MOMENT, _out_of_range, _too_long
from .files import atomic_write_bytes, os_error_reason, read_regular_file
from .limits import (
    FIRST_DAY,
    LAST_DAY,
    MAX_ATTACHMENTS,
    MAX_CONTACTS,
    MAX_INTERVIEWS,
    MAX_LONG_TEXT,
    MAX_MONTHLY_TARGET,
    MAX_SHORT_TEXT,
    MAX_URL_TEXT,
)
from .paths import StrPath
from .records import _LONG, _SHORT, _URL, _app_name, _month, attachment_path_problem
from .write import _written_version, dumps, to_json_obj


def _encode(document: Document, path: StrPath) -> bytes:
    text = dumps(document)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate has no UTF-8 form, and load refuses it: name where it is.
        obj = to_json_obj(document)
        found = _lone_surrogate_at(obj, []) or []
        ref = index = app_id = None
        if len(found) >= 2 and found[0] == "applications" and isinstance(found[1], int):
            index = found[1]
            app_id = document.applications[index].id
            ref = f"applications[{index}]"
            found = found[2:]
        raise StoreError(
            path,
            "was not saved: the text holds a lone UTF-16 surrogate, which stands for no character",
            app_ref=ref,
            field=_field_path(found),
            app_id=app_id,
            app_index=index,
        ) from None


def _date_fields(app: Application) -> Iterator[tuple[str, dt.date | None]]:
    yield "applied_on", app.applied_on
    yield "deadline", app.deadline
    yield "ad_reply_by", app.ad_reply_by
    for n, interview in enumerate(app.interviews):
        yield f"interviews[{n}].at", interview.at.value.date()
        yield f"interviews[{n}].promised_reply_by", interview.promised_reply_by
    if app.other_offer is not None:
        yield "other_offer.noted_on", app.other_offer.noted_on
        yield "other_offer.respond_by", app.other_offer.respond_by
    for n, contact in enumerate(app.contacts):
        yield f"contacts[{n}].at", contact.at.value.date()
    for n, attachment in enumerate(app.attachments):
        yield f"attachments[{n}].added_on", attachment.added_on


def _text_fields(app: Application) -> Iterator[tuple[str, str, int]]:
    for name in ("job_title", "company", "town"):
        yield name, getattr(app, name), MAX_SHORT_TEXT
    yield "ad_text", app.ad_text, MAX_LONG_TEXT
    yield "ad_url", app.ad_url, MAX_URL_TEXT
    yield "notes", app.notes, MAX_LONG_TEXT
    person = app.contact
    for name in ("name", "email", "phone"):
        yield f"contact.{name}", getattr(person, name), MAX_SHORT_TEXT
    for n, contact in enumerate(app.contacts):
        yield f"contacts[{n}].note", contact.note, MAX_LONG_TEXT
    for n, attachment in enumerate(app.attachments):
        yield f"attachments[{n}].note", attachment.note, MAX_LONG_TEXT


def _app_looks_savable(app: Application) -> bool:
    """The common case of :func:`_app_save_problem` without generators or messages.

    Checking 10,000 applications costs a few milliseconds this way; only an application
    that fails it is looked at field by field for the message.
    """
    first, last, short, long_ = _FIRST_DAY, _LAST_DAY, _SHORT, _LONG
    applied, deadline, reply_by = app.applied_on, app.deadline, app.ad_reply_by
    person = app.contact
    if not (
        (applied is None or first <= applied <= last)
        and (deadline is None or first <= deadline <= last)
        and (reply_by is None or first <= reply_by <= last)
        and len(app.job_title) <= short
        and len(app.company) <= short
        and len(app.town) <= short
        and len(app.ad_text) <= long_
        and len(app.ad_url) <= _URL
        and len(app.notes) <= long_
        and len(person.name) <= short
        and len(person.email) <= short
        and len(person.phone) <= short
    ):
        return False
    stamp = app.updated_at
    if stamp is not None and (stamp.tzinfo is None or not first <= stamp.date() <= last):
        return False
    low, high = _FIRST_MOMENT, _LAST_MOMENT
    if app.interviews:
        if len(app.interviews) > MAX_INTERVIEWS:
            return False
        for interview in app.interviews:
            promised = interview.promised_reply_by
            if not low <= interview.at.value <= high or (
                promised is not None and not first <= promised <= last
            ):
                return False
    if app.contacts:
        if len(app.contacts) > MAX_CONTACTS:
            return False
        for contact in app.contacts:
            if not low <= contact.at.value <= high or len(contact.note) > long_:
                return False
    offer = app.other_offer
    if offer is not None and not (
        first <= offer.noted_on <= last and first <= offer.respond_by <= last
    ):
        return False
    return not app.attachments  # rare: checked field by field


def _app_save_problem(app: Application) -> tuple[str, str] | None:
    """The first (field, problem) that would make :func:`load` refuse ``app``, or None."""
    for name in ("job_title", "company"):
        text = getattr(app, name)
        if type(text) is not str or not text or text.isspace():
            return name, "the field is empty"
    if app.applied_on is None and app.stage is not Stage.SAVED:
        return "applied_on", 'it is empty, and only a saved ad (stage "saved") may be without it'
    for field, day in _date_fields(app):
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            return field, _out_of_range(day.isoformat())
    for field, text, limit in _text_fields(app):
        if len(text) > limit:
            return field, _too_long(text, limit)
    for name, items, limit in (
        ("interviews", app.interviews, MAX_INTERVIEWS),
        ("contacts", app.contacts, MAX_CONTACTS),
        ("attachments", app.attachments, MAX_ATTACHMENTS),
    ):
        if len(items) > limit:
            return name, _too_long(items, limit)
    for n, attachment in enumerate(app.attachments):
        problem = attachment_path_problem(attachment.file)
        if problem is not None:
            return f"attachments[{n}].file", problem
    return _stamp_problem(app.updated_at, "updated_at")


def _stamp_problem(stamp: dt.datetime | None, field: str) -> tuple[str, str] | None:
    if stamp is None:
        return None
    if stamp.tzinfo is None:
        return field, "it has no offset from UTC"
    if not FIRST_DAY <= stamp.date() <= LAST_DAY:
        return field, _out_of_range(stamp.date().isoformat())
    return None


def save_problem(app: Application) -> tuple[str, str] | None:
    """The first (field, problem) that would keep :func:`save` from writing ``app``, or None:
    every check a save makes of one application (importers make them row by row)."""
    return _app_save_problem(app)


def _check_savable(document: Document, path: StrPath) -> None:
    """Refuse what :func:`load` would refuse, so that a save never makes the file unreadable."""
    version = document.schema_version
    if type(version) is not int or version < 1:
        raise StoreError(
            path, f"was not saved: schema_version {version!r} is not valid", field="schema_version"
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            path,
            f"was not saved: it comes from a newer version of followup-gui (schema version "
            f"{version}; this version writes {SCHEMA_VERSION}) and is read-only here",
            field="schema_version",
        )
    seen: dict[str, int] = {}
    looks_savable = _app_looks_savable
    for index, app in enumerate(document.applications):
        app_id = app.id
        if not app_id or type(app_id) is not str:
            raise StoreError(
                path,
                "was not saved: the application has no id",
                app_ref=f"applications[{index}]",
                field="id",
                app_index=index,
            )
        first = seen.setdefault(app_id, index)
        if first != index:
            raise StoreError(
                path,
                f"was not saved: the id {_show(app_id)} is used by applications[{first}] "
                f"and applications[{index}]",
                app_ref=f"application {_show(app_id)} (applications[{index}])",
                field="id",
                app_id=app_id,
                app_index=index,
            )
        title, company = app.job_title, app.company
        if (
            title
            and company
            and app.applied_on is not None
            and looks_savable(app)
            and not title.isspace()
            and not company.isspace()
        ):
            continue  # the common case; the message's words are made only when needed
        problem = _app_save_problem(app)
        if problem is not None:
            raise StoreError(
                path,
                f"was not saved: {problem[1]}",
                app_ref=f"application {_show(app_id)} (applications[{index}])",
                field=problem[0],
                app_id=app_id,
                app_index=index,
                app_name=_app_name({"job_title": title, "company": company}),
            )
    _check_savable_lists(document, path)


def _check_savable_lists(document: Document, path: StrPath) -> None:
    ids: dict[str, int] = {}
    for index, activity in enumerate(document.activities):
        field = f"activities[{index}]"
        if not activity.id or len(activity.id) > MAX_SHORT_TEXT:
            raise StoreError(path, "was not saved: the id is empty or too long", field=field)
        first = ids.setdefault(activity.id, index)
        if first != index:
            raise StoreError(
                path,
                f"was not saved: the id {_show(activity.id)} is used by activities[{first}] "
                f"and activities[{index}]",
                field=f"{field}.id",
            )
        if not FIRST_DAY <= activity.on <= LAST_DAY:
            raise StoreError(
                path, f"was not saved: {_out_of_range(activity.on.isoformat())}", field=field
            )
    for index, entry in enumerate(document.reported_months):
        try:
            _month(entry.month, "month")
        except _Invalid as exc:
            raise StoreError(
                path, f"was not saved: {exc.problem}", field=f"reported_months[{index}].month"
            ) from None
    for index, tomb in enumerate(document.deleted):
        if not tomb.id or len(tomb.id) > MAX_SHORT_TEXT:
            raise StoreError(
                path, "was not saved: the id is empty or too long", field=f"deleted[{index}].id"
            )
        problem = _stamp_problem(tomb.deleted_at, f"deleted[{index}].deleted_at")
        if problem is not None:
            raise StoreError(path, f"was not saved: {problem[1]}", field=problem[0])
    target = document.profile.monthly_target
    if target is not None and not (type(target) is int and 0 <= target <= MAX_MONTHLY_TARGET):
        raise StoreError(
            path,
            f"was not saved: it must be a whole number from 0 to {MAX_MONTHLY_TARGET}",
            field="profile.monthly_target",
        )


def save(
    document: Document, path: StrPath, *, replace: Callable[[Path, Path], None] | None = None
) -> None:
    """Write the document atomically and durably (see :func:`atomic_write_bytes`).

    Refuses a document from a newer schema version (read-only) and one that :func:`load`
    would refuse; on any failure the previous file is left as it was. Every save writes
    format v2, and the document then says ``schema_version`` 2. The copies kept before a
    save (the day's, and the migration backup of a v1 file) are
    :func:`followup_gui.store.backups.before_save`'s: call it first (the window does).
    ``replace`` puts the written temp file in place (the window passes one that first
    checks nobody else changed the file, see ``safe_replace``); an exception from it that
    is not an ``OSError`` propagates as it is.
    """
    _check_savable(document, path)
    try:
        data = _encode(document, path)
    except (ValueError, TypeError, RecursionError) as exc:
        if isinstance(exc, StoreError):
            raise
        raise StoreError(path, f"was not saved: a value cannot be written as JSON ({exc})") from exc
    try:
        atomic_write_bytes(path, data, replace=replace)
    except OSError as exc:
        raise StoreError(path, f"could not be saved: {os_error_reason(exc)}") from exc
    document.schema_version = _written_version(document)


_VERSION_IN_HEAD = b'"schema_version"'
_HEAD_BYTES = 1 << 16


def on_disk_version(path: StrPath) -> int | None:
    """The ``schema_version`` of the store file at ``path``, without parsing all of it.

    This app writes it near the top; a hand-made file may have it anywhere, and is then
    parsed whole. None when there is no readable store file there.
    """
    try:
        with open(path, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                return None
            head = stream.read(_HEAD_BYTES)
    except OSError:
        return None
    found = re.search(rb'"schema_version"\s*:\s*(\d{1,9})\s*[,}]', head)
    if found is not None and head.count(_VERSION_IN_HEAD) == 1:
        return int(found[1])
    try:
        obj = _decoder().decode(_file_text(read_regular_file(path), path))
    except (OSError, ValueError, StoreError, RecursionError):
        return None
    version = obj.get("schema_version") if type(obj) is dict else None
    return version if type(version) is int else None
