"""The app-wide dialogs: About, and Settings (which starts or stops the reminders)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox: looked up when used
from PySide6.QtCore import QObject

from ... import __version__

if TYPE_CHECKING:
    from ..shell.ports import ReminderHost


class AppDialogs(QObject):
    """About and Settings, for the window (or anything else) that hosts the reminders."""

    def __init__(self, host: ReminderHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def about(self) -> None:
        QtWidgets.QMessageBox.about(
            self.host.dialog_parent(),
            self.tr("About followup-gui"),
            self.tr(
                "<b>followup-gui %1</b><p>When and how to follow up your job applications, "
                "by the advice of a Swedish career guide.</p><p>Your data stays on this "
                "computer: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.host.user_session.path or "")),
        )

    def show_settings(self) -> None:
        from ..desktop.reminders_tray import start_reminders
        from ..dialogs.settings_dialog import SettingsDialog

        host = self.host
        dialog = SettingsDialog(host.settings, lang=host.lang, parent=host.dialog_parent())
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        start_reminders(host)
        if dialog.language_changed():
            host.show_message(
                self.tr("The new language is used the next time you start followup-gui."),
                10_000,
            )
