"""The shell's seams for the pages and flows still to come: the page registry, the
declared action table, and controllers that need only a Workspace, not the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.i18n import Lang
from followup_gui.model import Application, Stage
from followup_gui.rules.advice import Verdict, assess
from followup_gui.ui.controllers.application_events import ApplicationEvents
from followup_gui.ui.shell.pages import PageStack
from followup_gui.ui.shell.ports import Workspace
from followup_gui.ui.state.clock import FixedClock
from followup_gui.ui.state.session import Session

from ..conftest import DEMO_STORE
from .conftest import DEMO_NOW, WindowFactory


def test_pages_switch_with_ctrl_and_their_place(qtbot: QtBot) -> None:
    stack = PageStack()
    qtbot.addWidget(stack)
    first = stack.add_page("list", "List", QLabel("list"))
    second = stack.add_page("overview", "Overview", QLabel("overview"))
    assert first.shortcut() == QKeySequence("Ctrl+1")
    assert second.shortcut() == QKeySequence("Ctrl+2")
    assert stack.current_key() == "list"
    second.trigger()
    assert stack.current_key() == "overview"
    assert stack.keys() == ["list", "overview"]
    with pytest.raises(ValueError, match="overview"):
        stack.add_page("overview", "Again", QWidget())


def test_the_window_has_the_list_as_its_first_page(
    make_window: WindowFactory, demo_copy: Path, qtbot: QtBot
) -> None:
    window = make_window(demo_copy)
    assert window.pages.keys() == ["applications", "overview", "report"]
    assert window.pages.page("applications") is window.page
    another = QLabel("another")
    window.pages.add_page("another", "Another", another)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is another
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_key() == "report"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_key() == "overview"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.page


def test_menus_and_toolbar_come_from_the_action_table(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    menus = [entry.menu() for entry in window.menuBar().actions()]
    in_menus = {
        action
        for menu in menus
        if isinstance(menu, QMenu)
        for action in menu.actions()
        if not action.isSeparator()
    }
    assert set(window.actions_by_name.values()) == in_menus
    for name, action in window.actions_by_name.items():
        assert getattr(window, f"{name}_action") is action
    toolbar = window.findChild(QWidget, "mainToolbar")
    assert toolbar is not None
    names = {action: name for name, action in window.actions_by_name.items()}
    names.update(zip(window.pages.switch_actions, window.pages.keys(), strict=True))
    placed = [names.get(a, "|") for a in toolbar.actions()]
    assert placed == [
        "applications", "overview", "report", "|", "new", "save_ad", "edit", "delete", "|",
        "follow_up", "log", "interview", "|", "undo", "redo",
    ]  # fmt: skip


class FakeWorkspace:
    """Just what a controller may see: a session, a selection, a status line."""

    def __init__(self, session: Session, app: Application) -> None:
        self.session = session
        self.user_session = session
        self.clock = FixedClock(DEMO_NOW)
        self.lang: Lang = "sv"
        self.app_id = app.id
        self.messages: list[str] = []
        self.parent = QWidget()

    def current_application(self) -> Application | None:
        return self.session.document.find(self.app_id)

    def current_verdict(self) -> Verdict | None:
        app = self.current_application()
        return None if app is None else assess(app, self.clock.now(), lang=self.lang)

    def select_application(self, app_id: str) -> None:
        self.app_id = app_id

    def clear_search(self) -> None:
        pass

    def show_session(self, session: Session) -> None:
        self.session = session

    def dialog_parent(self) -> QWidget:
        return self.parent

    def show_message(self, text: str, timeout_ms: int) -> None:
        self.messages.append(text)


def test_a_controller_works_on_a_workspace_without_a_window(qtbot: QtBot) -> None:
    session = Session(store.load(DEMO_STORE), None)
    app = next(a for a in session.applications if not a.stage.is_closed)
    workspace = FakeWorkspace(session, app)
    qtbot.addWidget(workspace.parent)
    checked: Workspace = workspace  # the fake fits the protocol (mypy checks this line)
    events = ApplicationEvents(checked)
    events.set_stage("rejected")
    assert session.document.find(app.id).stage is Stage.REJECTED  # type: ignore[union-attr]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.document.find(app.id) == app
    events.remove_event("offer", 0)
    assert workspace.messages == ["Removed. Undo with Ctrl+Z."]
