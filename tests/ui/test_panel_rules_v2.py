"""The verdict panel with rules v2: a saved ad's deadline, and the hint after silence."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from followup_gui.model import Purpose, Stage
from followup_gui.rules.advice import assess
from followup_gui.ui.list.verdict_panel import VerdictPanel

from ..factories import contact, d, make_app

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
