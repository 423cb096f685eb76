"""“Export to calendar…”: the dated advice as an .ics file for any calendar app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ... import store
from ...i18n import Lang
from ...reports.calendar_export import calendar_events, to_ics
from .. import plain_text
from ..state.clock import Clock
from ..state.session import Session

DEFAULT_NAME = "followup-gui.ics"


@dataclass(frozen=True, slots=True)
class CalendarExport:
    """What was written: where, and how many events."""

    path: Path
    events: int


def ics_path(path: Path) -> Path:
    """``path`` with ``.ics`` added when the user left it out."""
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


def write_calendar(path: Path, session: Session, clock: Clock, lang: Lang) -> CalendarExport:
    """Write the calendar file atomically; ``OSError`` propagates."""
    path = ics_path(path)
    now = clock.now()
    applications = list(session.applications)
    data = to_ics(applications, now, lang)
    store.atomic_write_bytes(path, data, mode=0o600)
    return CalendarExport(path, len(calendar_events(applications, now, lang)))


def export_calendar(
    parent: QWidget | None, session: Session, clock: Clock, lang: Lang
) -> CalendarExport | None:
    """Ask where to save, then write; None when cancelled or when writing failed (said so)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CalendarExport", "Export to calendar"),
        str(Path.home() / DEFAULT_NAME),
        QCoreApplication.translate("CalendarExport", "Calendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = ics_path(Path(chosen))
    try:
        return write_calendar(path, session, clock, lang)
    except OSError as error:
        plain_text.warning(
            parent,
            QCoreApplication.translate("CalendarExport", "Export failed"),
            QCoreApplication.translate("CalendarExport", "Could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", store.os_error_reason(error)),
        )
        return None
