"""Text size (issue 28.4): the app takes the system's font, and at 150 % text the panel's
headings and buttons wrap within it instead of cutting every line at its right edge.

The system's text size reaches Qt as the application font (Windows' "Make text bigger",
GNOME's text scaling factor), so a bigger application font is what is tested here; the
app sets no font size of its own but relative ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from followup_gui.model import Channel
from followup_gui.ui.followup.follow_up_dialog import FollowUpDialog
from followup_gui.ui.list.attachments_box import AttachmentsBox

from ..conftest import ROOT
from . import every_window
from .conftest import WindowFactory
from .every_window import OPENERS
from .layout_check import layout_problems

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


LAPTOP = Path(__file__).with_name("laptop_screen.json")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_at_150_percent_nothing_is_cut_in_any_window(lang: str) -> None:
    """Issue 28.4: the main window, the overview, the report page, the new-application,
    follow-up (mail and phone), reply and settings dialogs, with the system's text at
    150 % on a 1366×768 screen: no text cut, overlapping or scrolling sideways (at 150 %
    the follow-up dialog's channel buttons were cut and its comparison box cut at the
    bottom)."""
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={LAPTOP}"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.text_size_probe", "--lang", lang, "--scale", "1.5"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert set(seen) == set(OPENERS)
    assert {name: problems for name, problems in seen.items() if problems} == {}


def test_a_follow_up_dialog_with_large_text_shows_the_comparison_on_one_line(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, big_text: float
) -> None:
    """At 150 % a 1080×760 dialog has no room for the table beside the script: the
    compact "Jämför…" form, as on a short screen; the channel row wraps, nothing cut."""
    window = make_window(demo_copy)
    dialog = every_window.follow_up_phone(window)
    assert isinstance(dialog, FollowUpDialog)
    qtbot.addWidget(dialog)
    dialog.resize(1080, 760)
    qtbot.waitUntil(lambda: dialog.compact)
    assert not dialog.comparison.isVisible()
    assert [p for p in layout_problems(dialog) if not p.startswith("scrolls sideways")] == []
    dialog.resize(dialog.minimumWidth(), 760)  # narrower: the channel row wraps
    qtbot.wait(100)
    kind_box = dialog.kind_combo.parentWidget()
    assert kind_box is not None
    assert kind_box.y() > dialog.channel_buttons[Channel.EMAIL].y(), "a line of its own"
    assert [p for p in layout_problems(dialog) if not p.startswith("scrolls sideways")] == []
