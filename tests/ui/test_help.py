"""Issue 18.8: the Help menu has a short guide, the keyboard shortcuts and the guide the
advice comes from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QTableWidget

from followup_gui.ui.dialogs.help_dialog import SOURCE_TITLE, HelpDialog

from .conftest import WindowFactory, when_dialog_opens


def test_the_help_menu_opens_each_part(make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy)
    seen: list[int] = []
    rows: dict[str, str] = {}

    def look(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, HelpDialog)
            seen.append(dialog.tabs.currentIndex())
            table = dialog.findChild(QTableWidget, "shortcuts")
            assert table is not None
            for row in range(table.rowCount()):
                what, keys = table.item(row, 0), table.item(row, 1)
                assert what is not None and keys is not None
                rows[what.text()] = keys.text()
        finally:
            dialog.reject()

    for action in (window.guide_action, window.shortcuts_action, window.source_action):
        when_dialog_opens(look)
        action.trigger()
    assert seen == [0, 1, 2]
    assert rows["New application"] == "Ctrl+N"  # the tests run untranslated
    assert rows["Follow up"] == "Ctrl+Return"
    assert rows["Find"] == "Ctrl+F"
    assert rows["Clear the search"] == "Esc"
    # every shortcut, the pages' and Settings' too (issue 23)
    assert rows["Applications"] == "Ctrl+1"
    assert rows["Overview"] == "Ctrl+2"
    assert rows["Activity report"] == "Ctrl+3"
    assert rows["Settings"] == "Ctrl+,"
    assert rows["Paste a reply"] == "Ctrl+Shift+V"
    assert window.guide_action.shortcut().toString() == "F1"


def test_the_source_is_named_and_summed_up_in_our_words() -> None:
    dialog = HelpDialog([], 2)
    label = dialog.tabs.widget(2).findChild(QLabel)  # type: ignore[union-attr]
    assert isinstance(label, QLabel)
    assert SOURCE_TITLE in label.text()
    assert "Email is nearly always the safe choice" in label.text()
    dialog.deleteLater()


def test_the_keys_are_named_in_swedish() -> None:
    from PySide6.QtGui import QKeySequence

    from followup_gui.ui.dialogs.help_dialog import key_words

    assert key_words(QKeySequence("Ctrl+Return"), "sv") == "Ctrl+Retur"
    assert key_words(QKeySequence("Ctrl+Shift+V"), "sv") == "Ctrl+Skift+V"
    assert key_words(QKeySequence("Ctrl+Return"), "en") == "Ctrl+Return"


def test_the_guide_covers_every_part_with_a_margin() -> None:
    dialog = HelpDialog([], 0)
    guide = dialog.tabs.widget(0)
    label = guide.findChild(QLabel)  # type: ignore[union-attr]
    assert label is not None
    text = label.text()
    for part in ("Save ad", "Activity report", "Overview", "Import", "Paste a reply"):
        assert part in text, part
    assert label.contentsMargins().left() >= 10
    assert label.contentsMargins().top() >= 10
    dialog.deleteLater()
