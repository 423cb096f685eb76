"""Issue 28.1: what a screen reader meets, asked in-process through QAccessible: every
showing interactive control of the window, its pages and every dialog it opens has a
name; the drawings have words; the verdict's headline is announced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from followup_gui.model import Channel
from followup_gui.ui.followup.follow_up_dialog import FollowUpDialog
from followup_gui.ui.list.columns import Column
from followup_gui.ui.main_window import MainWindow

from .a11y_check import controls, unnamed
from .conftest import WindowFactory, when_dialog_opens


def check_dialog(
    qtbot: QtBot, open_it: Callable[[], object], look: Callable[[QDialog], list[str]] | None = None
) -> tuple[str, list[str]]:
    """Open a modal dialog with ``open_it``, collect its unnamed controls, close it."""
    seen: list[tuple[str, list[str]]] = []

    def inspect(dialog: QDialog) -> None:
        problems = look(dialog) if look else unnamed(dialog)
        seen.append((dialog.windowTitle(), problems))
        dialog.reject()

    when_dialog_opens(inspect)
    open_it()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_page_names_its_controls(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, lang: str
) -> None:
    window = make_window(demo_copy, lang=lang)
    window.select_application("demo-vattern")
    found = {}
    keys = window.pages.keys()
    for key in keys:
        window.pages.show_page(key)
        page = window.pages.page(key)
        qtbot.waitUntil(page.isVisible)
        QApplication.processEvents()
        assert len(controls(window)) > 15, key
        found[key] = unnamed(window)
    assert found == {k: [] for k in keys}


DIALOG_ACTIONS = [
    "new", "save_ad", "edit", "profile", "settings", "follow_up", "log", "interview",
    "offer", "guide", "shortcuts", "source", "about", "restore",
]  # fmt: skip


@pytest.mark.parametrize("name", DIALOG_ACTIONS)
def test_every_dialog_names_its_controls(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, name: str
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    action = window.actions_by_name[name]
    if name == "restore":
        window.session.wait_for_save()
    assert action.isEnabled()
    title, problems = check_dialog(qtbot, action.trigger)
    assert title
    assert problems == []


def test_the_panel_dialogs_name_their_controls(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    panel = window.panel
    assert check_dialog(qtbot, panel.reply_button.click)[1] == []
    window.select_application("demo-nordlager")  # a saved ad
    assert check_dialog(qtbot, panel.applied_button.click)[1] == []


def test_each_step_of_a_call_names_its_controls(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")

    def every_step(dialog: QDialog) -> list[str]:
        assert isinstance(dialog, FollowUpDialog)
        problems = [f"mail: {p}" for p in unnamed(dialog)]
        dialog.set_channel(Channel.PHONE)
        for step in range(dialog.phone.pages.count()):
            dialog.phone.go_to(step)
            problems += [f"step {step}: {p}" for p in unnamed(dialog)]
        return problems

    assert check_dialog(qtbot, window.actions_by_name["follow_up"].trigger, every_step)[1] == []


def test_the_report_dialogs_name_their_controls(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.report_action.trigger()
    page = window.report.page
    assert page is not None
    assert check_dialog(qtbot, page.add_button.click)[1] == []


def test_the_date_fields_are_named_by_their_labels(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    window.select_application("demo-vattern")

    def names(dialog: QDialog) -> list[str]:
        return [
            c.name.rstrip(":")
            for c in controls(dialog)
            if c.widget is not None and c.widget.objectName() == "typedField"  # a date's line
        ]

    _title, found = check_dialog(qtbot, window.actions_by_name["edit"].trigger, names)
    assert {"Applied on", "Deadline", "Reply by"} <= set(found), found


def test_the_list_and_the_search_say_what_they_are(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    assert window.table.accessibleName() == "Your applications"
    assert window.filter_edit.accessibleName() == "Search the applications"
    assert window.panel.events.accessibleName() == "Interviews, contacts and offers"


def test_the_drawings_have_words(make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy, lang="en")
    window.select_application("demo-vattern")
    timeline = window.panel.timeline
    assert timeline.accessibleName() == "Timeline"
    words = timeline.accessibleDescription()
    assert words.startswith("Applied 3 November; Deadline 13 November; Today 26 November")
    assert "Window for the next step: 20 November to 27 November" in words
    icon = window.panel.headline_icon
    assert icon.accessibleName() == "Follow up"
    proxy = window.proxy
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole))  # fmt: skip
    cell = proxy.index(row, Column.NEXT_STEP)
    assert cell.data(Qt.ItemDataRole.AccessibleDescriptionRole) == cell.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert cell.data(Qt.ItemDataRole.AccessibleDescriptionRole)


def test_the_headline_is_announced_when_the_selection_changes(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window: MainWindow = make_window(demo_copy, lang="en")
    said: list[tuple[QWidget, str]] = []

    def heard(event: object) -> None:
        message = getattr(event, "message", None)
        if callable(message):
            said.append((event.object(), message()))  # type: ignore[attr-defined]

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(heard))
    window.select_application("demo-vattern")
    window.select_application("demo-nordlager")
    headline = window.panel.headline
    assert said[-1] == (headline, headline.text())
    assert len({text for _o, text in said}) >= 2
    count = len(said)
    window.select_application("demo-nordlager")  # the same again: nothing new to say
    assert len(said) == count


def test_a_label_not_on_screen_yet_is_not_announced(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the window is shown (the start) nothing is announced, and QAccessible is not
    even touched: the reader reads the window whole once it appears."""
    from followup_gui.ui import announce as announce_module

    sent: list[str] = []
    monkeypatch.setattr(announce_module, "announce", lambda _source, text: sent.append(text))
    label = QLabel()
    qtbot.addWidget(label)
    headline = announce_module.AnnouncedLabel(label)
    headline.show("a", "Follow up now")
    assert sent == [] and label.text() == "Follow up now"
    label.show()
    headline.show("b", "Wait for the deadline")
    assert sent == ["Wait for the deadline"]
