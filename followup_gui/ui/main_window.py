"""The main window: the applications list on the left, the verdict on the right."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets  # QFileDialog, QMessageBox: looked up when used
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__, list_cache, store
from ..i18n import Lang
from ..model import Application, Channel, Purpose, Stage
from .application_model import (
    ApplicationsModel,
    ApplicationsProxy,
    Column,
    StageFilter,
)
from .clock import Clock
from .commands import AddApplication, DeleteApplication, EditProfile, ReplaceApplication
from .session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QSplitter, QTableView

    from ..backups import Backup
    from .verdict_panel import VerdictPanel

CLOCK_TICK_MS = 30_000
PANEL_AFTER_TYPING_MS = 120  # the list filters at once; the side panel at a pause in typing


class EmptyState(QWidget):
    """What a first start shows instead of an empty table."""

    add_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # large and bold through rich text: a QFont here would cost a first start 1.5 ms
        heading = self.tr("No applications yet").replace("&", "&amp;").replace("<", "&lt;")
        title = QLabel(f"<span style='font-size:x-large; font-weight:bold'>{heading}</span>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Add the jobs you have applied for, and followup-gui tells you when and how "
                "to follow each one up – by the advice of a Swedish career guide."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add your first application…"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_requested)
        self.demo_button = QPushButton(self.tr("Look at example data"))
        self.demo_button.clicked.connect(self.demo_requested)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addWidget(title)
        centred = QHBoxLayout()  # an aligned item would lose its height-for-width: no wrap
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Lists the applications and shows the selected one's verdict."""

    first_painted = Signal()
    hide_on_close: Callable[[], bool] | None = None
    """Set by the reminders' tray icon: True when closing the window only hides it."""
    quitting = False

    def __init__(
        self,
        session: Session,
        *,
        clock: Clock,
        lang: Lang,
        settings: QSettings,
        open_demo: Callable[[], Session | None] | None = None,
        preview: list_cache.ListCache | None = None,
        list_cache_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``preview`` paints the list from its cache while ``session`` is a loading
        stand-in (see :meth:`finish_loading`); ``list_cache_file`` is where the list is
        kept for the next start (None: nowhere)."""
        super().__init__(parent)
        self.clock = clock
        self.lang = lang
        self.settings = settings
        self._open_demo = open_demo
        self.user_session = session
        self.session = session
        self._last_tick = clock.now()
        self._changes_given_up = False
        self._filtering = False
        self._panel_timer = QTimer(self, singleShot=True, interval=PANEL_AFTER_TYPING_MS)
        self._panel_timer.timeout.connect(self.show_current)
        self._painted = False
        self.resize(1280, 800)

        self.list_cache_file = list_cache_file
        self._list_cached = None if preview is None else preview.identity
        self.model = ApplicationsModel(
            session, clock, lang, self, preview=preview, sort=self._stored_sort()
        )
        self.proxy = ApplicationsProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_actions()
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self._connect_session(session)
        self._restore_settings()
        self._update_stack()
        self._update_title()
        self._update_actions()
        self._update_status()
        self.select_first()

        self._tick = QTimer(self, interval=CLOCK_TICK_MS)
        self._tick.timeout.connect(self.on_clock_tick)
        self._tick.start()

    # ------------------------------------------------------------------ building

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New application…"), self.new_application, keys.New)
        self.edit_action = self._action(
            self.tr("&Edit application…"),
            self.edit_application,
            [QKeySequence("Ctrl+E"), QKeySequence("F2")],
        )
        self.delete_action = self._action(
            self.tr("&Delete application"), self.delete_application, keys.Delete
        )
        self.find_action = self._action(self.tr("&Find"), self.focus_filter, keys.Find)
        self.quit_action = self._action(self.tr("&Quit"), self.quit, keys.Quit)
        self.profile_action = self._action(self.tr("Your &profile…"), self.edit_profile)
        self.demo_action = self._action(self.tr("Look at &example data"), self.show_demo)
        self.close_demo_action = self._action(self.tr("&Close example data"), self.close_demo)
        self.export_action = self._action(self.tr("&Export…"), self.export_dialog)
        self.import_action = self._action(self.tr("&Import…"), self.import_dialog)
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.restore_dialog)
        self.calendar_action = self._action(self.tr("Export to ca&lendar…"), self.export_calendar)
        self.report_action = self._action(self.tr("&Monthly activity report…"), self.show_report)
        self.follow_up_action = self._action(
            self.tr("&Follow up…"), self.follow_up, QKeySequence("Ctrl+Return")
        )
        self.log_action = self._action(
            self.tr("&Log contact…"), self.log_contact, QKeySequence("Ctrl+L")
        )
        self.interview_action = self._action(
            self.tr("&Interview…"), self.add_interview, QKeySequence("Ctrl+I")
        )
        self.offer_action = self._action(self.tr("Other &offer…"), self.edit_offer)
        self.about_action = self._action(self.tr("&About followup-gui"), self.about)
        self.settings_action = self._action(
            self.tr("&Settings…"), self.show_settings, keys.Preferences
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.undo_action = self._action(self.tr("&Undo"), self._undo, keys.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self._redo, keys.Redo)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.profile_action)
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.close_demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.calendar_action)
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        app_menu = bar.addMenu(self.tr("&Application"))
        for action in (
            self.follow_up_action,
            self.log_action,
            self.interview_action,
            self.offer_action,
        ):
            app_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.follow_up_action, self.log_action, self.interview_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(toolbar)

    def _build_central(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "#banner { background: #FFF4D6; color: #3A2A00; padding: 8px 12px;"
            " border-bottom: 1px solid #E0C060; }"
        )
        self.banner.hide()

        # The list side (search, table, panel) is made when there is something to list: a
        # first start shows only the welcome page and should not wait for it.
        self._table: QTableView | None = None
        self._panel: VerdictPanel | None = None

        self.empty_state = EmptyState()
        self.empty_state.add_requested.connect(self.new_application)
        self.empty_state.demo_requested.connect(self.show_demo)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

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
        self._filter_edit.textChanged.connect(self._on_filter_text)
        self._stage_filter = QComboBox()
        self._stage_filter.addItem(self.tr("All applications"), StageFilter.ALL.value)
        self._stage_filter.addItem(self.tr("Open"), StageFilter.OPEN.value)
        self._stage_filter.addItem(self.tr("To do now"), StageFilter.DUE.value)
        self._stage_filter.addItem(self.tr("Closed"), StageFilter.CLOSED.value)
        self._stage_filter.currentIndexChanged.connect(self._on_stage_filter)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self._filter_edit, 1)
        filters.addWidget(self._stage_filter)

        table = self._table = QTableView()
        table.setModel(self.proxy)
        # the model is sorted as the user left it (most urgent first the first time); the
        # indicator says so before sorting is switched on, so nothing is sorted again
        table.horizontalHeader().setSortIndicator(self.model.sort_column, self.model.sort_order)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in (
            (Column.TITLE, 170),
            (Column.COMPANY, 150),
            (Column.APPLIED, 62),
            (Column.NEXT_STEP, 132),
            (Column.WHEN, 122),
        ):
            table.setColumnWidth(column, width)
        table.doubleClicked.connect(lambda _: self.edit_application())
        table.activated.connect(lambda _: self.edit_application())
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.delete_action)

        self._no_match = QLabel(self.tr("No application matches the search."))
        self._no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._no_match.hide()

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(8, 8, 0, 8)
        list_layout.addLayout(filters)
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
        splitter.setSizes([740, 540])

        self.stack.addWidget(splitter)
        self._restore_list_settings()

    def _ensure_list(self) -> None:
        if self._table is None:
            self._build_list()

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

    def _build_status_bar(self) -> None:
        self.due_label = QLabel()
        self.save_label = QLabel()
        self.statusBar().addWidget(self.due_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)

    # ------------------------------------------------------------------ session

    def _session_links(self, session: Session) -> list[tuple[Any, Callable[..., object]]]:
        stack = session.undo_stack
        return [
            (stack.canUndoChanged, self._on_undo_state),
            (stack.canRedoChanged, self._on_undo_state),
            (stack.indexChanged, self._on_history_moved),
            (session.saved, self._update_save_label),
            (session.save_failed, self._on_save_failed),
            (session.dirty_changed, self._on_dirty_changed),
            (session.application_changed, self._on_application_changed),
            (session.reset, self._on_reset),
            (session.changed_on_disk, self._on_changed_on_disk),
            (session.reloaded, self._on_reloaded),
        ]

    def _connect_session(self, session: Session) -> None:
        if session.parent() is None:
            session.setParent(self)  # the window owns the sessions it shows
        for signal, slot in self._session_links(session):
            signal.connect(slot)

    def _disconnect_session(self, session: Session) -> None:
        for signal, slot in self._session_links(session):
            signal.disconnect(slot)

    @Slot(bool)
    def _on_undo_state(self, _: bool) -> None:
        self._update_actions()

    @Slot(int)
    def _on_history_moved(self, _: int) -> None:
        self._after_change()

    @Slot(bool)
    def _on_dirty_changed(self, _: bool) -> None:
        self._update_save_label()

    @Slot(int)
    def _on_application_changed(self, _: int) -> None:
        self.show_current()

    @Slot()
    def _on_reset(self) -> None:
        self._after_change()
        self._update_title()

    @Slot()
    def _on_reloaded(self) -> None:
        self.statusBar().showMessage(
            self.tr("The file was changed by another program and has been reloaded."), 10_000
        )

    @Slot()
    def _on_changed_on_disk(self) -> None:
        """Someone else changed the file while we have edits: never overwrite unasked."""
        self._update_save_label()
        QTimer.singleShot(0, self.resolve_conflict)

    def resolve_conflict(self) -> None:
        session = self.session
        if not session.conflict:
            return
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The file was changed elsewhere"))
        box.setText(
            self.tr(
                "Another program (a sync folder, another computer) has changed your "
                "applications file while you had changes that are not saved yet."
            )
        )
        if session.disk_error:
            box.setInformativeText(
                self.tr("The file now has an error: %1").replace("%1", session.disk_error)
            )
        theirs = box.addButton(
            self.tr("Use the file's version"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole
        )
        theirs.setEnabled(not session.disk_error)
        mine = box.addButton(
            self.tr("Keep my version"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Decide later"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(mine)
        box.exec()
        if box.clickedButton() is theirs:
            error = session.reload_from_disk()
            if error is not None:
                QtWidgets.QMessageBox.warning(self, self.tr("Cannot reload"), str(error))
        elif box.clickedButton() is mine:
            session.keep_ours()
        self._update_save_label()

    def bring_to_front(self) -> None:
        """A second start of the app on this store shows this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def set_session(self, session: Session) -> None:
        """Show another store (the example data, or back to the user's own)."""
        self._disconnect_session(self.session)
        self.session = session
        old_model = self.model
        self.model = ApplicationsModel(session, self.clock, self.lang, self)
        self.proxy.setSourceModel(self.model)
        old_model.deleteLater()
        self._connect_session(session)
        self._update_stack()
        self._update_title()
        self._update_actions()
        self._update_status()
        self.select_first()

    def finish_loading(self, session: Session) -> None:
        """The store is read: show it in place of the preview, on the same application.

        If the example data was opened meanwhile, the store is what closing it returns to.
        """
        stand_in = self.user_session
        assert stand_in.loading
        self.user_session = session
        if self.session is stand_in:
            current = self.current_row()
            app_id = self.model.app_id(current) if current is not None else None
            self.set_session(session)
            if app_id is not None:
                self.select_application(app_id)
        else:
            session.setParent(self)
        stand_in.deleteLater()

    def write_list_cache(self) -> bool:
        """Keep what the list shows for the next start (:mod:`list_cache`); True if kept.

        Only for the user's own store, read or saved in full, exactly as it is on disk.
        """
        session = self.user_session
        if self.list_cache_file is None:
            return False
        identity = session.identity_if_saved()  # None while it is still being read
        if identity is None or session.path is None:
            return False
        if identity == self._list_cached:
            return True
        read = list_cache.checksums(session.path)
        if read is None or read[0] != identity:
            return False
        apps = session.applications
        order: list[int] = []
        sorted_by = ""
        if self.session is session:
            model = self.model
            rows = model.rows()
            order, sorted_by = model.order(), model.sort_name()
            now = model.now
        else:  # the example data is on screen: judge the user's own afresh
            from ..advice import assess

            now = self.clock.now()
            rows = [list_cache.row(app, assess(app, now, lang=self.lang)) for app in apps]
        records = [store.application_record(apps[i]) for i in order[:1]]
        cache = list_cache.build(
            identity, apps, rows, now, records, order=order, sorted_by=sorted_by,
            content=read[1],
        )  # fmt: skip
        if not list_cache.write(self.list_cache_file, cache):
            return False
        self._list_cached = identity
        return True

    @property
    def panel(self) -> VerdictPanel:
        """The verdict panel, made on first use."""
        if self._panel is None:
            from .verdict_panel import VerdictPanel

            panel = VerdictPanel()
            panel.follow_up_requested.connect(self.follow_up)
            panel.log_contact_requested.connect(self.log_contact)
            panel.interview_requested.connect(self.add_interview)
            panel.other_offer_requested.connect(self.edit_offer)
            panel.stage_requested.connect(self.set_stage)
            panel.event_edit_requested.connect(self.edit_event)
            panel.event_remove_requested.connect(self.remove_event)
            panel.set_read_only(self.session.marked_read_only)
            self.splitter.replaceWidget(1, panel)
            self._panel_slot.deleteLater()
            self._panel = panel
        return self._panel

    # ------------------------------------------------------------------ current row

    def current_row(self) -> int | None:
        """The document index of the selected application (None when none is)."""
        if self._table is None:
            return None
        index = self._table.currentIndex()
        if not index.isValid():
            return None
        return self.model.doc_index(self.proxy.mapToSource(index).row())

    def current_application(self) -> Application | None:
        """The selected application, to act on; None while the store is still being read."""
        row = self.current_row()
        if row is None or self.session.loading:
            return None
        return self.session.applications[row]

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
        self._update_actions()

    # ------------------------------------------------------------------ updates

    def _after_change(self) -> None:
        self._update_stack()
        self._update_status()
        self._update_actions()
        if self.current_row() is None:
            self.select_first()
        else:
            self.show_current()

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
        searching = bool(self.filter_edit.text().strip()) or self.stage_filter.currentIndex() > 0
        self.no_match.setVisible(searching and matches == 0)
        if self.current_row() is None and matches:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        if self._filtering:
            self._update_actions()
            self._panel_timer.start()
        else:
            self.show_current()

    def _on_stage_filter(self, index: int) -> None:
        self.proxy.set_stage_filter(StageFilter(self.stage_filter.itemData(index)))
        self._after_filter()

    def _update_stack(self) -> None:
        empty = not len(self.model)
        self.stack.setCurrentWidget(self.empty_state if empty else self.splitter)

    def _update_title(self) -> None:
        path = self.session.path
        where = self.tr("Example data") if path is None else path.name
        title = f"{where} – {APP_NAME}"
        if self.session.marked_read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)
        self._update_banner()

    def _update_banner(self) -> None:
        session = self.session
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
        self.banner.setText(text)
        self.banner.show()

    def _update_actions(self) -> None:
        # while the store is read, actions look as they will (the slots wait for it)
        editable = not self.session.marked_read_only
        has_app = self.current_row() is not None
        stack = self.session.undo_stack
        self.new_action.setEnabled(editable)
        self.empty_state.add_button.setEnabled(editable)
        for action in (
            self.edit_action,
            self.delete_action,
            self.log_action,
            self.interview_action,
            self.offer_action,
        ):
            action.setEnabled(editable and has_app)
        row = self.current_row()
        self.follow_up_action.setEnabled(
            editable and row is not None and not self.model.is_closed(row)
        )
        self.profile_action.setEnabled(editable)
        real_file = self.session.path is not None
        self.import_action.setEnabled(editable and real_file)
        self.restore_action.setEnabled(real_file and self.session is self.user_session)
        self.export_action.setEnabled(bool(self.session.applications))
        self.undo_action.setEnabled(editable and stack.canUndo())
        self.redo_action.setEnabled(editable and stack.canRedo())
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())
        self.demo_action.setVisible(self.session.path is not None)
        self.close_demo_action.setVisible(self.session.path is None)
        if self._panel is not None:
            self._panel.set_read_only(not editable)

    def _update_status(self) -> None:
        due = self.model.due_count()
        total = len(self.model)
        if not total:
            text = ""
        elif due == 0:
            text = self.tr("Nothing to do today – %n application(s)", "", total)
        else:
            text = self.tr("%n follow-up(s) to do today", "", due)
        self.due_label.setText(text)
        self._update_save_label()

    @Slot()
    def _update_save_label(self) -> None:
        session = self.session
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
        self._update_banner()

    @Slot(str)
    def _on_save_failed(self, message: str) -> None:
        self._update_save_label()

    # ------------------------------------------------------------------ clock

    def on_clock_tick(self) -> None:
        """Keep verdicts true as time passes: a new day, or a deadline hour, changes them."""
        now = self.clock.now()
        if now == self._last_tick:
            return
        self._last_tick = now
        self.model.refresh()
        self._update_status()
        self.show_current()

    # ------------------------------------------------------------------ commands

    def _edit(self, after: Application, text: str) -> None:
        self.session.push(ReplaceApplication(self.session, after, text))

    def new_application(self) -> None:
        from .application_dialog import ApplicationDialog

        if self.session.read_only:
            return
        dialog = ApplicationDialog(None, lang=self.lang, today=self.clock.now().date(), parent=self)
        if dialog.exec() == ApplicationDialog.DialogCode.Accepted:
            app = dialog.application()
            self.session.push(AddApplication(self.session, app))
            self.filter_edit.clear()
            self.select_application(app.id)

    def edit_application(self) -> None:
        from .application_dialog import ApplicationDialog

        app = self.current_application()
        if app is None or self.session.read_only:
            return
        dialog = ApplicationDialog(app, lang=self.lang, today=self.clock.now().date(), parent=self)
        if dialog.exec() == ApplicationDialog.DialogCode.Accepted:
            after = dialog.application()
            if after != app:
                self._edit(after, self.tr("Edit “%1”").replace("%1", after.job_title))

    def delete_application(self) -> None:
        app = self.current_application()
        if app is None or self.session.read_only:
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Delete application"),
            self.tr("Delete “%1” at %2? You can undo this with Ctrl+Z.")
            .replace("%1", app.job_title)
            .replace("%2", app.company),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel,
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self.session.push(DeleteApplication(self.session, app.id))
            self.statusBar().showMessage(
                self.tr("Deleted “%1”. Undo with Ctrl+Z.").replace("%1", app.job_title), 8000
            )

    def _undo(self) -> None:
        if not self.session.read_only:
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if not self.session.read_only:
            self.session.undo_stack.redo()

    def set_stage(self, stage: str) -> None:
        app = self.current_application()
        if app is None or app.stage == stage:
            return
        self._edit(replace(app, stage=Stage(stage)), self.tr("Change stage"))

    def log_contact(self) -> None:
        from ..advice import Action
        from .event_dialogs import ContactDialog

        app = self.current_application()
        row = self.current_row()
        if app is None or row is None or self.session.read_only:
            return
        verdict = self.model.verdict(row)
        purpose = {
            Action.THANK_YOU: Purpose.THANK_YOU,
            Action.OTHER_OFFER: Purpose.OTHER_OFFER,
        }.get(verdict.action, Purpose.FOLLOW_UP)
        dialog = ContactDialog(
            None,
            now=self.clock.now(),
            lang=self.lang,
            purpose=purpose,
            channel=verdict.channel or Channel.EMAIL,
            parent=self,
        )
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            contacts = sorted([*app.contacts, dialog.contact()], key=lambda c: c.at.value)
            self._edit(replace(app, contacts=contacts), self.tr("Log contact"))

    def add_interview(self) -> None:
        from .event_dialogs import InterviewDialog

        app = self.current_application()
        if app is None or self.session.read_only:
            return
        dialog = InterviewDialog(None, now=self.clock.now(), parent=self)
        if dialog.exec() == InterviewDialog.DialogCode.Accepted:
            interviews = sorted([*app.interviews, dialog.interview()], key=lambda i: i.at.value)
            stage = Stage.INTERVIEW if app.stage is Stage.APPLIED else app.stage
            self._edit(replace(app, interviews=interviews, stage=stage), self.tr("Add interview"))

    def edit_offer(self) -> None:
        from .event_dialogs import OtherOfferDialog

        app = self.current_application()
        if app is None or self.session.read_only:
            return
        dialog = OtherOfferDialog(app.other_offer, today=self.clock.now().date(), parent=self)
        if dialog.exec() == OtherOfferDialog.DialogCode.Accepted:
            self._edit(replace(app, other_offer=dialog.offer()), self.tr("Other offer"))

    def edit_event(self, kind: str, index: int) -> None:
        from .event_dialogs import ContactDialog, InterviewDialog

        app = self.current_application()
        if app is None or self.session.read_only:
            return
        if kind == "interview":
            idialog = InterviewDialog(app.interviews[index], now=self.clock.now(), parent=self)
            if idialog.exec() == InterviewDialog.DialogCode.Accepted:
                interviews = list(app.interviews)
                interviews[index] = idialog.interview()
                interviews.sort(key=lambda i: i.at.value)
                self._edit(replace(app, interviews=interviews), self.tr("Edit interview"))
        elif kind == "contact":
            cdialog = ContactDialog(
                app.contacts[index], now=self.clock.now(), lang=self.lang, parent=self
            )
            if cdialog.exec() == ContactDialog.DialogCode.Accepted:
                contacts = list(app.contacts)
                contacts[index] = cdialog.contact()
                contacts.sort(key=lambda c: c.at.value)
                self._edit(replace(app, contacts=contacts), self.tr("Edit contact"))
        elif kind == "offer":
            self.edit_offer()

    def remove_event(self, kind: str, index: int) -> None:
        app = self.current_application()
        if app is None or self.session.read_only:
            return
        if kind == "interview":
            interviews = [iv for i, iv in enumerate(app.interviews) if i != index]
            self._edit(replace(app, interviews=interviews), self.tr("Remove interview"))
        elif kind == "contact":
            contacts = [c for i, c in enumerate(app.contacts) if i != index]
            self._edit(replace(app, contacts=contacts), self.tr("Remove contact"))
        elif kind == "offer":
            self._edit(replace(app, other_offer=None), self.tr("Remove other offer"))
        self.statusBar().showMessage(self.tr("Removed. Undo with Ctrl+Z."), 6000)

    def follow_up(self) -> None:
        """The phone script or email composer; logs what the user confirms, as one change."""
        from ..advice import Action
        from .follow_up_dialog import FollowUpDialog

        app = self.current_application()
        row = self.current_row()
        if app is None or row is None or self.session.read_only:
            return
        verdict = self.model.verdict(row)
        if verdict.action is Action.CLOSED:
            return
        dialog = FollowUpDialog(
            app,
            verdict,
            self.session.document.profile,
            lang=self.lang,
            now=self.clock.now(),
            clock=self.clock.now,
            parent=self,
        )
        accepted = dialog.exec() == FollowUpDialog.DialogCode.Accepted
        contact = dialog.result_contact()
        learnt = dialog.result_application()
        dialog.deleteLater()
        current = self.session.document.find(app.id)  # a reload may have swapped it meanwhile
        if not accepted or contact is None or current is None:
            return
        base = learnt if learnt is not None and current is app else current
        contacts = sorted([*base.contacts, contact], key=lambda c: c.at.value)
        self._edit(replace(base, contacts=contacts), self.tr("Log follow-up"))
        self.statusBar().showMessage(self.tr("Logged the follow-up. Undo with Ctrl+Z."), 8000)

    def edit_profile(self) -> None:
        from .profile_dialog import ProfileDialog

        if self.session.read_only:
            return
        dialog = ProfileDialog(self.session.document.profile, parent=self)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            profile = dialog.profile()
            if profile != self.session.document.profile:
                self.session.push(EditProfile(self.session, profile))

    def export_dialog(self) -> None:
        json_filter = self.tr("All data, to import again (*.json)")
        csv_filter = self.tr("Spreadsheet (*.csv)")
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self,
            self.tr("Export applications"),
            str(Path.home() / "followup-gui-export.json"),
            f"{json_filter};;{csv_filter}",
        )
        if path:
            self.export_to(Path(path), "csv" if chosen == csv_filter else "json")

    def export_to(self, path: Path, kind: str) -> bool:
        """Write everything as JSON (the store format) or CSV, atomically."""
        from ..exchange import to_csv

        if kind == "csv" and path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        document = self.session.document
        if kind == "csv":
            data = to_csv(document, self.clock.now(), self.lang).encode("utf-8-sig")
        else:
            data = store.dumps(document).encode("utf-8")
        try:
            store.atomic_write_bytes(path, data)
        except OSError as error:
            QtWidgets.QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", store.os_error_reason(error)),
            )
            return False
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)
        return True

    def export_calendar(self) -> Path | None:
        """Follow-up windows, thank-you deadlines and interviews as an .ics file."""
        from .calendar_actions import export_calendar

        done = export_calendar(self, self.session, self.clock, self.lang)
        if done is None:
            return None
        self.statusBar().showMessage(
            self.tr(
                "Wrote %n calendar event(s) to %1. Open it in your calendar app; "
                "exporting again later updates the same events.",
                "",
                done.events,
            ).replace("%1", str(done.path)),
            10_000,
        )
        return done.path

    def show_report(self) -> None:
        """The month's applications and follow-ups, for Arbetsförmedlingen's report."""
        from .report_dialog import ReportDialog

        dialog = ReportDialog(
            self.session.applications, now=self.clock.now(), lang=self.lang, parent=self
        )
        dialog.exec()

    def import_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Import applications"), str(Path.home()), self.tr("Stores (*.json)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Preview what another store adds or changes, then merge it in by id (undoable)."""
        from .. import backups
        from ..exchange import plan_merge
        from .import_dialog import ImportDialog

        session = self.session
        if session.read_only or session.path is None:
            return False
        try:
            theirs = store.load(path)
        except store.StoreError as error:
            QtWidgets.QMessageBox.warning(self, self.tr("Cannot import"), str(error))
            return False
        plan = plan_merge(session.document, theirs)
        if plan.is_empty:
            QtWidgets.QMessageBox.information(
                self,
                self.tr("Nothing to import"),
                self.tr("Every application in that file is already here, unchanged."),
            )
            return False
        dialog = ImportDialog(plan, path.name, self)
        if dialog.exec() != ImportDialog.DialogCode.Accepted:
            return False
        chosen = dialog.chosen_ids()
        session.save_now()
        try:
            backups.risky_backup(session.path, "import", self.clock.now())
        except OSError as error:
            QtWidgets.QMessageBox.warning(
                self, self.tr("Cannot import"), store.os_error_reason(error)
            )
            return False
        stack = session.undo_stack
        stack.beginMacro(self.tr("Import from %1").replace("%1", path.name))
        for app in plan.new:
            if app.id in chosen:
                session.push(AddApplication(session, app))
        for _mine, app in plan.changed:
            if app.id in chosen:
                session.push(ReplaceApplication(session, app, ""))
        stack.endMacro()
        self.statusBar().showMessage(
            self.tr("Imported %n application(s). Undo with Ctrl+Z.", "", len(chosen)), 8000
        )
        return True

    def restore_dialog(self) -> None:
        from .. import backups
        from .backup_dialog import BackupDialog

        session = self.user_session
        if session.path is None:
            return
        dialog = BackupDialog(backups.list_backups(session.path), self)
        chosen = dialog.chosen() if dialog.exec() == BackupDialog.DialogCode.Accepted else None
        if chosen is not None:
            self.restore_backup(chosen)

    def restore_backup(self, backup: Backup) -> bool:
        """Put a backup in place; the current file is kept as a backup first."""
        from .. import backups

        session = self.user_session
        assert session.path is not None
        session.save_now()
        try:
            backups.restore(backup, session.path, self.clock.now())
        except (store.StoreError, OSError) as error:
            QtWidgets.QMessageBox.warning(self, self.tr("Cannot restore"), str(error))
            return False
        problem = session.reload_from_disk()
        if problem is not None:
            QtWidgets.QMessageBox.warning(self, self.tr("Cannot restore"), str(problem))
            return False
        self.statusBar().showMessage(
            self.tr("Restored the backup. The file as it was is kept as a backup too."), 10_000
        )
        return True

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def show_demo(self) -> None:
        if self._open_demo is None or self.session.path is None:
            return
        demo = self._open_demo()
        if demo is not None:
            self.set_session(demo)

    def close_demo(self) -> None:
        if self.session is not self.user_session:
            demo = self.session
            self.set_session(self.user_session)
            demo.deleteLater()

    def about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            self.tr("About followup-gui"),
            self.tr(
                "<b>followup-gui %1</b><p>When and how to follow up your job applications, "
                "by the advice of a Swedish career guide.</p><p>Your data stays on this "
                "computer: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.user_session.path or "")),
        )

    # ------------------------------------------------------------------ Qt events

    def paintEvent(self, event: QPaintEvent) -> None:
        # The window is painted first, then in the same pass everything in it: the
        # zero-timer in _announce_first_paint runs once the list and panel are painted.
        # (Asking the table for its viewport here would make PySide build a Python type
        # for every kind of widget, some 10 ms, to find which one it is.)
        super().paintEvent(event)
        self._announce_first_paint()

    def _announce_first_paint(self) -> None:
        """``first_painted`` once per window: start-up work waits for it, only once."""
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def quit(self) -> bool:
        """Quit (File → Quit, the tray's Quit), even when closing would only hide."""
        self.quitting = True
        closed = self.close()
        self.quitting = closed
        return closed

    def show_settings(self) -> None:
        from .reminders_tray import start_reminders
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, lang=self.lang, parent=self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        start_reminders(self)
        if dialog.language_changed():
            self.statusBar().showMessage(
                self.tr("The new language is used the next time you start followup-gui."),
                10_000,
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quitting and self.hide_on_close is not None and self.hide_on_close():
            self._save_settings()
            self.user_session.save_now()
            event.ignore()
            self.hide()  # running on in the tray
            return
        self._save_settings()
        session = self.user_session
        if self._changes_given_up or session.save_now():
            self.write_list_cache()
            event.accept()
            return
        reason = session.last_error or self.tr(
            "the file was changed by another program, and you have not chosen which version "
            "to keep."
        )
        answer = QtWidgets.QMessageBox.warning(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "Your latest changes could not be saved:\n%1\n\nQuit anyway and lose them?"
            ).replace("%1", reason),
            QtWidgets.QMessageBox.StandardButton.Discard
            | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel,
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Discard:
            self._changes_given_up = True
            event.accept()
        else:
            event.ignore()

    # ------------------------------------------------------------------ settings

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def _restore_list_settings(self) -> None:
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _stored_sort(self) -> tuple[int, Qt.SortOrder] | None:
        """The list's sort as the user left it (the model starts sorted so)."""
        column = self.settings.value("list/sort_column")
        order = self.settings.value("list/sort_order")
        if column is None or order is None:
            return None
        with contextlib.suppress(TypeError, ValueError):
            return int(column), Qt.SortOrder(int(order))
        return None

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._table is not None:  # else what was saved last time stays
            self.settings.setValue("window/splitter", self.splitter.saveState())
            header = self._table.horizontalHeader()
            self.settings.setValue("list/sort_column", header.sortIndicatorSection())
            self.settings.setValue("list/sort_order", header.sortIndicatorOrder().value)
        self.settings.sync()
