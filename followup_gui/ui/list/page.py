"""The applications page: search and stage filter, the table, the verdict panel.

A first start shows only the welcome (:class:`EmptyState`); the list side is made when
there is something to list, and the verdict panel when there is a first one to show.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...i18n import Lang
from ...store import list_cache
from .. import screen_fit
from ..state.clock import Clock
from ..state.session import Session
from .columns import Column, columns_with_years
from .empty_state import EmptyState
from .model import ApplicationsModel
from .proxy import ApplicationsProxy, StageFilter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QSplitter, QTableView

    from .verdict_panel import VerdictPanel

PANEL_AFTER_TYPING_MS = 120  # the list filters at once; the side panel at a pause in typing


class ApplicationsPage(QWidget):
    """The list of applications and the selected one's verdict."""

    selection_changed = Signal()
    """The selection (or what can be done with it) changed: the window's actions follow."""
    activated = Signal()
    """A double click or Enter on a row: edit it."""

    def __init__(
        self,
        session: Session,
        *,
        clock: Clock,
        lang: Lang,
        settings: QSettings,
        preview: list_cache.ListCache | None = None,
        table_actions: Sequence[QAction] = (),
        menu_actions: Sequence[QAction | None] = (),
        connect_panel: Callable[[VerdictPanel], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.lang = lang
        self.settings = settings
        self._table_actions = list(table_actions)
        self._menu_actions = list(menu_actions)  # the list's context menu (None: a separator)
        self._connect_panel = connect_panel
        self._read_only = session.marked_read_only
        self._filtering = False
        self._panel_timer = QTimer(self, singleShot=True, interval=PANEL_AFTER_TYPING_MS)
        self._panel_timer.timeout.connect(self.show_current)
        self.session = session
        self.model = ApplicationsModel(
            session, clock, lang, self, preview=preview, sort=self._stored_sort()
        )
        self.proxy = ApplicationsProxy(self)
        self.proxy.setSourceModel(self.model)

        self._table: QTableView | None = None
        self._panel: VerdictPanel | None = None
        self.empty_state = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # ------------------------------------------------------------------ building

    def _build_list(self) -> None:
        """The search, the table and the slot for the verdict panel, in the stack."""
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QComboBox,
            QHeaderView,
            QLineEdit,
            QSplitter,
            QTableView,
        )

        self._filter_edit = QLineEdit()
        self._filter_edit.setPlaceholderText(
            self.tr("Search title, employer, contact, notes (Ctrl+F)")
        )
        self._filter_edit.setClearButtonEnabled(True)
        self._filter_edit.setAccessibleName(self.tr("Search the applications"))
        self._filter_edit.textChanged.connect(self._on_filter_text)
        self._stage_filter = QComboBox()
        self._stage_filter.setAccessibleName(self.tr("Show"))
        self._stage_filter.addItem(self.tr("All applications"), StageFilter.ALL.value)
        self._stage_filter.addItem(self.tr("Open"), StageFilter.OPEN.value)
        self._stage_filter.addItem(self.tr("To do now"), StageFilter.DUE.value)
        self._stage_filter.addItem(self.tr("Closed"), StageFilter.CLOSED.value)
        self._stage_filter.currentIndexChanged.connect(self._on_stage_filter)
        clear_search = QAction(self._filter_edit)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self._filter_edit.clear)  # Esc clears the search
        self._filter_edit.addAction(clear_search)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self._filter_edit, 1)
        filters.addWidget(self._stage_filter)

        table = self._table = QTableView()
        table.setAccessibleName(self.tr("Your applications"))
        table.setAccessibleDescription(
            self.tr("One row per application. Enter edits it; Tab moves on to its advice.")
        )
        table.setModel(self.proxy)
        # the model is sorted as the user left it (most urgent first the first time); the
        # indicator says so before sorting is switched on, so nothing is sorted again
        table.horizontalHeader().setSortIndicator(self.model.sort_column, self.model.sort_order)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)  # Tab leaves the list for the panel (18.4)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        one_line = self.fontMetrics().height() + 10
        table.verticalHeader().setDefaultSectionSize(one_line)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Title and employer share what is left and elide, so on a small screen the list
        # gives way to the panel; the short columns keep the width their words need.
        for column in (Column.TITLE, Column.COMPANY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        widths: dict[int, int] = {
            Column.APPLIED: 62,
            Column.NEXT_STEP: self._next_step_width(),
            Column.WHEN: self._when_width(),
            Column.CHANNEL: 70,
        }
        for index, width in widths.items():
            table.setColumnWidth(index, width)
        from .narrow_columns import NarrowColumns
        from .two_line import TwoLineTitles

        # two readable titles' worth ("Backend-utveckl…") before channel and date give way;
        # then title and employer share a column when each would show under 21 letters
        two_titles = 2 * self.fontMetrics().horizontalAdvance("Backend-utveckl")
        line_room = self.fontMetrics().horizontalAdvance("Kundtjänstmedarbetare")
        give_way = (Column.CHANNEL, Column.APPLIED)
        self.two_line = TwoLineTitles(table, self.model, one_line)
        year_widths: dict[int, int] = {
            Column.APPLIED: self._applied_width(),
            Column.WHEN: self._when_width(2027),
        }
        self.narrow_columns = NarrowColumns(
            table, widths, give_way, two_titles, two_line=self.two_line, line_room=line_room,
            year_widths=year_widths,
            years=lambda: columns_with_years(self.model.rows(), self.model.now.year),
            model=self.model,
        )  # fmt: skip
        table.doubleClicked.connect(lambda _: self.activated.emit())
        table.activated.connect(lambda _: self.activated.emit())
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for action in self._table_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

        self._no_match = QLabel(self.tr("No application matches the search."))
        self._no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._no_match.hide()

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(8, 8, 0, 8)
        list_layout.addLayout(filters)
        list_layout.addWidget(self._build_only_bar())
        list_layout.addWidget(table, 1)
        list_layout.addWidget(self._no_match)

        # the verdict panel is made when there is a first application to show
        self._panel_slot = QWidget()

        splitter = self._splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(list_side)
        splitter.addWidget(self._panel_slot)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # three parts list, two parts panel of what the screen gives (not of 1280 px)
        room = screen_fit.available_size(self)
        total = min(1280, room.width()) if room is not None else 1280
        splitter.setSizes([total * 3 // 5, total * 2 // 5])
        splitter.setChildrenCollapsible(False)

        self.stack.addWidget(splitter)
        stored = self.settings.value("window/splitter")
        if isinstance(stored, QByteArray):
            splitter.restoreState(stored)

    def _context_menu(self, position: QPoint) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self._menu_actions:
            menu.addAction(action) if action is not None else menu.addSeparator()
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _next_step_width(self) -> int:
        """Room for the longest next step ("Annat erbjudande") beside its icon."""
        from ...rules.reasons import action_name

        metrics = self.fontMetrics()
        words = max(
            metrics.horizontalAdvance(action_name(action, self.lang))
            for action in (
                "apply", "wait", "follow_up", "thank_you", "other_offer",
                "interview_scheduled", "await_reply", "closed",
            )
        )  # fmt: skip
        from PySide6.QtWidgets import QStyle

        style = self.style()
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        return words + icon + 6 * margin + 8

    def _when_width(self, year: int | None = None) -> int:
        """Room for the longest "when": a two-date window or a last day behind (with
        ``year``: in another year, "28 dec – 4 jan 2027", "Gick ut 20 okt 2025")."""
        from ...i18n import format_short_date
        from ...rules.reasons import last_day_behind

        metrics = self.fontMetrics()
        days = (
            format_short_date(dt.date(2026, m, 28), self.lang, ref_year=2026) for m in range(1, 13)
        )
        day = max(days, key=metrics.horizontalAdvance)  # the widest month's words
        last = day if year is None else f"{day} {year}"
        samples = [f"{day} – {last}"]
        samples += [
            (last_day_behind(action, self.lang) or "").format(day=last)
            for action in ("follow_up", "apply")
        ]
        return max(metrics.horizontalAdvance(text) for text in samples) + 16

    def _applied_width(self) -> int:
        """Room for a date applied in another year ("28 sep 2025"), uncut (23)."""
        from ...i18n import format_short_date

        metrics = self.fontMetrics()
        return 16 + max(
            metrics.horizontalAdvance(format_short_date(dt.date(2025, m, 28), self.lang))
            for m in range(1, 13)
        )

    def _build_only_bar(self) -> QWidget:
        """The note that the list shows only what an overview chart picked, and the way back."""
        from PySide6.QtWidgets import QPushButton

        bar = self._only_bar = QWidget()
        bar.setObjectName("onlyBar")
        self._only_label = QLabel()
        self._only_label.setWordWrap(True)
        self._only_clear = QPushButton(self.tr("Show all"))
        self._only_clear.clicked.connect(self.clear_only)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._only_label, 1)
        row.addWidget(self._only_clear)
        bar.hide()
        return bar

    def show_only(self, ids: Sequence[str], words: str) -> None:
        """The filter seam for the overview: list only ``ids``, saying which they are."""
        self._ensure_list()
        self.proxy.set_only(ids)
        self._only_label.setText(
            self.tr("Showing %1 of %2: %3").replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(len(self.model))).replace("%3", words)
        )  # fmt: skip
        self._only_bar.show()
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._after_filter()

    def clear_only(self) -> None:
        if self.proxy.only is None:
            return
        self.proxy.set_only(None)
        if self._table is not None:
            self._only_bar.hide()
            self._after_filter()

    def _ensure_list(self) -> None:
        if self._table is None:
            self._build_list()

    @property
    def built(self) -> bool:
        """True once the list side exists (a first start may never need it)."""
        return self._table is not None

    @property
    def table(self) -> QTableView:
        self._ensure_list()
        assert self._table is not None
        return self._table

    @property
    def filter_edit(self) -> QLineEdit:
        self._ensure_list()
        return self._filter_edit

    @property
    def stage_filter(self) -> QComboBox:
        self._ensure_list()
        return self._stage_filter

    @property
    def no_match(self) -> QLabel:
        self._ensure_list()
        return self._no_match

    @property
    def splitter(self) -> QSplitter:
        self._ensure_list()
        return self._splitter

    @property
    def panel(self) -> VerdictPanel:
        """The verdict panel, made on first use."""
        if self._panel is None:
            from .verdict_panel import VerdictPanel

            panel = VerdictPanel()
            if self._connect_panel is not None:
                self._connect_panel(panel)
            panel.set_read_only(self._read_only)
            self.splitter.replaceWidget(1, panel)
            self._panel_slot.deleteLater()
            self._panel = panel
        return self._panel

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self._panel is not None:
            self._panel.set_read_only(read_only)

    def set_session(self, session: Session) -> None:
        """List another store (the example data, or back to the user's own)."""
        self.session = session
        self.clear_only()  # the ids an overview chart picked were of the other store
        old_model = self.model
        self.model = ApplicationsModel(session, self.clock, self.lang, self)
        self.proxy.setSourceModel(self.model)
        if self._table is not None:
            self.two_line.model = self.model
            from .two_line import set_two_line

            set_two_line(self.model, self.two_line.on)
        old_model.deleteLater()

    # ------------------------------------------------------------------ current row

    def current_row(self) -> int | None:
        """The document index of the selected application (None when none is)."""
        if self._table is None:
            return None
        index = self._table.currentIndex()
        if not index.isValid():
            return None
        return self.model.doc_index(self.proxy.mapToSource(index).row())

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.show_current()

    def select_application(self, app_id: str) -> None:
        from PySide6.QtCore import QItemSelectionModel

        try:
            row = self.model.row_of(app_id)
        except KeyError:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def show_current(self) -> None:
        row = self.current_row()
        model = self.model
        if row is None or row >= len(model) or not model.has_application(row):
            if self._panel is not None:
                self._panel.show_application(None, None, model.now, self.lang)
        else:
            self.panel.show_application(
                model.application(row), model.verdict(row), model.now, self.lang
            )
        self.selection_changed.emit()

    def after_change(self) -> None:
        """The store changed: the page shown, and the selection, follow."""
        self.update_stack()
        if self.current_row() is None:
            self.select_first()
        else:
            self.show_current()

    def update_stack(self) -> None:
        empty = not len(self.model)
        self.stack.setCurrentWidget(self.empty_state if empty else self.splitter)

    # ------------------------------------------------------------------ filtering

    def _on_filter_text(self, text: str) -> None:
        self._filtering = True
        try:
            self.proxy.set_text(text)
            self._after_filter()
        finally:
            self._filtering = False

    def _on_current_changed(self, *_: object) -> None:
        if self._filtering:
            self._panel_timer.start()  # while typing a search, the panel follows at a pause
        else:
            self.show_current()

    def _after_filter(self) -> None:
        matches = self.proxy.rowCount()
        searching = (
            bool(self.filter_edit.text().strip())
            or self.stage_filter.currentIndex() > 0
            or self.proxy.only is not None
        )
        self.no_match.setVisible(searching and matches == 0)
        if self.current_row() is None and matches:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        if self._filtering:
            self.selection_changed.emit()
            self._panel_timer.start()
        else:
            self.show_current()

    def _on_stage_filter(self, index: int) -> None:
        self.proxy.set_stage_filter(StageFilter(self.stage_filter.itemData(index)))
        self._after_filter()

    # ------------------------------------------------------------------ settings

    def _stored_sort(self) -> tuple[int, Qt.SortOrder] | None:
        """The list's sort as the user left it (the model starts sorted so)."""
        column = self.settings.value("list/sort_column")
        order = self.settings.value("list/sort_order")
        if column is None or order is None:
            return None
        with contextlib.suppress(TypeError, ValueError):
            return int(column), Qt.SortOrder(int(order))
        return None

    def save_settings(self) -> None:
        if self._table is not None:  # else what was saved last time stays
            self.settings.setValue("window/splitter", self.splitter.saveState())
            header = self._table.horizontalHeader()
            self.settings.setValue("list/sort_column", header.sortIndicatorSection())
            self.settings.setValue("list/sort_order", header.sortIndicatorOrder().value)
