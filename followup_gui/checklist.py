"""Contract 3's path to the mail checklist, which lives in :mod:`followup_gui.writing.checklist`."""

from .writing.checklist import Finding, check_email

__all__ = ["Finding", "check_email"]
