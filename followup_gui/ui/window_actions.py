"""The main window's actions declared in one table, what enables each, and the menus and
toolbar built from them. A new flow is one more line in :meth:`WindowActions.table`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMainWindow

from .shell.actions import ActionSpec, MenuSpec, build_menus, build_toolbar, make_actions

if TYPE_CHECKING:
    from .controllers.app_dialogs import AppDialogs
    from .controllers.application_edits import ApplicationEdits
    from .controllers.application_events import ApplicationEvents
    from .controllers.file_operations import FileOperations
    from .controllers.saved_ads import SavedAds
    from .state.session import Session


class WindowSlots(Protocol):
    """The actions the window answers itself."""

    def quit(self) -> bool: ...

    def focus_filter(self) -> None: ...

    def show_report(self) -> None: ...

    def paste_reply(self) -> None: ...


class ActionAttributes:
    """The window's actions as attributes (``<name>_action``), for readers and mypy."""

    new_action: QAction
    save_ad_action: QAction
    applied_action: QAction
    edit_action: QAction
    delete_action: QAction
    find_action: QAction
    quit_action: QAction
    profile_action: QAction
    demo_action: QAction
    close_demo_action: QAction
    export_action: QAction
    import_action: QAction
    restore_action: QAction
    calendar_action: QAction
    report_action: QAction
    follow_up_action: QAction
    log_action: QAction
    paste_reply_action: QAction
    interview_action: QAction
    offer_action: QAction
    guide_action: QAction
    shortcuts_action: QAction
    source_action: QAction
    about_action: QAction
    settings_action: QAction
    undo_action: QAction
    redo_action: QAction


class WindowActions(QObject):
    """Makes the table's actions (as attributes of the window), its menus and toolbar."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        edits: ApplicationEdits,
        events: ApplicationEvents,
        files: FileOperations,
        dialogs: AppDialogs,
        slots: WindowSlots,
        saved_ads: SavedAds,
    ) -> None:
        super().__init__(window)
        self.specs = self.table(edits, events, files, dialogs, slots)
        self.specs[1:1] = self.saved_ad_specs(saved_ads)
        self.by_name = make_actions(self.specs, window)
        for name, action in self.by_name.items():
            setattr(window, f"{name}_action", action)

    def build(self, window: QMainWindow, pages: Sequence[QAction] = ()) -> None:
        """The menu bar and the toolbar, from the table; the pages' actions lead the toolbar."""
        build_menus(window, self.menus(), self.specs, self.by_name)
        toolbar = build_toolbar(
            window, self.tr("Main toolbar"), self.specs, self.by_name, self.tr("More buttons")
        )
        if pages and toolbar.actions():
            first = toolbar.actions()[0]
            toolbar.insertActions(first, list(pages))
            toolbar.insertSeparator(first)

    def menus(self) -> list[MenuSpec]:
        return [
            MenuSpec("file", self.tr("&File")),
            MenuSpec("edit", self.tr("&Edit")),
            MenuSpec("application", self.tr("&Application")),
            MenuSpec("help", self.tr("&Help")),
        ]

    def saved_ad_specs(self, saved_ads: SavedAds) -> list[ActionSpec]:
        """Keep an ad to apply to later, and say when it was sent (format v2)."""
        return [
            ActionSpec("save_ad", self.tr("Save &ad…"), saved_ads.save_ad,
                       QKeySequence("Ctrl+Shift+N"), menu=("file", 0), toolbar=(0, 0)),
            ActionSpec("applied", self.tr("I have &applied…"), saved_ads.mark_applied,
                       menu=("application", 0)),
        ]  # fmt: skip

    def table(
        self,
        edits: ApplicationEdits,
        events: ApplicationEvents,
        files: FileOperations,
        dialogs: AppDialogs,
        slots: WindowSlots,
    ) -> list[ActionSpec]:
        """Every action of the window: text, what it runs, key, menu place, toolbar place."""
        keys, key = QKeySequence.StandardKey, QKeySequence
        return [
            ActionSpec("new", self.tr("&New application…"), edits.new_application, keys.New,
                       menu=("file", 0), toolbar=(0, 0)),
            ActionSpec("profile", self.tr("Your &profile…"), edits.edit_profile,
                       menu=("file", 1)),
            ActionSpec("demo", self.tr("Look at &example data"), files.show_demo,
                       menu=("file", 1)),
            ActionSpec("close_demo", self.tr("&Close example data"), files.close_demo,
                       menu=("file", 1)),
            ActionSpec("import", self.tr("&Import…"), files.import_dialog, menu=("file", 2)),
            ActionSpec("export", self.tr("&Export…"), files.export_dialog, menu=("file", 2)),
            ActionSpec("restore", self.tr("&Restore from backup…"), files.restore_dialog,
                       menu=("file", 2)),
            ActionSpec("calendar", self.tr("Export to ca&lendar…"), files.export_calendar,
                       menu=("file", 2)),
            ActionSpec("report", self.tr("&Monthly activity report"), slots.show_report,
                       menu=("file", 2)),
            ActionSpec("quit", self.tr("&Quit"), slots.quit, key("Ctrl+Q"), menu=("file", 3)),
            ActionSpec("undo", self.tr("&Undo"), edits.undo, keys.Undo, menu=("edit", 0),
                       toolbar=(2, 0)),
            ActionSpec("redo", self.tr("&Redo"), edits.redo, keys.Redo, menu=("edit", 0),
                       toolbar=(2, 1)),
            ActionSpec("edit", self.tr("&Edit application…"), edits.edit_application,
                       [key("Ctrl+E"), key("F2")], menu=("edit", 1), toolbar=(0, 1)),
            ActionSpec("delete", self.tr("&Delete application"), edits.delete_application,
                       keys.Delete, menu=("edit", 1), toolbar=(0, 2),
                       context=Qt.ShortcutContext.WidgetWithChildrenShortcut),
            ActionSpec("find", self.tr("&Find"), slots.focus_filter, keys.Find,
                       menu=("edit", 2)),
            ActionSpec("settings", self.tr("&Settings…"), dialogs.show_settings, key("Ctrl+,"),
                       menu=("edit", 3), role=QAction.MenuRole.PreferencesRole),
            ActionSpec("follow_up", self.tr("&Follow up…"), events.follow_up,
                       key("Ctrl+Return"), menu=("application", 0), toolbar=(1, 0)),
            ActionSpec("log", self.tr("&Log contact…"), events.log_contact, key("Ctrl+L"),
                       menu=("application", 0), toolbar=(1, 1)),
            ActionSpec("paste_reply", self.tr("&Paste a reply…"), slots.paste_reply,
                       key("Ctrl+Shift+V"), menu=("application", 0)),
            ActionSpec("interview", self.tr("&Interview…"), events.add_interview,
                       key("Ctrl+I"), menu=("application", 0), toolbar=(1, 2)),
            ActionSpec("offer", self.tr("Other &offer…"), events.edit_offer,
                       menu=("application", 0)),
            ActionSpec("guide", self.tr("&How to use followup-gui"), dialogs.show_guide,
                       keys.HelpContents, menu=("help", 0)),
            ActionSpec("shortcuts", self.tr("&Keyboard shortcuts"), dialogs.show_shortcuts,
                       menu=("help", 0)),
            ActionSpec("source", self.tr("The &guide behind the advice"), dialogs.show_source,
                       menu=("help", 0)),
            ActionSpec("about", self.tr("&About followup-gui"), dialogs.about, menu=("help", 1)),
        ]  # fmt: skip

    def update(
        self,
        session: Session,
        *,
        own_store: bool,
        selected: bool,
        open_: bool,
        saved_ad: bool = False,
    ) -> None:
        """Enable what can be done: ``selected`` when an application is, ``open_`` when
        that one is not closed, ``own_store`` when the user's own store is on screen."""
        # while the store is read, actions look as they will (the slots wait for it)
        act = self.by_name
        editable = not session.marked_read_only
        stack = session.undo_stack
        act["new"].setEnabled(editable)
        act["save_ad"].setEnabled(editable)
        act["applied"].setEnabled(editable and saved_ad)
        for name in ("edit", "delete", "log", "interview", "offer"):
            act[name].setEnabled(editable and selected)
        act["follow_up"].setEnabled(editable and selected and open_)
        act["profile"].setEnabled(editable)
        act["paste_reply"].setEnabled(editable)  # to the application it names, or a new one
        real_file = session.path is not None
        act["import"].setEnabled(editable and real_file)
        act["restore"].setEnabled(real_file and own_store)
        act["export"].setEnabled(bool(session.applications))
        act["undo"].setEnabled(editable and stack.canUndo())
        act["redo"].setEnabled(editable and stack.canRedo())
        act["undo"].setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
        act["redo"].setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())
        self._tip(act["undo"], stack.command(stack.index() - 1))
        self._tip(act["redo"], stack.command(stack.index()))
        act["demo"].setVisible(real_file)
        act["close_demo"].setVisible(not real_file)

    def _tip(self, action: QAction, command: QUndoCommand | None) -> None:
        """The button names the action ("Undo Log contact"); which application it acted
        on, whose title may be 60 characters long, is in its tooltip and status tip (23)."""
        from .state.commands import subject

        words = action.text().replace("&", "")
        title = subject(command)
        tip = f"{words} – {title}" if title else words
        action.setToolTip(tip)
        action.setStatusTip(tip)
