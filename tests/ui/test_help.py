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
    assert window.guide_action.shortcut().toString() == "F1"


def test_the_source_is_named_and_summed_up_in_our_words() -> None:
    dialog = HelpDialog([], 2)
    label = dialog.tabs.widget(2)
    assert isinstance(label, QLabel)
    assert SOURCE_TITLE in label.text()
    assert "Email is nearly always the safe choice" in label.text()
    dialog.deleteLater()
