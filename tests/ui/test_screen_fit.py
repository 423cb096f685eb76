"""Issues 13.16 and 18.1: the window and the dialogs fit a small screen at 125 % and 150 %.

The scale factor is fixed when a process starts, so each size is tried in a new process
(``screen_probe``) on an offscreen screen of 1366×768 (``laptop_screen.json``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect
from PySide6.QtWidgets import QDialog, QStyle
from pytestqt.qtbot import QtBot

from followup_gui.rules.reasons import action_name
from followup_gui.ui import screen_fit
from followup_gui.ui.list.columns import Column

from ..conftest import ROOT
from .conftest import WindowFactory

SCREEN = Path(__file__).with_name("laptop_screen.json")
SCREENS = {(1366, 768): SCREEN, (1280, 720): Path(__file__).with_name("hd_screen.json")}


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(
    ("screen", "scale", "lang"),
    [
        ((1366, 768), "1.25", "sv"),
        ((1366, 768), "1.5", "sv"),
        ((1366, 768), "1.5", "en"),
        ((1280, 720), "1.25", "sv"),
        ((1280, 720), "1.25", "en"),
    ],
)
def test_everything_fits_a_small_laptop(screen: tuple[int, int], scale: str, lang: str) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={SCREENS[screen]}",
        "QT_SCALE_FACTOR": scale,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_probe", "--lang", lang],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    available = seen["available"]
    assert available[2:] == [round(screen[0] / float(scale)), round(screen[1] / float(scale))]
    assert inside(seen["window"], available)
    assert seen["status_bar_visible"]
    assert inside(seen["status_bar"], available)
    assert inside(seen["panel"], available)
    assert seen["panel"][2] >= 250, "the verdict panel keeps room to be read"
    assert seen["title_width"] >= seen["title_room"], "titles keep 14 letters or more"
    # the employer has a column of its own as wide, or a line under the title (23.6)
    assert seen["two_line"] or seen["company_width"] >= seen["title_room"]
    for button in seen["panel_buttons"]:
        assert inside(button, available)
    for name in ("new_application", "follow_up", "settings"):
        assert inside(seen[name]["frame"], available), name
        if "buttons" in seen[name]:
            assert inside(seen[name]["buttons"], available), f"{name}: Save is out of reach"
    assert seen["settings"]["problems"] == []
    # the phone script keeps its room and the channel comparison is not cut (23.6)
    assert seen["follow_up"]["script_height"] >= 300
    assert seen["follow_up"]["problems"] == []


@pytest.mark.parametrize(
    ("wanted", "available", "expected"),
    [
        (QRect(0, 0, 1280, 800), QRect(0, 0, 1093, 614), QRect(0, 0, 1093, 614)),  # 125 %
        (QRect(0, 0, 1280, 800), QRect(0, 0, 911, 512), QRect(0, 0, 911, 512)),  # 150 %
        (QRect(500, 300, 600, 400), QRect(0, 0, 911, 512), QRect(311, 112, 600, 400)),
        (QRect(-50, -20, 300, 200), QRect(0, 0, 911, 512), QRect(0, 0, 300, 200)),
        (QRect(100, 100, 300, 200), QRect(1366, 0, 911, 512), QRect(1366, 100, 300, 200)),
    ],
)
def test_fitted_keeps_a_rect_on_the_available_screen(
    wanted: QRect, available: QRect, expected: QRect
) -> None:
    assert screen_fit.fitted(wanted, available) == expected


def test_fitted_leaves_room_for_the_frame() -> None:
    rect = screen_fit.fitted(QRect(0, 0, 2000, 2000), QRect(0, 0, 911, 512), QMargins(1, 30, 1, 1))
    assert rect == QRect(1, 30, 909, 481)


def test_a_restored_geometry_from_a_bigger_screen_is_clamped(
    make_window: WindowFactory, demo_copy: Path, settings: object, qtbot: QtBot
) -> None:
    window = make_window(demo_copy)
    available = window.screen().availableGeometry()
    window.setGeometry(QRect(available.x() + 200, 0, 3000, 2000))
    window.close()
    again = make_window(demo_copy)
    assert available.contains(again.geometry())


def test_a_dialog_of_any_part_is_fitted_when_it_opens(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(5000, 5000)
    dialog.show()
    dialog.activateWindow()
    available = dialog.screen().availableGeometry()
    qtbot.waitUntil(lambda: available.contains(dialog.frameGeometry()))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_next_step_column_fits_its_longest_words(
    make_window: WindowFactory, demo_copy: Path, lang: str
) -> None:
    window = make_window(demo_copy, lang=lang)
    table = window.page.table
    style = table.style()
    icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    longest = max(
        table.fontMetrics().horizontalAdvance(action_name(a, lang))  # type: ignore[arg-type]
        for a in ("other_offer", "interview_scheduled", "await_reply", "thank_you")
    )
    assert table.columnWidth(Column.NEXT_STEP) >= longest + icon + 12
