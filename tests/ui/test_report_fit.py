"""The report page on a laptop (issue 23, minor): the per-row copy buttons are in view
without side-scrolling at 1366×768, and the progress words are readable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from followup_gui.model import Activity, ActivityKind
from followup_gui.ui.report.fit_columns import capped
from followup_gui.ui.report.page import COPY_COLUMN
from followup_gui.ui.state.report_commands import add_activity

from .conftest import DEMO_NOW, WindowFactory
from .test_report_page import open_report

LONG_NOTE = (
    "Samtal med handläggaren på Arbetsförmedlingen om min handlingsplan, om kurser i "
    "truckkörning och om att söka fler jobb inom logistik i Västerbotten och Norrbotten"
)


def test_capped_cuts_the_widest_first() -> None:
    assert capped([100, 200, 300], 1000) == [100, 200, 300]
    assert capped([100, 200, 900], 600) == [100, 200, 300]
    assert capped([100, 400, 900], 600) == [100, 250, 250]
    assert sum(capped([50, 60, 70], 100, floor=48)) == 144  # never below the floor


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("size", [(1366, 740), (1100, 700)])
def test_the_copy_buttons_are_in_view_without_side_scrolling(
    make_window: WindowFactory,
    demo_copy: Path,
    qtbot: QtBot,
    lang: str,
    size: tuple[int, int],
) -> None:
    window = make_window(demo_copy, lang=lang)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    page = open_report(window)
    month = dt.date(DEMO_NOW.year, 10, 28)  # the month the page opens on
    window.session.push(
        add_activity(window.session, Activity("long", month, ActivityKind.OTHER, LONG_NOTE))
    )
    qtbot.wait(20)
    table = page.table
    assert table.rowCount() >= 2
    assert table.horizontalScrollBar().maximum() == 0
    viewport = table.viewport().rect()
    for row in range(table.rowCount()):
        button = table.cellWidget(row, COPY_COLUMN)
        assert isinstance(button, QToolButton)
        corner = button.mapTo(table.viewport(), QPoint(button.width() - 1, 0))
        assert viewport.contains(corner), (row, corner, viewport)
    note = next(
        table.item(r, COPY_COLUMN - 1)
        for r in range(table.rowCount())
        if table.item(r, COPY_COLUMN - 1).text() == LONG_NOTE  # type: ignore[union-attr]
    )
    assert note is not None and note.toolTip() == LONG_NOTE  # the cut text in full
    window.resize(1800, 800)  # room again: the columns widen
    qtbot.wait(20)
    assert table.horizontalScrollBar().maximum() == 0


def test_the_progress_words_stand_beside_the_bar_in_window_text(
    make_window: WindowFactory, demo_copy: Path, qtbot: QtBot
) -> None:
    window = make_window(demo_copy, lang="en")
    window.resize(1366, 740)
    window.show()
    page = open_report(window)
    assert page.progress_bar.isVisible()
    assert not page.progress_bar.isTextVisible()  # not drawn over the bar's two colours
    label = page.progress_label
    assert label.isVisible() and label.text() == "3 of 12 applications in October"
    assert label.geometry().right() < page.progress_bar.geometry().left()
    assert label.height() >= label.fontMetrics().height()
    assert page.progress_bar.accessibleName() == label.text()
