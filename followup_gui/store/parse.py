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
import datetime as dt
import errno
import functools
import gc
import math
import operator
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from .model import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    Activity,
    ActivityKind,
    Application,
    Attachment,
    AttachmentKind,
    Channel,
    CompanySize,
    Contact,
    ContactPerson,
    Document,
    How,
    Industry,
    Interview,
    Language,
    Moment,
    OtherOffer,
    Profile,
    Purpose,
    ReportedMonth,
    RoleKind,
    Source,
    Stage,
)

if TYPE_CHECKING:
    import json

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "MAX_FILE_BYTES",
    "StoreError",
    "atomic_write_bytes",
    "cleanup_stale_temp_files",
    "default_path",
    "dumps",
    "load",
    "load_or_new",
    "loads",
    "new_document",
    "os_error_reason",
    "save",
    "to_json_obj",
]

StrPath = str | os.PathLike[str]
_E = TypeVar("_E", bound=StrEnum)

FILE_NAME = "applications.json"
_INDENT = 1  # the writer's fixed layout below assumes 1

# ----------------------------------------------------------------------- limits
# A store is written by this app or by hand; anything beyond these is a broken or hostile
# file, refused at load with a message (DESIGN.md "Contract 1"; issue 13, items 1-4).

MAX_FILE_BYTES = 256 * 1024 * 1024
"""The largest store read: 10,000 applications with their ad texts take 17 MB, so this
leaves room for 100,000 and more, and a link to ``/dev/zero`` is refused at once."""

FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)
"""Dates in every date field lie between these: a job search lives in a few years around
today, and the advice engine adds weeks and working days to them, which must never leave
``date``'s range (years 1..9999)."""

MAX_SHORT_TEXT = 1_000
"""Characters of a name-like field: id, job title, company, town, a person's name, e-mail
address or phone number, an activity's id."""
MAX_URL_TEXT = 10_000
"""Characters of an address: the ad's URL, the LinkedIn profile, an attachment's path."""
MAX_LONG_TEXT = 200_000
"""Characters of free text: the ad's text, notes, a contact's or an attachment's note
(a long ad is about 20,000)."""
MAX_INTERVIEWS = 1_000
MAX_CONTACTS = 10_000
MAX_ATTACHMENTS = 1_000
"""The most entries of each list of one application."""
MAX_ACTIVITIES = 100_000
MAX_REPORTED_MONTHS = 10_000
MAX_MONTHLY_TARGET = 10_000


# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """A store that cannot be read or written, explained for the user.

    ``path`` is the file, ``app_ref`` the application as the user can find it
    (``application "a7" (applications[3])`` or ``applications[3]``), ``field`` the field
    path inside it (``interviews[0].at``; top-level fields such as ``format`` have no
    ``app_ref``) and ``problem`` what is wrong in plain words. ``app_id``/``app_index``
    let the UI select the application, ``app_name`` ("Säljare, Acme AB") lets it name
    it (:mod:`store_words`). Any of them may be None.
    """

    def __init__(
        self,
        path: StrPath,
        problem: str,
        *,
        app_ref: str | None = None,
        field: str | None = None,
        app_id: str | None = None,
        app_index: int | None = None,
        app_name: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.app_ref = app_ref
        self.field = field
        self.app_id = app_id
        self.app_index = app_index
        self.app_name = app_name
        super().__init__(_compose(str(path), app_ref, field, problem))

    def __reduce__(self) -> tuple[Any, ...]:
        # The keyword-only attributes would be lost by the default Exception pickling.
        return (_rebuild_store_error, (self.args, self.__dict__.copy()))


def _rebuild_store_error(args: tuple[Any, ...], state: dict[str, Any]) -> StoreError:
    error = StoreError.__new__(StoreError, *args)
    error.args = args
    error.__dict__.update(state)
    return error


# A problem starting with one of these verbs reads as a sentence about what precedes it
# ("applications.json is empty", 'field "company" is missing'); anything else follows a
# colon ('field "stage": "x" is not one of ...').
_VERBS = ("is ", "does ", "cannot ", "could ", "was ", "must ", "comes ", "has ")


def _compose(path: str, app_ref: str | None, field: str | None, problem: str) -> str:
    head = path
    if app_ref:
        head += ": " + app_ref
    if field:
        head += f': field "{field}"'
    return head + (" " if problem.startswith(_VERBS) else ": ") + problem


class _Invalid(Exception):  # noqa: N818 - internal signal, never escapes this module
    """Raised by the field parsers; the caller adds file and application context.

    ``field`` grows from the inside out ("at" -> "interviews[0].at"), so paths are only
    formatted when something is wrong.
    """

    def __init__(self, field: str | None, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem

    def within(self, prefix: str) -> _Invalid:
        self.field = prefix if self.field is None else f"{prefix}.{self.field}"
        return self


def _show(value: object) -> str:
    """A short rendering of a wrong value for a message."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        import json  # noqa: PLC0415 - json is loaded when a file is read or written

        text = value if len(value) <= 40 else value[:37] + "…"
        return json.dumps(text, ensure_ascii=False)
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= 40 else text[:37] + "…"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__  # pragma: no cover - json gives nothing else


def _kind(value: object) -> str:
    """What a JSON value is, in words: 'text "abc"', "the number 5", "a list", "null"."""
    if value is None or isinstance(value, bool):
        return _show(value)
    if isinstance(value, str):
        return f"text {_show(value)}"
    if isinstance(value, int | float):
        return f"the number {_show(value)}"
    return _show(value)


# --------------------------------------------------------------------------- field parsers
# Each returns the parsed value or raises _Invalid(field, problem). Hot paths check the
# common case inline (``v if type(v) is str else _text(v, ...)``) and call these only for
# the rare case, to keep 10,000 applications cheap.

_MISSING: Any = object()
_date_fromiso = dt.date.fromisoformat
_datetime_fromiso = dt.datetime.fromisoformat


def _text(value: object, field: str) -> str:
    """Optional text: null means the default ""."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    raise _Invalid(field, f"must be text, not {_kind(value)}")


def _required_text(value: object, field: str) -> str:
    """Required text (the caller checks its length)."""
    if type(value) is str:
        if value and not value.isspace():
            return value
        raise _Invalid(field, "is empty; it must contain some text")
    if value is _MISSING:
        raise _Invalid(field, "is missing")
    raise _Invalid(field, f"must be non-empty text, not {_kind(value)}")


def _flag(value: object, field: str) -> bool:
    """Optional true/false: null means false; 0, 1 or "yes" are refused."""
    if type(value) is bool:
        return value
    if value is None:
        return False
    raise _Invalid(field, f"must be true or false, not {_kind(value)}")


def _enum(value: object, table: dict[str, _E], default: _E, field: str) -> _E:
    if type(value) is str:
        member = table.get(value)
        if member is not None:
            return member
    elif value is None:
        return default
    allowed = ", ".join(table)
    raise _Invalid(field, f"{_show(value)} is not one of: {allowed}")


def _date(value: object, field: str) -> dt.date:
    """A date written exactly YYYY-MM-DD (fromisoformat alone also takes "20260501")."""
    if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            day = _date_fromiso(value)
        except ValueError:
            pass
        else:
            if _FIRST_DAY <= day <= _LAST_DAY:
                return day
            raise _Invalid(field, _out_of_range(value))
    if value is _MISSING:
        raise _Invalid(field, "is missing")
    raise _Invalid(field, f"{_show(value)} is not a valid date (YYYY-MM-DD)")


_FIRST_DAY = FIRST_DAY
_LAST_DAY = LAST_DAY
_FIRST_MOMENT = dt.datetime.combine(FIRST_DAY, dt.time())
_LAST_MOMENT = dt.datetime.combine(LAST_DAY, dt.time.max)


def _out_of_range(value: str) -> str:
    return (
        f"{_show(value)} is outside the dates this app accepts "
        f"({FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()})"
    )


def _moment(value: object, field: str) -> Moment:
    """YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS, or YYYY-MM-DD (the end of that day)."""
    if type(value) is str:
        size = len(value)
        if size == 10 and value[4] == "-" and value[7] == "-":
            try:
                day = _date_fromiso(value)
            except ValueError:
                pass
            else:
                if _FIRST_DAY <= day <= _LAST_DAY:
                    return Moment.of_date(day)
                raise _Invalid(field, _out_of_range(value))
        elif (
            (size == 16 or (size == 19 and value[16] == ":"))
            and value[10] == "T"
            and value[13] == ":"
            and value[4] == "-"
            and value[7] == "-"
        ):
            try:
                moment = _datetime_fromiso(value)
            except ValueError:
                pass
            else:
                if moment.tzinfo is None:
                    if _FIRST_MOMENT <= moment <= _LAST_MOMENT:
                        return Moment(moment)
                    raise _Invalid(field, _out_of_range(value))
    if value is _MISSING:
        raise _Invalid(field, "is missing")
    raise _Invalid(
        field,
        f"{_show(value)} is not a valid date and time "
        "(YYYY-MM-DDTHH:MM, or YYYY-MM-DD for the whole day)",
    )


def _object(value: object, field: str | None, what: str = "an object") -> dict[str, Any]:
    if type(value) is dict:
        return value
    raise _Invalid(field, f"must be {what}, not {_kind(value)}")


def _list(value: object, field: str) -> list[Any]:
    if value is None:
        return []
    if type(value) is list:
        return value
    raise _Invalid(field, f"must be a list, not {_kind(value)}")


def _extra(raw: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """Keys this version does not know, kept by reference (no copy) for the round trip."""
    return {key: value for key, value in raw.items() if key not in known}


def _table(enum: type[_E]) -> dict[str, _E]:
    return {member.value: member for member in enum}


_STAGES = _table(Stage)
_SIZES = _table(CompanySize)
_INDUSTRIES = _table(Industry)
_ROLE_KINDS = _table(RoleKind)
_LANGUAGES = _table(Language)
_CHANNELS = _table(Channel)
_PURPOSES = _table(Purpose)

_SOURCES = _table(Source)
_HOWS = _table(How)
_ATTACHMENT_KINDS = _table(AttachmentKind)
_ACTIVITY_KINDS = _table(ActivityKind)

_TOP_KEYS = ("format", "schema_version", "profile", "applications", "activities", "reported_months")
_PROFILE_KEYS = ("name", "email", "phone", "linkedin")
_PROFILE_V2_KEYS = ("monthly_target",)
_PERSON_KEYS = ("name", "email", "phone")
_INTERVIEW_KEYS = ("at", "promised_reply_by")
_OFFER_KEYS = ("noted_on", "respond_by")
_CONTACT_KEYS = ("at", "channel", "purpose", "note")
_ATTACHMENT_KEYS = ("file", "kind", "added_on", "note")
_ACTIVITY_KEYS = ("id", "on", "kind", "note")
_REPORTED_KEYS = ("month", "reported_on")
_APP_V1_KEYS = (
    "id",
    "job_title",
    "company",
    "applied_on",
    "deadline",
    "rolling_selection",
    "ad_reply_by",
    "ad_no_calls",
    "ad_only_shortlisted_contacted",
    "company_size",
    "industry",
    "role_kind",
    "stage",
    "language",
    "contact",
    "interviews",
    "other_offer",
    "contacts",
    "ad_text",
    "ad_url",
    "notes",
)
_APP_V2_KEYS = ("town", "source", "how", "attachments")
_APP_KEYS = (*_APP_V1_KEYS, *_APP_V2_KEYS)
"""In the model's field order (v2's after ``extra``), which is also the order written."""
_TOP_SET = frozenset(_TOP_KEYS)
_PROFILE_SET = frozenset(_PROFILE_KEYS + _PROFILE_V2_KEYS)
_PERSON_SET = frozenset(_PERSON_KEYS)
_INTERVIEW_SET = frozenset(_INTERVIEW_KEYS)
_OFFER_SET = frozenset(_OFFER_KEYS)
_CONTACT_SET = frozenset(_CONTACT_KEYS)
_ATTACHMENT_SET = frozenset(_ATTACHMENT_KEYS)
_ACTIVITY_SET = frozenset(_ACTIVITY_KEYS)
_REPORTED_SET = frozenset(_REPORTED_KEYS)
_APP_SET = frozenset(_APP_KEYS)


def _too_long(value: str | list[Any], limit: int) -> str:
    unit = "characters" if isinstance(value, str) else "entries"
    return f"has {len(value):,} {unit}; at most {limit:,} are allowed".replace(",", " ")


def _capped(value: object, field: str, limit: int) -> str:
    """Optional text of at most ``limit`` characters (null means "")."""
    text = _text(value, field)
    if len(text) > limit:
        raise _Invalid(field, _too_long(text, limit))
    return text


def _items(value: object, field: str, limit: int) -> list[Any]:
    """An optional list of at most ``limit`` entries (null means empty)."""
    items = _list(value, field)
    if len(items) > limit:
        raise _Invalid(field, _too_long(items, limit))
    return items


def _count(value: object, field: str, limit: int) -> int | None:
    """A whole number from 0 to ``limit``, or null."""
    if value is None:
        return None
    if type(value) is int and 0 <= value <= limit:
        return value
    raise _Invalid(field, f"must be a whole number from 0 to {limit}, or null, not {_kind(value)}")


def _parse_profile(value: object) -> Profile:
    if value is None:
        return Profile()
    raw = _object(value, None)
    get = raw.get
    return Profile(
        _capped(get("name"), "name", MAX_SHORT_TEXT),
        _capped(get("email"), "email", MAX_SHORT_TEXT),
        _capped(get("phone"), "phone", MAX_SHORT_TEXT),
        _capped(get("linkedin"), "linkedin", MAX_URL_TEXT),
        {} if raw.keys() <= _PROFILE_SET else _extra(raw, _PROFILE_SET),
        _count(get("monthly_target"), "monthly_target", MAX_MONTHLY_TARGET),
    )


# The constructors below take their arguments by position: keyword calls cost twice as
# much, which is 20 ms over 10,000 applications. tests/test_store.py pins the field order.
# Text is checked inline for the common case (text within its limit) and by the helpers
# above only for the rest.


def _values(raw: dict[str, Any], keys: tuple[str, ...], required: frozenset[str]) -> Any:
    """The slow path of the ``itemgetter`` fast paths: some known keys are missing.

    A missing optional key reads as null (its default); a missing required one as
    ``_MISSING`` so that the message can say "is missing".
    """
    get = raw.get
    return tuple([get(key, _MISSING) if key in required else get(key) for key in keys])


_NONE_REQUIRED: frozenset[str] = frozenset()
_PERSON_VALUES = operator.itemgetter(*_PERSON_KEYS)
_SHORT = MAX_SHORT_TEXT
_LONG = MAX_LONG_TEXT


def _parse_person(value: object) -> ContactPerson:
    raw = value if type(value) is dict else _object(value, None)
    try:
        name, email, phone = _PERSON_VALUES(raw)
        extra = {} if len(raw) == 3 else _extra(raw, _PERSON_SET)
    except KeyError:
        name, email, phone = _values(raw, _PERSON_KEYS, _NONE_REQUIRED)
        extra = {} if raw.keys() <= _PERSON_SET else _extra(raw, _PERSON_SET)
    return ContactPerson(
        name if type(name) is str and len(name) <= _SHORT else _capped(name, "name", _SHORT),
        email if type(email) is str and len(email) <= _SHORT else _capped(email, "email", _SHORT),
        phone if type(phone) is str and len(phone) <= _SHORT else _capped(phone, "phone", _SHORT),
        extra,
    )


_INTERVIEW_VALUES = operator.itemgetter(*_INTERVIEW_KEYS)
_INTERVIEW_REQUIRED = frozenset({"at"})


def _parse_interviews(value: object) -> list[Interview]:
    result: list[Interview] = []
    items = _items(value, "interviews", MAX_INTERVIEWS)
    for index, item in enumerate(items):
        try:
            raw = item if type(item) is dict else _object(item, None)
            try:
                at, reply_by = _INTERVIEW_VALUES(raw)
                extra = {} if len(raw) == 2 else _extra(raw, _INTERVIEW_SET)
            except KeyError:
                at, reply_by = _values(raw, _INTERVIEW_KEYS, _INTERVIEW_REQUIRED)
                extra = {} if raw.keys() <= _INTERVIEW_SET else _extra(raw, _INTERVIEW_SET)
            result.append(
                Interview(
                    _moment(at, "at"),
                    None if reply_by is None else _date(reply_by, "promised_reply_by"),
                    extra,
                )
            )
        except _Invalid as exc:
            raise exc.within(f"interviews[{index}]") from None
    return result


def _parse_other_offer(value: object) -> OtherOffer:
    raw = _object(value, None, "an object or null")
    return OtherOffer(
        _date(raw.get("noted_on", _MISSING), "noted_on"),
        _date(raw.get("respond_by", _MISSING), "respond_by"),
        _extra(raw, _OFFER_SET),
    )


_CONTACT_VALUES = operator.itemgetter(*_CONTACT_KEYS)
_CONTACT_REQUIRED = frozenset({"at"})


def _parse_contacts(value: object) -> list[Contact]:
    result: list[Contact] = []
    items = _items(value, "contacts", MAX_CONTACTS)
    for index, item in enumerate(items):
        try:
            raw = item if type(item) is dict else _object(item, None)
            try:
                at, channel, purpose, note = _CONTACT_VALUES(raw)
                extra = {} if len(raw) == 4 else _extra(raw, _CONTACT_SET)
            except KeyError:
                at, channel, purpose, note = _values(raw, _CONTACT_KEYS, _CONTACT_REQUIRED)
                extra = {} if raw.keys() <= _CONTACT_SET else _extra(raw, _CONTACT_SET)
            result.append(
                Contact(
                    _moment(at, "at"),
                    (_CHANNELS.get(channel) if type(channel) is str else None)
                    or _enum(channel, _CHANNELS, Channel.EMAIL, "channel"),
                    (_PURPOSES.get(purpose) if type(purpose) is str else None)
                    or _enum(purpose, _PURPOSES, Purpose.OTHER, "purpose"),
                    note
                    if type(note) is str and len(note) <= _LONG
                    else _capped(note, "note", _LONG),
                    extra,
                )
            )
        except _Invalid as exc:
            raise exc.within(f"contacts[{index}]") from None
    return result


_DRIVE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def attachment_path_problem(file: str) -> str | None:
    """Why ``file`` cannot be an attachment's path, or None when it stays inside the folder.

    The path is relative to the attachments folder beside the store, with "/" between its
    parts; anything that could reach outside it (``..``, an absolute path, a drive letter,
    a backslash, which Windows reads as a separator) is refused. Symbolic links are checked
    against the disk by :func:`load`.
    """
    if not file:
        return "is empty; it must be a path inside the attachments folder"
    if "\x00" in file or "\\" in file:
        return f"{_show(file)} is not a valid path (it holds a backslash or a NUL character)"
    if file.startswith("/") or (len(file) >= 2 and file[1] == ":" and file[0] in _DRIVE):
        return (
            f"{_show(file)} is an absolute path; attachments are kept inside the attachments "
            'folder beside the store, as paths like "a1/cv.pdf"'
        )
    parts = file.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return (
            f"{_show(file)} would leave the attachments folder or is not a plain path "
            '(no "..", "." or empty parts); use a path like "a1/cv.pdf"'
        )
    return None


_ATTACHMENT_VALUES = operator.itemgetter(*_ATTACHMENT_KEYS)
_ATTACHMENT_REQUIRED = frozenset({"file"})


def _parse_attachments(value: object) -> list[Attachment]:
    result: list[Attachment] = []
    for index, item in enumerate(_items(value, "attachments", MAX_ATTACHMENTS)):
        try:
            raw = item if type(item) is dict else _object(item, None)
            try:
                file, kind, added_on, note = _ATTACHMENT_VALUES(raw)
            except KeyError:
                file, kind, added_on, note = _values(raw, _ATTACHMENT_KEYS, _ATTACHMENT_REQUIRED)
            file = _required_text(file, "file")
            if len(file) > MAX_URL_TEXT:
                raise _Invalid("file", _too_long(file, MAX_URL_TEXT))
            problem = attachment_path_problem(file)
            if problem is not None:
                raise _Invalid("file", problem)
            result.append(
                Attachment(
                    file,
                    _enum(kind, _ATTACHMENT_KINDS, AttachmentKind.OTHER, "kind"),
                    None if added_on is None else _date(added_on, "added_on"),
                    _capped(note, "note", MAX_LONG_TEXT),
                    {} if raw.keys() <= _ATTACHMENT_SET else _extra(raw, _ATTACHMENT_SET),
                )
            )
        except _Invalid as exc:
            raise exc.within(f"attachments[{index}]") from None
    return result


_APP_VALUES = operator.itemgetter(*_APP_KEYS)
_APP_KEY_COUNT = len(_APP_KEYS)
_APP_REQUIRED = frozenset({"job_title", "company", "applied_on"})
_URL = MAX_URL_TEXT


def _parse_application(raw: object) -> Application:
    """One application; ``id`` is "" when the file has none (the caller assigns one)."""
    if type(raw) is not dict:
        raise _Invalid(None, f"must be a JSON object, not {_kind(raw)}")
    try:
        (
            app_id,
            job_title,
            company,
            applied_on,
            deadline,
            rolling,
            ad_reply_by,
            no_calls,
            shortlisted,
            size,
            industry,
            role_kind,
            stage,
            language,
            contact,
            interviews,
            offer,
            contacts,
            ad_text,
            ad_url,
            notes,
            town,
            source,
            how,
            attachments,
        ) = _APP_VALUES(raw)
        extra = {} if len(raw) == _APP_KEY_COUNT else _extra(raw, _APP_SET)
    except KeyError:
        (
            app_id,
            job_title,
            company,
            applied_on,
            deadline,
            rolling,
            ad_reply_by,
            no_calls,
            shortlisted,
            size,
            industry,
            role_kind,
            stage,
            language,
            contact,
            interviews,
            offer,
            contacts,
            ad_text,
            ad_url,
            notes,
            town,
            source,
            how,
            attachments,
        ) = _values(raw, _APP_KEYS, _APP_REQUIRED)
        extra = {} if raw.keys() <= _APP_SET else _extra(raw, _APP_SET)

    if app_id is None:
        app_id = ""
    elif type(app_id) is not str:
        raise _Invalid("id", f"must be non-empty text, not {_kind(app_id)}")
    elif not app_id:
        raise _Invalid("id", "is empty; leave it out to have one made up")
    elif len(app_id) > _SHORT:
        raise _Invalid("id", _too_long(app_id, _SHORT))

    job_title = _required_text(job_title, "job_title")
    company = _required_text(company, "company")
    if len(job_title) > _SHORT or len(company) > _SHORT:
        name, text = ("job_title", job_title) if len(job_title) > _SHORT else ("company", company)
        raise _Invalid(name, _too_long(text, _SHORT))
    stage = (_STAGES.get(stage) if type(stage) is str else None) or _enum(
        stage, _STAGES, Stage.APPLIED, "stage"
    )
    if applied_on is None or applied_on is _MISSING:
        if stage is not Stage.SAVED:
            what = "is missing" if applied_on is _MISSING else "is null"
            raise _Invalid(
                "applied_on", f'{what}; only a saved ad (stage "saved") may be without it'
            )
        applied_on = None
    else:
        applied_on = _date(applied_on, "applied_on")

    try:
        person = ContactPerson() if contact is None else _parse_person(contact)
    except _Invalid as exc:
        raise exc.within("contact") from None
    if offer is not None:
        try:
            offer = _parse_other_offer(offer)
        except _Invalid as exc:
            raise exc.within("other_offer") from None

    return Application(
        app_id,
        job_title,
        company,
        applied_on,
        None if deadline is None else _date(deadline, "deadline"),
        rolling if type(rolling) is bool else _flag(rolling, "rolling_selection"),
        None if ad_reply_by is None else _date(ad_reply_by, "ad_reply_by"),
        no_calls if type(no_calls) is bool else _flag(no_calls, "ad_no_calls"),
        shortlisted
        if type(shortlisted) is bool
        else _flag(shortlisted, "ad_only_shortlisted_contacted"),
        (_SIZES.get(size) if type(size) is str else None)
        or _enum(size, _SIZES, CompanySize.UNKNOWN, "company_size"),
        (_INDUSTRIES.get(industry) if type(industry) is str else None)
        or _enum(industry, _INDUSTRIES, Industry.OTHER, "industry"),
        (_ROLE_KINDS.get(role_kind) if type(role_kind) is str else None)
        or _enum(role_kind, _ROLE_KINDS, RoleKind.OTHER, "role_kind"),
        stage,
        (_LANGUAGES.get(language) if type(language) is str else None)
        or _enum(language, _LANGUAGES, Language.SV, "language"),
        person,
        [] if interviews is None or interviews == [] else _parse_interviews(interviews),
        offer,
        [] if contacts is None or contacts == [] else _parse_contacts(contacts),
        ad_text
        if type(ad_text) is str and len(ad_text) <= _LONG
        else _capped(ad_text, "ad_text", _LONG),
        ad_url if type(ad_url) is str and len(ad_url) <= _URL else _capped(ad_url, "ad_url", _URL),
        notes if type(notes) is str and len(notes) <= _LONG else _capped(notes, "notes", _LONG),
        extra,
        town if type(town) is str and len(town) <= _SHORT else _capped(town, "town", _SHORT),
        (_SOURCES.get(source) if type(source) is str else None)
        or _enum(source, _SOURCES, Source.UNKNOWN, "source"),
        (_HOWS.get(how) if type(how) is str else None) or _enum(how, _HOWS, How.ADVERTISED, "how"),
        [] if attachments is None or attachments == [] else _parse_attachments(attachments),
    )


_ACTIVITY_VALUES = operator.itemgetter(*_ACTIVITY_KEYS)
_ACTIVITY_REQUIRED = frozenset({"on"})


def _parse_activity(raw: object) -> Activity:
    """One stand-alone activity; ``id`` is "" when the file has none (one is made up)."""
    raw = _object(raw, None)
    try:
        act_id, on, kind, note = _ACTIVITY_VALUES(raw)
    except KeyError:
        act_id, on, kind, note = _values(raw, _ACTIVITY_KEYS, _ACTIVITY_REQUIRED)
    if act_id is None:
        act_id = ""
    elif type(act_id) is not str:
        raise _Invalid("id", f"must be non-empty text, not {_kind(act_id)}")
    elif not act_id:
        raise _Invalid("id", "is empty; leave it out to have one made up")
    elif len(act_id) > _SHORT:
        raise _Invalid("id", _too_long(act_id, _SHORT))
    return Activity(
        act_id,
        _date(on, "on"),
        _enum(kind, _ACTIVITY_KINDS, ActivityKind.OTHER, "kind"),
        _capped(note, "note", MAX_LONG_TEXT),
        {} if raw.keys() <= _ACTIVITY_SET else _extra(raw, _ACTIVITY_SET),
    )


def _month(value: object, field: str) -> str:
    """A month written YYYY-MM, within the accepted dates."""
    if type(value) is str and len(value) == 7 and value[4] == "-":
        try:
            first = _date_fromiso(value + "-01")
        except ValueError:
            pass
        else:
            if _FIRST_DAY <= first <= _LAST_DAY:
                return value
            raise _Invalid(field, _out_of_range(value))
    if value is _MISSING:
        raise _Invalid(field, "is missing")
    raise _Invalid(field, f"{_show(value)} is not a valid month (YYYY-MM)")


def _parse_reported(raw: object) -> ReportedMonth:
    raw = _object(raw, None)
    return ReportedMonth(
        _month(raw.get("month", _MISSING), "month"),
        _date(raw.get("reported_on", _MISSING), "reported_on"),
        {} if raw.keys() <= _REPORTED_SET else _extra(raw, _REPORTED_SET),
    )


def _app_ref(raw: object, index: int) -> tuple[str, str | None]:
    """How to name an application in a message: by its id when it has a usable one."""
    app_id = raw.get("id") if type(raw) is dict else None
    if type(app_id) is str and app_id:
        return f"application {_show(app_id)} (applications[{index}])", app_id
    return f"applications[{index}]", None


def _app_name(raw: object) -> str | None:
    """ "Säljare, Acme AB": the title and employer a record has, for the window's words."""
    if type(raw) is not dict:
        return None
    names = [raw.get("job_title"), raw.get("company")]
    shown = [" ".join(n.split())[:80] for n in names if type(n) is str and n.strip()]
    return ", ".join(shown) or None


def _generated_id(index: int, used: set[str], prefix: str = "app") -> str:
    number = index + 1
    while f"{prefix}-{number}" in used:
        number += 1
    new_id = f"{prefix}-{number}"
    used.add(new_id)
    return new_id


class _ConstantError(ValueError):
    pass


def _refuse_constant(name: str) -> NoReturn:
    raise _ConstantError(name)


class _HugeNumberError(ValueError):
    pass


def _finite_float(text: str) -> float:
    """A JSON number with a fraction or exponent; ``1e400`` would be infinity, refused."""
    value = float(text)
    if math.isinf(value):
        raise _HugeNumberError(text)
    return value


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str, where: str) -> None:
        super().__init__(key)
        self.key = key
        self.where = where


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different; with a key twice, the last would win silently.

    ``{"applications": [...], "applications": []}`` would load empty and the next save
    would delete every application, so a repeated key is refused at every level.
    """
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                owner = obj.get("id")
                where = f" (in the object with id {_show(owner)})" if type(owner) is str else ""
                raise _DuplicateKeyError(key, where)
            seen.add(key)
    return obj


@functools.cache
def _decoder() -> json.JSONDecoder:
    """NaN, Infinity, ``1e400`` and repeated keys are refused (see the hooks above).

    Made on first use: a start that paints from the list cache reads no JSON first.
    The hook for objects costs about nothing (measured: 76 vs 77 ms for 10,000
    applications), as the C scanner builds the pairs either way.
    """
    import json  # noqa: PLC0415

    return json.JSONDecoder(
        parse_constant=_refuse_constant,
        parse_float=_finite_float,
        object_pairs_hook=_unique_keys,
    )


def _file_text(data: bytes | str, path: StrPath) -> str:
    """The file's text: UTF-8, without a byte order mark, not blank."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if data.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise StoreError(path, "is UTF-16 text; it must be UTF-8") from exc
            bad = data[exc.start : exc.start + 1].hex()
            raise StoreError(
                path, f"is not UTF-8 text (byte 0x{bad} at position {exc.start})"
            ) from exc
    else:
        text = data
    if text.startswith("\ufeff"):  # a byte order mark, as some Windows editors write
        text = text[1:]
    if not text or text.isspace():
        raise StoreError(path, "is empty")
    return text


_SURROGATE_ESCAPE: re.Pattern[str] | None = None


def _may_hold_surrogates(text: str) -> bool:
    """Whether the JSON text has a ``\ud800``-like escape (valid UTF-8 holds none otherwise).

    The regular expression costs about 8 ms for 17 MB (``in`` with a three-character
    needle costs three times that); only when it finds one is the parsed document walked
    for lone surrogates.
    """
    global _SURROGATE_ESCAPE  # noqa: PLW0603 - compiled on first use
    if _SURROGATE_ESCAPE is None:
        _SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
    return "\\" in text and _SURROGATE_ESCAPE.search(text) is not None


def _decode(text: str, path: StrPath) -> object:
    import json  # noqa: PLC0415

    try:
        return _decoder().decode(text)
    except _ConstantError as exc:
        raise StoreError(path, f"is not valid JSON ({exc} is not allowed)") from exc
    except _HugeNumberError as exc:
        raise StoreError(
            path, f"is not valid JSON (the number {str(exc)[:40]} is too large to be read)"
        ) from exc
    except _DuplicateKeyError as exc:
        raise StoreError(
            path,
            f"appears twice in one object{exc.where}; every key may appear only once, "
            "as otherwise one of the values would be lost",
            field=exc.key,
        ) from exc
    except json.JSONDecodeError as exc:
        raise StoreError(
            path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except ValueError as exc:  # e.g. a number with more digits than Python converts
        raise StoreError(path, f"is not valid JSON ({exc})") from exc
    except RecursionError as exc:
        raise StoreError(path, "is not valid JSON (it is nested too deeply)") from exc


def _lone_surrogate_at(value: object, where: list[str | int]) -> list[str | int] | None:
    """The path to the first text (key or value) that holds a lone surrogate, or None."""
    if type(value) is str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where
        return None
    if type(value) is dict:
        for key, item in value.items():
            inner = [*where, key]
            if _lone_surrogate_at(key, inner) is not None:
                return inner
            found = _lone_surrogate_at(item, inner)
            if found is not None:
                return found
    elif type(value) is list:
        for index, item in enumerate(value):
            found = _lone_surrogate_at(item, [*where, index])
            if found is not None:
                return found
    return None


def _field_path(parts: list[str | int]) -> str | None:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or None


def _refuse_lone_surrogates(obj: object, path: StrPath) -> None:
    """Text with half of a UTF-16 pair cannot be shown, printed or saved as UTF-8."""
    found = _lone_surrogate_at(obj, [])
    if found is None:
        return
    problem = (
        "holds invalid text (a lone UTF-16 surrogate, such as the escape \\ud800, "
        "which stands for no character)"
    )
    if len(found) >= 2 and found[0] == "applications" and isinstance(found[1], int):
        raw_apps = obj.get("applications") if type(obj) is dict else None
        raw = raw_apps[found[1]] if type(raw_apps) is list else None
        ref, app_id = _app_ref(raw, found[1])
        try:
            (app_id or "").encode("utf-8")
        except UnicodeEncodeError:
            ref, app_id = f"applications[{found[1]}]", None
        raise StoreError(
            path,
            problem,
            app_ref=ref,
            field=_field_path(found[2:]),
            app_id=app_id,
            app_index=found[1],
            app_name=_app_name(raw),
        )
    raise StoreError(path, problem, field=_field_path(found))


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
    )


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


_KINDS_OF_FILE = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO would wait for a writer for ever
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOINHERIT", 0)
)


def read_regular_file(path: StrPath, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of an ordinary file of at most ``limit`` bytes, checked BEFORE reading.

    A named pipe would block every reader for ever and ``/dev/zero`` (or a link to it)
    would be read until memory runs out: anything but a regular file is refused, as is a
    file over the limit (also one that grows past it while being read). Raises
    ``OSError`` (``FileNotFoundError`` for a missing file, ``IsADirectoryError`` for a
    folder) or ``NotRegularFileError``/``FileTooBigError`` (both ``ValueError``) with the reason.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            what = next((name for test, name in _KINDS_OF_FILE if test(info.st_mode)), "")
            raise NotRegularFileError(what or "not an ordinary file")
        if info.st_size > limit:
            raise FileTooBigError(info.st_size)
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, max(info.st_size + 1 - total, 1 << 16))
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise FileTooBigError(total)
            chunks.append(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


class NotRegularFileError(ValueError):
    pass


class FileTooBigError(ValueError):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


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


ATTACHMENTS_FOLDER = "attachments"
"""Beside the store: ``attachments/<application folder>/<file>`` (see attachments.py)."""


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


def default_path() -> Path:
    """The store in the user's data folder (``--store`` overrides it)."""
    import platformdirs  # noqa: PLC0415 - only needed when no --store is given

    return platformdirs.user_data_path("followup-gui", appauthor=False) / FILE_NAME


# --------------------------------------------------------------------------- writing


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment_text(moment: Moment) -> str:
    # Same text as Moment.isoformat(), but zero-pads years before 1000, which
    # strftime("%Y") does not on glibc ("999-01-01T10:00" would not load again).
    if moment.date_only:
        return moment.value.date().isoformat()
    value = moment.value
    if value.second or value.microsecond:
        return value.replace(microsecond=0).isoformat()
    return value.isoformat(timespec="minutes")


def _with_extra(obj: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    for key, value in extra.items():
        if key not in obj:  # a known field always wins over a stray copy in extra
            obj[key] = value
    return obj


def _application_obj(app: Application) -> dict[str, Any]:
    person = app.contact
    offer = app.other_offer
    return _with_extra(
        {
            "id": app.id,
            "job_title": app.job_title,
            "company": app.company,
            "applied_on": _day(app.applied_on),
            "deadline": _day(app.deadline),
            "rolling_selection": app.rolling_selection,
            "ad_reply_by": _day(app.ad_reply_by),
            "ad_no_calls": app.ad_no_calls,
            "ad_only_shortlisted_contacted": app.ad_only_shortlisted_contacted,
            "company_size": str(app.company_size),
            "industry": str(app.industry),
            "role_kind": str(app.role_kind),
            "stage": str(app.stage),
            "language": str(app.language),
            "contact": _with_extra(
                {"name": person.name, "email": person.email, "phone": person.phone},
                person.extra,
            ),
            "interviews": [
                _with_extra(
                    {"at": _moment_text(i.at), "promised_reply_by": _day(i.promised_reply_by)},
                    i.extra,
                )
                for i in app.interviews
            ],
            "other_offer": None
            if offer is None
            else _with_extra(
                {
                    "noted_on": offer.noted_on.isoformat(),
                    "respond_by": offer.respond_by.isoformat(),
                },
                offer.extra,
            ),
            "contacts": [
                _with_extra(
                    {
                        "at": _moment_text(c.at),
                        "channel": str(c.channel),
                        "purpose": str(c.purpose),
                        "note": c.note,
                    },
                    c.extra,
                )
                for c in app.contacts
            ],
            "ad_text": app.ad_text,
            "ad_url": app.ad_url,
            "notes": app.notes,
            "town": app.town,
            "source": str(app.source),
            "how": str(app.how),
            "attachments": [
                _with_extra(
                    {
                        "file": a.file,
                        "kind": str(a.kind),
                        "added_on": _day(a.added_on),
                        "note": a.note,
                    },
                    a.extra,
                )
                for a in app.attachments
            ],
        },
        app.extra,
    )


def application_record(app: Application) -> dict[str, Any]:
    """One application as the JSON object the store file holds for it."""
    return _application_obj(app)


def application_from_record(record: object, path: StrPath = FILE_NAME) -> Application:
    """One application from its store JSON object; :class:`StoreError` if it is not valid."""
    try:
        app = _parse_application(record)
    except _Invalid as exc:
        raise StoreError(path, exc.problem, field=exc.field) from None
    if not app.id:
        raise StoreError(path, "is missing", field="id")
    return app


def to_json_obj(document: Document) -> dict[str, Any]:
    """The document as plain JSON values, keys in contract order, unknown keys last.

    Values in ``extra`` are shared with the document, not copied.
    """
    profile = document.profile
    return _with_extra(
        {
            "format": FORMAT_NAME,
            "schema_version": _written_version(document),
            "profile": _with_extra(
                {
                    "name": profile.name,
                    "email": profile.email,
                    "phone": profile.phone,
                    "linkedin": profile.linkedin,
                    "monthly_target": profile.monthly_target,
                },
                profile.extra,
            ),
            "applications": [_application_obj(app) for app in document.applications],
            "activities": [
                _with_extra(
                    {"id": a.id, "on": a.on.isoformat(), "kind": str(a.kind), "note": a.note},
                    a.extra,
                )
                for a in document.activities
            ],
            "reported_months": [
                _with_extra({"month": m.month, "reported_on": m.reported_on.isoformat()}, m.extra)
                for m in document.reported_months
            ],
        },
        document.extra,
    )


_ENUMS_WRITTEN = (
    CompanySize,
    Industry,
    RoleKind,
    Stage,
    Language,
    Channel,
    Purpose,
    Source,
    How,
    AttachmentKind,
    ActivityKind,
)


class _Writer:
    """Writes the document exactly as ``json.dumps(to_json_obj(doc), indent=1)`` would.

    Known fields are formatted directly with the C string escaper; only ``extra`` values
    go through ``json.dumps``. About three times faster than the generic indented
    encoder, which matters for saving 10,000 applications within the design budget.
    """

    def __init__(self, ensure_ascii: bool) -> None:
        from json.encoder import encode_basestring, encode_basestring_ascii  # noqa: PLC0415

        self.ensure_ascii = ensure_ascii
        self.q: Callable[[str], str] = (
            encode_basestring_ascii if ensure_ascii else encode_basestring
        )
        # Enum values as JSON text, looked up once each: ``q(str(member))`` per field
        # cost 10 ms over 10,000 applications.
        self.enum_text: dict[StrEnum, str] = {
            member: self.q(member.value) for enum in _ENUMS_WRITTEN for member in enum
        }

    def value(self, value: object, depth: int) -> str:
        import json  # noqa: PLC0415

        text = json.dumps(value, ensure_ascii=self.ensure_ascii, indent=_INDENT, allow_nan=False)
        if "\n" in text:
            text = text.replace("\n", "\n" + " " * (depth * _INDENT))
        return text

    def obj(
        self, items: list[str], extra: dict[str, Any], known: frozenset[str], depth: int
    ) -> str:
        """``items`` are ready '"key": value' lines of the known fields."""
        if extra:
            q = self.q
            items.extend(
                f"{q(key)}: {self.value(value, depth + 1)}"
                for key, value in extra.items()
                if key not in known
            )
        if not items:
            return "{}"
        inner = "\n" + " " * ((depth + 1) * _INDENT)
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * (depth * _INDENT) + "}"

    @staticmethod
    def array(items: list[str], depth: int) -> str:
        if not items:
            return "[]"
        inner = "\n" + " " * ((depth + 1) * _INDENT)
        return "[" + inner + ("," + inner).join(items) + "\n" + " " * (depth * _INDENT) + "]"

    def application(self, app: Application, out: list[str]) -> None:
        """Append one application, at depth 2 (inside the top-level "applications" list).

        The long ``ad_text`` is appended as a piece of its own, so that it is copied
        only once more, by the final join.
        """
        q, e = self.q, self.enum_text
        person = app.contact
        offer = app.other_offer
        contact = self.obj(
            [
                f'"name": {q(person.name)}',
                f'"email": {q(person.email)}',
                f'"phone": {q(person.phone)}',
            ],
            person.extra,
            _PERSON_SET,
            3,
        )
        interviews = (
            self.array(
                [
                    self.obj(
                        [
                            f'"at": "{_moment_text(i.at)}"',
                            f'"promised_reply_by": {_json_day(i.promised_reply_by)}',
                        ],
                        i.extra,
                        _INTERVIEW_SET,
                        4,
                    )
                    for i in app.interviews
                ],
                3,
            )
            if app.interviews
            else "[]"
        )
        other_offer = (
            "null"
            if offer is None
            else self.obj(
                [
                    f'"noted_on": "{offer.noted_on.isoformat()}"',
                    f'"respond_by": "{offer.respond_by.isoformat()}"',
                ],
                offer.extra,
                _OFFER_SET,
                3,
            )
        )
        contacts = (
            self.array(
                [
                    self.obj(
                        [
                            f'"at": "{_moment_text(c.at)}"',
                            f'"channel": {e[c.channel]}',
                            f'"purpose": {e[c.purpose]}',
                            f'"note": {q(c.note)}',
                        ],
                        c.extra,
                        _CONTACT_SET,
                        4,
                    )
                    for c in app.contacts
                ],
                3,
            )
            if app.contacts
            else "[]"
        )
        out.append(
            f'  {{\n   "id": {q(app.id)},'
            f'\n   "job_title": {q(app.job_title)},'
            f'\n   "company": {q(app.company)},'
            f'\n   "applied_on": {_json_day(app.applied_on)},'
            f'\n   "deadline": {_json_day(app.deadline)},'
            f'\n   "rolling_selection": {_json_bool(app.rolling_selection)},'
            f'\n   "ad_reply_by": {_json_day(app.ad_reply_by)},'
            f'\n   "ad_no_calls": {_json_bool(app.ad_no_calls)},'
            f'\n   "ad_only_shortlisted_contacted": '
            f"{_json_bool(app.ad_only_shortlisted_contacted)},"
            f'\n   "company_size": {e[app.company_size]},'
            f'\n   "industry": {e[app.industry]},'
            f'\n   "role_kind": {e[app.role_kind]},'
            f'\n   "stage": {e[app.stage]},'
            f'\n   "language": {e[app.language]},'
            f'\n   "contact": {contact},'
            f'\n   "interviews": {interviews},'
            f'\n   "other_offer": {other_offer},'
            f'\n   "contacts": {contacts},'
            f'\n   "ad_text": '
        )
        out.append(q(app.ad_text))
        attachments = (
            self.array(
                [
                    self.obj(
                        [
                            f'"file": {q(a.file)}',
                            f'"kind": {e[a.kind]}',
                            f'"added_on": {_json_day(a.added_on)}',
                            f'"note": {q(a.note)}',
                        ],
                        a.extra,
                        _ATTACHMENT_SET,
                        4,
                    )
                    for a in app.attachments
                ],
                3,
            )
            if app.attachments
            else "[]"
        )
        out.append(
            f',\n   "ad_url": {q(app.ad_url)},\n   "notes": {q(app.notes)},'
            f'\n   "town": {q(app.town)},\n   "source": {e[app.source]},'
            f'\n   "how": {e[app.how]},\n   "attachments": {attachments}'
        )
        self.extra_items(app.extra, _APP_SET, 2, out)
        out.append("\n  }")

    def extra_items(
        self, extra: dict[str, Any], known: frozenset[str], depth: int, out: list[str]
    ) -> None:
        """Append the unknown keys of an object at ``depth`` that already has known keys."""
        if extra:
            pad = ",\n" + " " * ((depth + 1) * _INDENT)
            q = self.q
            out.extend(
                f"{pad}{q(key)}: {self.value(value, depth + 1)}"
                for key, value in extra.items()
                if key not in known
            )

    def document(self, document: Document) -> str:
        q, e = self.q, self.enum_text
        profile = document.profile
        profile_text = self.obj(
            [
                f'"name": {q(profile.name)}',
                f'"email": {q(profile.email)}',
                f'"phone": {q(profile.phone)}',
                f'"linkedin": {q(profile.linkedin)}',
                f'"monthly_target": {_json_int(profile.monthly_target)}',
            ],
            profile.extra,
            _PROFILE_SET,
            1,
        )
        out = [
            f'{{\n "format": {q(FORMAT_NAME)},'
            f'\n "schema_version": {_written_version(document)},'
            f'\n "profile": {profile_text},'
            '\n "applications": '
        ]
        if document.applications:
            out.append("[\n")
            application = self.application
            for index, app in enumerate(document.applications):
                if index:
                    out.append(",\n")
                application(app, out)
            out.append("\n ]")
        else:
            out.append("[]")
        activities = [
            self.obj(
                [
                    f'"id": {q(a.id)}',
                    f'"on": "{a.on.isoformat()}"',
                    f'"kind": {e[a.kind]}',
                    f'"note": {q(a.note)}',
                ],
                a.extra,
                _ACTIVITY_SET,
                2,
            )
            for a in document.activities
        ]
        months = [
            self.obj(
                [f'"month": {q(m.month)}', f'"reported_on": "{m.reported_on.isoformat()}"'],
                m.extra,
                _REPORTED_SET,
                2,
            )
            for m in document.reported_months
        ]
        out.append(f',\n "activities": {self.array(activities, 1)}')
        out.append(f',\n "reported_months": {self.array(months, 1)}')
        self.extra_items(document.extra, _TOP_SET, 0, out)
        out.append("\n}\n")
        return "".join(out)


def _json_day(value: dt.date | None) -> str:
    return "null" if value is None else f'"{value.isoformat()}"'


def _json_bool(value: bool) -> str:
    return "true" if value else "false"


def _json_int(value: int | None) -> str:
    return "null" if value is None else str(int(value))


def _written_version(document: Document) -> int:
    """Every save writes format v2 (a v1 document is migrated); a newer one is not saved."""
    return max(int(document.schema_version), SCHEMA_VERSION)


def dumps(document: Document) -> str:
    """The store text: contract key order, unknown keys after, indent 1, final newline."""
    return _Writer(ensure_ascii=False).document(document)


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
    return None


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
    :func:`followup_gui.backups.before_save`'s: call it first (the window does).
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


# --------------------------------------------------------------------------- atomic files

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENOENT: "the file or its folder does not exist",
    errno.EROFS: "the disk is read-only",
    errno.EIO: "the disk reported an input/output error",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EEXIST: "something else is already in the way",
    errno.EMFILE: "too many files are open",
    errno.EBUSY: "the file is in use",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "the disk quota is exceeded"


def os_error_reason(exc: OSError) -> str:
    """An OS error in plain words for the user ("the disk is full")."""
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is None:
        reason = exc.strerror or str(exc) or type(exc).__name__
        reason = reason[:1].lower() + reason[1:]
    return reason


def _temp_prefix(name: str) -> str:
    return f".{name}."


_TEMP_SUFFIX = ".tmp"
_OPEN_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOINHERIT", 0)
)


def _fsync(fd: int) -> None:
    if sys.platform == "darwin":  # pragma: no cover - fsync alone leaves macOS's disk cache
        import fcntl  # noqa: PLC0415

        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
        except OSError:
            pass
        else:
            return
    os.fsync(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; POSIX only (Windows has no O_DIRECTORY)."""
    flag = getattr(os, "O_DIRECTORY", None)
    if flag is None:  # pragma: no cover - Windows
        return
    fd = os.open(folder, os.O_RDONLY | flag)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (network, FUSE) cannot sync a folder; the data is in place.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def atomic_write_bytes(
    path: StrPath,
    data: bytes,
    mode: int = 0o600,
    *,
    replace: Callable[[Path, Path], None] | None = None,
) -> None:
    """Replace ``path`` with ``data`` so that it is either fully old or fully new.

    Writes ``.<name>.<random>.tmp`` in the same folder (created with mode 0700 if missing),
    flushes and fsyncs it, renames it over ``path`` and fsyncs the folder. The new file
    has ``mode`` (0600: private to the user). A symlink at ``path`` is followed, so the
    file it points to is replaced. On any error the temp file is removed, the old file is
    untouched and the ``OSError`` propagates (see :func:`os_error_reason`).
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    folder = target.parent
    if not folder.is_dir():
        os.makedirs(folder, mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)  # the umask may have taken bits away

    prefix = _temp_prefix(target.name)
    for _attempt in range(100):  # pragma: no branch - a clash is astronomically rare
        temp = folder / f"{prefix}{os.urandom(6).hex()}{_TEMP_SUFFIX}"
        try:
            fd = os.open(temp, _OPEN_FLAGS, mode)
        except FileExistsError:  # pragma: no cover
            continue
        break
    else:  # pragma: no cover
        raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))

    try:
        with os.fdopen(fd, "wb", closefd=True) as stream:
            if hasattr(os, "fchmod"):
                os.fchmod(stream.fileno(), mode)  # exactly ``mode``, whatever the umask
            stream.write(data)
            stream.flush()
            _fsync(stream.fileno())
        (os.replace if replace is None else replace)(temp, target)  # os.replace looked up now
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_folder(folder)


def cleanup_stale_temp_files(path: StrPath) -> list[Path]:
    """Remove ``.<name>.*.tmp`` left beside ``path`` by a save that was killed.

    Call it while holding the single-writer lock, so that no save is in progress.
    Files that cannot be removed are skipped; the removed ones are returned.
    """
    target = Path(path)
    prefix = _temp_prefix(target.name)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if (
            name.startswith(prefix)
            and name.endswith(_TEMP_SUFFIX)
            and len(name) > len(prefix) + len(_TEMP_SUFFIX)
        ):
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return sorted(removed)
