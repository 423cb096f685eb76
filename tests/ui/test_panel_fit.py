"""Issue 18.6 and 18.7: the panel on a small screen and in its quiet states."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from .conftest import WindowFactory


def test_why_is_never_empty_and_rule_ids_stay_in_the_tooltip(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    for app_id in ("demo-kustlinjen", "demo-fintech", "demo-vattern", "demo-siffergruppen"):
        window.select_application(app_id)
        reasons = window.panel.reasons
        assert reasons.text().strip(), app_id
        assert "_" not in reasons.text().replace("&nbsp;", " "), "no rule id in the text"
    window.select_application("demo-kustlinjen")
    assert "one_follow_up" in window.panel.reasons.toolTip()


def test_the_panel_starts_at_the_top_of_each_application(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    bar = window.panel.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.select_application("demo-kodverket")
    assert bar.value() == 0


def test_a_search_that_matches_nothing_clears_the_panel(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    window.page.filter_edit.setText("no such job anywhere")
    qtbot.waitUntil(lambda: window.panel.app is None)
    assert window.panel.title.text() == ""
    assert window.panel.details.text() == ""
    assert not window.panel.follow_up_button.isEnabled()


def test_the_buttons_wrap_so_a_narrow_panel_stays_narrow(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    panel = window.panel
    content = panel.widget()
    assert content is not None
    assert content.minimumSizeHint().width() < 400
    assert panel.events.wordWrap()


def test_the_title_names_the_file_as_people_do_and_the_stage_menu_is_one_choice(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    assert demo_copy.name == "applications.json"
    assert window.windowTitle().startswith("My applications – ")
    assert "applications.json" not in window.windowTitle()
    window.select_application("demo-vattern")
    actions = window.panel.stage_menu.actions()
    groups = {action.actionGroup() for action in actions}
    assert len(groups) == 1
    group = groups.pop()
    assert group is not None and group.isExclusive()
    assert sum(action.isChecked() for action in actions) == 1
