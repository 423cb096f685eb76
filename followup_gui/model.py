"""The data the user keeps: applications and what happened to them.

Plain dataclasses, no I/O and no Qt. Every record has an ``extra`` mapping that holds
the keys this version does not know, so that a file written by a newer version (or
edited by hand) keeps them through a load/save round trip.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, get_args

END_OF_DAY = dt.time(23, 59)


class Stage(StrEnum):
    APPLIED = "applied"
    INTERVIEW = "interview"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def is_closed(self) -> bool:
        """Whether the process is over for the user (RULES.md row 1)."""
        return self in _CLOSED_STAGES


_CLOSED_STAGES = frozenset({Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN})


class CompanySize(StrEnum):
    SMALL = "small"
    LARGE = "large"
    UNKNOWN = "unknown"


class Industry(StrEnum):
    LAW = "law"
    FINANCE = "finance"
    PUBLIC_SECTOR = "public_sector"
    OTHER = "other"


class RoleKind(StrEnum):
    SALES = "sales"
    CUSTOMER_SERVICE = "customer_service"
    LEADERSHIP = "leadership"
    OTHER = "other"


class Language(StrEnum):
    SV = "sv"
    EN = "en"


EmailKind = Literal["application_follow_up", "thank_you", "interview_follow_up", "other_offer"]
"""The situations a follow-up message is written for (DESIGN.md, ``check_email``)."""
KINDS: tuple[EmailKind, ...] = get_args(EmailKind)


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"


class Purpose(StrEnum):
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    OTHER_OFFER = "other_offer"
    OTHER = "other"


@dataclass(slots=True)
class Moment:
    """A point in time that may have been entered as a date only.

    A date-only moment means the end of that day (RULES.md: "A date-only interview
    ``at`` means the end of that day"); the flag keeps the original form on save.
    """

    value: dt.datetime
    date_only: bool = False

    @classmethod
    def of_date(cls, day: dt.date) -> Moment:
        return cls(dt.datetime.combine(day, END_OF_DAY), date_only=True)

    @property
    def date(self) -> dt.date:
        return self.value.date()

    def isoformat(self) -> str:
        if self.date_only:
            return self.value.date().isoformat()
        if self.value.second or self.value.microsecond:
            return self.value.replace(microsecond=0).isoformat()
        return self.value.isoformat(timespec="minutes")


@dataclass(slots=True)
class ContactPerson:
    """The employer's contact person, usually read from the ad."""

    name: str = ""
    email: str = ""
    phone: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Interview:
    at: Moment
    promised_reply_by: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class OtherOffer:
    """A concrete offer from another employer that must be answered by a date."""

    noted_on: dt.date
    respond_by: dt.date
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Contact:
    """One logged contact with the employer (a call made or a mail sent)."""

    at: Moment
    channel: Channel = Channel.EMAIL
    purpose: Purpose = Purpose.OTHER
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Application:
    id: str
    job_title: str
    company: str
    applied_on: dt.date
    deadline: dt.date | None = None
    rolling_selection: bool = False
    ad_reply_by: dt.date | None = None
    ad_no_calls: bool = False
    ad_only_shortlisted_contacted: bool = False
    company_size: CompanySize = CompanySize.UNKNOWN
    industry: Industry = Industry.OTHER
    role_kind: RoleKind = RoleKind.OTHER
    stage: Stage = Stage.APPLIED
    language: Language = Language.SV
    contact: ContactPerson = field(default_factory=ContactPerson)
    interviews: list[Interview] = field(default_factory=list)
    other_offer: OtherOffer | None = None
    contacts: list[Contact] = field(default_factory=list)
    ad_text: str = ""
    ad_url: str = ""
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Profile:
    """The user, for signatures and the phone script."""

    name: str = ""
    email: str = ""
    phone: str = ""
    linkedin: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


SCHEMA_VERSION = 1
FORMAT_NAME = "followup-gui"


@dataclass(slots=True)
class Document:
    """Everything in one store file."""

    profile: Profile = field(default_factory=Profile)
    applications: list[Application] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_newer_than_app(self) -> bool:
        """A file from a newer version may be read but must not be written."""
        return self.schema_version > SCHEMA_VERSION

    def find(self, app_id: str) -> Application | None:
        for app in self.applications:
            if app.id == app_id:
                return app
        return None
