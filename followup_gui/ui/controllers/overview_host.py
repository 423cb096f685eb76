"""The overview page in the window: made when first shown, fed from the store on screen.

A chart's bar shows its applications in the list (the list page's filter seam); the month's
link opens the activity report through the window's report action.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..shell.pages import LazyPage, PageStack

if TYPE_CHECKING:
    from ...reports.stats import Stats
    from ..list.page import ApplicationsPage
    from ..overview.page import OverviewPage
    from ..shell.ports import Workspace

PAGE_KEY = "overview"


class OverviewHost(QObject):
    """Adds the overview to ``pages`` (after the list: Ctrl+2) and keeps it current."""

    def __init__(
        self,
        workspace: Workspace,
        pages: PageStack,
        applications: ApplicationsPage,
        report_action: QAction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pages = pages
        self.applications = applications
        self.report_action = report_action
        self.page: OverviewPage | None = None
        self.action = pages.add_page(PAGE_KEY, self.tr("Overview"), LazyPage(self._build))

    def _build(self) -> QWidget:
        from ..overview.page import OverviewPage

        page = self.page = OverviewPage(self.figures, self.workspace.lang)
        page.filter_requested.connect(self.show_in_list)
        page.report_requested.connect(self.report_action.trigger)
        return page

    def figures(self) -> Stats:
        """The overview's figures for the store on screen, as of now; the month's progress is
        for the report now due, as the report page has it."""
        from ...reports.report import due_month
        from ...reports.stats import compute

        document, now = self.workspace.session.document, self.workspace.clock.now()
        return compute(document, now, report_month=due_month(now.date(), document))

    def tick(self) -> None:
        """Time passed: the figures count by the day, so a new day recounts them."""
        stats = None if self.page is None else self.page.stats
        if stats is not None and self.workspace.clock.now().date() != stats.now.date():
            self.changed()

    def changed(self, *_: object) -> None:
        """The store, or the day, changed: the page recounts (now if shown, else when shown)."""
        if self.page is not None:
            self.page.mark_stale()

    def show_in_list(self, ids: Sequence[str], words: str) -> None:
        self.applications.show_only(ids, words)
        self.pages.show_page("applications")
