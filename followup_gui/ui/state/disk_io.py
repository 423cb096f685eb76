"""The session's reads and writes of the store file, apart from its Qt bookkeeping.

``write`` runs in the save worker; ``read_stable`` and ``apply_merged`` serve the merge
of another program's changes (issue 13.A).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Protocol

from ... import store
from ...model import Activity, Application, Document, Profile, ReportedMonth
from ...store import safe_replace

DiskSignature = safe_replace.Signature | None


def write(
    snapshot: Document, path: Path, set_aside: Path | None, expected: DiskSignature
) -> DiskSignature:
    """The day's backup, then the atomic save; returns the signature of the file written.

    The file is replaced only if it is still ``expected`` at the moment of the rename
    (:class:`safe_replace.GuardedReplace`); else ``ChangedOnDisk`` and nothing is written.
    """
    from ...store import backups

    if set_aside is not None and path.exists():
        if safe_replace.signature(path) != expected:
            raise safe_replace.ChangedOnDisk(str(path))
        try:
            os.rename(path, set_aside)  # the invalid file is kept, byte for byte
        except OSError as error:
            raise store.StoreError(
                path, f"could not be moved aside: {store.os_error_reason(error)}"
            ) from error
        expected = None
    try:
        backups.before_save(path, dt.datetime.now())  # the day's copy; v1's migration copy
    except OSError as error:
        raise store.StoreError(
            path, f"could not be backed up before saving: {store.os_error_reason(error)}"
        ) from error
    guard = safe_replace.GuardedReplace(expected)
    store.save(snapshot, path, replace=guard)
    return guard.written


def read_stable(path: Path) -> tuple[Document, DiskSignature] | store.StoreError:
    """The file as it is now, read while it stood still (a writer may be busy)."""
    error = store.StoreError(path, "kept changing while it was read")
    for _attempt in range(5):
        before = safe_replace.signature(path)
        try:
            document = store.load_or_new(path)
        except store.StoreError as exc:
            error = exc
            continue
        if safe_replace.signature(path) == before:
            return document, before
    return error


class Editable(Protocol):
    """The session's primitive changes (each tells the list model)."""

    document: Document

    def insert(self, index: int, app: Application) -> None: ...

    def swap(self, index: int, app: Application) -> Application: ...

    def remove(self, index: int) -> Application: ...

    def set_profile(self, profile: Profile) -> Profile: ...

    def set_activities(self, activities: list[Activity]) -> list[Activity]: ...

    def set_reported_months(self, months: list[ReportedMonth]) -> list[ReportedMonth]: ...


def apply_merged(session: Editable, merged: Document) -> None:
    """Swap in what changed, so the list keeps its selection; removes only what the merge
    removed (a tombstone from the other side)."""
    document = session.document
    keep = {app.id for app in merged.applications}
    for gone in reversed(range(len(document.applications))):
        if document.applications[gone].id not in keep:
            session.remove(gone)
    current = {app.id: index for index, app in enumerate(document.applications)}
    for app in merged.applications:
        index = current.get(app.id)
        if index is None:
            session.insert(len(document.applications), app)
        elif document.applications[index] is not app:
            session.swap(index, app)
    if merged.profile != document.profile:
        session.set_profile(merged.profile)
    if merged.activities != document.activities:
        session.set_activities(merged.activities)
    if merged.reported_months != document.reported_months:
        session.set_reported_months(merged.reported_months)
    document.schema_version = merged.schema_version
    document.extra = merged.extra
    document.deleted = merged.deleted
