"""The main window: a shell of pages (today the applications list), the actions of
:mod:`.window_actions`, the status bar, and the window's settings. The flows live in
:mod:`followup_gui.ui.controllers` and reach the window through
:class:`followup_gui.ui.shell.ports.Workspace`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from .. import APP_NAME, store
from ..i18n import Lang
from ..model import Application
from ..store import list_cache
from . import screen_fit
from .controllers import later
from .controllers.attachment_actions import AttachmentActions
from .controllers.later import late
from .controllers.overview_host import OverviewHost
from .controllers.reply_mail import ReplyMail
from .controllers.startup import FirstPaint, ListCacheKeeper
from .list.model import ApplicationsModel
from .list.page import ApplicationsPage
from .report.place import ReportPlace, reminder_text
from .shell.pages import PageStack
from .shell.refocus import Refocus
from .shell.status import ElidingStatusBar, SessionStatus
from .state.clock import Clock
from .state.session import Session
from .window_actions import ActionAttributes, WindowActions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

    from ..rules.advice import Verdict
    from .controllers.conflict_copies import SyncKeeper
    from .desktop.single_instance import InstanceServer
    from .list.verdict_panel import VerdictPanel
    from .state.store_lock import StoreLock

CLOCK_TICK_MS = 30_000


class MainWindow(ActionAttributes, QMainWindow):
    """The window's frame around its pages; the flows are its controllers'."""

    first_painted = Signal()
    hide_on_close: Callable[[], bool] | None = None
    """Set by the reminders' tray icon: True when closing the window only hides it."""
    quitting = False
    sync: SyncKeeper | None = None
    store_lock: StoreLock | None = None
    """The lock that makes this window the store's writer (run() takes it; a move swaps it)."""
    instance_server: InstanceServer | None = None
    """Where a second start finds this window (run() makes it; a move makes it anew)."""
    # the flows, made on first use (controllers/later.py): the first paint needs none
    edits = cached_property(later.make_edits)
    events = cached_property(later.make_events)
    files = cached_property(later.make_files)
    conflicts = cached_property(later.make_conflicts)
    app_dialogs = cached_property(later.make_app_dialogs)
    replies = cached_property(later.make_replies)
    saved_ads = cached_property(later.make_saved_ads)

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
        self.user_session = session
        self.session = session
        self._last_tick = clock.now()
        self._changes_given_up = False
        screen_fit.install(QApplication.instance())  # type: ignore[arg-type]
        screen_fit.resize_within(self, 1280, 800)

        self.open_demo = open_demo
        self.first_paint = FirstPaint(self.first_painted.emit)
        self._painted = False
        self.first_painted.connect(self._after_first_paint, Qt.ConnectionType.QueuedConnection)
        self.list_cache = ListCacheKeeper(
            self, lambda: self.page.model, list_cache_file,
            None if preview is None else preview.identity,
        )  # fmt: skip

        self.attachment_actions = AttachmentActions(self, self)
        self.reply_mail = ReplyMail(self, self.attachment_actions, self)
        self.reply_mail.take_drops(self)  # a mail (.eml or its text) dropped anywhere: read it
        self.refocus = Refocus(self)  # a closed dialog gives the keyboard back (23)
        self.paste_reply = self.reply_mail.paste_reply
        self.window_actions = WindowActions(
            self, edits=late(lambda: self.edits), events=late(lambda: self.events),
            files=late(lambda: self.files), dialogs=late(lambda: self.app_dialogs), slots=self,
            saved_ads=late(lambda: self.saved_ads),
        )  # fmt: skip
        self.actions_by_name = self.window_actions.by_name
        self.page = ApplicationsPage(
            session, clock=clock, lang=lang, settings=settings, preview=preview,
            table_actions=[self.delete_action], connect_panel=self._connect_panel,
            menu_actions=[self.edit_action, self.follow_up_action, self.log_action,
                          self.paste_reply_action, None, self.delete_action],
        )  # fmt: skip
        self.proxy = self.page.proxy
        self.stack = self.page.stack
        self.empty_state = self.page.empty_state
        self._build_central()
        self.window_actions.build(self, pages=self.pages.switch_actions)
        self.setStatusBar(ElidingStatusBar(self))
        self.status = SessionStatus(self.statusBar(), self)
        self.banner, self.due_label, self.save_label = (
            self.status.banner, self.status.due_label, self.status.save_label,
        )  # fmt: skip
        self._central_layout.insertWidget(0, self.banner)
        self.status.report_label.linkActivated.connect(lambda _link: self.show_report())
        self._connect_session(session)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            screen_fit.fit_to_screen(self)  # saved on a bigger screen, or another scale
        self._show_session_state()

        self._tick = QTimer(self, interval=CLOCK_TICK_MS)
        self._tick.timeout.connect(self.on_clock_tick)
        self._tick.start()

    # ------------------------------------------------------------------ building

    def _build_central(self) -> None:
        page = self.page
        edits, files = late(lambda: self.edits), late(lambda: self.files)
        page.empty_state.add_requested.connect(edits.new_application)
        page.empty_state.demo_requested.connect(files.show_demo)
        page.activated.connect(edits.edit_application)
        page.selection_changed.connect(self._update_actions)
        self.pages = PageStack()
        self.pages.add_page("applications", self.tr("Applications"), page)
        self.overview = OverviewHost(self, self.pages, page, self.report_action, self)
        self.report = ReportPlace(self.pages, self.session, clock=self.clock, lang=self.lang)
        self.report.back_requested.connect(lambda: self.pages.show_page("applications"))
        central = QWidget()
        layout = self._central_layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _connect_panel(self, panel: VerdictPanel) -> None:
        events = late(lambda: self.events)
        panel.follow_up_requested.connect(events.follow_up)
        panel.log_contact_requested.connect(events.log_contact)
        panel.reply_requested.connect(late(lambda: self.replies).got_reply)
        panel.paste_reply_requested.connect(self.reply_mail.paste_reply)
        panel.interview_requested.connect(events.add_interview)
        panel.other_offer_requested.connect(events.edit_offer)
        panel.stage_requested.connect(events.set_stage)
        panel.close_requested.connect(self.close_and_move_on)
        panel.event_edit_requested.connect(events.edit_event)
        panel.event_remove_requested.connect(events.remove_event)
        panel.applied_requested.connect(late(lambda: self.saved_ads).mark_applied)
        panel.todos.done_requested.connect(events.todo_done)
        files = self.attachment_actions
        panel.attachments.add_requested.connect(files.choose_files)
        panel.attachments.files_dropped.connect(files.add_files)
        panel.attachments.open_requested.connect(files.open)
        panel.attachments.remove_requested.connect(files.remove)
        panel.attachments.kind_requested.connect(files.set_kind)

    # ------------------------------------------------------------------ the list page

    @property
    def model(self) -> ApplicationsModel:
        return self.page.model

    @property
    def table(self) -> QTableView:
        return self.page.table

    @property
    def filter_edit(self) -> QLineEdit:
        return self.page.filter_edit

    @property
    def stage_filter(self) -> QComboBox:
        return self.page.stage_filter

    @property
    def panel(self) -> VerdictPanel:
        return self.page.panel

    # ------------------------------------------------------------------ Workspace

    def current_row(self) -> int | None:
        """The document index of the selected application (None when none is)."""
        return self.page.current_row()

    def current_application(self) -> Application | None:
        """The selected application, to act on; None while the store is still being read."""
        row = self.page.current_row()
        if row is None or self.session.loading:
            return None
        return self.session.applications[row]

    def current_verdict(self) -> Verdict | None:
        row = self.page.current_row()
        return None if row is None else self.page.model.verdict(row)

    def select_application(self, app_id: str) -> None:
        self.page.select_application(app_id)

    def clear_search(self) -> None:
        self.page.filter_edit.clear()
        self.page.clear_only()  # an overview chart's pick would hide it too (23)

    def reveal_application(self, app_id: str) -> None:
        """Bring the window to the front with ``app_id`` selected (clearing a filter that
        hides it, and leaving the example data)."""
        if self.session is not self.user_session:
            self.files.close_demo()
        self.bring_to_front()
        self.select_application(app_id)
        current = self.current_application()
        if current is None or current.id != app_id:
            self.page.filter_edit.clear()
            self.page.stage_filter.setCurrentIndex(0)
            self.select_application(app_id)

    def dialog_parent(self) -> QWidget:
        return self

    def show_message(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # ------------------------------------------------------------------ session

    def _session_links(self, session: Session) -> list[tuple[Any, Callable[..., object]]]:
        stack = session.undo_stack
        return [
            (stack.canUndoChanged, self._update_actions),
            (stack.canRedoChanged, self._update_actions),
            (stack.indexChanged, self._after_change),
            (session.saved, self._update_save_label),
            (session.save_failed, self._update_save_label),
            (session.dirty_changed, self._update_save_label),
            (session.application_changed, self.page.show_current),
            (session.reset, self._on_reset),
            (session.changed_on_disk, self._on_changed_on_disk),
            (session.reloaded, self._on_reloaded),
            (session.merged, self.status.tell_merged),
            (session.merged, self._after_change),
            (session.report_changed, self._update_status),
        ]

    def _connect_session(self, session: Session, connect: bool = True) -> None:
        if connect and session.parent() is None:
            session.setParent(self)  # the window owns the sessions it shows
        for signal, slot in self._session_links(session):
            (signal.connect if connect else signal.disconnect)(slot)

    def _on_reset(self) -> None:
        self._after_change()
        self._update_title()

    def _on_reloaded(self) -> None:
        self.show_message(
            self.tr("The file was changed by another program and has been reloaded."), 10_000
        )

    def _on_changed_on_disk(self) -> None:
        """Someone else changed the file while we have edits: never overwrite unasked."""
        self._update_save_label()
        QTimer.singleShot(0, self.conflicts.resolve)

    def bring_to_front(self) -> None:
        """A second start of the app on this store shows this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def set_session(self, session: Session) -> None:
        """Show another store (the example data, or back to the user's own)."""
        self._connect_session(self.session, connect=False)
        self.session = session
        self.page.set_session(session)
        self.report.set_session(session)
        self._connect_session(session)
        self._show_session_state()
        self.overview.changed()

    show_session = set_session

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
        """Keep what the list shows for the next start (:mod:`list_cache`); True if kept."""
        return self.list_cache.write()

    # ------------------------------------------------------------------ updates

    def _show_session_state(self) -> None:
        self.page.update_stack()
        self._update_title()
        self._update_actions()
        self._update_status()
        self.page.select_first()

    def _after_change(self, *_: object) -> None:
        self.overview.changed()
        self.page.update_stack()
        self._update_status()
        self._update_actions()
        self.page.after_change()

    def _update_title(self) -> None:
        path = self.session.path
        if path is None:
            where = self.tr("Example data")
        elif path.name == store.FILE_NAME:  # the file people know as theirs (18.7)
            where = self.tr("My applications")
        else:
            where = path.stem

        title = f"{where} – {APP_NAME}"
        if self.session.marked_read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)
        self.status.update_banner(self.session)

    def _update_actions(self, *_: object) -> None:
        session, row = self.session, self.current_row()
        self.window_actions.update(
            session,
            own_store=session is self.user_session,
            selected=row is not None,
            # a saved ad is not followed up: it is applied to
            open_=row is not None
            and not self.model.is_closed(row)
            and self.model.stage_value(row) != "saved",
            saved_ad=row is not None and self.model.stage_value(row) == "saved",
        )
        self.empty_state.add_button.setEnabled(not session.marked_read_only)
        self.page.set_read_only(session.marked_read_only)

    def _update_status(self) -> None:
        self.status.update_due(self.model)
        self._update_save_label()
        if self._painted:  # last month's report while it is owed; json, advice and the
            # calendar it needs wait for the first paint
            self.status.update_report(reminder_text(self.user_session, self.clock, self.lang))

    def _update_save_label(self, *_: object) -> None:
        self.status.update_save_label(self.session)

    def on_clock_tick(self) -> None:
        """Keep verdicts true as time passes: a new day, or a deadline hour, changes them."""
        now = self.clock.now()
        if now == self._last_tick:
            return
        self._last_tick = now
        self.model.refresh()
        self._update_status()
        self.page.show_current()
        self.report.refresh()
        self.overview.tick()

    # ------------------------------------------------------------------ window-wide flows

    def _after_first_paint(self) -> None:
        self._painted = True
        self._update_status()
        from .controllers.conflict_copies import start_sync  # after the paint: not on its path

        QTimer.singleShot(0, lambda: start_sync(self))  # conflict copies, clashes (issue 26)

    def show_report(self) -> None:
        """The activity report page, on the month now due (File → Monthly activity report,
        the status bar's and the tray's report reminders)."""
        if not self.isVisible() or self.isMinimized():
            self.bring_to_front()  # from the tray
        self.report.show()

    def close_and_move_on(self, stage: str) -> None:
        """Close the silent application and select what is most urgent now."""
        if self.events.close_and_move_on(stage):
            self.page.select_first()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def quit(self) -> bool:
        """Quit (File → Quit, the tray's Quit), even when closing would only hide."""
        self.quitting = True
        closed = self.close()
        self.quitting = closed
        return closed

    # ------------------------------------------------------------------ Qt events

    def paintEvent(self, event: QPaintEvent) -> None:
        # The window is painted first, then in the same pass everything in it; the first
        # paint is announced once those are done. (Asking the table for its viewport here
        # would make PySide build a Python type for every kind of widget, some 10 ms.)
        super().paintEvent(event)
        self.first_paint.painted()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save first; when that fails, ask. Closing to the tray hides the window."""
        try:
            self._save_settings()
            session = self.user_session
            if not self.quitting and self.hide_on_close is not None and self.hide_on_close():
                if session.save_now() or _ask_to_go_on(self, session, hiding=True):  # 29.4
                    self.hide()  # running on in the tray
                event.ignore()
            elif self._changes_given_up or session.save_now():
                self.write_list_cache()
                if not self._changes_given_up:
                    self.attachment_actions.clean_up()  # the undo history ends here
                event.accept()
            elif _ask_to_go_on(self, session, hiding=False):
                self._changes_given_up = True
                event.accept()
            else:
                event.ignore()
        except Exception as error:  # never quit unasked because of an error (29.6)
            event.ignore()
            sys.excepthook(type(error), error, error.__traceback__)

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.page.save_settings()
        self.settings.sync()


def _ask_to_go_on(window: MainWindow, session: Session, *, hiding: bool) -> bool:
    from .controllers.conflict import ask_to_go_on  # only when a save failed

    return ask_to_go_on(window, session, hiding=hiding)
