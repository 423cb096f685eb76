"""The application dialog's rows for where the job is and how it was sought (format v2):
the town (the ad reader fills it where the ad says), where the ad was found, and how."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit

from ...model import How, Source
from ..list.seeking_words import how_choices, source_choices
from .widgets import EnumCombo


class SeekingFields(QObject):
    """Town, source and how, as rows of the dialog's own form (so their fields line up
    with the rows above); ``town_edited`` when the user types a town."""

    town_edited = Signal()

    def __init__(self, form: QFormLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.town_edit = QLineEdit()
        self.town_edit.setPlaceholderText(self.tr("e.g. Umeå"))
        self.town_edit.setMaxLength(200)
        self.town_edit.textEdited.connect(self.town_edited)
        self.source_combo = EnumCombo(source_choices())
        self.how_combo = EnumCombo(how_choices())
        self.how_combo.setToolTip(self.tr("As Arbetsförmedlingen's activity report asks for it"))
        form.addRow(self.tr("Town:"), self.town_edit)
        form.addRow(self.tr("Found via:"), self.source_combo)
        form.addRow(self.tr("Sought:"), self.how_combo)

    def set_values(self, town: str, source: Source, how: How) -> None:
        self.town_edit.setText(town)
        self.source_combo.set_value(source)
        self.how_combo.set_value(how)

    def town(self) -> str:
        return self.town_edit.text().strip()

    def source(self) -> Source:
        return Source(self.source_combo.value())

    def how(self) -> How:
        return How(self.how_combo.value())
