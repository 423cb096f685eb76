"""A narrow list keeps its titles readable: the channel, then the date applied, give way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from followup_gui.ui.list.columns import Column
from followup_gui.ui.list.narrow_columns import columns_to_hide

from .conftest import WindowFactory

FIXED: dict[int, int] = {
    Column.APPLIED: 62,
    Column.NEXT_STEP: 150,
    Column.WHEN: 130,
    Column.CHANNEL: 70,
}
GIVE_WAY = (Column.CHANNEL, Column.APPLIED)


def test_columns_give_way_in_order_as_the_list_narrows() -> None:
    assert columns_to_hide(900, FIXED, GIVE_WAY, 240) == set()  # 412 fixed, 488 for text
    assert columns_to_hide(640, FIXED, GIVE_WAY, 240) == {Column.CHANNEL}
    assert columns_to_hide(560, FIXED, GIVE_WAY, 240) == {Column.CHANNEL, Column.APPLIED}
    assert columns_to_hide(100, FIXED, GIVE_WAY, 240) == {Column.CHANNEL, Column.APPLIED}


def test_the_window_hides_and_shows_them_again(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    table = window.page.table
    window.resize(1400, 800)
    window.page.splitter.setSizes([1000, 400])
    qtbot.waitUntil(lambda: not table.isColumnHidden(Column.CHANNEL))
    assert not table.isColumnHidden(Column.APPLIED)
    window.page.splitter.setSizes([420, 980])  # the panel dragged wide
    qtbot.waitUntil(lambda: table.isColumnHidden(Column.CHANNEL))
    assert table.columnWidth(Column.TITLE) >= table.fontMetrics().horizontalAdvance("Backend")
    window.page.splitter.setSizes([1000, 400])
    qtbot.waitUntil(lambda: not table.isColumnHidden(Column.CHANNEL))
    assert table.columnWidth(Column.CHANNEL) == 70, "back at its own width"


def test_a_narrow_list_puts_the_employer_under_the_title(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    """Issue 23.6: at 150 % on 1366×768 title and employer showed a dozen letters each;
    a narrow list gives them one column, the title over the employer."""
    from followup_gui.ui.list.title_employer import TitleAndEmployer

    window = make_window(demo_copy)
    page = window.page
    table = page.table
    window.resize(1400, 800)
    page.splitter.setSizes([1000, 400])
    qtbot.waitUntil(lambda: not page.two_line.on)
    assert not table.isColumnHidden(Column.COMPANY)
    one_line = table.rowHeight(0)

    page.splitter.setSizes([560, 840])
    qtbot.waitUntil(lambda: page.two_line.on)
    assert table.isColumnHidden(Column.COMPANY)
    assert isinstance(table.itemDelegateForColumn(Column.TITLE), TitleAndEmployer)
    metrics = table.fontMetrics()
    assert table.columnWidth(Column.TITLE) >= metrics.horizontalAdvance("Handläggare inom soc")
    assert table.rowHeight(0) >= 2 * metrics.height(), "room for two lines"
    header = page.proxy.headerData(Column.TITLE, Qt.Orientation.Horizontal)
    assert header == "Job and company"
    index = page.proxy.index(0, Column.TITLE)
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"{index.data()}, {page.proxy.index(0, Column.COMPANY).data()}"
    grab = table.viewport().grab()  # the delegate paints without a warning
    assert not grab.isNull()

    page.splitter.setSizes([1000, 400])
    qtbot.waitUntil(lambda: not page.two_line.on)
    assert not table.isColumnHidden(Column.COMPANY)
    assert table.rowHeight(0) == one_line
    assert table.itemDelegateForColumn(Column.TITLE) is not page.two_line.delegate


def test_two_lines_switch_with_a_margin() -> None:
    from followup_gui.ui.list.two_line import HYSTERESIS, two_lines_needed

    assert two_lines_needed(500, 300, 150)  # 100 each
    assert not two_lines_needed(700, 300, 150)  # 200 each
    assert not two_lines_needed(300 + 2 * (150 + 10), 300, 150)
    assert two_lines_needed(300 + 2 * (150 + 10), 300, 150, now_on=True)  # within the margin
    assert not two_lines_needed(300 + 2 * (150 + HYSTERESIS), 300, 150, now_on=True)


def test_dates_with_a_year_are_not_cut_at_1280(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    """An application from last year shows "19 okt 2025" and "Gick ut … 2025" whole in a
    1280 px wide window (issue 23): the columns have room for a year."""
    import datetime as dt

    from followup_gui.ui.state.commands import AddApplication

    from ..factories import make_app

    window = make_window(demo_copy)
    window.resize(1280, 720)
    old = make_app(id="old", applied_on=dt.date(2025, 9, 28), deadline=dt.date(2025, 10, 6))
    window.session.push(AddApplication(window.session, old))
    ahead = make_app(id="ahead", applied_on=dt.date(2026, 12, 28), deadline=dt.date(2027, 1, 4))
    window.session.push(AddApplication(window.session, ahead))
    table = window.page.table
    qtbot.waitUntil(lambda: table.width() > 600)
    assert not table.isColumnHidden(Column.APPLIED)
    metrics = table.fontMetrics()
    model = window.model
    cells = [
        (model.row_of("old"), Column.APPLIED),
        (model.row_of("old"), Column.WHEN),
        (model.row_of("ahead"), Column.WHEN),
    ]
    texts = [(model.index(row, column).data(), column) for row, column in cells]
    assert all("2025" in text or "2027" in text for text, _ in texts), texts
    # the text, its cell margins (about 8 px) and no "…", once the columns have refitted
    qtbot.waitUntil(
        lambda: all(
            metrics.horizontalAdvance(text) + 8 <= table.columnWidth(column)
            for text, column in texts
        )
    )
    # without those rows, the columns give the room back to title and employer
    narrow = table.columnWidth(Column.APPLIED)
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: table.columnWidth(Column.APPLIED) < narrow)
