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
