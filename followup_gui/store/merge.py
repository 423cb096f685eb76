"""Take in another program's changes to the store without losing the window's.

A three-way merge by id: ``base`` is the version both sides started from (what the window
last read or wrote), ``ours`` the window's document, ``theirs`` the file as it is now.
What only one side changed is taken from that side; what both changed differently is a
*clash*: ours is kept and the clash is reported so the user can choose.

The merge never deletes. An application (or activity) that the file lacks but the window
has is kept: a program that read the file a moment before the window saved it writes an
older version back, and that looks exactly like a deletion. Losing an application is
worse than having to delete one again, so such items are counted in ``kept`` and the
user is told.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ..model import Document

_T = TypeVar("_T")


@dataclass(slots=True)
class Merged:
    """The merged document and what the user should hear about."""

    document: Document
    clashes: list[str] = field(default_factory=list)
    """Ids (or "profile") that both sides changed differently; ours was kept."""
    kept: list[str] = field(default_factory=list)
    """Ids the file no longer has that the window kept (see the module docstring)."""
    taken: int = 0
    """How many items came from the file (added or changed there)."""


def _merge_list(
    base: list[_T], ours: list[_T], theirs: list[_T], key: Callable[[_T], Hashable], out: Merged
) -> list[_T]:
    """Ours in our order, then what only theirs has, in their order."""
    base_by = {key(item): item for item in base}
    ours_by = {key(item): item for item in ours}
    theirs_by = {key(item): item for item in theirs}
    result: list[_T] = []
    for item in ours:
        k = key(item)
        their = theirs_by.get(k)
        if k not in base_by:  # we added it
            if their is not None and their != item:
                out.clashes.append(str(k))
            result.append(item)
            continue
        original = base_by[k]
        if their is None:  # the file lacks it: kept, never deleted by a merge
            out.kept.append(str(k))
            result.append(item)
        elif their in (original, item):
            result.append(item)
        elif item == original:  # only they changed it
            result.append(their)
            out.taken += 1
        else:
            out.clashes.append(str(k))
            result.append(item)
    for their in theirs:
        k = key(their)
        if k in ours_by:
            continue
        if k in base_by:  # we deleted it
            if their != base_by[k]:  # …and they changed it: keep theirs, ask
                out.clashes.append(str(k))
                result.append(their)
            continue
        result.append(their)  # they added it
        out.taken += 1
    return result


def _merge_value(base: _T, ours: _T, theirs: _T, name: str, out: Merged) -> _T:
    if theirs in (base, ours):
        return ours
    if ours == base:
        out.taken += 1
        return theirs
    out.clashes.append(name)
    return ours


_MISSING = object()


def _merge_extra(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
) -> dict[str, Any]:
    """Unknown keys: theirs where ours left the key as it was; nothing is dropped."""
    result = dict(ours)
    for key, value in theirs.items():
        if ours.get(key, _MISSING) == base.get(key, _MISSING):
            result[key] = value
    return result


def merge(base: Document, ours: Document, theirs: Document) -> Merged:
    """Ours with the file's own changes taken in; see :class:`Merged`."""
    out = Merged(Document())
    applications = _merge_list(
        base.applications, ours.applications, theirs.applications, lambda a: a.id, out
    )
    activities = _merge_list(
        base.activities, ours.activities, theirs.activities, lambda a: a.id, out
    )
    reported = _merge_list(
        base.reported_months, ours.reported_months, theirs.reported_months, lambda r: r.month, out
    )
    profile = _merge_value(base.profile, ours.profile, theirs.profile, "profile", out)
    out.document = replace(
        ours,
        profile=profile,
        applications=applications,
        activities=activities,
        reported_months=reported,
        schema_version=max(ours.schema_version, theirs.schema_version),
        extra=_merge_extra(base.extra, ours.extra, theirs.extra),
    )
    return out
