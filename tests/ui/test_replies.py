""" "Got a reply…" on the panel: the answer is logged as a reply contact, and the stage can
follow in the same undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.model import Purpose, Stage
from followup_gui.ui.dialogs.event_dialogs import ContactDialog

from .conftest import WindowFactory, when_dialog_opens


def accept(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def answer_reply(note: str, choice: str | None) -> list[str]:
    """Fill the contact dialog, then pick ``choice`` in the stage question (None: keep)."""
    seen: list[str] = []

    def pick(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        labels = {b.text(): b for b in box.buttons()}
        seen.extend(labels)
        escape = box.escapeButton()
        assert escape is not None
        (escape if choice is None else labels[choice]).click()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        assert dialog.purpose.value() == Purpose.REPLY.value
        dialog.note.setText(note)
        when_dialog_opens(pick)
        accept(dialog)

    when_dialog_opens(fill)
    return seen


def test_got_a_reply_logs_it_and_sets_the_stage(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    window.select_application("demo-vattern")
    panel = window.panel
    assert panel.reply_button.isEnabled()
    seen = answer_reply("They want to meet on Monday", "An interview")
    panel.reply_button.click()
    assert seen == ["An interview", "A no", "An offer", "Keep the stage (applied)"]
    app = window.session.document.find("demo-vattern")
    assert app is not None
    assert app.stage is Stage.INTERVIEW
    assert app.contacts[-1].purpose is Purpose.REPLY
    assert app.contacts[-1].note == "They want to meet on Monday"
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)
    saved = store.load(demo_copy).find("demo-vattern")
    assert saved is not None and saved.contacts[-1].purpose is Purpose.REPLY
    window.undo_action.trigger()  # one step takes both back
    app = window.session.document.find("demo-vattern")
    assert app is not None
    assert app.stage is Stage.APPLIED
    assert all(c.purpose is not Purpose.REPLY for c in app.contacts)


def test_a_reply_can_leave_the_stage_as_it_is(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    window.select_application("demo-kustlinjen")
    answer_reply("Still reviewing, answer next week", None)
    window.panel.reply_button.click()
    app = window.session.document.find("demo-kustlinjen")
    assert app is not None
    assert app.stage is Stage.APPLIED
    assert app.contacts[-1].purpose is Purpose.REPLY
