"""Where the job is and how it was sought (format v2), in words: where the ad was found,
and whether it came via an ad, as an unsolicited application or assigned by
Arbetsförmedlingen, as the activity report asks. Shared by the panel and the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...model import How, Source


def source_choices() -> list[tuple[Source, str]]:
    """Where the ad was found, in the order the combo shows them."""
    return [
        (Source.UNKNOWN, QCoreApplication.translate("SeekingFields", "Not noted")),
        (Source.PLATSBANKEN, QCoreApplication.translate("SeekingFields", "Platsbanken")),
        (Source.LINKEDIN, QCoreApplication.translate("SeekingFields", "LinkedIn")),
        (
            Source.COMPANY_SITE,
            QCoreApplication.translate("SeekingFields", "The employer's website"),
        ),
        (
            Source.RECRUITER,
            QCoreApplication.translate("SeekingFields", "A recruiter or staffing agency"),
        ),
        (Source.NETWORK, QCoreApplication.translate("SeekingFields", "Someone I know")),
        (Source.OTHER, QCoreApplication.translate("SeekingFields", "Elsewhere")),
    ]


def how_choices() -> list[tuple[How, str]]:
    """How the job was sought, as Arbetsförmedlingen's activity report names it."""
    return [
        (How.ADVERTISED, QCoreApplication.translate("SeekingFields", "Via an ad")),
        (How.UNSOLICITED, QCoreApplication.translate("SeekingFields", "Unsolicited application")),
        (
            How.ASSIGNED,
            QCoreApplication.translate("SeekingFields", "Assigned by Arbetsförmedlingen"),
        ),
    ]


def source_name(source: Source) -> str:
    return dict(source_choices())[source]


def how_name(how: How) -> str:
    return dict(how_choices())[how]
