"""The list's column helpers that run over every row before the first paint, checked
against their plain one-row-at-a-time definitions."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from followup_gui.rules.advice import Action
from followup_gui.store import list_cache as lc
from followup_gui.ui.list.columns import Column, columns_with_years, count_due, row_is_due

DAYS = st.one_of(
    st.none(),
    st.just(0),
    st.dates(dt.date(2024, 1, 1), dt.date(2028, 12, 31)).map(dt.date.toordinal),
)


@st.composite
def rows(draw: st.DrawFn) -> lc.Row:
    row: list[object] = [None] * lc.ROW_LENGTH
    row[lc.ACTION] = draw(st.sampled_from([a.value for a in Action]))
    row[lc.URGENT] = draw(st.booleans())
    row[lc.APPLIED] = draw(DAYS)
    row[lc.EARLIEST] = draw(DAYS)
    row[lc.LATEST] = draw(DAYS)
    return tuple(row)


@given(st.lists(rows(), max_size=30))
def test_count_due_counts_the_rows_that_are_due(some: list[lc.Row]) -> None:
    assert count_due(some) == sum(1 for row in some if row_is_due(row))


def _years_by_row(rows_: list[lc.Row], year: int) -> set[int]:
    """columns_with_years as first written: a row at a time."""
    first, last = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    found: set[int] = set()
    for row in rows_:
        if row[lc.APPLIED] and not first <= row[lc.APPLIED] <= last:
            found.add(Column.APPLIED)
        for number in (row[lc.EARLIEST], row[lc.LATEST]):
            if number and not first <= number <= last:
                found.add(Column.WHEN)
    return found


@given(st.lists(rows(), max_size=30), st.integers(2025, 2027))
def test_columns_with_years_matches_a_row_at_a_time(some: list[lc.Row], year: int) -> None:
    assert columns_with_years(some, year) == _years_by_row(some, year)
