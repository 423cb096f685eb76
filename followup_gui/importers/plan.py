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
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Final

from ..model import Application, Document, Profile, Source, Stage
from ..store import save_problem
from .exchange import MergePlan, plan_merge
from .mapping import Column, ParsedRow, RowProblem, apply_row, read_rows
from .source import ImportKind, ImportSource

__all__ = ["ImportPlan", "apply_import", "plan_import"]


@dataclass(slots=True)
class ImportPlan:
    kind: ImportKind
    merge: MergePlan
    problems: list[RowProblem] = field(default_factory=list)
    own_email: str = ""
    own_phone: str = ""
    """LinkedIn's "Contact Email"/"Contact Phone Number": what the applicant typed into Easy
    Apply, i.e. their own (the most frequent in the file); offered for an empty profile."""

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


_FIELD_COLUMNS: Final = {
    "job_title": Column.JOB_TITLE, "company": Column.COMPANY, "town": Column.TOWN,
    "ad_url": Column.AD_URL, "notes": Column.NOTES, "applied_on": Column.APPLIED_ON,
    "deadline": Column.DEADLINE, "contact.name": Column.CONTACT_NAME,
    "contact.email": Column.CONTACT_EMAIL, "contact.phone": Column.CONTACT_PHONE,
}  # fmt: skip
_TOO_LONG: Final = re.compile(r"has ([\d ]+) characters; at most ([\d ]+) are allowed")


def _unsavable(
    app: Application, row: ParsedRow, headers: Sequence[str], mapping: Sequence[Column]
) -> RowProblem | None:
    """What would keep the store from saving the row's application (too long a text …)."""
    found = save_problem(app)
    if found is None:
        return None
    name, problem = found
    column = _FIELD_COLUMNS.get(name)
    header = headers[mapping.index(column)] if column in mapping else name
    long = _TOO_LONG.fullmatch(problem)
    sv = (
        f"har {long[1]} tecken; högst {long[2]} får plats"
        if long
        else f"går inte att spara: {problem}"
    )
    return RowProblem(row.line, header, "", problem, True, sv, row.file)


def _table_plan(ours: Document, source: ImportSource, mapping: Sequence[Column]) -> ImportPlan:
    assert source.table is not None
    rows, problems = read_rows(source.table, mapping, month_first=source.month_first)
    by_id = {app.id: app for app in ours.applications}
    by_url = {app.ad_url.strip(): app for app in ours.applications if app.ad_url.strip()}
    by_key = {_key(a.company, a.job_title, a.applied_on): a for a in ours.applications}
    linkedin = source.kind is ImportKind.LINKEDIN
    own = _own_details(ours.profile) if linkedin else set()
    theirs = Document()
    seen: dict[str, tuple[str, int]] = {}
    given: dict[str, Counter[str]] = {"contact_email": Counter(), "contact_phone": Counter()}
    for row in rows:
        if linkedin:
            # LinkedIn's "Contact Email/Phone" are what the user gave the Easy Apply form:
            # the applicant's own, never the employer's (issue 23.3). They stay out of the
            # employer contact and are offered for the profile instead.
            for name, seen_values in given.items():
                value = str(row.filled.pop(name, "")).strip()
                if value:
                    seen_values[value] += 1
        mine = by_id.get(row.app_id) if row.app_id else None
        if mine is None and not row.app_id:
            url = str(row.filled.get("ad_url", "")).strip()
            mine = by_url.get(url) if url else None
            if mine is None:
                key = _key(row.company, row.job_title, row.filled.get("applied_on"))
                mine = by_key.get(key)
        app_id = row.app_id or (mine.id if mine else _made_id(row))
        if app_id in seen:
            file, first = seen[app_id]
            there = f"{file}, " if file != row.file else ""
            en, sv = f"repeats {there}line {first}", f"upprepar {there}rad {first}"
            problems.append(RowProblem(row.line, "", "", en, True, sv, row.file))
            continue
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
                        "steget kräver ett datum då du sökte; sparad som annons", row.file,
                    )
                )  # fmt: skip
            app.stage = Stage.SAVED
        unsavable = _unsavable(app, row, source.table.headers, mapping)
        if unsavable is not None:  # the plan is exactly what a save will take
            problems.append(unsavable)
            continue
        seen[app_id] = (row.file, row.line)
        theirs.applications.append(app)
    problems.sort(key=lambda problem: (problem.file, problem.line))  # in the file's order
    email, phone = (_most_common(given[name], own) for name in ("contact_email", "contact_phone"))
    return ImportPlan(source.kind, plan_merge(ours, theirs), problems, email, phone)


def _most_common(values: Counter[str], own: set[str]) -> str:
    """The value given most often, unless the profile already has it."""
    if not values:
        return ""
    value = values.most_common(1)[0][0]
    digits = "".join(c for c in value if c.isdigit())
    return "" if value.casefold() in own or (digits and digits in own) else value


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
