"""What the panel's "Why" says when the verdict has no reason of its own to show
(issue 18.6: the heading is never followed by nothing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...rules.advice import Action


def waiting_for(action: Action) -> str:
    """In words, what comes next while there is nothing to do."""
    if action is Action.AWAIT_REPLY:
        return QCoreApplication.translate(
            "VerdictPanel",
            "You have followed up. Now the employer's answer is what comes next: "
            "one follow-up is enough.",
        )
    if action is Action.CLOSED:
        return QCoreApplication.translate(
            "VerdictPanel", "This application is closed: there is nothing more to do for it."
        )
    if action is Action.INTERVIEW_SCHEDULED:
        return QCoreApplication.translate("VerdictPanel", "The interview is next: prepare for it.")
    return QCoreApplication.translate(
        "VerdictPanel", "Nothing to do yet: the next step shows here when it is time."
    )
