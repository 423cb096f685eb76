"""The JSON store: strict loading, exact writing, atomic and durable saving.

The file format is DESIGN.md "Contract 1, format v2" (v1 files are read too; the first save
writes v2 after a migration backup). Loading is forgiving about *missing* optional
fields (and ``null`` for them) but strict about *wrong* ones: a file that does not
validate is refused with a :class:`StoreError` that names the file, the application and
the field, and it is never written, so a hand-edit gone wrong cannot cost the user data.
Keys this version does not know are kept in each record's ``extra`` and written back.

Parsing is hand-written rather than schema-driven: 10,000 applications must validate in
a few tens of milliseconds on top of ``json.loads`` (the first paint waits for it).
Writing is hand-written too, because ``json.dumps(indent=...)`` falls back to the pure
Python encoder and costs three times the compact one; :func:`dumps` produces exactly
``json.dumps(to_json_obj(doc), ensure_ascii=False, indent=1) + "\\n"``.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    Activity,
    Application,
    Document,
    ReportedMonth,
    Tombstone,
)
from .decode import _decode, _file_text, _may_hold_surrogates, _refuse_lone_surrogates
from .errors import StoreError, _Invalid, _kind, _show
from .fields import _MISSING, _TOP_SET, _extra, _items
from .files import FileTooBigError, NotRegularFileError, os_error_reason, read_regular_file
from .limits import MAX_ACTIVITIES, MAX_FILE_BYTES, MAX_REPORTED_MONTHS, MAX_TOMBSTONES
from .paths import ATTACHMENTS_FOLDER, FILE_NAME, StrPath
from .records import (
    _app_name,
    _app_ref,
    _generated_id,
    _parse_activity,
    _parse_application,
    _parse_profile,
    _parse_reported,
    _parse_tombstone,
)


def _parse_document(obj: object, path: StrPath) -> Document:
    if type(obj) is not dict:
        raise StoreError(path, f"must contain a JSON object at the top level, not {_kind(obj)}")

    fmt = obj.get("format", _MISSING)
    if fmt is _MISSING:
        raise StoreError(
            path, f"is missing, so this is not a {FORMAT_NAME} store file", field="format"
        )
    if fmt != FORMAT_NAME or type(fmt) is not str:
        raise StoreError(
            path,
            f'{_show(fmt)} is not "{FORMAT_NAME}", so this is not a {FORMAT_NAME} store file',
            field="format",
        )

    version = obj.get("schema_version", _MISSING)
    if version is _MISSING:
        raise StoreError(path, "is missing", field="schema_version")
    if type(version) is not int or version < 1:
        raise StoreError(
            path,
            f"must be a whole number of 1 or more, not {_kind(version)}",
            field="schema_version",
        )

    try:
        return _parse_v2(obj, version, path)
    except StoreError as exc:
        if version <= SCHEMA_VERSION:
            raise
        newer = (
            f"{exc.problem} (the file comes from a newer version of followup-gui, "
            f"schema version {version}; this version reads up to {SCHEMA_VERSION})"
        )
        raise StoreError(
            path,
            newer,
            app_ref=exc.app_ref,
            field=exc.field,
            app_id=exc.app_id,
            app_index=exc.app_index,
            app_name=exc.app_name,
        ) from exc


def _parse_v2(obj: dict[str, Any], version: int, path: StrPath) -> Document:
    """Format v2, which holds all of v1: a v1 file is read by the same rules."""
    try:
        profile = _parse_profile(obj.get("profile"))
    except _Invalid as exc:
        exc.within("profile")
        raise StoreError(path, exc.problem, field=exc.field) from None

    raw_apps = obj.get("applications", _MISSING)
    if raw_apps is _MISSING:
        raise StoreError(path, "is missing", field="applications")
    if type(raw_apps) is not list:
        raise StoreError(path, f"must be a list, not {_kind(raw_apps)}", field="applications")

    applications: list[Application] = []
    append = applications.append
    seen: dict[str, int] = {}
    without_id: list[int] = []
    parse = _parse_application
    for index, raw in enumerate(raw_apps):
        try:
            app = parse(raw)
        except _Invalid as exc:
            ref, app_id = _app_ref(raw, index)
            raise StoreError(
                path,
                exc.problem,
                app_ref=ref,
                field=exc.field,
                app_id=app_id,
                app_index=index,
                app_name=_app_name(raw),
            ) from None
        app_id = app.id
        if app_id:
            first = seen.setdefault(app_id, index)
            if first != index:
                ref, _ = _app_ref(raw, index)
                raise StoreError(
                    path,
                    f"{_show(app_id)} is used twice, by applications[{first}] and "
                    f"applications[{index}]; every application needs its own id",
                    app_ref=ref,
                    field="id",
                    app_id=app_id,
                    app_index=index,
                    app_name=_app_name(raw),
                )
        else:
            without_id.append(index)
        append(app)

    if without_id:
        used = set(seen)
        for index in without_id:
            applications[index].id = _generated_id(index, used)

    return Document(
        profile=profile,
        applications=applications,
        activities=_parse_activities(obj.get("activities"), path),
        reported_months=_parse_reported_months(obj.get("reported_months"), path),
        schema_version=version,
        extra={} if obj.keys() <= _TOP_SET else _extra(obj, _TOP_SET),
        deleted=_parse_tombstones(obj.get("deleted"), path),
    )


def _parse_tombstones(value: object, path: StrPath) -> list[Tombstone]:
    """Format v2.1's ``deleted``: what was deleted when (missing in older files)."""
    if value is None:
        return []
    try:
        items = _items(value, "deleted", MAX_TOMBSTONES)
    except _Invalid as exc:
        raise StoreError(path, exc.problem, field=exc.field) from None
    result: list[Tombstone] = []
    for index, raw in enumerate(items):
        try:
            result.append(_parse_tombstone(raw))
        except _Invalid as exc:
            exc.within(f"deleted[{index}]")
            raise StoreError(path, exc.problem, field=exc.field) from None
    return result


def _parse_activities(value: object, path: StrPath) -> list[Activity]:
    try:
        items = _items(value, "activities", MAX_ACTIVITIES)
    except _Invalid as exc:
        raise StoreError(path, exc.problem, field=exc.field) from None
    activities: list[Activity] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(items):
        try:
            activity = _parse_activity(raw)
        except _Invalid as exc:
            exc.within(f"activities[{index}]")
            raise StoreError(path, exc.problem, field=exc.field) from None
        if activity.id:
            first = seen.setdefault(activity.id, index)
            if first != index:
                raise StoreError(
                    path,
                    f"{_show(activity.id)} is used twice, by activities[{first}] and "
                    f"activities[{index}]; every activity needs its own id",
                    field=f"activities[{index}].id",
                )
        activities.append(activity)
    used = set(seen)
    for index, activity in enumerate(activities):
        if not activity.id:
            activity.id = _generated_id(index, used, "activity")
    return activities


def _parse_reported_months(value: object, path: StrPath) -> list[ReportedMonth]:
    try:
        items = _items(value, "reported_months", MAX_REPORTED_MONTHS)
    except _Invalid as exc:
        raise StoreError(path, exc.problem, field=exc.field) from None
    months: list[ReportedMonth] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(items):
        try:
            entry = _parse_reported(raw)
        except _Invalid as exc:
            exc.within(f"reported_months[{index}]")
            raise StoreError(path, exc.problem, field=exc.field) from None
        first = seen.setdefault(entry.month, index)
        if first != index:
            raise StoreError(
                path,
                f"{_show(entry.month)} is listed twice, by reported_months[{first}] and "
                f"reported_months[{index}]",
                field=f"reported_months[{index}].month",
            )
        months.append(entry)
    return months


# --------------------------------------------------------------------------- loading


def loads(data: bytes | str, path: StrPath = FILE_NAME) -> Document:
    """Parse and validate store text; ``path`` only names the source in messages.

    The cyclic garbage collector is paused meanwhile: parsing makes hundreds of
    thousands of acyclic objects, and the collections they trigger (each walking
    everything made so far) would cost as much as the parsing itself.
    """
    if isinstance(data, bytes | bytearray) and len(data) > MAX_FILE_BYTES:
        raise StoreError(path, _too_big(len(data)))
    with _collector_paused():
        text = _file_text(data, path)
        obj = _decode(text, path)
        if _may_hold_surrogates(text):
            _refuse_lone_surrogates(obj, path)
        return _parse_document(obj, path)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc_was_enabled:
            gc.enable()


def _too_big(size: int) -> str:
    mib = 1024 * 1024
    return (
        f"is too large to be a store ({size / mib:.0f} MB; at most {MAX_FILE_BYTES // mib} MB "
        "are read), so it was not read"
    )


def _read_store_bytes(path: StrPath) -> bytes:
    """:func:`read_regular_file` with every refusal as a :class:`StoreError`."""
    try:
        return read_regular_file(path)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise StoreError(path, f"cannot be read: {os_error_reason(exc)}") from exc
    except NotRegularFileError as exc:
        raise StoreError(
            path,
            f"is {exc}, not an ordinary file, so it was not read; the store must be a regular file",
        ) from exc
    except FileTooBigError as exc:
        raise StoreError(path, _too_big(exc.size)) from exc


def _read(path: StrPath, *, missing: Document | None = None) -> Document:
    """Read, decode and check the file, letting go of each stage once the next is made.

    At 10,000 applications the bytes (18 MB) and the decoded text (34 MB: one en dash
    makes Python store every character in two bytes) would otherwise all be held at
    once with the parsed JSON.
    """
    try:
        data = _read_store_bytes(path)
    except FileNotFoundError as exc:
        if missing is not None:
            return missing
        raise StoreError(path, "does not exist") from exc
    with _collector_paused():
        text = _file_text(data, path)
        del data
        obj = _decode(text, path)
        if _may_hold_surrogates(text):
            _refuse_lone_surrogates(obj, path)
        del text
        document = _parse_document(obj, path)
    _refuse_linked_attachments(document, path)
    return document


def _refuse_linked_attachments(document: Document, path: StrPath) -> None:
    """An attachment whose path is fine as text but leads outside through a symbolic link."""
    folder: str | None = None
    for index, app in enumerate(document.applications):
        for number, attachment in enumerate(app.attachments):
            if folder is None:
                folder = os.path.realpath(Path(path).parent / ATTACHMENTS_FOLDER)
            target = os.path.realpath(os.path.join(folder, attachment.file))
            if not target.startswith(folder + os.sep):
                raise StoreError(
                    path,
                    f"{_show(attachment.file)} leads outside the attachments folder "
                    "(through a symbolic link), so it is not opened",
                    app_ref=f"application {_show(app.id)} (applications[{index}])",
                    field=f"attachments[{number}].file",
                    app_id=app.id,
                    app_index=index,
                )


def load(path: StrPath) -> Document:
    """Read and validate the store file; raise :class:`StoreError` if it is not valid.

    Nothing is ever written here. Optional fields that are missing or ``null`` get their
    defaults; unknown keys go to ``extra``. An application without an ``id`` (or with
    ``null``) gets a generated one, deterministic so that two loads agree: ``app-N``
    where N is its 1-based index, or the next free number if that id is taken; it is
    written on the next save; activities without one get ``activity-N`` alike. Format v1
    is read by the v2 rules (it holds nothing v2 refuses). A ``schema_version`` newer than
    this app is read with the v2 rules too (the document then says ``is_newer_than_app``
    and :func:`save` refuses it). Before anything is read, a path that is not a regular
    file (a pipe, a device, a link to one) or is larger than :data:`MAX_FILE_BYTES` is
    refused; after reading, an attachment whose path leads outside the attachments folder
    through a symbolic link is refused too.
    """
    return _read(path)


def new_document() -> Document:
    """An empty store for a first start."""
    return Document()


def load_or_new(path: StrPath) -> Document:
    """Like :func:`load`, but a file that does not exist yet is an empty document."""
    return _read(path, missing=new_document())
