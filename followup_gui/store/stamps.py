"""Format v2.1's stamps: ``updated_at`` on each changed application, tombstones for deletions.

The app does not stamp inside every command: before a save, :func:`stamp_changes` compares
the document with the version it started from (what was last read or written) and stamps
what differs. That covers every way an application changes (dialogs, undo, redo, imports,
a merge that kept our side) in one place. Entries without a stamp (older files, hand edits)
count as older than any stamped change (see :mod:`.merge`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..model import TOMBSTONE_DAYS, Application, Document, Tombstone, TombstoneKind


def local_now() -> dt.datetime:
    """Now, with this computer's offset from UTC, to the second (what the file holds)."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def stamp_changes(current: Document, base: Document | None, now: dt.datetime) -> bool:
    """Stamp ``current`` where it differs from ``base``; True when anything was stamped.

    - an application that is new or differs from ``base`` gets ``updated_at = now``, unless
      it came in from another copy with a newer stamp of its own (a merge, an import);
    - what ``base`` had and ``current`` lacks (applications, activities, reported months)
      gets a tombstone in ``deleted``; a tombstone of something present again goes;
    - tombstones older than :data:`TOMBSTONE_DAYS` are pruned.

    ``now`` must be timezone-aware. The lists of ``current`` are replaced, never changed in
    place (a save in progress may hold the old ones); the stamped applications are new
    objects. ``base`` None (a new store) stamps every application without a stamp.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    now = now.replace(microsecond=0)
    changed = False
    base_apps = {} if base is None else {app.id: app for app in base.applications}
    applications = current.applications
    stamped: list[tuple[int, Application]] = []
    for index, app in enumerate(applications):
        before = base_apps.get(app.id)
        if before is app:
            continue
        if before is None:
            if app.updated_at is not None:
                continue  # came in with its own stamp (a merge, an import)
        elif before == app or _brought_in(app, before):
            continue
        stamped.append((index, replace(app, updated_at=now)))
    if stamped:
        applications = list(applications)
        for index, app in stamped:
            applications[index] = app
        current.applications = applications
        changed = True

    deleted = _tombstones(current, base, now)
    if deleted != current.deleted:
        current.deleted = deleted
        changed = True
    return changed


def _brought_in(app: Application, before: Application) -> bool:
    """A version newer than the file's came from elsewhere with its stamp: keep that stamp.

    An edit here keeps the old stamp until stamped, and an undo brings back an older one:
    both are changes made now.
    """
    stamp, old = app.updated_at, before.updated_at
    return stamp is not None and (old is None or _aware(stamp) > _aware(old))


def _tombstones(current: Document, base: Document | None, now: dt.datetime) -> list[Tombstone]:
    live: dict[TombstoneKind, set[str]] = {
        TombstoneKind.APPLICATION: {app.id for app in current.applications},
        TombstoneKind.ACTIVITY: {activity.id for activity in current.activities},
        TombstoneKind.REPORTED_MONTH: {entry.month for entry in current.reported_months},
    }
    oldest = now - dt.timedelta(days=TOMBSTONE_DAYS)
    result = [
        tomb
        for tomb in current.deleted
        if tomb.id not in live[tomb.kind] and _aware(tomb.deleted_at) >= oldest
    ]
    if base is not None:
        known = {(tomb.kind, tomb.id) for tomb in result}
        gone: list[tuple[TombstoneKind, str]] = [
            *((TombstoneKind.APPLICATION, app.id) for app in base.applications),
            *((TombstoneKind.ACTIVITY, activity.id) for activity in base.activities),
            *((TombstoneKind.REPORTED_MONTH, entry.month) for entry in base.reported_months),
        ]
        for kind, item_id in gone:
            if item_id not in live[kind] and (kind, item_id) not in known:
                result.append(Tombstone(item_id, now, kind))
                known.add((kind, item_id))
    return result


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
