"""One field of a record checked and parsed: text, flags, enums, dates, moments, lists.

Each parser returns the value or raises ``_Invalid(field, problem)``; the record parsers in
:mod:`.records` turn that into a :class:`StoreError` that names the application.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, TypeVar

from ..model import (
    ActivityKind,
    AttachmentKind,
    Channel,
    CompanySize,
    How,
    Industry,
    Language,
    Moment,
    Purpose,
    RoleKind,
    Source,
    Stage,
    TombstoneKind,
)
from .errors import _Invalid, _kind, _show
from .limits import FIRST_DAY, LAST_DAY

_E = TypeVar("_E", bound=StrEnum)

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


def _stamp(value: object, field: str) -> dt.datetime:
    """A moment with its offset from UTC, YYYY-MM-DDTHH:MM:SS+HH:MM (format v2.1)."""
    if type(value) is str and len(value) >= 20 and value[10] == "T" and value[4] == "-":
        try:
            moment = _datetime_fromiso(value)
        except ValueError:
            pass
        else:
            if moment.tzinfo is not None:
                if _FIRST_DAY <= moment.date() <= _LAST_DAY:
                    return moment
                raise _Invalid(field, _out_of_range(value))
    if value is _MISSING:
        raise _Invalid(field, "is missing")
    raise _Invalid(
        field,
        f"{_show(value)} is not a valid date and time with its UTC offset "
        "(YYYY-MM-DDTHH:MM:SS+HH:MM)",
    )


def stamp_text(moment: dt.datetime) -> str:
    """How :func:`_stamp` wants it: to the second, with the UTC offset."""
    return moment.replace(microsecond=0).isoformat()


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
_TOMBSTONE_KINDS = _table(TombstoneKind)

_TOP_KEYS = (
    "format",
    "schema_version",
    "profile",
    "applications",
    "activities",
    "reported_months",
    "deleted",
)
_PROFILE_KEYS = ("name", "email", "phone", "linkedin")
_PROFILE_V2_KEYS = ("monthly_target",)
_PERSON_KEYS = ("name", "email", "phone")
_INTERVIEW_KEYS = ("at", "promised_reply_by")
_OFFER_KEYS = ("noted_on", "respond_by")
_CONTACT_KEYS = ("at", "channel", "purpose", "note")
_ATTACHMENT_KEYS = ("file", "kind", "added_on", "note")
_ACTIVITY_KEYS = ("id", "on", "kind", "note")
_REPORTED_KEYS = ("month", "reported_on")
_TOMBSTONE_KEYS = ("id", "deleted_at", "kind")
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
_APP_V21_KEYS = ("updated_at",)
_APP_KEYS = (*_APP_V1_KEYS, *_APP_V2_KEYS)
"""In the model's field order (v2's after ``extra``), which is also the order written;
v2.1's ``updated_at`` follows them, and is written only when the application has one."""
_TOP_SET = frozenset(_TOP_KEYS)
_PROFILE_SET = frozenset(_PROFILE_KEYS + _PROFILE_V2_KEYS)
_PERSON_SET = frozenset(_PERSON_KEYS)
_INTERVIEW_SET = frozenset(_INTERVIEW_KEYS)
_OFFER_SET = frozenset(_OFFER_KEYS)
_CONTACT_SET = frozenset(_CONTACT_KEYS)
_ATTACHMENT_SET = frozenset(_ATTACHMENT_KEYS)
_ACTIVITY_SET = frozenset(_ACTIVITY_KEYS)
_REPORTED_SET = frozenset(_REPORTED_KEYS)
_TOMBSTONE_SET = frozenset(_TOMBSTONE_KEYS)
_APP_SET = frozenset(_APP_KEYS + _APP_V21_KEYS)


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
