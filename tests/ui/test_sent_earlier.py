"""Issue 18.3: entering an application that was sent some time ago."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from followup_gui.ui.dialogs.application_dialog import ApplicationDialog
from followup_gui.ui.dialogs.widgets import to_qdate

from .conftest import close_unasked

AD = """Kafferosteriet i Ystad AB söker en butikssäljare

Sista ansökningsdag: 4 december.
"""


def make(qtbot: QtBot, today: dt.date) -> ApplicationDialog:
    dialog = ApplicationDialog(None, lang="sv", today=today)
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    return dialog


def test_the_first_line_fills_title_and_employer_and_the_date_rereads_the_ad(
    qtbot: QtBot,
) -> None:
    dialog = make(qtbot, dt.date(2027, 3, 1))
    dialog.ad_text.setPlainText(AD)
    dialog.read_ad()
    assert dialog.title_edit.text() == "Butikssäljare"
    assert dialog.company_edit.text() == "Kafferosteriet i Ystad AB"
    assert dialog.deadline_edit.value() == dt.date(2027, 12, 4)  # read against 1 March 2027
    dialog.applied_edit.setDate(to_qdate(dt.date(2026, 11, 20)))  # it was sent last autumn
    qtbot.waitUntil(lambda: dialog.deadline_edit.value() == dt.date(2026, 12, 4))
    dialog.title_edit.setText("Barista")
    dialog.read_ad()
    assert dialog.title_edit.text() == "Barista", "what the user typed is kept"
    from followup_gui.ui.dialogs.widgets import form_state

    dialog._as_opened = form_state(dialog)


def test_a_day_in_the_future_is_questioned(qtbot: QtBot) -> None:
    today = dt.date(2026, 11, 26)
    dialog = make(qtbot, today)
    assert not dialog.applied_warning.isVisible()
    dialog.applied_edit.setDate(to_qdate(today + dt.timedelta(days=3)))
    assert dialog.applied_warning.isVisible()
    assert "not come yet" in dialog.applied_warning.text()
    dialog.applied_edit.setDate(to_qdate(today))
    assert not dialog.applied_warning.isVisible()
    from followup_gui.ui.dialogs.widgets import form_state

    dialog._as_opened = form_state(dialog)
