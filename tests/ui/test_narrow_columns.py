"""A narrow list keeps its titles readable: the channel, then the date applied, give way."""

from __future__ import annotations

from pathlib import Path

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
