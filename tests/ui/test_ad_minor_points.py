"""Issue 23, minor points of the application dialog: the ad's language, a guessed year,
a saved ad whose deadline has passed, and what a Platsbanken fetch gave."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from followup_gui.model import Language
from followup_gui.ui.dialogs.application_dialog import ANALYSE_DELAY_MS, ApplicationDialog

from ..ad_server import AdServer
from ..test_ad_language import ENGLISH_AD, SWEDISH_AD
from .conftest import close_unasked
from .test_imports_ui import LINK, _dialog, _paste, server, told  # noqa: F401 (fixtures)

TODAY = dt.date(2026, 4, 1)


def _new(qtbot: QtBot, *, saved_ad: bool = False, lang: str = "en") -> ApplicationDialog:
    dialog = ApplicationDialog(None, lang=lang, today=TODAY, saved_ad=saved_ad)  # type: ignore[arg-type]
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    return dialog


def _paste_ad(qtbot: QtBot, dialog: ApplicationDialog, text: str) -> None:
    dialog.ad_text.setPlainText(text)
    qtbot.wait(ANALYSE_DELAY_MS + 100)


def test_an_english_ad_makes_an_english_application(qtbot: QtBot) -> None:
    dialog = _new(qtbot)
    assert dialog.language_combo.value() == Language.SV.value
    _paste_ad(qtbot, dialog, ENGLISH_AD)
    assert dialog.language_combo.value() == Language.EN.value
    note = dialog.findChild(type(dialog.found_label), "languageFromAd")
    assert note is not None and note.isVisible() and "English" in note.text()
    assert dialog.application().language is Language.EN
    _paste_ad(qtbot, dialog, SWEDISH_AD)  # another ad replaces it: Swedish again
    assert dialog.application().language is Language.SV
    assert not note.isVisible()


def test_a_language_picked_by_hand_is_kept(qtbot: QtBot) -> None:
    dialog = _new(qtbot)
    combo = dialog.language_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Swedish -> English by hand
    assert combo.value() == Language.EN.value
    _paste_ad(qtbot, dialog, SWEDISH_AD)
    assert dialog.application().language is Language.EN


def test_a_year_less_deadline_says_its_year_was_guessed(qtbot: QtBot) -> None:
    dialog = _new(qtbot)
    _paste_ad(qtbot, dialog, "Sista ansökningsdag: 15 maj")
    assert dialog.deadline_edit.value() == dt.date(2026, 5, 15)
    assert "(year guessed)" in dialog.found_label.text()
    _paste_ad(qtbot, dialog, "Sista ansökningsdag: 15 maj 2026")
    assert "Deadline" in dialog.found_label.text()
    assert "year guessed" not in dialog.found_label.text()


def test_saving_an_ad_whose_deadline_passed_warns_in_a_line_and_still_saves(
    qtbot: QtBot,
) -> None:
    dialog = _new(qtbot, saved_ad=True)
    dialog.title_edit.setText("Lagerarbetare")
    dialog.company_edit.setText("Ahlsell")
    _paste_ad(qtbot, dialog, "Sista ansökningsdag: 2025-11-30")
    warning = dialog.findChild(type(dialog.found_label), "deadlinePassed")
    assert warning is not None and warning.isVisible()
    assert "has passed" in warning.text() and "30 November 2025" in warning.text()
    dialog.deadline_edit.set_value(dt.date(2026, 4, 20))  # a deadline still ahead: no warning
    assert not warning.isVisible()
    dialog.deadline_edit.set_value(dt.date(2025, 11, 30))
    assert warning.isVisible()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_application_entered_late_is_not_warned_about_its_deadline(qtbot: QtBot) -> None:
    dialog = _new(qtbot)  # applied last autumn: its deadline passed, and that is normal
    _paste_ad(qtbot, dialog, "Sista ansökningsdag: 2025-11-30")
    warning = dialog.findChild(type(dialog.found_label), "deadlinePassed")
    assert warning is not None and not warning.isVisible()


def test_the_found_column_says_what_came_from_platsbanken(
    qtbot: QtBot,
    told: QSettings,  # noqa: F811
    server: AdServer,  # noqa: F811
) -> None:
    dialog = _dialog(qtbot, told)
    with qtbot.waitSignal(dialog.ad_tools.row.fetched, timeout=5000):
        _paste(dialog, LINK)
    found = dialog.found_label.text()
    assert "From Platsbanken:" in found
    assert "Wednesday 8 May 2024" in found and "Jonas Berglin" in found
    assert "Nothing found" not in found
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)  # read the text again
    found = dialog.found_label.text()
    assert "From Platsbanken:" in found and "Nothing found" not in found
    assert dialog.application().language is Language.EN  # Volvo's ad is in English
