"""The app-wide dialogs: About, and Settings (which starts or stops the reminders)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6 import QtWidgets  # QMessageBox: looked up when used
from PySide6.QtCore import QObject

from ... import __version__

if TYPE_CHECKING:
    from ..shell.ports import ReminderHost
    from .store_move import MoveHost


class AppDialogs(QObject):
    """About and Settings, for the window (or anything else) that hosts the reminders."""

    def __init__(self, host: ReminderHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def about(self) -> None:
        import html

        QtWidgets.QMessageBox.about(
            self.host.dialog_parent(),
            self.tr("About followup-gui"),
            self.tr(
                "<b>followup-gui %1</b><p>When and how to follow up your job applications, "
                "by the advice of a Swedish career guide.</p><p>Your data stays on this "
                "computer: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", html.escape(str(self.host.user_session.path or ""))),
        )

    def show_guide(self) -> None:
        self._help(0)

    def show_shortcuts(self) -> None:
        self._help(1)

    def show_source(self) -> None:
        self._help(2)

    def _help(self, tab: int) -> None:
        from ..dialogs.help_dialog import HelpDialog

        actions = list(getattr(self.host, "actions_by_name", {}).values())
        pages = getattr(self.host, "pages", None)  # Ctrl+1/2/3: the pages (23)
        actions += [a for a in getattr(pages, "switch_actions", ()) if a not in actions]
        dialog = HelpDialog(actions, tab, self.host.dialog_parent())
        dialog.exec()
        dialog.deleteLater()

    def show_settings(self) -> None:
        from ..desktop.reminders_tray import start_reminders
        from ..dialogs.settings_dialog import SettingsDialog
        from ..state.preferences import login_store
        from .store_move import StoreMover

        host = self.host
        mover = StoreMover(cast("MoveHost", host))
        dialog = SettingsDialog(
            host.settings,
            lang=host.lang,
            store_path=login_store(host.user_session.path),
            mover=mover,
            parent=host.dialog_parent(),
        )
        mover.setParent(dialog)
        mover.moved.connect(lambda path: setattr(dialog, "store_path", login_store(path)))
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        start_reminders(host)
        if not dialog.language_changed():
            return
        # asked once, when the language is chosen; not each time Settings is confirmed
        if dialog.language_chosen_now() and self._restart_wanted() and self._restart():
            return
        host.show_message(
            self.tr("The new language is used the next time you start followup-gui."), 10_000
        )

    def _restart_wanted(self) -> bool:
        """A new language shows from the next start: offer that start now."""
        from .. import plain_text

        box = plain_text.make_box(
            QtWidgets.QMessageBox.Icon.Question,
            self.host.dialog_parent(),
            self.tr("Restart followup-gui?"),
            self.tr("The new language is used from the next start."),
            buttons=QtWidgets.QMessageBox.StandardButton.NoButton,
        )
        plain_text.set_informative(
            box, self.tr("Restart now? Your applications are saved first; nothing is lost.")
        )
        now = box.addButton(self.tr("&Restart now"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Later"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.setEscapeButton(later)
        box.exec()
        return box.clickedButton() is now

    def _restart(self) -> bool:
        """Save, close and start again; False when the window stays (nothing to open with,
        or the user kept it open to settle a conflict)."""
        from PySide6.QtWidgets import QApplication

        from ..desktop import restart

        path = self.host.user_session.path
        if path is None:
            return False
        restart.ask_to_start_again(path)
        if not self.host.quit():
            restart.cancel_start_again()
            return False
        QApplication.quit()  # the tray may keep the app running without a window
        return True
