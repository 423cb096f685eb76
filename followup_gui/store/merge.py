"""Two copies of the store made one: the merge behind "Two computers, one search".

One function, :func:`merge`, serves the window when the file changes under it (``base`` is
what the window last read or wrote), the conflict copies sync services leave beside the
store, and ``import`` of another copy of the store (no ``base``: a two-way merge).

Per application (activities and reported months alike, keyed by id and month):

- the same on both sides: kept;
- changed on one side only (the other is still the ``base`` version): that change is taken;
- changed on both sides, or different with no ``base`` to tell: the newer ``updated_at``
  is kept (no stamp is older than any stamp; equal stamps are broken by content, so that
  the result does not depend on which side is "ours") and the other version is kept in
  :attr:`Merged.clashes` for the user to look at and take instead; nothing vanishes;
- on one side only: kept, unless the other side has a tombstone for it (``deleted``) and
  the copy was not changed after the deletion: then it goes, and :attr:`Merged.removed`
  says so. A copy missing without a tombstone (an older app, a stale file) is kept.

The profile merges like one record without a stamp. Unknown top-level keys: ours, plus
theirs where ours left the key as ``base`` had it. Tombstones: the union, the latest per
item, minus those of items that are present in the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

from ..model import Document, Tombstone, TombstoneKind

_T = TypeVar("_T")

PROFILE = "profile"
""":attr:`Clash.kind` of the profile (the others are :class:`TombstoneKind` values)."""


@dataclass(frozen=True, slots=True)
class Clash(Generic[_T]):
    """One item the two sides had in different versions: ``kept`` is in the result."""

    kind: str
    """"application", "activity", "reported_month" or "profile"."""
    key: str
    kept: _T | None
    """The version in the merged document (None: the item was deleted)."""
    other: _T | None
    """The version that lost, kept for the user (None: the other side deleted it)."""
    kept_theirs: bool = False
    """Whether ``kept`` is the other side's version (theirs), not ours."""


@dataclass(slots=True)
class Merged:
    """The merged document and what the user should hear about."""

    document: Document
    clashes: list[Clash[Any]] = field(default_factory=list)
    """Items both sides changed differently: the newer is in the document, see :class:`Clash`."""
    kept: list[str] = field(default_factory=list)
    """Ids ours has, theirs lacks without a tombstone, and ``base`` had: kept, not deleted."""
    taken: int = 0
    """How many items came from theirs (added or changed there)."""
    removed: list[tuple[str, str]] = field(default_factory=list)
    """(kind, id) of what ours had and a tombstone of theirs removed."""

    @property
    def application_clashes(self) -> list[Clash[Any]]:
        return [c for c in self.clashes if c.kind == TombstoneKind.APPLICATION]


Stamp = Callable[[Any], dt.datetime | None]


def _no_stamp(_: object) -> None:
    return None


def _app_stamp(app: Any) -> dt.datetime | None:
    stamp: dt.datetime | None = app.updated_at
    return stamp


_EPOCH = dt.datetime(1, 1, 1, tzinfo=dt.UTC)


def _order(stamp: dt.datetime | None) -> dt.datetime:
    """A stamp to compare: none is older than any; a naive one (a hand edit) counts as UTC."""
    if stamp is None:
        return _EPOCH
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)


def _newer(a: object, b: object, stamp: Stamp) -> bool:
    """Whether ``a`` wins over ``b``: the newer stamp; equal stamps by content."""
    sa, sb = _order(stamp(a)), _order(stamp(b))
    if sa != sb:
        return sa > sb
    return repr(a) > repr(b)


def _pick(b: _T | None, o: _T, t: _T, stamp: Stamp) -> tuple[_T, _T, bool]:
    """(winner, loser, is a clash) of two different versions of one item."""
    if b is not None:
        if o == b and not _order(stamp(t)) < _order(stamp(b)):
            return t, o, False  # only theirs changed it
        if t == b and not _order(stamp(o)) < _order(stamp(b)):
            return o, t, False  # only ours changed it
    if _newer(o, t, stamp):
        return o, t, True
    return t, o, True


@dataclass(slots=True)
class _Side:
    by_key: dict[Hashable, Any]
    tombs: dict[str, dt.datetime]


def _merge_items(
    kind: TombstoneKind,
    base: list[_T] | None,
    ours: list[_T],
    theirs: list[_T],
    key: Callable[[_T], str],
    *,
    tombs: tuple[dict[str, dt.datetime], dict[str, dt.datetime]],
    out: Merged,
    stamp: Stamp = _no_stamp,
    report: bool = True,
) -> list[_T]:
    """Ours in our order, then what only theirs has, in their order (see the module doc)."""
    base_by = None if base is None else {key(item): item for item in base}
    ours_by = {key(item): item for item in ours}
    theirs_by = {key(item): item for item in theirs}
    ours_tombs, theirs_tombs = tombs
    result: list[_T] = []
    for item in [*ours, *(t for t in theirs if key(t) not in ours_by)]:
        k = key(item)
        o, t = ours_by.get(k), theirs_by.get(k)
        b = None if base_by is None else base_by.get(k)
        if o is not None and t is not None:
            if o == t:
                result.append(o)
                continue
            winner, loser, clash = _pick(b, o, t, stamp)
            result.append(winner)
            if winner is t:
                out.taken += 1
            if clash and report:
                out.clashes.append(Clash(str(kind), k, winner, loser, winner is t))
            continue
        ours_has = o is not None
        present: _T = o if o is not None else t  # type: ignore[assignment]
        deleted_at = (theirs_tombs if ours_has else ours_tombs).get(k)
        if deleted_at is not None and not _order(stamp(present)) > _order(deleted_at):
            if ours_has:  # the other computer deleted it after our last change
                out.removed.append((str(kind), k))
            elif b is not None and present != b and report:
                # we deleted it, and they had changed it (before the deletion): the user
                # may want their version back
                out.clashes.append(Clash(str(kind), k, None, present, False))
            continue
        result.append(present)
        if not ours_has:
            out.taken += 1
        elif b is not None and deleted_at is None:
            out.kept.append(k)  # the file lacks it without a tombstone: never deleted
    return result


def _merge_extra(
    base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any]
) -> dict[str, Any]:
    """Unknown keys: theirs where ours left the key as it was; nothing is dropped."""
    result = dict(ours)
    for key, value in theirs.items():
        if key not in ours or (base is not None and ours[key] == base.get(key, _MISSING)):
            result[key] = value
    return result


_MISSING = object()


def _tomb_map(document: Document, kind: TombstoneKind) -> dict[str, dt.datetime]:
    result: dict[str, dt.datetime] = {}
    for tomb in document.deleted:
        if tomb.kind is kind:
            seen = result.get(tomb.id)
            if seen is None or _order(tomb.deleted_at) > _order(seen):
                result[tomb.id] = tomb.deleted_at
    return result


def _merge_tombstones(ours: Document, theirs: Document, live: Document) -> list[Tombstone]:
    alive = {
        TombstoneKind.APPLICATION: {a.id for a in live.applications},
        TombstoneKind.ACTIVITY: {a.id for a in live.activities},
        TombstoneKind.REPORTED_MONTH: {m.month for m in live.reported_months},
    }
    by: dict[tuple[TombstoneKind, str], Tombstone] = {}
    for tomb in [*ours.deleted, *theirs.deleted]:
        if tomb.id in alive[tomb.kind]:
            continue
        k = (tomb.kind, tomb.id)
        seen = by.get(k)
        if seen is None or _order(tomb.deleted_at) > _order(seen.deleted_at):
            by[k] = tomb
    return sorted(by.values(), key=lambda t: (_order(t.deleted_at), t.kind, t.id))


def merge(base: Document | None, ours: Document, theirs: Document) -> Merged:
    """``ours`` and ``theirs`` made one (see the module docstring); pure, nothing is changed.

    ``base`` is the version both started from when it is known (the window's last read or
    write); None for a two-way merge (a conflict copy, an imported copy of the store).
    """
    out = Merged(Document())

    def tombs(kind: TombstoneKind) -> tuple[dict[str, dt.datetime], dict[str, dt.datetime]]:
        return _tomb_map(ours, kind), _tomb_map(theirs, kind)

    applications = _merge_items(
        TombstoneKind.APPLICATION,
        None if base is None else base.applications,
        ours.applications,
        theirs.applications,
        lambda a: a.id,
        tombs=tombs(TombstoneKind.APPLICATION),
        out=out,
        stamp=_app_stamp,
    )
    activities = _merge_items(
        TombstoneKind.ACTIVITY,
        None if base is None else base.activities,
        ours.activities,
        theirs.activities,
        lambda a: a.id,
        tombs=tombs(TombstoneKind.ACTIVITY),
        out=out,
    )
    reported = _merge_items(
        TombstoneKind.REPORTED_MONTH,
        None if base is None else base.reported_months,
        ours.reported_months,
        theirs.reported_months,
        lambda r: r.month,
        tombs=tombs(TombstoneKind.REPORTED_MONTH),
        out=out,
        report=False,  # the same month marked on two days is one fact
    )
    profile = ours.profile
    if ours.profile != theirs.profile:
        b = None if base is None else base.profile
        profile, loser, clash = _pick(b, ours.profile, theirs.profile, _no_stamp)
        if profile is theirs.profile:
            out.taken += 1
        if clash:
            out.clashes.append(Clash(PROFILE, PROFILE, profile, loser, profile is theirs.profile))
    document = replace(
        ours,
        profile=profile,
        applications=applications,
        activities=activities,
        reported_months=reported,
        schema_version=max(ours.schema_version, theirs.schema_version),
        extra=_merge_extra(None if base is None else base.extra, ours.extra, theirs.extra),
    )
    document.deleted = _merge_tombstones(ours, theirs, document)
    out.document = document
    return out
