"""Text size (issue 28.4): the app takes the system's font, and at 150 % text the panel's
headings and buttons wrap within it instead of cutting every line at its right edge.

The system's text size reaches Qt as the application font (Windows' "Make text bigger",
GNOME's text scaling factor), so a bigger application font is what is tested here; the
app sets no font size of its own but relative ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from followup_gui.ui.list.attachments_box import AttachmentsBox

from .conftest import WindowFactory

SCALE = 1.5


@pytest.fixture
def big_text(qapp: QApplication) -> Iterator[float]:
    """The system's text at 150 % (and back after the test)."""
    before = QFont(qapp.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * SCALE)
    qapp.setFont(bigger)
    yield bigger.pointSizeF()
    qapp.setFont(before)


def test_the_window_takes_the_system_s_text_size(
    make_window: WindowFactory, demo_copy: Path, big_text: float
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    content = window.panel.widget()
    assert content is not None
    for widget in (window, window.panel, content):
        assert widget.font().pointSizeF() == pytest.approx(big_text)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_at_150_percent_no_heading_or_button_row_widens_the_panel(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, lang: str, big_text: float
) -> None:
    """A heading that cannot wrap, or a row of buttons side by side, made the panel's
    content wider than the panel: the right edge of every line was cut (issue 28.4)."""
    window = make_window(demo_copy, lang=lang)
    window.select_application("demo-vattern")
    QApplication.processEvents()
    panel = window.panel
    room = panel.viewport().width()
    content = panel.widget()
    assert content is not None
    wide = [
        f"{type(w).__name__}({getattr(w, 'text', lambda: '')()!r}) {w.minimumSizeHint().width()}"
        for w in content.findChildren(QWidget)
        if w.isVisibleTo(panel)
        and (isinstance(w, AttachmentsBox) or (isinstance(w, QLabel) and w.font().bold()))
        and w.minimumSizeHint().width() > room
    ]
    assert wide == [], f"wider than the panel's {room} px"
