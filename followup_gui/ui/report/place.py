"""The report page's place in the window: made when first shown (a start pays nothing
for it), kept on the session on screen, and the reminder the status bar shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ...i18n import Lang
    from ..shell.pages import PageStack
    from ..state.clock import Clock
    from ..state.session import Session
    from .page import ReportPage

PAGE_KEY = "report"


class ReportPlace(QObject):
    """Adds the page (Ctrl+<its place>) and makes the report widget on first show."""

    back_requested = Signal()

    def __init__(
        self,
        pages: PageStack,
        session: Session,
        *,
        clock: Clock,
        lang: Lang,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pages = pages
        self.session = session
        self.clock = clock
        self.lang = lang
        self.page: ReportPage | None = None
        self.holder = QWidget()
        QVBoxLayout(self.holder).setContentsMargins(0, 0, 0, 0)
        pages.add_page(PAGE_KEY, self.tr("Activity report"), self.holder)
        pages.currentChanged.connect(self._on_page_changed)

    def _on_page_changed(self, _index: int) -> None:
        if self.pages.current_key() == PAGE_KEY:
            self.made().refresh()

    def made(self) -> ReportPage:
        """The report page, made now if it was not yet."""
        if self.page is None:
            from .page import ReportPage

            self.page = ReportPage(self.session, clock=self.clock, lang=self.lang)
            self.page.back_requested.connect(self.back_requested)
            layout = self.holder.layout()
            assert layout is not None
            layout.addWidget(self.page)
        return self.page

    def show(self) -> None:
        """Show the page on the month now due."""
        page = self.made()
        page.open_due_month()
        self.pages.show_page(PAGE_KEY)

    def set_session(self, session: Session) -> None:
        self.session = session
        if self.page is not None:
            self.page.set_session(session)

    def refresh(self) -> None:
        """A new minute or day: the page counts again (when it has been made)."""
        if self.page is not None:
            self.page.refresh()


def reminder_text(session: Session, clock: Clock, lang: Lang) -> str:
    """The status bar's note of last month's report while it is owed, else ""."""
    if session.loading or session.path is None:
        return ""
    from ...rules.reminders import report_reminder

    reminder = report_reminder(session.document, clock.now(), lang=lang)
    return reminder.summary if reminder is not None else ""
