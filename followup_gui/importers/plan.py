"""What importing a file would do: new, changed and identical applications, and the problems.

A store merges by id (:func:`followup_gui.importers.exchange.plan_merge`). A table's row keeps its
``id`` column where it has one (our own CSV export); otherwise it is matched to an
application already there with the same ad link, or the same employer, title and
application date, so importing the same spreadsheet twice changes nothing. A row that
matches nothing gets an id made from its content (the same file gives the same ids).

For a row that matches, only the cells the file fills are written over the application
already there: a spreadsheet never wipes interviews, contacts or attachments it does not
know about, and an empty cell keeps what is there.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from ..model import Application, Document, Profile, Source, Stage
from .exchange import MergePlan, plan_merge
from .mapping import Column, ParsedRow, RowProblem, apply_row, read_rows
from .source import ImportKind, ImportSource

__all__ = ["ImportPlan", "apply_import", "plan_import"]


@dataclass(slots=True)
class ImportPlan:
    kind: ImportKind
    merge: MergePlan
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return self.merge.is_empty


def _key(company: str, title: str, applied: object) -> tuple[str, str, str]:
    return (" ".join(company.casefold().split()), " ".join(title.casefold().split()), str(applied))


def _made_id(row: ParsedRow) -> str:
    basis = "\x1f".join(
        (row.company.casefold(), row.job_title.casefold(), str(row.filled.get("applied_on", "")),
         str(row.filled.get("ad_url", "")))
    )  # fmt: skip
    return "imp-" + hashlib.sha1(basis.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def _own_details(profile: Profile) -> set[str]:
    digits = "".join(c for c in profile.phone if c.isdigit())
    return {value for value in (profile.email.casefold(), digits) if value}


def _table_plan(ours: Document, source: ImportSource, mapping: Sequence[Column]) -> ImportPlan:
    assert source.table is not None
    rows, problems = read_rows(source.table, mapping, month_first=source.month_first)
    by_id = {app.id: app for app in ours.applications}
    by_url = {app.ad_url.strip(): app for app in ours.applications if app.ad_url.strip()}
    by_key = {_key(a.company, a.job_title, a.applied_on): a for a in ours.applications}
    linkedin = source.kind is ImportKind.LINKEDIN
    own = _own_details(ours.profile) if linkedin else set()
    theirs = Document()
    seen: dict[str, int] = {}
    for row in rows:
        if linkedin:
            # LinkedIn's "Contact Email/Phone" are what the user gave the form: never the
            # employer's address, so they are kept out of the employer contact.
            for name in ("contact_email", "contact_phone"):
                value = str(row.filled.get(name, ""))
                if value.casefold() in own or "".join(c for c in value if c.isdigit()) in own:
                    row.filled.pop(name, None)
        mine = by_id.get(row.app_id) if row.app_id else None
        if mine is None and not row.app_id:
            url = str(row.filled.get("ad_url", "")).strip()
            mine = by_url.get(url) if url else None
            if mine is None:
                key = _key(row.company, row.job_title, row.filled.get("applied_on"))
                mine = by_key.get(key)
        app_id = row.app_id or (mine.id if mine else _made_id(row))
        if app_id in seen:
            first = seen[app_id]
            problems.append(
                RowProblem(row.line, "", "", f"repeats line {first}", True, f"upprepar rad {first}")
            )
            continue
        seen[app_id] = row.line
        if mine is not None:
            app = copy.deepcopy(mine)
        else:
            app = Application(id=app_id, job_title=row.job_title, company=row.company,
                              applied_on=None, stage=Stage.APPLIED)  # fmt: skip
            if linkedin:
                app.source = Source.LINKEDIN
        apply_row(app, row)
        if app.applied_on is None and app.stage is not Stage.SAVED:
            if "stage" in row.filled:
                problems.append(
                    RowProblem(
                        row.line, "", "",
                        f"stage {app.stage} needs an application date; kept as a saved ad",
                        False,
                        "steget kräver ett datum då du sökte; sparad som annons",
                    )
                )  # fmt: skip
            app.stage = Stage.SAVED
        theirs.applications.append(app)
    return ImportPlan(source.kind, plan_merge(ours, theirs), problems)


def plan_import(
    ours: Document, source: ImportSource, mapping: Sequence[Column] | None = None
) -> ImportPlan:
    """Compare the file with ``ours``; ``mapping`` overrides the source's guessed one."""
    if source.kind is ImportKind.STORE:
        assert source.document is not None
        return ImportPlan(source.kind, plan_merge(ours, source.document))
    return _table_plan(ours, source, source.mapping if mapping is None else mapping)


def apply_import(
    document: Document, plan: ImportPlan, chosen: Collection[str] | None = None
) -> int:
    """Merge the plan's new and changed applications (those in ``chosen``); how many."""
    index = {app.id: i for i, app in enumerate(document.applications)}
    count = 0
    removed = {app.id for app in plan.merge.removed if chosen is None or app.id in chosen}
    if removed:
        document.applications[:] = [a for a in document.applications if a.id not in removed]
        index = {app.id: i for i, app in enumerate(document.applications)}
        count += len(removed)
    for _mine, app in plan.merge.changed:
        if chosen is None or app.id in chosen:
            document.applications[index[app.id]] = app
            count += 1
    for app in plan.merge.new:
        if chosen is None or app.id in chosen:
            document.applications.append(app)
            count += 1
    return count
