"""One record of the store parsed: profile, person, interviews, contacts, attachments,
applications, activities, reported months (the constructors take their fields by position)."""

from __future__ import annotations

import operator
from typing import Any

from ..model import (
    Activity,
    ActivityKind,
    Application,
    Attachment,
    AttachmentKind,
    Channel,
    CompanySize,
    Contact,
    ContactPerson,
    How,
    Industry,
    Interview,
    Language,
    OtherOffer,
    Profile,
    Purpose,
    ReportedMonth,
    RoleKind,
    Source,
    Stage,
    Tombstone,
    TombstoneKind,
)
from .errors import _Invalid, _kind, _show
from .fields import (
    _ACTIVITY_KEYS,
    _ACTIVITY_KINDS,
    _ACTIVITY_SET,
    _APP_KEYS,
    _APP_SET,
    _ATTACHMENT_KEYS,
    _ATTACHMENT_KINDS,
    _ATTACHMENT_SET,
    _CHANNELS,
    _CONTACT_KEYS,
    _CONTACT_SET,
    _FIRST_DAY,
    _HOWS,
    _INDUSTRIES,
    _INTERVIEW_KEYS,
    _INTERVIEW_SET,
    _LANGUAGES,
    _LAST_DAY,
    _MISSING,
    _OFFER_SET,
    _PERSON_KEYS,
    _PERSON_SET,
    _PROFILE_SET,
    _PURPOSES,
    _REPORTED_SET,
    _ROLE_KINDS,
    _SIZES,
    _SOURCES,
    _STAGES,
    _TOMBSTONE_KINDS,
    _TOMBSTONE_SET,
    _capped,
    _count,
    _date,
    _date_fromiso,
    _enum,
    _extra,
    _flag,
    _items,
    _moment,
    _object,
    _out_of_range,
    _required_text,
    _stamp,
    _too_long,
)
from .limits import (
    MAX_ATTACHMENTS,
    MAX_CONTACTS,
    MAX_INTERVIEWS,
    MAX_LONG_TEXT,
    MAX_MONTHLY_TARGET,
    MAX_SHORT_TEXT,
    MAX_URL_TEXT,
)


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
_APP_STAMPED_COUNT = _APP_KEY_COUNT + 1
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
        key_count = len(raw)
        extra = (
            {}
            if key_count == _APP_KEY_COUNT
            or (key_count == _APP_STAMPED_COUNT and "updated_at" in raw)
            else _extra(raw, _APP_SET)
        )
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
        None if (stamp := raw.get("updated_at")) is None else _stamp(stamp, "updated_at"),
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


def _parse_tombstone(raw: object) -> Tombstone:
    """One entry of ``deleted`` (format v2.1)."""
    raw = _object(raw, None)
    tomb_id = raw.get("id", _MISSING)
    if type(tomb_id) is not str or not tomb_id or len(tomb_id) > _SHORT:
        if tomb_id is _MISSING:
            raise _Invalid("id", "is missing")
        raise _Invalid("id", f"must be non-empty text of at most {_SHORT} characters")
    return Tombstone(
        tomb_id,
        _stamp(raw.get("deleted_at", _MISSING), "deleted_at"),
        _enum(raw.get("kind"), _TOMBSTONE_KINDS, TombstoneKind.APPLICATION, "kind"),
        {} if raw.keys() <= _TOMBSTONE_SET else _extra(raw, _TOMBSTONE_SET),
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
