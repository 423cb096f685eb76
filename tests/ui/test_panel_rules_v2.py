"""The verdict panel with rules v2: a saved ad's deadline, and the hint after silence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui.model import Purpose, Stage
from followup_gui.rules.advice import assess
from followup_gui.ui import plain_text
from followup_gui.ui.followup.follow_up_dialog import FollowUpDialog
from followup_gui.ui.list.verdict_panel import VerdictPanel

from ..factories import contact, d, make_app
from .conftest import WindowFactory

Answer = QMessageBox.StandardButton

NOW = dt.datetime(2026, 5, 20, 9, 0)


def test_a_saved_ad_shows_its_deadline_and_no_follow_up(qtbot: QtBot) -> None:
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    ad = make_app(stage=Stage.SAVED, applied_on=None, deadline=d("2026-05-22"))
    panel.show_application(ad, assess(ad, NOW, lang="en"), NOW, "en")
    assert panel.headline.text() == "Apply by Friday 22 May"
    assert panel.window_line.text() == "Last day to apply: Friday 22 May."
    assert not panel.follow_up_button.isEnabled()
    assert panel.close_button.isHidden()
    passed = make_app(stage=Stage.SAVED, applied_on=None, deadline=d("2026-05-18"))
    panel.show_application(passed, assess(passed, NOW, lang="en"), NOW, "en")
    assert "The deadline (Monday 18 May) has passed" in panel.warning.text()


def test_the_close_button_shows_only_after_long_silence(qtbot: QtBot) -> None:
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.show()
    silent = make_app(
        applied_on=d("2026-03-20"), contacts=[contact("2026-04-01T10:00", Purpose.FOLLOW_UP)]
    )
    panel.show_application(silent, assess(silent, NOW), NOW, "sv")
    assert panel.close_button.isVisible()
    with qtbot.waitSignal(panel.close_requested) as asked:
        panel.close_button.click()
    assert asked.args == ["rejected"]
    with qtbot.waitSignal(panel.close_requested) as asked:
        panel.close_button.withdrawn_action.trigger()
    assert asked.args == ["withdrawn"]
    panel.set_read_only(True)
    assert not panel.close_button.isVisible()
    panel.set_read_only(False)
    quiet = make_app(
        applied_on=d("2026-03-20"), contacts=[contact("2026-05-12", Purpose.FOLLOW_UP)]
    )
    panel.show_application(quiet, assess(quiet, NOW), NOW, "sv")
    assert not panel.close_button.isVisible()


# ---------------------------------------------------------------- issue 23.7: long passed

SPRING = make_app(applied_on=d("2026-03-02"), deadline=d("2026-03-13"))  # window 20–27 March


def test_last_springs_application_is_not_follow_up_now(qtbot: QtBot) -> None:
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.show()
    verdict = assess(SPRING, NOW, lang="en")
    panel.show_application(SPRING, verdict, NOW, "en")
    assert panel.headline.text() == "The time to follow up ended long ago – consider closing it"
    assert panel.window_line.text() == "Window: Friday 20 March to Friday 27 March."
    assert "more than four working weeks ago" in panel.warning.text()
    assert panel.close_button.isVisible(), "it offers to close the application"
    assert "ended long ago" in panel.close_button.toolTip()
    assert panel.follow_up_button.isEnabled(), "and still lets the user follow up on purpose"
    with qtbot.waitSignal(panel.close_requested) as asked:
        panel.close_button.click()
    assert asked.args == ["rejected"]


def test_following_up_long_after_the_window_asks_first_and_then_opens(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(demo_copy.read_text(encoding="utf-8"))
    old = next(a for a in data["applications"] if a["id"] == "demo-vattern")
    old.update(applied_on="2026-03-02", deadline="2026-03-13")  # entered in November
    demo_copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window = make_window(demo_copy, "en")
    window.select_application("demo-vattern")
    verdict = window.current_verdict()
    assert verdict is not None and not verdict.is_due
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return Answer.Yes

    monkeypatch.setattr(plain_text, "question", question)
    opened: list[str] = []

    def exec_dialog(self: FollowUpDialog) -> int:
        opened.append("yes")
        return 0

    monkeypatch.setattr(FollowUpDialog, "exec", exec_dialog)
    window.follow_up_action.trigger()
    assert asked == ["The time to follow up ended long ago"]
    assert opened == ["yes"], "a yes opens the follow-up on purpose"
