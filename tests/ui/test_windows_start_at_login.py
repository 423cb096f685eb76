"""On Windows, "Start at login" in Settings writes and removes the Run value (fake registry)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from followup_gui.system import windows_integration
from followup_gui.ui.dialogs.settings_dialog import SettingsDialog
from followup_gui.ui.state import preferences
from tests.test_windows_integration import FakeRegistry


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> FakeRegistry:
    """The dialog as on Windows, with HKEY_CURRENT_USER in a dict."""
    fake = FakeRegistry()
    monkeypatch.setattr(windows_integration, "CurrentUserRegistry", lambda: fake)
    monkeypatch.setattr(sys, "platform", "win32")
    return fake


def test_ticking_start_at_login_writes_the_run_value_and_unticking_removes_it(
    qtbot: QtBot, settings: QSettings, registry: FakeRegistry
) -> None:
    dialog = SettingsDialog(settings, lang="en", tray_available=True)
    qtbot.addWidget(dialog)
    assert dialog.autostart.isEnabled()
    assert not dialog.autostart.isChecked()
    dialog.autostart.setChecked(True)
    dialog.accept()

    command = registry.read(windows_integration.RUN_KEY, "followup-gui")
    assert command is not None
    assert command.startswith('"') and command.endswith(" --hidden")
    assert preferences.autostart_enabled()

    again = SettingsDialog(settings, lang="en", tray_available=True)
    qtbot.addWidget(again)
    assert again.autostart.isChecked()
    again.autostart.setChecked(False)
    again.accept()
    assert registry.read(windows_integration.RUN_KEY, "followup-gui") is None
    assert not preferences.autostart_enabled()


def test_a_refused_registry_write_is_shown_and_the_dialog_stays(
    qtbot: QtBot, settings: QSettings, registry: FakeRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry.read_only = True
    shown: list[str] = []
    monkeypatch.setattr(
        "followup_gui.ui.plain_text.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    dialog = SettingsDialog(settings, lang="en", tray_available=True)
    qtbot.addWidget(dialog)
    dialog.autostart.setChecked(True)
    dialog.accept()
    assert dialog.result() == 0  # not accepted: the user sees why and can untick it
    assert len(shown) == 1
    assert "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run" in shown[0]
