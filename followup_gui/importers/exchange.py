"""Export and import: the whole store as JSON or CSV, and merging another store in by id.

JSON export is the store format itself, so a copy can be opened or imported again.
CSV is for spreadsheets: one row per application with its next step, in the user's
language. Import compares by id: new applications, changed ones, identical ones.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from ..i18n import Lang, csv_delimiter
from ..model import Application, Document
from ..reports.csv_cells import safe_row
from ..rules.advice import assess
from ..rules.reasons import action_name, channel_name, stage_name

CSV_COLUMNS: dict[Lang, tuple[str, ...]] = {
    "sv": ("id", "Tjänst", "Företag", "Sökt", "Sista ansökningsdag", "Steg", "Nästa steg",
           "Tidigast", "Senast", "Kanal", "Kontaktperson", "E-post", "Telefon", "Intervjuer",
           "Kontakter", "Annons", "Anteckningar"),
    "en": ("id", "Job", "Company", "Applied", "Deadline", "Stage", "Next step", "Earliest",
           "Latest", "Channel", "Contact person", "Email", "Phone", "Interviews", "Contacts",
           "Ad", "Notes"),
}  # fmt: skip


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def to_csv(document: Document, now: dt.datetime, lang: Lang) -> str:
    """The applications as CSV; ``;``-separated in Swedish, as Swedish spreadsheets expect.

    Every cell goes through ``csv_cells.safe_cell``: a title like ``=HYPERLINK(…)`` is not run.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=csv_delimiter(lang), lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS[lang])
    for app in document.applications:
        verdict = assess(app, now, lang=lang)
        writer.writerow(
            safe_row(
                (
                    app.id,
                    app.job_title,
                    app.company,
                    _day(app.applied_on),
                    _day(app.deadline),
                    stage_name(app.stage, lang),
                    action_name(verdict.action, lang),
                    _day(verdict.earliest),
                    _day(verdict.latest),
                    channel_name(verdict.channel, lang) if verdict.channel else "",
                    app.contact.name,
                    app.contact.email,
                    app.contact.phone,
                    len(app.interviews),
                    len(app.contacts),
                    app.ad_url,
                    app.notes,
                )
            )
        )
    return out.getvalue()


@dataclass(slots=True)
class MergePlan:
    """What importing another store would do, application by application.

    Decided by the store's merge (:func:`followup_gui.store.merge.merge`, two-way): a version
    of theirs older than ours (``updated_at``) is not offered, a deletion made on one side
    after the other's last change wins.
    """

    new: list[Application] = field(default_factory=list)
    changed: list[tuple[Application, Application]] = field(default_factory=list)  # (ours, theirs)
    identical: list[Application] = field(default_factory=list)
    older: list[tuple[Application, Application]] = field(default_factory=list)
    """(ours, theirs) where ours was changed later: ours stays."""
    removed: list[Application] = field(default_factory=list)
    """Ours that the other copy deleted after our last change (its tombstones)."""
    deleted_here: list[Application] = field(default_factory=list)
    """Theirs that we deleted after their last change: not brought back."""

    @property
    def is_empty(self) -> bool:
        return not self.new and not self.changed and not self.removed


def plan_merge(ours: Document, theirs: Document) -> MergePlan:
    """Compare ``theirs`` with ``ours`` by id, as the store's merge decides."""
    from ..store.merge import merge  # noqa: PLC0415

    result = merge(None, ours, theirs)
    merged = {app.id: app for app in result.document.applications}
    by_id = {app.id: app for app in ours.applications}
    plan = MergePlan()
    for app in theirs.applications:
        mine = by_id.get(app.id)
        if mine is None:
            (plan.new if app.id in merged else plan.deleted_here).append(app)
        elif mine == app:
            plan.identical.append(app)
        elif merged.get(app.id) is app or mine.updated_at == app.updated_at:
            plan.changed.append((mine, app))  # newer there, or no telling: the user picks
        else:
            plan.older.append((mine, app))
    plan.removed = [by_id[key] for kind, key in result.removed if kind == "application"]
    return plan
