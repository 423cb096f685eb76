"""The selected application's attached files in the verdict panel: a list that takes
files dropped on it, and buttons to add, open and remove them. The panel only shows and
asks; :mod:`followup_gui.ui.controllers.attachment_actions` does the work."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import PurePosixPath

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang, format_date
from ...model import Application, AttachmentKind, Source
from ..flow_layout import FlowLayout
from .seeking_words import how_name, source_name

INDEX_ROLE = Qt.ItemDataRole.UserRole + 11


def kind_name(kind: AttachmentKind) -> str:
    words = {
        AttachmentKind.AD: QCoreApplication.translate("AttachmentsBox", "The ad"),
        AttachmentKind.CV: QCoreApplication.translate("AttachmentsBox", "CV"),
        AttachmentKind.LETTER: QCoreApplication.translate("AttachmentsBox", "Letter"),
        AttachmentKind.REPLY: QCoreApplication.translate("AttachmentsBox", "Reply"),
        AttachmentKind.OTHER: QCoreApplication.translate("AttachmentsBox", "Other"),
    }
    return words[kind]


def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]


class FileDropList(QListWidget):
    """A list that accepts files dragged from the desktop or a file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)


class AttachmentsBox(QWidget):
    """Shows one application's attachments; emits what the user asks to do with them."""

    add_requested = Signal()
    files_dropped = Signal(list)
    open_requested = Signal(int)
    remove_requested = Signal(int)
    kind_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = FileDropList()
        self.list.setObjectName("attachments")
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.list.setMaximumHeight(110)
        self.list.setToolTip(self.tr("Drop files here to attach copies of them"))
        self.list.files_dropped.connect(self.files_dropped)
        self.list.itemActivated.connect(self._open_item)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.list)
        buttons = FlowLayout()  # wraps on a narrow panel (large text) instead of widening it
        self.add_button = QPushButton(self.tr("Attach files…"))
        self.add_button.clicked.connect(self.add_requested)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_current)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.lang: Lang = "sv"
        self.show_attachments(None, "sv")

    def show_attachments(self, app: Application | None, lang: Lang) -> None:
        self.lang = lang
        self.list.clear()
        this_year = dt.date.today().year
        for index, attachment in enumerate(app.attachments if app is not None else []):
            name = PurePosixPath(attachment.file).name
            text = f"{name} – {kind_name(attachment.kind)}"
            if attachment.added_on is not None:
                text += f", {format_date(attachment.added_on, lang, ref_year=this_year)}"
            if attachment.note:
                text += f" – {attachment.note}"
            item = QListWidgetItem(text)
            item.setData(INDEX_ROLE, index)
            item.setToolTip(attachment.file)
            self.list.addItem(item)
        if not self.list.count():
            hint = (
                self.tr("No files yet: drop the ad, your letter or a reply here.")
                if app is not None
                else ""
            )
            placeholder = QListWidgetItem(hint)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self.add_button.setEnabled(app is not None)
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        """A read-only store or the example data: files can be opened, not changed."""
        self.list.setAcceptDrops(editable)
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)

    def current_index(self) -> int | None:
        item = self.list.currentItem()
        data = item.data(INDEX_ROLE) if item is not None else None
        return int(data) if data is not None else None

    def _update_buttons(self, *_: object) -> None:
        has = self.current_index() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        data = item.data(INDEX_ROLE) if item is not None else None
        if data is not None:
            self.open_requested.emit(int(data))

    def _remove_current(self) -> None:
        index = self.current_index()
        if index is not None:
            self.remove_requested.emit(index)

    def _menu(self, position: QPoint) -> None:
        index = self.current_index()
        if index is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(index))
        kinds = menu.addMenu(self.tr("This file is"))
        for kind in AttachmentKind:
            kinds.addAction(kind_name(kind), partial(self.kind_requested.emit, index, kind.value))
        if self.remove_button.isVisible():
            menu.addAction(self.tr("Remove"), lambda: self.remove_requested.emit(index))
        menu.exec(self.list.viewport().mapToGlobal(position))


def seeking_rows(app: Application) -> list[tuple[str, str]]:
    """The panel's detail rows for where the job is and how it was sought (format v2)."""
    rows = []
    if app.town:
        rows.append((QCoreApplication.translate("VerdictPanel", "Town"), app.town))
    if app.source is not Source.UNKNOWN:
        rows.append(
            (QCoreApplication.translate("VerdictPanel", "Found via"), source_name(app.source))
        )
    rows.append((QCoreApplication.translate("VerdictPanel", "Sought"), how_name(app.how)))
    return rows
