"""The user's own details, used to sign mails and in the phone script."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...model import Profile


class ProfileDialog(QDialog):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your profile"))
        self.original = profile
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your name and how to reach you. They sign your mails and fill "
                "in the phone script; they never leave this computer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(profile.name)
        self.email = QLineEdit(profile.email)
        self.phone = QLineEdit(profile.phone)
        self.linkedin = QLineEdit(profile.linkedin)
        self.linkedin.setPlaceholderText("https://www.linkedin.com/in/…")
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Email:"), self.email)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("LinkedIn (optional):"), self.linkedin)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def profile(self) -> Profile:
        return replace(
            self.original,
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            linkedin=self.linkedin.text().strip(),
        )
