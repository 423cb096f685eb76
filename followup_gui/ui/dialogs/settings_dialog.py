"""Edit → Settings…: the language, the appearance, reminders, the tray and starting at login,
and where the applications are kept (``store_place``: moved at once, not on OK).

The language is stored and used from the next start (``run()`` reads it; ``--lang``
still wins); the appearance (light, dark, as the system) shows at once while chosen and
goes back on Cancel; the reminder settings apply at once (``start_reminders``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ... import store
from ...i18n import Lang, system_language
from .. import plain_text
from ..state.preferences import (
    AD_FETCH_KEY,
    APPEARANCE_DARK,
    APPEARANCE_LIGHT,
    APPEARANCE_SYSTEM,
    KEEP_IN_TRAY_KEY,
    REMINDERS_KEY,
    ad_fetch_enabled,
    autostart_enabled,
    autostart_supported,
    autostart_where,
    keep_in_tray,
    reminders_enabled,
    set_autostart,
    set_stored_appearance,
    set_stored_language,
    stored_appearance,
    stored_language,
)
from .store_place import Mover, StorePlaceBox

LANGUAGE_NAMES: dict[Lang, str] = {"sv": "Svenska", "en": "English"}
"""Each language by its own name, whatever the app's language."""


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setContentsMargins(24, 0, 0, 0)  # under the check box it is about
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


class SettingsDialog(QDialog):
    """Saves to ``settings`` and writes or removes the autostart file on OK."""

    def __init__(
        self,
        settings: QSettings,
        *,
        lang: Lang,
        tray_available: bool | None = None,
        store_path: Path | None = None,
        mover: Mover | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``store_path``: the store that start at login opens (None: the default one);
        ``mover``: moves the store to another folder (None: the box is left out)."""
        super().__init__(parent)
        self.store_path = store_path
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.running_lang = lang
        self._stored_lang = stored_language(settings)
        if tray_available is None:
            from ..desktop.reminders_tray import tray_available as available

            tray_available = available()
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.language = QComboBox()
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(self.tr("Same as the system (%1)").replace("%1", system), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._stored_lang)))
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)
        self.language_note = _note(
            self.tr("The new language is used the next time you start followup-gui.")
        )
        self.language_note.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.language_note)
        self.language.currentIndexChanged.connect(lambda _: self._update())
        self._stored_appearance = stored_appearance(settings)
        self.appearance = QComboBox()
        self.appearance.addItem(self.tr("Same as the system"), APPEARANCE_SYSTEM)
        self.appearance.addItem(self.tr("Light"), APPEARANCE_LIGHT)
        self.appearance.addItem(self.tr("Dark"), APPEARANCE_DARK)
        self.appearance.setCurrentIndex(self.appearance.findData(self._stored_appearance))
        self.appearance.setAccessibleName(self.tr("Appearance"))
        form.addRow(self.tr("A&ppearance:"), self.appearance)
        self.appearance.currentIndexChanged.connect(lambda _: self._show_appearance())

        box = QGroupBox(self.tr("Reminders"))
        inner = QVBoxLayout(box)
        self.reminders = QCheckBox(
            self.tr("&Remind me when a follow-up, a thank-you mail or an answer is due")
        )
        self.reminders.setChecked(reminders_enabled(settings))
        inner.addWidget(self.reminders)
        how = (
            self.tr(
                "A notification and an icon in the system tray with the number of things to do."
            )
            if tray_available
            else self.tr(
                "This desktop has no system tray, so reminders are shown in the window's "
                "status bar while followup-gui is open."
            )
        )
        inner.addWidget(_note(how))
        self.keep_in_tray = QCheckBox(
            self.tr("&Keep running in the tray when the window is closed")
        )
        self.keep_in_tray.setChecked(keep_in_tray(settings))
        self._tray_available = tray_available
        inner.addWidget(self.keep_in_tray)
        self.autostart = QCheckBox(self.tr("&Start at login, hidden in the tray"))
        self.autostart.setChecked(autostart_supported() and autostart_enabled())
        inner.addWidget(self.autostart)
        if sys.platform == "win32":
            where = self.tr(
                "Windows then starts followup-gui when you log in; it is listed under "
                "Settings → Apps → Startup."
            )
        elif autostart_supported():
            where = self.tr("Adds followup-gui to your desktop's autostart (%1).").replace(
                "%1", autostart_where()
            )
        else:
            self.autostart.setEnabled(False)
            where = self.tr(
                "On macOS, add followup-gui under System Settings → General → Login Items."
            )
        inner.addWidget(_note(where))
        layout.addWidget(box)
        self.reminders.toggled.connect(lambda _: self._update())

        network = QGroupBox(self.tr("Internet"))
        inner = QVBoxLayout(network)
        self.fetch_ads = QCheckBox(self.tr("&Fetch ads from Platsbanken when I paste a link or id"))
        self.fetch_ads.setChecked(ad_fetch_enabled(settings))
        inner.addWidget(self.fetch_ads)
        inner.addWidget(
            _note(
                self.tr(
                    "Sends only the ad's id to JobTech's open JobSearch API "
                    "(Arbetsförmedlingen). It is the app's only use of the internet."
                )
            )
        )
        layout.addWidget(network)

        self.store_place: StorePlaceBox | None = None
        if mover is not None:
            self.store_place = StorePlaceBox(mover)
            layout.addWidget(self.store_place)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # never narrower than the longest check box (those do not wrap; Swedish is long)
        self.setMinimumWidth(max(520, layout.totalMinimumSize().width()))
        self._update()

    def chosen_appearance(self) -> str:
        value = self.appearance.currentData()
        return value if isinstance(value, str) else APPEARANCE_SYSTEM

    def _show_appearance(self, choice: str | None = None) -> None:
        """Light or dark at once, on every window (Cancel goes back)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from ..shell.appearance import follow

            follow(app, choice or self.chosen_appearance())

    def reject(self) -> None:
        if self.chosen_appearance() != self._stored_appearance:
            self._show_appearance(self._stored_appearance)
        super().reject()

    def chosen_language(self) -> Lang | None:
        """The language chosen; None to follow the system."""
        value = self.language.currentData()
        return value if value in ("sv", "en") else None

    def language_changed(self) -> bool:
        """True when the next start will be in another language than this one."""
        return (self.chosen_language() or system_language()) != self.running_lang

    def language_chosen_now(self) -> bool:
        """True when this dialog changed the stored language (not a change made earlier)."""
        return self.chosen_language() != self._stored_lang

    def _update(self) -> None:
        self.language_note.setVisible(self.language_changed())
        self.keep_in_tray.setEnabled(self._tray_available and self.reminders.isChecked())
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the wrapped notes' height at this width: a top-level dialog does not
        follow its labels' height-for-width, so a note shown later (or a long English
        one) would otherwise be squeezed over its neighbour."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # narrower: the notes wrap onto more lines

    def accept(self) -> None:
        if autostart_supported() and self.autostart.isChecked() != autostart_enabled():
            try:
                set_autostart(self.autostart.isChecked(), store=self.store_path)
            except OSError as error:
                plain_text.warning(
                    self,
                    self.tr("Cannot change start at login"),
                    self.tr("Could not write %1: %2")
                    .replace("%1", autostart_where())
                    .replace("%2", store.os_error_reason(error)),
                )
                return
        set_stored_language(self.settings, self.chosen_language())
        set_stored_appearance(self.settings, self.chosen_appearance())
        self.settings.setValue(REMINDERS_KEY, self.reminders.isChecked())
        self.settings.setValue(KEEP_IN_TRAY_KEY, self.keep_in_tray.isChecked())
        self.settings.setValue(AD_FETCH_KEY, self.fetch_ads.isChecked())
        self.settings.sync()
        super().accept()
