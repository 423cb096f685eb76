"""Reminders while the app runs: a tray icon with the count of things to do, and notices.

Every minute the due reminders (``followup_gui.rules.reminders``) are worked out for the user's
own applications; a reminder not told before is shown as a notification (or, without a
system tray, in the window's status bar) once. The tray's menu lists the reminders, each
with "open" and two snoozes. What was told and what is snoozed is kept in the settings,
so that a restart does not tell the same thing again.

Created once the main window has painted (``run()``), so it costs start-up nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from ...i18n import format_time
from ...model import Application
from ...rules.advice import Verdict, assess, count_due
from ...rules.reminders import (
    Reminder,
    ReminderState,
    can_snooze_until,
    due_reminders,
    in_an_hour,
    report_reminder,
    tomorrow_morning,
)
from ..colours import colour
from ..state.preferences import keep_in_tray, reminders_enabled
from .app_icon import app_icon

if TYPE_CHECKING:
    from ..shell.ports import ReminderHost

CHECK_MS = 60_000
MESSAGE_MS = 15_000
STATUS_MS = 30_000
MENU_ITEMS = 8
ICON_SIZES = (16, 22, 24, 32, 48, 64)
OBJECT_NAME = "reminders"

Notify = Callable[[list[Reminder]], None]


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def badge_icon(count: int) -> QIcon:
    """The app icon with ``count`` in a red disc at its top right (none for 0)."""
    base = app_icon()
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = base.pixmap(QSize(size, size))
        if pixmap.isNull():
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
        if count > 0:
            _draw_badge(pixmap, "9+" if count > 9 else str(count))
        icon.addPixmap(pixmap)
    return icon


def _draw_badge(pixmap: QPixmap, text: str) -> None:
    ratio = pixmap.devicePixelRatio()
    side = pixmap.width() / ratio
    disc = side * (0.62 if len(text) > 1 else 0.56)
    rect = QRectF(side - disc, 0, disc, disc)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour("badge_bg"))
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, round(disc * (0.62 if len(text) > 1 else 0.78))))
    painter.setFont(font)
    painter.setPen(colour("badge_text"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()


class RemindersTray(QObject):
    """The tray icon, its menu and the notifications, for one main window.

    ``use_tray`` (default: whether the desktop has a system tray) and ``notify`` (default:
    the tray's message, else the status bar) are there for tests and odd desktops.
    """

    def __init__(
        self,
        window: ReminderHost,
        *,
        use_tray: bool | None = None,
        notify: Notify | None = None,
    ) -> None:
        super().__init__(window.dialog_parent())
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self.settings = window.settings
        self._notify = notify
        self._state_key = _state_key(window)
        self.state = ReminderState.loads(str(self.settings.value(self._state_key, "") or ""))
        self.reminders: list[Reminder] = []
        """What the menu lists: due, not snoozed, most pressing first."""
        self.count = 0
        self.last_app_id: str | None = None
        """The application of the latest notice (a click on it opens that one)."""

        self.menu = QMenu(window.dialog_parent())
        self.menu.setObjectName("remindersMenu")
        self._submenus: list[QMenu] = []
        self._menu_stale = False
        self.menu.aboutToHide.connect(self._after_menu)

        if use_tray is None:
            use_tray = tray_available()
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            self.tray = QSystemTrayIcon(self)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._on_activated)
            self.tray.messageClicked.connect(self._on_message_clicked)

        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._soon = QTimer(self, interval=0, singleShot=True)
        self._soon.timeout.connect(self.refresh)
        session = window.user_session
        for signal in (
            session.application_added,
            session.application_removed,
            session.application_changed,
            session.report_changed,
        ):
            signal.connect(self._refresh_soon)
        session.reset.connect(self._refresh_soon)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self._on_logout)
        window.hide_on_close = self.hides_on_close

        if self.tray is not None:
            self.tray.setIcon(badge_icon(0))
            self.tray.show()  # before the first check, so that its notice goes to the tray
        self.check()
        self._timer.start()

    # ------------------------------------------------------------------ working out

    def _snapshot(self) -> tuple[dt.datetime, Sequence[Application], Sequence[Verdict] | None]:
        """Now, the user's applications and their verdicts (the window's, when current)."""
        window = self.window
        now = window.clock.now()
        session = window.user_session
        model = window.model
        if window.session is session and model.now == now:
            return (
                now,
                session.applications,
                [model.verdict(i) for i in range(len(session.applications))],
            )
        return now, session.applications, None

    @Slot()
    def check(self) -> None:
        """Work out the reminders and tell the new ones."""
        self._update(notify=True)

    @Slot()
    def refresh(self) -> None:
        """Work out the reminders and the count again, telling nothing (after an edit)."""
        self._update(notify=False)

    @Slot()
    def _refresh_soon(self) -> None:
        self._soon.start()

    def _update(self, *, notify: bool) -> None:
        now, applications, verdicts = self._snapshot()
        lang = self.window.lang
        if verdicts is None:
            verdicts = [assess(app, now, lang=lang) for app in applications]
        active = due_reminders(applications, verdicts, now, lang=lang)
        session = self.window.user_session
        if not session.loading:
            report = report_reminder(session.document, now, lang=lang)
            if report is not None:
                active.append(report)
        changed = self.state.forget(active, now)
        shown = [r for r in active if not self.state.is_snoozed(r.key, now)]
        if notify:
            fresh = [r for r in shown if r.key not in self.state.notified]
            if fresh:
                self.state.mark_notified(fresh, now.date())
                changed = True
                self._deliver(fresh)
        if changed:
            self.settings.setValue(self._state_key, self.state.dumps())
        self.reminders = shown
        self.count = count_due(verdicts)
        self._show_count()
        self._rebuild_menu()

    # ------------------------------------------------------------------ telling

    def message(self, reminders: list[Reminder]) -> tuple[str, str]:
        """A notification's title and text for one or more new reminders."""
        if len(reminders) == 1:
            return reminders[0].title, reminders[0].text
        title = self.tr("%n reminder(s)", "", len(reminders))
        return title, "\n".join(r.summary for r in reminders)

    def _deliver(self, fresh: list[Reminder]) -> None:
        self.last_app_id = fresh[0].app_id
        if self._notify is not None:
            self._notify(fresh)
            return
        title, text = self.message(fresh)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, app_icon(), MESSAGE_MS)
        else:
            self.window.show_message(f"{title}: {text.replace(chr(10), ' · ')}", STATUS_MS)

    def tooltip(self) -> str:
        if self.count == 0:
            return self.tr("followup-gui – nothing to do now")
        return self.tr("followup-gui – %n thing(s) to do", "", self.count)

    def _show_count(self) -> None:
        if self.tray is None:
            return
        self.tray.setIcon(badge_icon(self.count))
        self.tray.setToolTip(self.tooltip())

    # ------------------------------------------------------------------ the menu

    def _rebuild_menu(self) -> None:
        if self.menu.isVisible():  # never pull the entries from under the user
            self._menu_stale = True
            return
        self._menu_stale = False
        menu = self.menu
        menu.clear()
        for submenu in self._submenus:
            submenu.deleteLater()
        self._submenus.clear()

        show = menu.addAction(self.tr("Show followup-gui"))
        show.triggered.connect(self.show_window)
        menu.addSeparator()
        if not self.reminders:
            menu.addAction(self.tr("Nothing to be reminded of now")).setEnabled(False)
        now = self.window.clock.now()
        lang = self.window.lang
        for reminder in self.reminders[:MENU_ITEMS]:
            submenu = QMenu(_menu_text(reminder.summary), menu)
            self._submenus.append(submenu)
            menu.addMenu(submenu)
            submenu.addAction(self.tr("Open")).triggered.connect(
                lambda _=False, app_id=reminder.app_id: self.open_application(app_id)
            )
            hour = in_an_hour(now)
            if can_snooze_until(reminder, hour, now):
                submenu.addAction(self.tr("Remind me in 1 hour")).triggered.connect(
                    lambda _=False, key=reminder.key, until=hour: self.snooze(key, until)
                )
            morning = tomorrow_morning(now)
            if can_snooze_until(reminder, morning, now):
                text = self.tr("Remind me tomorrow at %1").replace("%1", format_time(morning, lang))
                submenu.addAction(text).triggered.connect(
                    lambda _=False, key=reminder.key, until=morning: self.snooze(key, until)
                )
        more = len(self.reminders) - MENU_ITEMS
        if more > 0:
            menu.addAction(self.tr("…and %n more in the window", "", more)).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Quit")).triggered.connect(self.quit)

    @Slot()
    def _after_menu(self) -> None:
        if self._menu_stale:
            QTimer.singleShot(0, self._rebuild_menu)

    def menu_texts(self) -> list[str]:
        """The menu's entries as the user reads them (for tests)."""
        return [a.text() for a in self.menu.actions() if not a.isSeparator()]

    def actions_of(self, app_id: str) -> list[QAction]:
        """The entries of the reminder about ``app_id`` (open, snoozes)."""
        for reminder, submenu in zip(self.reminders, self._submenus, strict=False):
            if reminder.app_id == app_id:
                return list(submenu.actions())
        return []

    # ------------------------------------------------------------------ doing

    def snooze(self, key: str, until: dt.datetime) -> None:
        self.state.snooze(key, until)
        self.settings.setValue(self._state_key, self.state.dumps())
        self.refresh()

    @Slot()
    def show_window(self) -> None:
        self.window.bring_to_front()

    def open_application(self, app_id: str) -> None:
        """Bring the window to the front with ``app_id`` selected (clearing a filter that
        hides it, and leaving the example data); "" is the activity report."""
        if not app_id:
            self.window.show_report()
            return
        self.window.reveal_application(app_id)

    @Slot()
    def quit(self) -> None:
        if self.window.quit():
            QApplication.quit()

    def hides_on_close(self) -> bool:
        """Closing the window hides it only with a tray icon to come back from."""
        return (
            self.tray is not None
            and self.tray.isVisible()
            and keep_in_tray(self.settings)
            and reminders_enabled(self.settings)
        )

    def stop(self) -> None:
        """Reminders were switched off: take the icon away and stop checking."""
        self._timer.stop()
        self._soon.stop()
        if self.tray is not None:
            self.tray.hide()
        self.menu.deleteLater()
        if self.window.hide_on_close == self.hides_on_close:
            self.window.hide_on_close = None
        self.setObjectName("")
        self.deleteLater()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    @Slot()
    def _on_message_clicked(self) -> None:
        if self.last_app_id is not None:
            self.open_application(self.last_app_id)
        else:
            self.show_window()

    def _on_logout(self, *_: object) -> None:
        """The desktop session ends: let the window close for real, or logout would stall."""
        self.window.quitting = True


def _menu_text(text: str) -> str:
    return text.replace("&", "&&")  # "Berg & Lund" is no accelerator


def _state_key(window: ReminderHost) -> str:
    """Per store file, so two stores (``--store``) keep their own reminders."""
    path = window.user_session.path
    name = str(path.resolve()) if path is not None else "example"
    return f"reminders/state-{hashlib.sha256(name.encode()).hexdigest()[:12]}"


def find_reminders(window: ReminderHost) -> RemindersTray | None:
    found = window.dialog_parent().findChild(QObject, OBJECT_NAME)
    return found if isinstance(found, RemindersTray) else None


def start_reminders(
    window: ReminderHost, *, use_tray: bool | None = None, notify: Notify | None = None
) -> RemindersTray | None:
    """Make the reminders run as the settings say (start, stop, or keep them going)."""
    existing = find_reminders(window)
    if not reminders_enabled(window.settings):
        if existing is not None:
            existing.stop()
        return None
    if existing is not None:
        existing.refresh()
        return existing
    return RemindersTray(window, use_tray=use_tray, notify=notify)
