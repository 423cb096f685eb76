"""“Close it and move on”: one click for an application that has gone silent.

After the one follow-up and three working weeks without an answer, the advice carries
``silence_consider_closing`` (RULES.md rows 5 and 7). This button, shown in the verdict
panel only then, closes the application as rejected or withdrawn in one undoable step
and lets the window move on to what needs doing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ...model import Stage
from ...rules.advice import Verdict

SILENCE_RULE = "silence_consider_closing"


class CloseAndMoveOnButton(QToolButton):
    """A button with a menu: closed as rejected (no answer is an answer) or withdrawn."""

    close_requested = Signal(str)  # the stage to close with

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeAndMoveOn")
        self.setText(self.tr("Close it and move on"))
        self._after_follow_up = self.tr(
            "No answer for three working weeks after your follow-up: close the "
            "application and put your energy into the next one (undo with Ctrl+Z)."
        )
        self.setToolTip(self._after_follow_up)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self)
        self.rejected_action = menu.addAction(self.tr("Close as rejected (no answer)"))
        self.rejected_action.triggered.connect(
            lambda: self.close_requested.emit(Stage.REJECTED.value)
        )
        self.withdrawn_action = menu.addAction(self.tr("Close as withdrawn"))
        self.withdrawn_action.triggered.connect(
            lambda: self.close_requested.emit(Stage.WITHDRAWN.value)
        )
        self.setMenu(menu)
        self.clicked.connect(lambda: self.close_requested.emit(Stage.REJECTED.value))
        self.hide()

    def show_for(self, verdict: Verdict | None, *, editable: bool) -> None:
        """Shown only when the advice suggests closing and the file can be changed."""
        self.setVisible(editable and verdict is not None and verdict.has(SILENCE_RULE))
        if verdict is not None and verdict.has("window_long_passed"):
            self.setToolTip(
                self.tr(
                    "The time to follow up ended long ago: close the application and put "
                    "your energy into the next one (undo with Ctrl+Z)."
                )
            )
        else:
            self.setToolTip(self._after_follow_up)
