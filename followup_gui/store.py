"""The JSON store: strict loading, exact writing, atomic and durable saving.

The file format is DESIGN.md "Contract 1". Loading is forgiving about *missing* optional
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
import operator
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from .model import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    Application,
    Channel,
    CompanySize,
    Contact,
    ContactPerson,
    Document,
    Industry,
    Interview,
    Language,
    Moment,
    OtherOffer,
    Profile,
    Purpose,
    RoleKind,
    Stage,
)

if TYPE_CHECKING:
    import json

__all__ = [
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


# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """A store that cannot be read or written, explained for the user.

    ``path`` is the file, ``app_ref`` the application as the user can find it
    (``application "a7" (applications[3])`` or ``applications[3]``), ``field`` the field
    path inside it (``interviews[0].at``; top-level fields such as ``format`` have no
    ``app_ref``) and ``problem`` what is wrong in plain words. ``app_id``/``app_index``
    let the UI select the application. Any of them may be None.
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
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.app_ref = app_ref
        self.field = field
        self.app_id = app_id
        self.app_index = app_index
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
            return _date_fromiso(value)
        except ValueError:
            pass
    if value is _MISSING:
        raise _Invalid(field, "is missing")
    raise _Invalid(field, f"{_show(value)} is not a valid date (YYYY-MM-DD)")


def _moment(value: object, field: str) -> Moment:
    """YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS, or YYYY-MM-DD (the end of that day)."""
    if type(value) is str:
        size = len(value)
        if size == 10 and value[4] == "-" and value[7] == "-":
            try:
                return Moment.of_date(_date_fromiso(value))
            except ValueError:
                pass
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
                    return Moment(moment)
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

_TOP_KEYS = ("format", "schema_version", "profile", "applications")
_PROFILE_KEYS = ("name", "email", "phone", "linkedin")
_PERSON_KEYS = ("name", "email", "phone")
_INTERVIEW_KEYS = ("at", "promised_reply_by")
_OFFER_KEYS = ("noted_on", "respond_by")
_CONTACT_KEYS = ("at", "channel", "purpose", "note")
_APP_KEYS = (
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
_TOP_SET = frozenset(_TOP_KEYS)
_PROFILE_SET = frozenset(_PROFILE_KEYS)
_PERSON_SET = frozenset(_PERSON_KEYS)
_INTERVIEW_SET = frozenset(_INTERVIEW_KEYS)
_OFFER_SET = frozenset(_OFFER_KEYS)
_CONTACT_SET = frozenset(_CONTACT_KEYS)
_APP_SET = frozenset(_APP_KEYS)


def _parse_profile(value: object) -> Profile:
    if value is None:
        return Profile()
    raw = _object(value, None)
    get = raw.get
    return Profile(
        name=_text(get("name"), "name"),
        email=_text(get("email"), "email"),
        phone=_text(get("phone"), "phone"),
        linkedin=_text(get("linkedin"), "linkedin"),
        extra={} if raw.keys() <= _PROFILE_SET else _extra(raw, _PROFILE_SET),
    )


# The constructors below take their arguments by position: keyword calls cost twice as
# much, which is 20 ms over 10,000 applications. tests/test_store.py pins the field order.


def _values(raw: dict[str, Any], keys: tuple[str, ...], required: frozenset[str]) -> Any:
    """The slow path of the ``itemgetter`` fast paths: some known keys are missing.

    A missing optional key reads as null (its default); a missing required one as
    ``_MISSING`` so that the message can say "is missing".
    """
    get = raw.get
    return tuple([get(key, _MISSING) if key in required else get(key) for key in keys])


_NONE_REQUIRED: frozenset[str] = frozenset()
_PERSON_VALUES = operator.itemgetter(*_PERSON_KEYS)


def _parse_person(value: object) -> ContactPerson:
    raw = value if type(value) is dict else _object(value, None)
    try:
        name, email, phone = _PERSON_VALUES(raw)
        extra = {} if len(raw) == 3 else _extra(raw, _PERSON_SET)
    except KeyError:
        name, email, phone = _values(raw, _PERSON_KEYS, _NONE_REQUIRED)
        extra = {} if raw.keys() <= _PERSON_SET else _extra(raw, _PERSON_SET)
    return ContactPerson(
        name if type(name) is str else _text(name, "name"),
        email if type(email) is str else _text(email, "email"),
        phone if type(phone) is str else _text(phone, "phone"),
        extra,
    )


_INTERVIEW_VALUES = operator.itemgetter(*_INTERVIEW_KEYS)
_INTERVIEW_REQUIRED = frozenset({"at"})


def _parse_interviews(value: object) -> list[Interview]:
    result: list[Interview] = []
    items = value if type(value) is list else _list(value, "interviews")
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
    items = value if type(value) is list else _list(value, "contacts")
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
                    note if type(note) is str else _text(note, "note"),
                    extra,
                )
            )
        except _Invalid as exc:
            raise exc.within(f"contacts[{index}]") from None
    return result


_APP_VALUES = operator.itemgetter(*_APP_KEYS)
_APP_KEY_COUNT = len(_APP_KEYS)
_APP_REQUIRED = frozenset({"job_title", "company", "applied_on"})


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
        ) = _values(raw, _APP_KEYS, _APP_REQUIRED)
        extra = {} if raw.keys() <= _APP_SET else _extra(raw, _APP_SET)

    if app_id is None:
        app_id = ""
    elif type(app_id) is not str:
        raise _Invalid("id", f"must be non-empty text, not {_kind(app_id)}")
    elif not app_id:
        raise _Invalid("id", "is empty; leave it out to have one made up")

    job_title = _required_text(job_title, "job_title")
    company = _required_text(company, "company")
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
        (_STAGES.get(stage) if type(stage) is str else None)
        or _enum(stage, _STAGES, Stage.APPLIED, "stage"),
        (_LANGUAGES.get(language) if type(language) is str else None)
        or _enum(language, _LANGUAGES, Language.SV, "language"),
        person,
        [] if interviews is None or interviews == [] else _parse_interviews(interviews),
        offer,
        [] if contacts is None or contacts == [] else _parse_contacts(contacts),
        ad_text if type(ad_text) is str else _text(ad_text, "ad_text"),
        ad_url if type(ad_url) is str else _text(ad_url, "ad_url"),
        notes if type(notes) is str else _text(notes, "notes"),
        extra,
    )


def _app_ref(raw: object, index: int) -> tuple[str, str | None]:
    """How to name an application in a message: by its id when it has a usable one."""
    app_id = raw.get("id") if type(raw) is dict else None
    if type(app_id) is str and app_id:
        return f"application {_show(app_id)} (applications[{index}])", app_id
    return f"applications[{index}]", None


def _generated_id(index: int, used: set[str]) -> str:
    number = index + 1
    while f"app-{number}" in used:
        number += 1
    new_id = f"app-{number}"
    used.add(new_id)
    return new_id


class _ConstantError(ValueError):
    pass


def _refuse_constant(name: str) -> NoReturn:
    raise _ConstantError(name)


@functools.cache
def _decoder() -> json.JSONDecoder:
    """NaN and Infinity are not JSON; other programs could not read them back.

    Made on first use: a start that paints from the list cache reads no JSON first.
    """
    import json  # noqa: PLC0415

    return json.JSONDecoder(parse_constant=_refuse_constant)


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


def _decode(text: str, path: StrPath) -> object:
    import json  # noqa: PLC0415

    try:
        return _decoder().decode(text)
    except _ConstantError as exc:
        raise StoreError(path, f"is not valid JSON ({exc} is not allowed)") from exc
    except json.JSONDecodeError as exc:
        raise StoreError(
            path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except ValueError as exc:  # e.g. a number with more digits than Python converts
        raise StoreError(path, f"is not valid JSON ({exc})") from exc
    except RecursionError as exc:
        raise StoreError(path, "is not valid JSON (it is nested too deeply)") from exc


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
        return _parse_v1(obj, version, path)
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
        ) from exc


def _parse_v1(obj: dict[str, Any], version: int, path: StrPath) -> Document:
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
                path, exc.problem, app_ref=ref, field=exc.field, app_id=app_id, app_index=index
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
        schema_version=version,
        extra=_extra(obj, _TOP_SET),
    )


# --------------------------------------------------------------------------- loading


def loads(data: bytes | str, path: StrPath = FILE_NAME) -> Document:
    """Parse and validate store text; ``path`` only names the source in messages.

    The cyclic garbage collector is paused meanwhile: parsing makes hundreds of
    thousands of acyclic objects, and the collections they trigger (each walking
    everything made so far) would cost as much as the parsing itself.
    """
    with _collector_paused():
        return _parse_document(_decode(_file_text(data, path), path), path)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc_was_enabled:
            gc.enable()


def _read(path: StrPath, *, missing: Document | None = None) -> Document:
    """Read, decode and check the file, letting go of each stage once the next is made.

    At 10,000 applications the bytes (18 MB) and the decoded text (34 MB: one en dash
    makes Python store every character in two bytes) would otherwise all be held at
    once with the parsed JSON.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        if missing is not None:
            return missing
        raise StoreError(path, "does not exist") from exc
    except OSError as exc:
        raise StoreError(path, f"cannot be read: {os_error_reason(exc)}") from exc
    with _collector_paused():
        text = _file_text(data, path)
        del data
        obj = _decode(text, path)
        del text
        return _parse_document(obj, path)


def load(path: StrPath) -> Document:
    """Read and validate the store file; raise :class:`StoreError` if it is not valid.

    Nothing is ever written here. Optional fields that are missing or ``null`` get their
    defaults; unknown keys go to ``extra``. An application without an ``id`` (or with
    ``null``) gets a generated one, deterministic so that two loads agree: ``app-N``
    where N is its 1-based index, or the next free number if that id is taken; it is
    written on the next save. A ``schema_version``
    newer than this app is read with the v1 rules (the document then says
    ``is_newer_than_app`` and :func:`save` refuses it).
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
            "schema_version": document.schema_version,
            "profile": _with_extra(
                {
                    "name": profile.name,
                    "email": profile.email,
                    "phone": profile.phone,
                    "linkedin": profile.linkedin,
                },
                profile.extra,
            ),
            "applications": [_application_obj(app) for app in document.applications],
        },
        document.extra,
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
        q = self.q
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
                            f'"channel": {q(str(c.channel))}',
                            f'"purpose": {q(str(c.purpose))}',
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
            f'\n   "company_size": {q(str(app.company_size))},'
            f'\n   "industry": {q(str(app.industry))},'
            f'\n   "role_kind": {q(str(app.role_kind))},'
            f'\n   "stage": {q(str(app.stage))},'
            f'\n   "language": {q(str(app.language))},'
            f'\n   "contact": {contact},'
            f'\n   "interviews": {interviews},'
            f'\n   "other_offer": {other_offer},'
            f'\n   "contacts": {contacts},'
            f'\n   "ad_text": '
        )
        out.append(q(app.ad_text))
        out.append(f',\n   "ad_url": {q(app.ad_url)},\n   "notes": {q(app.notes)}')
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
        q = self.q
        profile = document.profile
        profile_text = self.obj(
            [
                f'"name": {q(profile.name)}',
                f'"email": {q(profile.email)}',
                f'"phone": {q(profile.phone)}',
                f'"linkedin": {q(profile.linkedin)}',
            ],
            profile.extra,
            _PROFILE_SET,
            1,
        )
        out = [
            f'{{\n "format": {q(FORMAT_NAME)},'
            f'\n "schema_version": {int(document.schema_version)},'
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
        self.extra_items(document.extra, _TOP_SET, 0, out)
        out.append("\n}\n")
        return "".join(out)


def _json_day(value: dt.date | None) -> str:
    return "null" if value is None else f'"{value.isoformat()}"'


def _json_bool(value: bool) -> str:
    return "true" if value else "false"


def dumps(document: Document) -> str:
    """The store text: contract key order, unknown keys after, indent 1, final newline."""
    return _Writer(ensure_ascii=False).document(document)


def _encode(document: Document) -> bytes:
    text = dumps(document)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (from a "\ud800" escape in the file) has no UTF-8 form;
        # escaping everything keeps it, and the file stays valid JSON.
        return _Writer(ensure_ascii=True).document(document).encode("ascii")


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
    for index, app in enumerate(document.applications):
        ref = f"applications[{index}]"
        app_id = app.id
        if not app_id or type(app_id) is not str:
            raise StoreError(
                path,
                "was not saved: the application has no id",
                app_ref=ref,
                field="id",
                app_index=index,
            )
        ref = f"application {_show(app_id)} ({ref})"
        first = seen.setdefault(app_id, index)
        if first != index:
            raise StoreError(
                path,
                f"was not saved: the id {_show(app_id)} is used by applications[{first}] "
                f"and applications[{index}]",
                app_ref=ref,
                field="id",
                app_id=app_id,
                app_index=index,
            )
        for name in ("job_title", "company"):
            text = getattr(app, name)
            if type(text) is not str or not text or text.isspace():
                raise StoreError(
                    path,
                    "was not saved: the field is empty",
                    app_ref=ref,
                    field=name,
                    app_id=app_id,
                    app_index=index,
                )


def save(
    document: Document, path: StrPath, *, replace: Callable[[Path, Path], None] | None = None
) -> None:
    """Write the document atomically and durably (see :func:`atomic_write_bytes`).

    Refuses a document from a newer schema version (read-only) and one that :func:`load`
    would refuse; on any failure the previous file is left as it was. ``replace`` puts
    the written temp file in place (the window passes one that first checks nobody else
    changed the file, see ``safe_replace``); an exception from it that is not an
    ``OSError`` propagates as it is.
    """
    _check_savable(document, path)
    try:
        data = _encode(document)
    except (ValueError, TypeError, RecursionError) as exc:
        raise StoreError(path, f"was not saved: a value cannot be written as JSON ({exc})") from exc
    try:
        atomic_write_bytes(path, data, replace=replace)
    except OSError as exc:
        raise StoreError(path, f"could not be saved: {os_error_reason(exc)}") from exc


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
