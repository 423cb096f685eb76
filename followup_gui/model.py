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
    SAVED = "saved"
    """An ad kept to apply to later (format v2): no ``applied_on`` yet."""
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
    REPLY = "reply"
    """The employer answered, by any channel (format v2); ends the silence hint."""
    OTHER = "other"


class Source(StrEnum):
    """Where the user found the job (format v2)."""

    PLATSBANKEN = "platsbanken"
    LINKEDIN = "linkedin"
    COMPANY_SITE = "company_site"
    RECRUITER = "recruiter"
    NETWORK = "network"
    OTHER = "other"
    UNKNOWN = "unknown"


class How(StrEnum):
    """How the job was sought, as Arbetsförmedlingen's activity report asks (format v2)."""

    ADVERTISED = "advertised"
    """Via an ad."""
    UNSOLICITED = "unsolicited"
    """Spontanansökan."""
    ASSIGNED = "assigned"
    """Anvisat av Arbetsförmedlingen."""


class AttachmentKind(StrEnum):
    AD = "ad"
    CV = "cv"
    LETTER = "letter"
    REPLY = "reply"
    OTHER = "other"

    @property
    def is_proof(self) -> bool:
        """Whether the file proves the application for the agency (the ad, the letter, a reply)."""
        return self in (AttachmentKind.AD, AttachmentKind.LETTER, AttachmentKind.REPLY)


class ActivityKind(StrEnum):
    """Stand-alone activities of the activity report (format v2)."""

    CV_UPDATED = "cv_updated"
    COURSE_APPLIED = "course_applied"
    SFI = "sfi"
    EDUCATION = "education"
    CAREER_GUIDANCE = "career_guidance"
    WORKPLACE_VISIT = "workplace_visit"
    RECRUITMENT_EVENT = "recruitment_event"
    INTERNSHIP = "internship"
    WORKED = "worked"
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
    """An interview: when, and the reply date the employer promised there (RULES.md rule 6)."""

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
class Attachment:
    """A file copied into ``attachments/<application id>/`` beside the store (format v2).

    ``file`` is relative to the attachments folder (``<application id>/name.pdf``); the store
    refuses paths that would leave it.
    """

    file: str
    kind: AttachmentKind = AttachmentKind.OTHER
    added_on: dt.date | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Application:
    """One job applied for (or a saved ad): the ad's facts and everything that happened.

    (A docstring here also spares the dataclass building one from its signature at import.)
    """

    id: str
    job_title: str
    company: str
    applied_on: dt.date | None
    """``None`` only while ``stage`` is ``saved`` (an ad not applied to yet)."""
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
    # Format v2 fields come after ``extra`` so that v1's positional order is kept.
    town: str = ""
    source: Source = Source.UNKNOWN
    how: How = How.ADVERTISED
    attachments: list[Attachment] = field(default_factory=list)
    updated_at: dt.datetime | None = None
    """When the app last changed this application (format v2.1; timezone-aware). ``None`` on
    older entries and hand edits, which count as older than any stamped change."""

    @property
    def is_saved_ad(self) -> bool:
        """An ad kept to apply to later: nothing was sent yet."""
        return self.stage is Stage.SAVED

    @property
    def sent_on(self) -> dt.date:
        """``applied_on`` where the code needs a sent application (saved ads have none)."""
        if self.applied_on is None:
            raise ValueError(f"application {self.id!r} has not been sent (no applied_on)")
        return self.applied_on


@dataclass(slots=True)
class Activity:
    """A stand-alone activity for the monthly activity report (format v2)."""

    id: str
    on: dt.date
    kind: ActivityKind = ActivityKind.OTHER
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ReportedMonth:
    """A month whose activity report the user has sent to Arbetsförmedlingen."""

    month: str
    """``YYYY-MM``."""
    reported_on: dt.date
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Profile:
    """The user, for signatures and the phone script."""

    name: str = ""
    email: str = ""
    phone: str = ""
    linkedin: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    monthly_target: int | None = None
    """Applications per month agreed with Arbetsförmedlingen (format v2; after ``extra`` like
    the application's v2 fields, so v1's positional order is kept)."""


TOMBSTONE_DAYS = 400
"""How long a deletion is remembered (format v2.1's ``deleted``)."""


class TombstoneKind(StrEnum):
    """What a tombstone stands for; applications' tombstones do not write it (v2.1)."""

    APPLICATION = "application"
    ACTIVITY = "activity"
    REPORTED_MONTH = "reported_month"


@dataclass(slots=True)
class Tombstone:
    """A deletion, kept so that merging two copies of the store keeps it (format v2.1)."""

    id: str
    """The application's id (an activity's id, or a reported month's ``YYYY-MM``)."""
    deleted_at: dt.datetime
    """Timezone-aware."""
    kind: TombstoneKind = TombstoneKind.APPLICATION
    extra: dict[str, Any] = field(default_factory=dict)


SCHEMA_VERSION = 2  # format v2: saved ads, attachments, activities, reported months
FORMAT_NAME = "followup-gui"


@dataclass(slots=True)
class Document:
    """Everything in one store file."""

    profile: Profile = field(default_factory=Profile)
    applications: list[Application] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    reported_months: list[ReportedMonth] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)
    deleted: list[Tombstone] = field(default_factory=list)
    """Deletions of the last :data:`TOMBSTONE_DAYS` days (format v2.1)."""

    @property
    def is_newer_than_app(self) -> bool:
        """A file from a newer version may be read but must not be written."""
        return self.schema_version > SCHEMA_VERSION

    def find(self, app_id: str) -> Application | None:
        for app in self.applications:
            if app.id == app_id:
                return app
        return None

    def is_reported(self, month: str) -> bool:
        """Whether the activity report for ``YYYY-MM`` was marked as sent."""
        return any(entry.month == month for entry in self.reported_months)
