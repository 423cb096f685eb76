"""The list's columns and roles, and what one cached list row (:data:`list_cache.Row`)
says: its sort key per column, and the verdict it stands for.

The advice engine is imported with the first row: a first start, with nothing to list,
needs none of it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ...model import Channel, Stage
from ...store import list_cache as lc

if TYPE_CHECKING:
    from ...rules.advice import Action, Verdict


class Column(IntEnum):
    TITLE = 0
    COMPANY = 1
    APPLIED = 2
    NEXT_STEP = 3
    WHEN = 4
    CHANNEL = 5


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
APP_ID_ROLE = Qt.ItemDataRole.UserRole + 2
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3
ACTION_ROLE = Qt.ItemDataRole.UserRole + 4

COLUMNS = len(Column)


CHANNELS = {channel.value: channel for channel in Channel}
CLOSED_STAGES = frozenset(stage.value for stage in Stage if stage.is_closed)
NEVER = dt.date.max.toordinal()


@functools.cache
def action_of(value: str) -> Action:
    from ...rules.advice import Action

    return Action(value)


def row_is_due(row: lc.Row) -> bool:
    """Whether the row's verdict asks for something now (a saved ad: when ``urgent``)."""
    return row[lc.ACTION] in due_values() or bool(row[lc.URGENT])


def count_due(rows: list[lc.Row]) -> int:
    """How many of ``rows`` are due (:func:`row_is_due`, with its look-ups made once: the
    status bar counts 10,000 rows before the first paint)."""
    due, action, urgent = due_values(), lc.ACTION, lc.URGENT
    return sum(1 for row in rows if row[action] in due or row[urgent])


@functools.cache
def due_values() -> frozenset[str]:
    """The values of the actions that always ask for something now."""
    from ...rules.advice import DUE_ACTIONS

    return frozenset(action.value for action in DUE_ACTIONS)


def sort_key(column: int) -> Callable[[lc.Row], Any]:
    """One comparable key per row for ``column``."""
    if column == Column.TITLE:
        return lambda r: r[lc.TITLE].casefold()
    if column == Column.COMPANY:
        return lambda r: r[lc.COMPANY].casefold()
    if column == Column.APPLIED:
        return lambda r: r[lc.APPLIED]
    if column == Column.NEXT_STEP:
        from ...rules.advice import urgency_rank

        return lambda r: urgency_rank(
            action_of(r[lc.ACTION]), r[lc.EARLIEST], r[lc.LATEST], NEVER, urgent=r[lc.URGENT]
        )
    if column == Column.WHEN:
        return lambda r: r[lc.EARLIEST] or r[lc.LATEST] or NEVER  # a saved ad: its deadline
    return lambda r: r[lc.CHANNEL] or "~"


def columns_with_years(rows: list[lc.Row], year: int) -> set[int]:
    """The date columns in which some row shows a date of another year than ``year``."""
    first, last = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()

    def outside(numbers: set[Any]) -> bool:
        numbers.discard(None)  # no date
        numbers.discard(0)
        return bool(numbers) and not first <= min(numbers) <= max(numbers) <= last

    found: set[int] = set()
    if outside({row[lc.APPLIED] for row in rows}):  # one pass in C per column
        found.add(Column.APPLIED)
    if outside({row[lc.EARLIEST] for row in rows} | {row[lc.LATEST] for row in rows}):
        found.add(Column.WHEN)
    return found


def day(number: int | None) -> dt.date | None:
    return None if number is None else dt.date.fromordinal(number)


def moment(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def summary_verdict(row: lc.Row) -> Verdict:
    """The verdict a list row stands for, without its reasons (enough to draw the row)."""
    from ...rules.advice import Verdict

    channel = row[lc.CHANNEL]
    return Verdict(
        action_of(row[lc.ACTION]),
        day(row[lc.EARLIEST]),
        day(row[lc.LATEST]),
        None if channel is None else CHANNELS[channel],
        (),
        due_at=moment(row[lc.DUE_AT]),
        interview_at=moment(row[lc.INTERVIEW_AT]),
        urgent=row[lc.URGENT],
    )


def dark_palette() -> bool:
    from PySide6.QtGui import QPalette  # with the first row drawn

    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
