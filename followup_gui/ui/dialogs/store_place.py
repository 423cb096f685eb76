"""Settings' "Where your applications are kept": the store's path, Move… and Move back.

The move itself is ``controllers.store_move.StoreMover``'s; it happens when the button is
clicked (a move is not something Settings' Cancel could take back), and the box then
shows the new place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...store import paths


class Mover(Protocol):
    """What the box needs of ``StoreMover``."""

    def why_not(self) -> str | None: ...

    def choose_and_move(self, parent: QWidget | None) -> bool: ...

    def move_back(self, parent: QWidget | None) -> bool: ...

    def current(self) -> Path | None: ...


class StorePlaceBox(QGroupBox):
    """The path, and the buttons that move the store (see the module doc)."""

    def __init__(self, mover: Mover, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where your applications are kept"))
        self.mover = mover
        layout = QVBoxLayout(self)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.path_label)
        row = QHBoxLayout()
        self.move_button = QPushButton(self.tr("&Move…"))
        self.move_button.setToolTip(
            self.tr("Keep your applications and their attached files in another folder")
        )
        self.back_button = QPushButton(self.tr("Move &back"))
        self.back_button.setToolTip(self.tr("Back to followup-gui's own folder on this computer"))
        row.addWidget(self.move_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hint = self.tr(
            "Choose a folder that OneDrive, Dropbox or another sync service copies to your "
            "other computers, and open the same folder there. The attached files move too."
        )
        self.note = QLabel(self.hint)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.move_button.clicked.connect(self._move)
        self.back_button.clicked.connect(self._move_back)
        self.update_state()

    def update_state(self) -> None:
        path = self.mover.current()
        self.path_label.setText(str(path) if path is not None else "")
        self.path_label.setAccessibleName(
            self.tr("Where your applications are kept: %1").replace("%1", str(path or ""))
        )
        why = self.mover.why_not()
        self.move_button.setEnabled(why is None)
        self.note.setText(why or self.hint)
        at_home = path is None or path.parent == paths.home_path().parent
        self.back_button.setVisible(not at_home)
        self.back_button.setEnabled(why is None)

    def _move(self) -> None:
        self.mover.choose_and_move(self.window())
        self.update_state()

    def _move_back(self) -> None:
        self.mover.move_back(self.window())
        self.update_state()
