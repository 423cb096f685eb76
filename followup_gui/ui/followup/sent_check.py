"""Asking "Did you send the mail?" at the right moment (issue 18.2).

Asked the instant the mail program was told to open, the question came before the mail
was even on screen. Now, after "Open in email program", a bar under the text offers to
log the mail, and the question comes when the user comes back to this app from the mail
program. After "Copy" it comes when the dialog is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from .. import plain_text


class SentBar(QWidget):
    """ "Sent it? [Yes, log it] [Not sent]" under the mail, while a mail may be out."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentBar")
        self.label = QLabel(self.tr("Have you sent the mail from your email program?"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.yes_button = QPushButton(self.tr("Yes, log it"))
        self.no_button = QPushButton(self.tr("Not sent"))
        for button in (self.yes_button, self.no_button):
            button.setAutoDefault(False)
        self.yes_button.clicked.connect(lambda: self.answered.emit(True))
        self.no_button.clicked.connect(lambda: self.answered.emit(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.yes_button)
        layout.addWidget(self.no_button)
        self.hide()


class SentCheck(QObject):
    """Remembers that a mail went out of the app, and asks about it once, when it is time."""

    sent = Signal()

    def __init__(self, bar: SentBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.bar = bar
        self.dialog_parent = parent
        self.pending = ""  # "", "opened" or "copied"
        self._left_app = False
        bar.answered.connect(self._answer)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    def opened(self) -> None:
        """The mail program was asked to open the mail: ask when the user is back."""
        self._start("opened")

    def copied(self) -> None:
        """The mail is on the clipboard: ask when the dialog is closed (see ``ask_now``)."""
        self._start("copied")

    def _start(self, how: str) -> None:
        self.pending = how
        self._left_app = False
        self.bar.show()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if not self.pending:
            return
        if state != Qt.ApplicationState.ApplicationActive:
            self._left_app = True
        elif self._left_app and self.pending == "opened":
            self._left_app = False
            self.ask_now()

    def ask_now(self) -> bool:
        """Ask whether the mail was sent; True when it was (and ``sent`` was emitted)."""
        if not self.pending:
            return False
        buttons = QMessageBox.StandardButton
        answer = plain_text.question(
            self.dialog_parent,
            self.tr("Did you send the mail?"),
            self.tr(
                "Answer Yes once you have sent the mail: the follow-up is then logged. "
                "Answer No if you have not sent it – nothing is logged."
            ),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        sent = answer == buttons.Yes
        self._answer(sent)
        return sent

    def _answer(self, sent: bool) -> None:
        self.pending = ""
        self.bar.hide()
        if sent:
            self.sent.emit()
