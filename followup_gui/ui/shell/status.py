"""What the window says about its store: the banner above the pages, the due count and
the save state in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

if TYPE_CHECKING:  # QStyle and QPainter build some 20 enums: not before the first paint
    from PySide6.QtGui import QPaintEvent, QResizeEvent

from ..list.model import ApplicationsModel
from ..plain_text import escape
from ..state.session import Session

BANNER_STYLE = (
    "#banner { background: $banner_bg; color: $banner_text; padding: 8px 12px;"
    " border-bottom: 1px solid $banner_border; }"
)
"""In the colours of :mod:`..colours` (loaded when a banner first shows, not at start)."""


class ElidingStatusBar(QStatusBar):
    """A status bar whose passing message ends in "…" where the report link begins,
    with the whole message in the tooltip (Qt's own cuts it mid-letter, 23)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self._update_tooltip)

    def message_rect(self) -> QRect:
        """Where the message may go: up to the first permanent widget shown (or the grip)."""
        right = self.width() - 12
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible() and child.x() > 6 and child.objectName() in PERMANENT_NAMES:
                right = min(right, child.x() - 4)
        return QRect(6, 0, max(0, right - 6), self.height())

    def shown_message(self) -> str:
        """The message as it is drawn, "…" at its end where it is cut."""
        message = self.currentMessage()
        width = self.message_rect().width()
        return self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, width)

    def _update_tooltip(self, *_: object) -> None:
        message = self.currentMessage()
        self.setToolTip(message if message and self.shown_message() != message else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle, QStyleOption

        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            self.message_rect(), int(flags | Qt.TextFlag.TextSingleLine), self.shown_message()
        )
        painter.end()


PERMANENT_NAMES = frozenset({"reportReminder", "saveStatus"})
"""The status bar's permanent labels, which a passing message must not run under."""


class SessionStatus(QObject):
    """The banner and the two status-bar labels, kept true to the session on screen."""

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_bar = status_bar
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it quotes file errors
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.due_label = QLabel()
        self.save_label = QLabel()
        self.save_label.setObjectName("saveStatus")
        self.report_label = QLabel()
        self.report_label.setObjectName("reportReminder")
        self.report_label.setTextFormat(Qt.TextFormat.RichText)
        self.report_label.hide()
        status_bar.addWidget(self.due_label, 1)
        status_bar.addPermanentWidget(self.report_label)
        status_bar.addPermanentWidget(self.save_label)

    def tell_merged(self, _taken: int, kept: int) -> None:
        """Another program's changes were taken in beside the user's (13.A)."""
        text = self.tr("Changes another program made to the file were taken in beside yours.")
        if kept:
            text += " " + self.tr(
                "%n application(s) that the file no longer had were kept; "
                "delete them again if that was meant.",
                "",
                kept,
            )
        self.status_bar.showMessage(text, 15_000)

    def update_banner(self, session: Session) -> None:
        if session.conflict:
            text = self.tr(
                "The file was changed by another program. Your changes are kept and "
                "saving is paused until you choose which version to keep."
            )
        elif session.path is None:
            text = self.tr(
                "You are looking at example data with invented applications. Changes "
                "are not saved. Close it in the File menu."
            )
        elif session.marked_read_only:
            text = self.tr("This file is open read-only: %1").replace(
                "%1", session.read_only_reason or self.tr("it was made by a newer version.")
            )
        elif session.last_error:
            text = self.tr(
                "Your changes could not be saved: %1 – they are kept in memory "
                "and saving is retried."
            ).replace("%1", session.last_error)
        else:
            self.banner.hide()
            return
        from ..colours import set_style

        set_style(self.banner, BANNER_STYLE)
        self.banner.setText(text)
        self.banner.show()

    def update_due(self, model: ApplicationsModel) -> None:
        due = model.due_count()
        total = len(model)
        if not total:
            text = ""
        elif due == 0:
            text = self.tr("Nothing to do today – %n application(s)", "", total)
        else:
            text = self.tr("%n follow-up(s) to do today", "", due)
        self.due_label.setText(text)

    def update_report(self, text: str) -> None:
        """The activity report's reminder ("Rapportera oktober senast …"), a link to the
        report page; hidden when no report is owed."""
        self.report_label.setVisible(bool(text))
        if not text:
            self.report_label.setText("")
            return
        self.report_label.setText(f"<a href='report'>{escape(text)}</a>")

    def update_save_label(self, session: Session) -> None:
        if session.path is None:
            text = self.tr("Not saved (example data)")
        elif session.marked_read_only:
            text = self.tr("Read-only")
        elif session.conflict:
            text = self.tr("Not saved – changed elsewhere")
        elif session.last_error:
            text = self.tr("Not saved – retrying")
        elif session.dirty:
            text = self.tr("Saving…")
        elif session.disk is None:
            text = ""  # nothing entered yet, so no file yet: nothing to report
        else:
            text = self.tr("All changes saved")
        self.save_label.setText(text)
        self.update_banner(session)
