"""Help: a short guide to the app, the keyboard shortcuts, and the guide the advice follows
(issue 18.8). All in our own words; the shortcuts come from the window's action table, so
the list is never out of date."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import screen_fit

GUIDE_TAB, SHORTCUTS_TAB, SOURCE_TAB = 0, 1, 2
SOURCE_TITLE = "Följa upp jobbansökan: När, hur och varför"
"""The Swedish career guide the rules come from (see RULES.md)."""


MARGIN = 14


def _text(text: str) -> QWidget:
    """Plain text with a margin, scrolled when the window is small."""
    from PySide6.QtWidgets import QScrollArea

    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    scroll = QScrollArea()
    scroll.setObjectName("helpText")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no hidden Tab stop (23.2)
    scroll.setWidget(label)
    return scroll


KEY_NAMES_SV = {"Return": "Retur", "Shift": "Skift", "Del": "Delete", "Esc": "Esc"}
"""Key names as a Swedish keyboard and Swedish Windows say them (Qt's own say English)."""


def key_words(sequence: QKeySequence, lang: str) -> str:
    """ "Ctrl+Return" as "Ctrl+Retur" in Swedish; as Qt writes it otherwise."""
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    if lang != "sv":
        return text
    return "+".join(KEY_NAMES_SV.get(part, part) for part in text.split("+"))


def shortcut_rows(actions: Iterable[QAction], lang: str = "en") -> list[tuple[str, str]]:
    """(what, keys) for every action that has a key, in the table's order."""
    rows = []
    for action in actions:
        keys = [key_words(k, lang) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((what.removesuffix("…").strip(), ", ".join(keys)))
    return rows


class HelpDialog(QDialog):
    def __init__(
        self, actions: Iterable[QAction], tab: int = GUIDE_TAB, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._guide(), self.tr("How to use it"))
        self.tabs.addTab(self._shortcuts(actions), self.tr("Keyboard shortcuts"))
        self.tabs.addTab(self._source(), self.tr("The guide behind the advice"))
        self.tabs.setCurrentIndex(tab)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        screen_fit.resize_within(self, 640, 520)

    def _guide(self) -> QWidget:
        return _text(
            self.tr(
                "1. Add each job you apply for with New application (Ctrl+N). Paste the ad: "
                "its deadline, its own timeline, whether it asks you not to call and who to "
                "contact are read from it. Check them and save.\n\n"
                "2. The list shows what to do, the most urgent first. Select a job to see, "
                "on the right, what to do next, from when to when, by email or phone, and why.\n\n"
                "3. When it is time, press Follow up (Ctrl+Return). You get a mail to check "
                "against the checklist, or the four steps of a short call. Nothing is sent "
                "from the app: your own email program sends it.\n\n"
                "4. Log what happens: contacts (Ctrl+L), interviews (Ctrl+I), another offer, "
                "a new stage. The advice follows. When the employer answers, copy their mail "
                "and paste it with Paste a reply (Ctrl+Shift+V): the app reads dates and "
                "interviews from it and shows what it will change.\n\n"
                "Saved ads: found a job you have not applied for yet? Use Save ad "
                "(Ctrl+Shift+N) and the list reminds you of its last day.\n\n"
                "Activity report (Ctrl+3): the jobs you applied for and what you did, month "
                "by month, ready to copy into Arbetsförmedlingen's form; mark the month "
                "reported when you have sent it.\n\n"
                "Overview (Ctrl+2): how many you applied for, how many got an answer and "
                "how many you followed up; click a bar to list those applications.\n\n"
                "Import (File → Import): bring in applications from a spreadsheet (CSV), "
                "LinkedIn or another copy of the app; you see each row before anything is "
                "added.\n\n"
                "Every change is saved within a second and can be undone with Ctrl+Z. Your "
                "data stays on this computer."
            )
        )

    def _shortcuts(self, actions: Iterable[QAction]) -> QWidget:
        from ..store_error_text import ui_lang

        rows = shortcut_rows(actions, ui_lang())
        rows.append((self.tr("Clear the search"), "Esc"))
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcuts")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(what))
            table.setItem(row, 1, QTableWidgetItem(keys))
        return table

    def _source(self) -> QWidget:
        return _text(
            self.tr(
                "The advice follows a Swedish career guide, “%1”. In short, in our words:\n\n"
                "• Wait one to two weeks after the last day to apply before you get in touch, "
                "unless the ad gives its own timeline: then respect it.\n"
                "• Email is nearly always the safe choice; a call can suit a small company "
                "and a social role, or when you have another offer.\n"
                "• One short, friendly, specific follow-up is enough. Never ask about salary "
                "or your chances.\n"
                "• After an interview, thank them within a day, and follow up a day or two "
                "after the date they gave you.\n\n"
                "Each reason in the panel names the part of the guide it comes from."
            ).replace("%1", SOURCE_TITLE)
        )
