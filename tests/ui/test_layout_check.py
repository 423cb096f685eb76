"""The layout check itself (issue 28.4): it must still find real cuts, and not call a
scroll area's or a table cell's content cut or outside the window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from .layout_check import layout_problems

LONG = "A text far too long for the little room it is given here"


def _window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    return window


def test_a_cut_button_and_a_text_outside_the_window_are_found(qtbot: QtBot) -> None:
    window = _window(qtbot)
    button = QPushButton(LONG, window)
    button.setGeometry(10, 10, 60, 30)
    label = QLabel("Outside", window)
    label.setGeometry(280, 180, 80, 30)
    window.show()
    qtbot.waitExposed(window)
    problems = layout_problems(window)
    assert any(p.startswith("cut off: QPushButton") for p in problems)
    assert "outside the dialog: QLabel('Outside')" in problems


def test_content_scrolled_out_of_sight_is_not_cut_but_sideways_scrolling_is(
    qtbot: QtBot,
) -> None:
    window = _window(qtbot)
    area = QScrollArea()
    area.setWidgetResizable(True)
    content = QWidget()
    column = QVBoxLayout(content)
    for n in range(30):  # far taller than the window: scrolls down, nothing cut
        column.addWidget(QLabel(f"Line {n}"))
    area.setWidget(content)
    QVBoxLayout(window).addWidget(area)
    window.show()
    qtbot.waitExposed(window)
    assert layout_problems(window) == []
    column.addWidget(QPushButton(LONG))  # wider than the view: every line cut at its edge
    qtbot.wait(50)
    assert any(p.startswith("scrolls sideways") for p in layout_problems(window))


def test_a_cell_button_is_checked_against_its_cell(qtbot: QtBot) -> None:
    window = _window(qtbot)
    table = QTableWidget(20, 2)
    QVBoxLayout(window).addWidget(table)
    for row in range(20):  # the lower rows are scrolled out of sight: not "outside"
        table.setCellWidget(row, 1, QPushButton("Copy"))
    window.show()
    qtbot.waitExposed(window)
    assert layout_problems(window) == []
    table.setColumnWidth(1, 20)  # a button cut by its cell is still found
    qtbot.wait(50)
    assert any(p.startswith("cut off: QPushButton('Copy')") for p in layout_problems(window))
