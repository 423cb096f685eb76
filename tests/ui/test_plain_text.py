"""Issue 13.D: text from the user or a file is shown as written, never as HTML.

A hostile store gives a job title with a link. Every message box and label that shows it
must show the markup itself, not a clickable link.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.ui import app as app_module
from followup_gui.ui import plain_text

from ..conftest import ROOT
from .conftest import WindowFactory, when_dialog_opens

LINK = '<a href="https://evil.example/">Klicka här</a>'


def rich_shown(widget: QWidget) -> list[str]:
    """Labels that would show LINK as a link (Qt's own guess included)."""
    found = []
    for label in [widget, *widget.findChildren(QLabel)]:
        if not isinstance(label, QLabel) or LINK not in label.text():
            continue
        text_format = label.textFormat()
        if text_format == Qt.TextFormat.RichText or (
            text_format == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())  # type: ignore[attr-defined]
        ):
            found.append(f"{label.objectName() or type(label.parent()).__name__}: {label.text()}")
    return found


def hostile_copy(demo_copy: Path) -> Path:
    document = store.load(demo_copy)
    document.applications[0] = replace(
        document.applications[0],
        job_title=LINK,
        company=LINK,
        notes=LINK,
        ad_url="javascript:alert(1)",
    )
    store.save(document, demo_copy)
    return demo_copy


def test_no_ui_code_calls_the_guessing_message_boxes() -> None:
    """QMessageBox's static helpers guess rich text; ``plain_text`` has the same calls."""
    guessing = re.compile(r"QMessageBox\.(warning|question|information|critical)\(")
    offenders = []
    for path in sorted((ROOT / "followup_gui" / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name != "plain_text.py" and guessing.search(text):
            offenders.append(path.name)
        if "QMessageBox(" in text and "TextFormat.PlainText" not in text:
            offenders.append(f"{path.name} (a QMessageBox without plain text)")
    assert offenders == []


def test_the_helpers_show_markup_as_written(qtbot: QtBot) -> None:
    seen: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        seen.append(rich_shown(dialog))
        dialog.reject()

    for ask in (plain_text.warning, plain_text.question, plain_text.information):
        when_dialog_opens(look)
        ask(None, "t", LINK)
    box = plain_text.make_box(QMessageBox.Icon.Warning, None, "t", LINK)
    plain_text.set_informative(box, LINK)
    seen.append(rich_shown(box))
    assert seen == [[], [], [], []]


def test_the_delete_question_shows_the_title_as_written(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(hostile_copy(demo_copy))
    app_id = window.session.applications[0].id
    window.select_application(app_id)
    seen: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        assert LINK in " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen.append(rich_shown(dialog))
        dialog.reject()

    when_dialog_opens(look)
    window.delete_action.trigger()
    assert seen == [[]]


def test_the_window_and_panel_show_file_text_as_written(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(hostile_copy(demo_copy))
    window.select_application(window.session.applications[0].id)
    assert rich_shown(window) == []
    details = window.panel.details.text()
    assert "javascript:" in details
    assert 'href="javascript' not in details  # only web addresses become links
    assert "&lt;a href" in window.panel.title.text()  # rich, but escaped


def test_the_invalid_store_question_and_the_banner_quote_the_file_as_written(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    error = store.StoreError(demo_copy, f"is not valid: {LINK}", field="job_title")
    seen: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        assert LINK in " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen.append(rich_shown(dialog))
        dialog.reject()

    when_dialog_opens(look)
    app_module.ask_about_invalid_store(error, None)
    assert seen == [[]]

    window = make_window(demo_copy)
    window.session.marked_read_only = True
    window.session.read_only_reason = str(error)
    window.status.update_save_label(window.session)
    assert window.banner.isVisible()
    assert rich_shown(window) == []
