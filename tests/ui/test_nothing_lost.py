"""Issue 18.5: nothing the user entered is lost unasked, and undo shows what it undid."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from followup_gui.model import Stage
from followup_gui.ui import plain_text
from followup_gui.ui.state.commands import ReplaceApplication

from .conftest import WindowFactory


def test_undo_selects_the_application_and_its_label_names_it(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    session = window.session
    app = session.applications[session.index_of("demo-vattern")]
    session.push(ReplaceApplication(session, replace(app, stage=Stage.WITHDRAWN), "Withdraw"))
    window.select_application("demo-kodverket")
    assert window.undo_action.text() == "&Undo Withdraw"  # the action; the title in the tip (23)
    assert app.job_title in window.undo_action.toolTip()
    window.undo_action.trigger()
    current = window.current_application()
    assert current is not None and current.id == "demo-vattern"
    assert current.stage is not Stage.WITHDRAWN
    window.select_application("demo-kodverket")
    window.redo_action.trigger()
    current = window.current_application()
    assert current is not None and current.id == "demo-vattern"


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
)
def test_closing_an_edited_mail_asks_first(
    make_window: WindowFactory,
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    from followup_gui.rules.advice import assess
    from followup_gui.ui.followup.follow_up_dialog import FollowUpDialog

    from .conftest import DEMO_NOW

    window = make_window(demo_copy)
    app = window.session.document.find("demo-vattern")
    assert app is not None
    dialog = FollowUpDialog(
        app, assess(app, DEMO_NOW), window.session.document.profile, lang="sv", now=DEMO_NOW
    )
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return answer

    monkeypatch.setattr(plain_text, "question", question)
    dialog.show()
    dialog.composer.body_edit.setPlainText("Hej, min egen text.")
    dialog.reject()
    assert asked == ["Close and lose your mail?"]
    assert dialog.isVisible() is (answer == QMessageBox.StandardButton.Cancel)
    dialog.composer._template = (dialog.composer.subject(), dialog.composer.body())
    dialog.close()
    dialog.deleteLater()
