"""“Ändrad på två datorer”: an application in the version kept and the one that lost,
side by side; the user takes the other one (undoable) or keeps this one."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang
from ...model import Application
from ...rules.reasons import channel_name, stage_name
from ...store.clashes import KeptVersion
from ..state.commands import AddApplication, ReplaceApplication
from ..state.session import Session


class SyncKeeper(Protocol):
    """What the view needs of ``controllers.conflict_copies.SyncKeeper``."""

    kept: list[KeptVersion]

    @property
    def session(self) -> Session: ...

    def resolve(self, version: KeptVersion) -> None: ...


def _rows(app: Application | None, lang: Lang) -> dict[str, str]:
    """What the user recognises of a version, field by field, in the user's words."""
    if app is None:
        return {}
    return {
        "job_title": app.job_title,
        "company": app.company,
        "stage": stage_name(app.stage, lang).capitalize(),
        "applied_on": app.applied_on.isoformat() if app.applied_on else "",
        "deadline": app.deadline.isoformat() if app.deadline else "",
        "contact": " ".join(filter(None, (app.contact.name, app.contact.email, app.contact.phone))),
        "interviews": "\n".join(i.at.isoformat() for i in app.interviews),
        "contacts": "\n".join(
            f"{c.at.isoformat()} {channel_name(c.channel, lang)} {c.note}" for c in app.contacts
        ),
        "town": app.town,
        "notes": app.notes,
        "ad_url": app.ad_url,
        "attachments": "\n".join(a.file for a in app.attachments),
        "updated_at": app.updated_at.strftime("%Y-%m-%d %H:%M") if app.updated_at else "",
    }


class ClashView(QDialog):
    """The kept versions of :class:`SyncKeeper`, one at a time, both versions side by side."""

    def __init__(
        self, keeper: SyncKeeper, parent: QWidget | None = None, *, lang: Lang = "sv"
    ) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.lang: Lang = lang
        self.setWindowTitle(self.tr("Changed on two computers"))
        self.labels = {
            "job_title": self.tr("Job"), "company": self.tr("Company"),
            "stage": self.tr("Stage"), "applied_on": self.tr("Applied"),
            "deadline": self.tr("Deadline"), "contact": self.tr("Contact person"),
            "interviews": self.tr("Interviews"), "contacts": self.tr("Contacts"),
            "town": self.tr("Town"), "notes": self.tr("Notes"), "ad_url": self.tr("Ad"),
            "attachments": self.tr("Attachments"), "updated_at": self.tr("Changed"),
        }  # fmt: skip
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These applications were changed on two computers before they had synced. "
                "The newer version is in your list; the other one is kept here. Take the "
                "other one if it is the right one (Undo takes it back)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumWidth(240)
        self.list.currentRowChanged.connect(self._show)
        row.addWidget(self.list)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            ["", self.tr("In your list"), self.tr("The other version")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        row.addWidget(self.table, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.take_button = QPushButton(self.tr("&Take the other version"))
        self.take_button.setShortcut(QKeySequence("Ctrl+T"))
        self.keep_button = QPushButton(self.tr("&Keep the one in the list"))
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.take_button.clicked.connect(self.take_other)
        self.keep_button.clicked.connect(self.keep_this)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self._fill()

    def _title(self, version: KeptVersion) -> str:
        app = version.kept or version.other
        assert app is not None
        return f"{app.job_title} – {app.company}"

    def _fill(self) -> None:
        self.list.clear()
        for version in self.keeper.kept:
            self.list.addItem(self._title(version))
        self.list.setCurrentRow(0 if self.keeper.kept else -1)
        has = bool(self.keeper.kept)
        self.take_button.setEnabled(has)
        self.keep_button.setEnabled(has)
        if not has:
            self.table.setRowCount(0)

    @property
    def current(self) -> KeptVersion | None:
        row = self.list.currentRow()
        return self.keeper.kept[row] if 0 <= row < len(self.keeper.kept) else None

    def _show(self, _row: int) -> None:
        version = self.current
        if version is None:
            return
        kept, other = _rows(version.kept, self.lang), _rows(version.other, self.lang)
        deleted = self.tr("(deleted)")
        self.table.setRowCount(len(self.labels))
        bold = QFont(self.font())
        bold.setBold(True)
        for index, (key, label) in enumerate(self.labels.items()):
            cells = [
                label,
                kept.get(key, "") if version.kept else deleted,
                other.get(key, "") if version.other else deleted,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if kept.get(key) != other.get(key):
                    item.setFont(bold)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()

    def take_other(self) -> None:
        """The other version in place of the one in the list, as one undoable step."""
        version = self.current
        if version is None or version.other is None:
            return
        session = self.keeper.session
        other = version.other
        try:
            session.index_of(other.id)
        except KeyError:
            pushed = session.push(AddApplication(session, other))
        else:
            pushed = session.push(
                ReplaceApplication(session, other, self.tr("Take the other version"))
            )
        if pushed:
            self.keeper.resolve(version)
            self._fill()

    def keep_this(self) -> None:
        version = self.current
        if version is not None:
            self.keeper.resolve(version)
            self._fill()
