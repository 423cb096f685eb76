"""Two checks of the application dialog that the ad's text drives (issue 23, minor points).

* The language: a new application whose ad is in English gets ``language: en``, so its
  mails are drafted in English. The guess (``reading.ad_language``) decides only while the
  user has not picked a language by hand, and says beside the choice that it came from
  the ad.
* A saved ad whose deadline has passed: a warning line under the deadline (never a box
  that stops the user; the ad can still be saved, e.g. to keep it for a later round).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel

from ...i18n import format_date
from ...model import Language, Stage
from ...reading.ad_language import guess_language
from ..colours import set_style


class AdChecks:
    """Keeps the dialog's language and deadline warning in step with the ad."""

    def __init__(self, dialog: Any) -> None:
        """``dialog``: the application dialog (``ad_fill.AdDialog``; not imported: no circle)."""
        self.dialog = dialog
        self.language_picked = dialog.original is not None  # a saved record keeps its own
        self.language_guessed: Language | None = None
        combo: Any = getattr(dialog, "language_combo", None)
        self.combo = combo
        if combo is not None:
            combo.activated.connect(self._picked)
        self._forms: dict[QLabel, QFormLayout] = {}
        self.language_note = QLabel()
        self.language_note.setObjectName("languageFromAd")
        self.language_note.setWordWrap(True)
        set_style(self.language_note, "color: $muted_text;")
        self.language_note.hide()
        self.deadline_passed = QLabel()
        self.deadline_passed.setObjectName("deadlinePassed")
        self.deadline_passed.setWordWrap(True)
        set_style(self.deadline_passed, "color: $warning_text;")
        self.deadline_passed.hide()
        self._insert_under(combo, self.language_note)
        self._insert_under(getattr(dialog, "deadline_warning", None), self.deadline_passed)
        self._show(self.language_note, False)
        dialog.deadline_edit.changed.connect(self.check_deadline)
        stage: Any = getattr(dialog, "stage_combo", None)
        if stage is not None:
            stage.currentIndexChanged.connect(lambda _=0: self.check_deadline())
        timer: Any = getattr(dialog, "_timer", None)
        if timer is not None:  # after the ad reader, which the same timer runs
            timer.timeout.connect(self.check_language)
        self.check_deadline()

    def _insert_under(self, widget: Any, label: QLabel) -> None:
        form = widget.parentWidget().layout() if widget is not None else None
        if isinstance(form, QFormLayout):
            position: Any = form.getWidgetPosition(widget)  # (row, role); typed as object
            row = int(position[0])
            if row >= 0:
                form.insertRow(row + 1, "", label)
                self._forms[label] = form
                return
        label.setParent(widget.parentWidget() if widget is not None else None)

    def _show(self, label: QLabel, visible: bool) -> None:
        """Show or hide the line, and its form row with it (a hidden row takes no room)."""
        form = self._forms.get(label)
        if form is not None:
            form.setRowVisible(label, visible)
        label.setVisible(visible)

    def _picked(self, _index: int = 0) -> None:
        self.language_picked = True
        self._show(self.language_note, False)

    def check_language(self) -> None:
        """Set the language the ad is written in, unless the user chose one."""
        if self.combo is None or self.language_picked:
            return
        guess = guess_language(self.dialog.ad_text.toPlainText())
        if guess is None:
            if self.language_guessed is not None:  # the text that told is gone
                self.combo.set_value(Language.SV)
                self.language_guessed = None
                self._show(self.language_note, False)
            return
        self.combo.set_value(guess)
        self.language_guessed = guess
        self.language_note.setText(
            QCoreApplication.translate(
                "AdChecks", "The ad is in English: your mails to them will be too."
            )
        )
        self._show(self.language_note, guess is Language.EN)

    def check_deadline(self) -> None:
        """Warn (in a line, not a box) about saving an ad whose deadline has passed."""
        dialog = self.dialog
        deadline = dialog.deadline_edit.value()
        today: dt.date = getattr(dialog, "_today", None) or dt.date.today()
        stage: Any = getattr(dialog, "stage_combo", None)
        saved_ad = stage is not None and stage.value() == Stage.SAVED.value
        passed = saved_ad and deadline is not None and deadline < today
        if passed and deadline is not None:
            self.deadline_passed.setText(
                QCoreApplication.translate(
                    "AdChecks",
                    "⚠ The deadline, %1, has passed: it may be too late to apply. "
                    "Check the date; you can still save the ad.",
                ).replace("%1", format_date(deadline, dialog.lang))
            )
        self._show(self.deadline_passed, passed)
